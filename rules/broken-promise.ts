import { defineRule, formatMoment } from '../src/rule.js';

export default defineRule({
  id: 'broken-promise',
  description: { en: 'A promise to come back that was not kept', nl: 'Een toezegging die niet is nagekomen' },
  tags: ['promises'],
  defaultSeverity: 'error',
  group: 'promise',
  defaultOptions: {
    /** Show open promises falling due by the end of this many business days as "due soon" (info); 1 = today and the next working day. */
    dueSoonBusinessDays: 1,
    /** Report promises that were kept, but late. */
    reportKeptLate: true,
  },
  optionSchema: (z) => ({ dueSoonBusinessDays: z.number().int().min(0), reportKeptLate: z.boolean() }),
  optionDocs: {
    dueSoonBusinessDays: {
      en: 'Open promises falling due by the end of this many working days are shown as due soon (info); 1 = today and the next working day, 0 = off.',
      nl: 'Openstaande toezeggingen die uiterlijk aan het eind van zoveel werkdagen verlopen, worden getoond als binnenkort (info); 1 = vandaag en de volgende werkdag, 0 = uit.',
    },
    reportKeptLate: {
      en: 'Also report promises that were kept, but after their due time (warn).',
      nl: 'Meld ook toezeggingen die te laat zijn nagekomen (warn).',
    },
  },
  texts: {
    broken: {
      en: 'You promised {to} a follow-up, due {due}; nothing followed',
      nl: 'U beloofde {to} een vervolg, uiterlijk {due}; er kwam niets',
    },
    brokenOffMail: {
      en: 'You promised {to} a call or visit, due {due}; no mail since shows it happened: check it did',
      nl: 'U beloofde {to} te bellen of langs te komen, uiterlijk {due}; geen mail sindsdien laat zien dat het gebeurd is: ga het na',
    },
    dueSoon: {
      en: 'Promise to {to} falls due {due}',
      nl: 'Toezegging aan {to} verloopt {due}',
    },
    keptLate: {
      en: 'Promise to {to} was kept, but {late} late',
      nl: 'Toezegging aan {to} is nagekomen, maar {late} te laat',
    },
  },
  check(thread, ctx) {
    const bt = ctx.businessTime;
    const tz = ctx.config.businessHours.timezone;
    for (const c of ctx.facts(thread).commitments) {
      const m = c.message;
      const to = m.to[0]?.name ?? m.to[0]?.address ?? '?';
      const due = { en: formatMoment(c.due, 'en', tz), nl: formatMoment(c.due, 'nl', tz) };
      const base = { message: m, thread, evidence: c.commitment.text, due: c.due, extra: { status: c.status, explicitDue: c.explicitDue, ...(c.offMail && { offMail: true }) } };
      if (c.status === 'broken' && c.offMail) {
        // a call or visit happens off the mail: not seeing it is a reason to check, not proof it was broken
        ctx.report({ ...base, text: 'brokenOffMail', data: { to, due }, severity: 'warn', waited: bt.between(c.due, ctx.now) });
      } else if (c.status === 'broken') {
        ctx.report({ ...base, text: 'broken', data: { to, due }, waited: bt.between(c.due, ctx.now) });
      } else if (c.status === 'open') {
        const days = ctx.options.dueSoonBusinessDays;
        if (days > 0 && c.due.getTime() <= bt.addBusinessDays(ctx.now, days).getTime()) {
          // falling due before today's close: the morning list shows it under "due today"
          const today = bt.isBusinessDay(ctx.now) && c.due.getTime() <= bt.endOfBusinessDay(ctx.now).getTime();
          ctx.report({ ...base, text: 'dueSoon', data: { to, due }, severity: 'info', ...(today && { extra: { ...base.extra, dueToday: true } }) });
        }
      } else if (c.status === 'kept-late' && ctx.options.reportKeptLate) {
        const late = bt.between(c.due, c.followUp!.date);
        ctx.report({ ...base, text: 'keptLate', data: { to, late: ctx.formatDuration(late) }, severity: 'warn', waited: late });
      }
    }
  },
});
