import { BusinessTime, defineRule, findApology, locateStart } from '../src/rule.js';

export default defineRule({
  id: 'late-reply-apology',
  description: {
    en: 'A draft answering a message that waited long, without a word about the delay',
    nl: 'Een concept op een bericht dat lang wachtte, zonder woord over de vertraging',
  },
  tags: ['speed', 'tone'],
  defaultSeverity: 'warn',
  group: 'draft-content',
  defaultOptions: {
    /** An original that waited longer than this many business hours deserves an apology for the wait. */
    maxBusinessHours: 8,
  },
  optionSchema: (z) => ({ maxBusinessHours: z.number().min(0) }),
  optionDocs: {
    maxBusinessHours: {
      en: 'When the original has waited longer than this many business hours, the draft should acknowledge the delay.',
      nl: 'Als het origineel langer dan zoveel werkuren heeft gewacht, hoort het concept de vertraging te erkennen.',
    },
  },
  texts: {
    noApology: {
      en: "{from}'s message has waited {waited}; say sorry for the wait",
      nl: 'Het bericht van {from} wacht al {waited}; bied excuses aan voor het wachten',
    },
  },
  checkDraft(draft, ctx) {
    const original = draft.original;
    if (!original || original.direction !== 'in' || original.automated) return;
    const wallHours = (ctx.now.getTime() - original.date.getTime()) / 3_600_000;
    // Business hours never exceed wall hours: skip the calendar (and its holiday tables) when it cannot matter.
    if (wallHours <= ctx.options.maxBusinessHours) return;
    // Holidays only shorten business time: when the wait is short without them, the holiday tables (~110 ms to
    // load) are not needed; only a wait that may be long is measured against the real calendar.
    const rough = new BusinessTime({ ...ctx.config.businessHours, holidays: false }).between(original.date, ctx.now);
    if (rough.businessHours <= ctx.options.maxBusinessHours) return;
    const waited = ctx.businessTime.between(original.date, ctx.now);
    if (waited.businessHours <= ctx.options.maxBusinessHours) return;
    const m = draft.message;
    if (findApology(m.newText, m.language)) return;
    ctx.report({
      text: 'noApology',
      data: { from: original.from.name ?? (original.from.address || '?'), waited: ctx.formatDuration(waited) },
      message: m,
      waited,
      location: locateStart(draft),
      extra: { repliesTo: original.messageId },
    });
  },
});
