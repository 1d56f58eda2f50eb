import { defineRule, splitSentences } from '../src/rule.js';

/** What the mail is about: the first sentence that is not a salutation ("Hallo Stoiko,", "Beste Joan,"). */
function firstContentSentence(text: string, lang: 'nl' | 'en'): string | undefined {
  return splitSentences(text, lang)
    .map((s) => s.text.trim())
    .find((s) => s.length > 12 && !(/[,:]$/.test(s) && s.split(/\s+/).length <= 5));
}

export default defineRule({
  id: 'awaiting-reply',
  description: { en: 'Someone is waiting for your reply', nl: 'Iemand wacht op uw antwoord' },
  tags: ['speed'],
  defaultSeverity: 'warn',
  group: 'waiting',
  leadsGroup: true,
  defaultOptions: {
    /** Business hours an incoming message may wait; 8 = one working day. */
    maxBusinessHours: 8,
  },
  optionSchema: (z) => ({ maxBusinessHours: z.number().min(0) }),
  optionDocs: {
    maxBusinessHours: {
      en: 'Business hours an incoming message may wait for a reply (8 = one working day).',
      nl: 'Werkuren dat een binnenkomend bericht op antwoord mag wachten (8 = één werkdag).',
    },
  },
  texts: {
    waiting: {
      en: '{from} has waited {waited} for a reply',
      nl: '{from} wacht al {waited} op antwoord',
    },
  },
  check(thread, ctx) {
    const facts = ctx.facts(thread);
    // Incoming messages that still need a reply: no later outgoing message, not even a holding reply, reached their
    // sender (a forward to a colleague does not). The oldest sets the wait. A holding reply that was not followed up
    // is broken-promise's business.
    // Someone I have written to since, under another subject, is not waiting in silence: whether their questions
    // were answered is unanswered-question's business.
    const open = facts.incoming.filter((f) => f.needsReply && !f.firstResponse && !f.laterContact);
    const oldest = open[0];
    if (!oldest) return;
    const waited = oldest.answerWait;
    if (waited.businessHours <= ctx.options.maxBusinessHours) return;
    const m = oldest.message;
    const evidence = oldest.questions[0]?.question.text ?? firstContentSentence(m.newText, m.language);
    ctx.report({
      text: 'waiting',
      data: { from: m.from.name ?? m.from.address, waited: ctx.formatDuration(waited) },
      message: m,
      thread,
      evidence,
      waited,
      extra: open.length > 1 ? { messages: open.length } : undefined,
    });
  },
});
