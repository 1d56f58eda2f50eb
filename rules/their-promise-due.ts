import { defineRule, formatMoment } from '../src/rule.js';

export default defineRule({
  id: 'their-promise-due',
  description: { en: 'Something promised to you has not come', nl: 'Wat u is toegezegd, is niet gekomen' },
  tags: ['promises', 'follow-up'],
  defaultSeverity: 'info',
  group: 'waiting-on-others',
  defaultOptions: {
    /** Business days after the due time after which the promise leaves the list; 0: never. */
    forgetAfterBusinessDays: 20,
  },
  optionSchema: (z) => ({ forgetAfterBusinessDays: z.number().int().min(0) }),
  optionDocs: {
    forgetAfterBusinessDays: {
      en: 'Business days after its due time after which a promise that did not come leaves the list (0: never).',
      nl: 'Werkdagen na de beloofde tijd waarna een toezegging die niet kwam van de lijst gaat (0: nooit).',
    },
  },
  texts: {
    due: {
      en: '{from} promised you something by {due}; nothing has come from them since',
      nl: '{from} zegde u iets toe voor uiterlijk {due}; sindsdien kwam er niets',
    },
  },
  check(thread, ctx) {
    const bt = ctx.businessTime;
    const tz = ctx.config.businessHours.timezone;
    const forget = ctx.options.forgetAfterBusinessDays;
    for (const c of ctx.facts(thread).theirCommitments) {
      if (c.status !== 'broken') continue;
      if (forget > 0 && ctx.now.getTime() > bt.addBusinessDays(c.due, forget).getTime()) continue;
      const m = c.message;
      ctx.report({
        text: 'due',
        data: { from: m.from.name ?? m.from.address, due: { en: formatMoment(c.due, 'en', tz), nl: formatMoment(c.due, 'nl', tz) } },
        message: m,
        thread,
        evidence: c.commitment.text,
        due: c.due,
        waited: bt.between(c.due, ctx.now),
        extra: { status: c.status },
      });
    }
  },
});
