import { defineRule, formatDay, type AskedFact, type Bilingual, type ThreadFacts } from '../src/rule.js';

const bothDays = (d: Date, timeZone: string): Bilingual => ({ en: formatDay(d, 'en', timeZone), nl: formatDay(d, 'nl', timeZone) });

/** The calendar date (YYYY-MM-DD) of `d` in `timeZone`, for JSON. */
const isoDay = (d: Date, timeZone: string) => new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(d);

/** The ball is in my court: a later mail of theirs still wants my reply (awaiting-reply's business, not a nudge). */
function myTurn(facts: ThreadFacts, asked: AskedFact): boolean {
  const t = asked.message.date.getTime();
  return facts.incoming.some((f) => f.message.date.getTime() > t && f.needsReply && !f.firstResponse);
}

export default defineRule({
  id: 'awaiting-their-reply',
  description: { en: 'You are waiting for an answer to your question', nl: 'U wacht op antwoord op uw vraag' },
  tags: ['speed', 'follow-up'],
  defaultSeverity: 'info',
  group: 'waiting-on-others',
  defaultOptions: {
    /** Business days they have to answer before a reminder is due. */
    followUpAfterBusinessDays: 3,
    /** Business days after which an unanswered question leaves the list (a nudge is long past); 0: never. */
    forgetAfterBusinessDays: 20,
  },
  optionSchema: (z) => ({ followUpAfterBusinessDays: z.number().int().min(0), forgetAfterBusinessDays: z.number().int().min(0) }),
  optionDocs: {
    followUpAfterBusinessDays: {
      en: 'Business days the other party has to answer your question or request before a reminder is due.',
      nl: 'Werkdagen die de ander heeft om uw vraag of verzoek te beantwoorden voordat een herinnering op zijn plaats is.',
    },
    forgetAfterBusinessDays: {
      en: 'Business days after your last mail after which an unanswered question leaves the list (0: never).',
      nl: 'Werkdagen na uw laatste mail waarna een onbeantwoorde vraag van de lijst gaat (0: nooit).',
    },
  },
  texts: {
    question: {
      en: '{to} has not answered your question of {sent}; send a reminder from {nudge}',
      nl: '{to} heeft uw vraag van {sent} nog niet beantwoord; stuur vanaf {nudge} een herinnering',
    },
    request: {
      en: '{to} has not responded to your request of {sent}; send a reminder from {nudge}',
      nl: '{to} heeft nog niet gereageerd op uw verzoek van {sent}; stuur vanaf {nudge} een herinnering',
    },
  },
  check(thread, ctx) {
    const facts = ctx.facts(thread);
    // My last mail in the thread that asks something: an earlier question I wrote past is no longer what I wait for.
    const asked = facts.asked.at(-1);
    if (!asked || asked.bounced || asked.laterContact || myTurn(facts, asked)) return;
    const open = asked.questions.filter((q) => !q.answeredBy);
    if (open.length === 0) return;
    const days = ctx.options.followUpAfterBusinessDays;
    const bt = ctx.businessTime;
    const from = asked.lastMine.date;
    const expected = bt.addBusinessDays(from, days);
    if (ctx.now.getTime() <= expected.getTime()) return;
    const forget = ctx.options.forgetAfterBusinessDays;
    if (forget > 0 && ctx.now.getTime() > bt.addBusinessDays(from, forget).getTime()) return;
    const nudge = bt.addBusinessDays(from, days + 1);
    const tz = ctx.config.businessHours.timezone;
    const m = asked.message;
    const to = m.to[0] ?? m.cc[0];
    const first = open[0]!;
    ctx.report({
      text: first.question.kind === 'request' ? 'request' : 'question',
      data: { to: to?.name ?? to?.address ?? '?', sent: bothDays(m.date, tz), nudge: bothDays(nudge, tz) },
      message: m,
      thread,
      evidence: first.question.text,
      due: expected,
      waited: bt.between(from, ctx.now),
      extra: {
        nudgeOn: isoDay(nudge, tz),
        ...(open.length > 1 && { alsoAsked: open.slice(1).map((q) => q.question.text.replace(/\s+/g, ' ').trim()).join('\n') }),
        ...(asked.replies.length > 0 && { replies: asked.replies.length }),
      },
    });
  },
});
