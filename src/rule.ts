/**
 * The public rule API, `replycheck/rule` (package.json `exports`): everything a rule file may use, for the built-in
 * rules (rules/*.ts) and for custom rules loaded with the config's `plugins` (docs/custom-rules.md). A rule file
 * imports this module and other files in rules/ only; .dependency-cruiser.cjs (`rules-use-the-rule-api`) fails the
 * suite on anything else. A rule reports through `ctx.report()`, reads the shared thread facts with
 * `ctx.facts(thread)` and never prints, reads files or talks to IMAP.
 *
 * The shape, in five parts: what a rule is, what it sees, the text helpers it detects with, the draft helpers that
 * place a lint finding, and RuleTester for its fixture folder. A helper is here because a rule needs it; what is not
 * here (sources, parsing, the cache, the config loader, the terminal) is no rule's business.
 */

// 1. What a rule is: `defineRule({ id, description, texts, defaultSeverity, defaultOptions, check | checkDraft })`.
export { defineRule, type Rule, type RuleSpec } from './analyze/define-rule.js';

// 2. What it sees: the context (`ctx.options`, `ctx.now`, `ctx.config`, `ctx.businessTime`, `ctx.facts`,
//    `ctx.report`), the facts of a thread, and the mail model.
export type { ReportInput, RuleContext } from './analyze/context.js';
export type { AskedFact, CommitmentFact, IncomingFact, JobFact, OutgoingFact, PromiseStatus, QuestionFact, ThreadFacts } from './analyze/facts.js';
export type {
  ActiveSeverity, Address, Attachment, Bilingual, Direction, Draft, Finding, FindingGroup, Language, Message, Severity, Thread, Waited,
} from './model.js';

// 3. Text helpers (src/text: pure functions over one language's text; phrase lists come from rules/phrases/ and the
//    config's `phrases`), business time, and the one judgement of whether replies answer a question.
export { splitSentences, type Span } from './text/sentences.js';
export { findQuestions, type Question } from './text/questions.js';
export { findCommitments, parseDue, type Commitment } from './text/commitments.js';
export { findPhraseHits, matchPhrase } from './text/phrases.js';
export { findJargon, JARGON_CLASSES, type JargonClass } from './text/jargon.js';
export { findApology } from './text/acknowledge.js';
export { addressForms, dominantForm } from './text/formality.js';
export { formatClock, formatDay, formatMoment, formatTimeLeft } from './text/format.js';
export { replaceParens } from './text/scan.js';
export { BusinessTime } from './text/business-time.js';
export { answerQuestions } from './analyze/answers.js';
export { answeredInDraft } from './analyze/draft-answers.js';

// 4. Draft helpers (lint): where in the draft file a finding is (line and column), how many findings one rule may
//    report per draft, and whether the draft was written as plain text.
export { locateQuoted, locateSpan, locateStart, MAX_FINDINGS_PER_RULE } from './analyze/draft-location.js';
export { isPlainTextDraft } from './analyze/draft-kind.js';

// 5. Testing a rule over its fixture folder, the way the built-in rules are tested (fixtures/rules/<id>/).
export { RuleTester, compareFindings, listCases, runCase, type CaseExpect, type CaseResult, type RuleCase } from './rule-tester.js';
