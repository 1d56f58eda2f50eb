import { answeredInDraft, answerQuestions, defineRule, findQuestions, locateQuoted, locateStart, type Draft, type Message } from '../src/rule.js';

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
  group: { open: 'waiting', openMany: 'waiting', noReply: 'waiting', noReplyMany: 'waiting', missed: 'question', draftMissed: 'draft-answer' },
  defaultOptions: {
    /** Business hours a question may wait without any reply while it is only info (open, within the reply window). */
    graceBusinessHours: 8,
  },
  optionSchema: (z) => ({ graceBusinessHours: z.number().min(0) }),
  optionDocs: {
    graceBusinessHours: {
      en: 'Business hours a question may wait without any reply while it is reported as info; after that it is reported at the rule\'s severity.',
      nl: 'Werkuren dat een vraag zonder enig antwoord als info gemeld wordt; daarna met de ernst van de regel.',
    },
  },
  texts: {
    missed: {
      en: '{from} asked a question that your reply did not answer',
      nl: '{from} stelde een vraag die uw antwoord oversloeg',
    },
    open: {
      en: '{from} asked a question {waited} ago; it is still open, within the reply window',
      nl: '{from} stelde {waited} geleden een vraag; die staat nog open, binnen de antwoordtermijn',
    },
    noReply: {
      en: '{from} asked a question that has waited {waited} without an answer',
      nl: '{from} stelde een vraag die al {waited} op antwoord wacht',
    },
    openMany: {
      en: '{from} asked {count} questions {waited} ago; they are still open, within the reply window',
      nl: '{from} stelde {waited} geleden {count} vragen; die staan nog open, binnen de antwoordtermijn',
    },
    noReplyMany: {
      en: '{from} asked {count} questions that have waited {waited} without an answer',
      nl: '{from} stelde {count} vragen die al {waited} op antwoord wachten',
    },
    draftMissed: {
      en: '{from} asked a question this draft does not answer',
      nl: '{from} stelde een vraag waar dit concept niet op ingaat',
    },
  },
  check(thread, ctx) {
    for (const inc of ctx.facts(thread).incoming) {
      if (!inc.needsReply) continue;
      const open = inc.questions.filter((q) => !q.answeredBy);
      if (open.length === 0) continue;
      const from = inc.message.from.name ?? inc.message.from.address;
      if (inc.answer !== undefined) {
        // A reply came and skipped these: each missed question is its own finding (the reply answered the rest).
        for (const q of open)
          ctx.report({
            text: 'missed',
            data: { from },
            message: inc.message,
            thread,
            evidence: q.question.text,
            extra: { repliedBy: inc.answer.messageId },
          });
        continue;
      }
      // No reply at all: one mail that waits is one lapse, however many questions it asks. One finding, with the
      // first question as its evidence and the number of questions in its text.
      // An open question is reported while young too (the morning list is for exactly that): info within the
      // reply window, the rule's severity once past it (like broken-promise's open / due soon / broken).
      const young = inc.answerWait.businessHours <= ctx.options.graceBusinessHours;
      const many = open.length > 1;
      ctx.report({
        text: young ? (many ? 'openMany' : 'open') : many ? 'noReplyMany' : 'noReply',
        severity: young ? 'info' : undefined,
        data: { from, waited: ctx.formatDuration(inc.answerWait), count: open.length },
        message: inc.message,
        thread,
        evidence: open[0]!.question.text,
        waited: inc.answerWait,
        // the other questions stay visible: the terminal list quotes them beneath the first (src/format/scan/stylish.ts)
        extra: many ? { questions: open.length, alsoAsked: open.slice(1).map((q) => q.question.text).join('\n') } : undefined,
      });
    }
  },
  checkDraft(draft, ctx) {
    const reply = draft.message;
    const asked = askedOf(draft);
    for (const inc of asked) {
      // The same judgement as the thread check (src/analyze/answers.ts), with the draft as the one reply.
      const answered = answerQuestions(inc, findQuestions(inc.newText, inc.language), [reply], ctx.config.analysis.answerOverlap, true);
      const questions = answered.map((f) => f.question);
      for (const { question: q, answeredBy } of answered) {
        // what a draft answers beyond the thread judgement: a yes/no question taken up, an instruction (draft-answers.ts)
        if (answeredBy || answeredInDraft(q, questions, inc, reply)) continue;
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
