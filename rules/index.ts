/**
 * The built-in rules. A removed rule leaves a comment here; its id is never reused.
 */
import type { Rule } from '../src/analyze/define-rule.js';
import unansweredQuestion from './unanswered-question.js';
import awaitingReply from './awaiting-reply.js';
import slowReply from './slow-reply.js';
import noAcknowledgement from './no-acknowledgement.js';
import brokenPromise from './broken-promise.js';
import lateWithoutApology from './late-without-apology.js';
import missingAftercare from './missing-aftercare.js';

const rules: Rule[] = [
  unansweredQuestion,
  awaitingReply,
  slowReply,
  noAcknowledgement,
  brokenPromise,
  lateWithoutApology,
  missingAftercare,
];

export default rules;
