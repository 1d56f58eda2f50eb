/**
 * `npm run eval`: detection quality on third-party labelled mail in ../shared/corpora (not shipped with the
 * project): question/request detection and quote stripping, each beside a naive baseline; real mail (Enron).
 */
import { printEvalQuestions } from './eval-questions.js';
import { evalQuotes } from './eval-quotes.js';
import { printEvalDrafts } from './eval-drafts.js';
import { printEvalLabelled } from './eval-labelled.js';
import { evalEnron } from './eval-enron.js';

await printEvalQuestions();
console.log('');
await evalQuotes();
console.log('');
await printEvalDrafts(process.argv.slice(2));
await printEvalLabelled(process.argv.slice(2));
await evalEnron();
