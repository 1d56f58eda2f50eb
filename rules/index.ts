/**
 * The built-in rules. A removed rule leaves a comment here; its id is never reused.
 */
import type { Rule } from '../src/rule.js';
import unansweredQuestion from './unanswered-question.js';
import awaitingReply from './awaiting-reply.js';
import slowReply from './slow-reply.js';
import noAcknowledgement from './no-acknowledgement.js';
import brokenPromise from './broken-promise.js';
import lateWithoutApology from './late-without-apology.js';
import missingAftercare from './missing-aftercare.js';
import awaitingTheirReply from './awaiting-their-reply.js';
import theirPromiseDue from './their-promise-due.js';
import vaguePromise from './vague-promise.js';
import lateReplyApology from './late-reply-apology.js';
import jargon from './jargon.js';
import dismissiveTone from './dismissive-tone.js';
import missingGreeting from './missing-greeting.js';
import missingAttachment from './missing-attachment.js';
import mixedFormality from './mixed-formality.js';

const rules: Rule[] = [
  unansweredQuestion,
  awaitingReply,
  slowReply,
  noAcknowledgement,
  brokenPromise,
  lateWithoutApology,
  missingAftercare,
  awaitingTheirReply,
  theirPromiseDue,
  // draft rules (lint)
  vaguePromise,
  lateReplyApology,
  jargon,
  dismissiveTone,
  missingGreeting,
  missingAttachment,
  mixedFormality,
];

export default rules;
