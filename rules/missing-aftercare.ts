import { defineRule } from '../src/rule.js';

const DAY = 86_400_000;

export default defineRule({
  id: 'missing-aftercare',
  description: { en: 'A finished job without a check-in afterwards', nl: 'Een afgeronde klus zonder nazorg' },
  tags: ['aftercare'],
  defaultSeverity: 'info',
  group: 'aftercare',
  defaultOptions: {
    /** Days after delivery within which a check-in ("Is alles naar wens?") should go out. */
    afterDays: 14,
  },
  optionSchema: (z) => ({ afterDays: z.number().int().min(0) }),
  optionDocs: {
    afterDays: {
      en: 'Days after a delivery or invoice within which to check in with the customer.',
      nl: 'Dagen na oplevering of factuur waarbinnen u even navraagt of alles naar wens is.',
    },
  },
  texts: {
    noCheckIn: {
      en: 'No check-in with {to} in the {days} days since the job was done',
      nl: 'Geen nazorg bij {to} in de {days} dagen sinds de oplevering',
    },
  },
  check(thread, ctx) {
    for (const job of ctx.facts(thread).jobs) {
      if (job.checkIn) continue;
      const days = Math.floor((ctx.now.getTime() - job.message.date.getTime()) / DAY);
      if (days <= ctx.options.afterDays) continue;
      const m = job.message;
      ctx.report({
        text: 'noCheckIn',
        data: { to: m.to[0]?.name ?? m.to[0]?.address ?? '?', days },
        message: m,
        thread,
        evidence: job.phrase.text,
        due: new Date(m.date.getTime() + ctx.options.afterDays * DAY),
      });
    }
  },
});
