import { defineRule } from '../src/analyze/define-rule.js';
import type { Draft, Message } from '../src/model.js';
import { answerQuestions } from '../src/analyze/answers.js';
import { findQuestions } from '../src/text/questions.js';
import { locateQuoted, locateStart } from '../src/analyze/draft-location.js';

/** The incoming message whose questions a draft should answer: its original, unless that is automated mail. */
function askedOf(draft: Draft): Message[] {
  const o = draft.original;
  return o && o.direction === 'in' && !o.automated ? [o] : [];
}

export default defineRule({
  id: 'unanswered-question',
  description: {
    en: 'A question from the other party that no reply answered',
    nl: 'Een vraag van de ander die geen antwoord kreeg',
  },
  tags: ['questions'],
  defaultSeverity: 'error',
  group: { noReply: 'waiting', missed: 'question', draftMissed: 'draft-answer' },
  defaultOptions: {
    /** Business hours a question may wait without any reply before it counts as unanswered. */
    graceBusinessHours: 8,
  },
  optionSchema: (z) => ({ graceBusinessHours: z.number().min(0) }),
  optionDocs: {
    graceBusinessHours: {
      en: 'Business hours a question may wait without any reply before it is reported.',
      nl: 'Werkuren dat een vraag zonder enig antwoord mag wachten voordat hij gemeld wordt.',
    },
  },
  texts: {
    missed: {
      en: '{from} asked a question that your reply did not answer',
      nl: '{from} stelde een vraag die uw antwoord oversloeg',
    },
    noReply: {
      en: '{from} asked a question that has waited {waited} without an answer',
      nl: '{from} stelde een vraag die al {waited} op antwoord wacht',
    },
    draftMissed: {
      en: '{from} asked a question this draft does not answer',
      nl: '{from} stelde een vraag waar dit concept niet op ingaat',
    },
  },
  check(thread, ctx) {
    for (const inc of ctx.facts(thread).incoming) {
      if (!inc.needsReply) continue;
      for (const q of inc.questions) {
        if (q.answeredBy) continue;
        const from = inc.message.from.name ?? inc.message.from.address;
        const replied = inc.answer !== undefined;
        if (!replied && inc.answerWait.businessHours <= ctx.options.graceBusinessHours) continue;
        ctx.report({
          text: replied ? 'missed' : 'noReply',
          data: { from, waited: ctx.formatDuration(inc.answerWait) },
          message: inc.message,
          thread,
          evidence: q.question.text,
          waited: replied ? undefined : inc.answerWait,
          extra: replied ? { repliedBy: inc.answer!.messageId } : undefined,
        });
      }
    }
  },
  checkDraft(draft, ctx) {
    const reply = draft.message;
    const asked = askedOf(draft);
    for (const inc of asked) {
      // The same judgement as the thread check (src/analyze/answers.ts), with the draft as the one reply.
      const answered = answerQuestions(inc, findQuestions(inc.newText, inc.language), [reply], ctx.config.analysis.answerOverlap);
      for (const { question: q, answeredBy } of answered) {
        if (answeredBy) continue;
        ctx.report({
          text: 'draftMissed',
          data: { from: inc.from.name ?? (inc.from.address || '?') },
          message: reply,
          evidence: q.text,
          location: locateQuoted(draft, q.text) ?? locateStart(draft),
          extra: { askedIn: inc.messageId },
        });
      }
    }
  },
});
