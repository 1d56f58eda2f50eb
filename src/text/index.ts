/** The language helpers in one import. */
export { splitSentences, maskUrls, urlRanges, type Span } from './sentences.js';
export { detectLanguage } from './language.js';
export { phrases, setExtraPhrases, matchPhrase, hasPhrase, compilePhrase } from './phrases.js';
export { findQuestions, isQuestion, isClosingThanks, type Question } from './questions.js';
export { findCommitments, commitmentIn, parseDue, type Commitment, type Due, type DueOptions } from './commitments.js';
export { isHoldingReply, findApology, findJobConcluded, findAftercare } from './acknowledge.js';
export { keyTerms, answersQuestion } from './terms.js';
export { BusinessTime, DEFAULT_BUSINESS_HOURS } from './business-time.js';
export { formatDuration, formatNumber, formatWall } from './format.js';
