import { defineRule, formatClock, formatTimeLeft, splitSentences } from '../src/rule.js';

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
    /** Also list a message whose reply window closes later today (info), so the morning list prevents the lapse. */
    dueToday: true,
  },
  optionSchema: (z) => ({ maxBusinessHours: z.number().min(0), dueToday: z.boolean() }),
  optionDocs: {
    maxBusinessHours: {
      en: 'Business hours an incoming message may wait for a reply (8 = one working day).',
      nl: 'Werkuren dat een binnenkomend bericht op antwoord mag wachten (8 = één werkdag).',
    },
    dueToday: {
      en: 'Also list, as info, a message whose reply window closes later today, with the time left.',
      nl: 'Toon ook, als info, een bericht waarvan de antwoordtermijn later vandaag afloopt, met de resterende tijd.',
    },
  },
  texts: {
    waiting: {
      en: '{from} has waited {waited} for a reply',
      nl: '{from} wacht al {waited} op antwoord',
    },
    dueToday: {
      en: 'Reply to {from} today, by {by} ({left} left)',
      nl: 'Antwoord {from} vandaag, uiterlijk {by} (nog {left})',
    },
  },
  check(thread, ctx) {
    const facts = ctx.facts(thread);
    const bt = ctx.businessTime;
    const tz = ctx.config.businessHours.timezone;
    /** Not late yet, but the window closes before today's close of business: say so while it can still be met. */
    const dueToday = (m: (typeof facts.incoming)[number]['message'], evidence: string | undefined) => {
      const now = ctx.now;
      if (!bt.isBusinessDay(now)) return;
      const by = bt.addBusinessHours(m.date, ctx.options.maxBusinessHours);
      if (by.getTime() <= now.getTime() || by.getTime() > bt.endOfBusinessDay(now).getTime()) return;
      const left = bt.between(now, by).businessHours;
      ctx.report({
        text: 'dueToday',
        data: { from: m.from.name ?? m.from.address, by: { en: formatClock(by, 'en', tz), nl: formatClock(by, 'nl', tz) }, left: { en: formatTimeLeft(left, 'en'), nl: formatTimeLeft(left, 'nl') } },
        message: m,
        thread,
        evidence,
        due: by,
        severity: 'info',
        extra: { dueToday: true },
      });
    };
    // Incoming messages that still need a reply: no later outgoing message, not even a holding reply, reached their
    // sender (a forward to a colleague does not). The oldest sets the wait. A holding reply that was not followed up
    // is broken-promise's business.
    // Someone I have written to since, under another subject, is not waiting in silence: whether their questions
    // were answered is unanswered-question's business.
    const open = facts.incoming.filter((f) => f.needsReply && !f.firstResponse && !f.laterContact);
    const oldest = open[0];
    if (!oldest) return;
    const waited = oldest.answerWait;
    const m = oldest.message;
    const evidence = oldest.questions[0]?.question.text ?? firstContentSentence(m.newText, m.language);
    if (waited.businessHours <= ctx.options.maxBusinessHours) {
      if (ctx.options.dueToday) dueToday(oldest.message, evidence);
      return;
    }
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
