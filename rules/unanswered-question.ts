import { defineRule } from '../src/analyze/define-rule.js';

export default defineRule({
  id: 'unanswered-question',
  description: {
    en: 'A question from the other party that no reply answered',
    nl: 'Een vraag van de ander die geen antwoord kreeg',
  },
  tags: ['questions'],
  defaultSeverity: 'error',
  defaultOptions: {
    /** Business hours a question may wait without any reply before it counts as unanswered. */
    graceBusinessHours: 8,
    /** Share of the question's key terms (stemmed) a reply must mention to count as answering it. */
    answerOverlap: 0.34,
  },
  optionDocs: {
    graceBusinessHours: {
      en: 'Business hours a question may wait without any reply before it is reported.',
      nl: 'Werkuren dat een vraag zonder enig antwoord mag wachten voordat hij gemeld wordt.',
    },
    answerOverlap: {
      en: "Share (0-1) of the question's key words a reply must address to count as an answer.",
      nl: 'Deel (0-1) van de kernwoorden van de vraag dat een antwoord moet noemen om als antwoord te tellen.',
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
});
