import { BusinessTime, defineRule, dominantForm, findCommitments, locateSpan, MAX_FINDINGS_PER_RULE, parseDue, type Commitment, type Language } from '../src/rule.js';

export default defineRule({
  id: 'vague-promise',
  description: { en: 'A promise to come back without saying when', nl: 'Een belofte om terug te komen zonder te zeggen wanneer' },
  tags: ['promises'],
  defaultSeverity: 'warn',
  group: 'draft-content',
  defaultOptions: {
    /** The moment to suggest: the end of this many business days from now (1 = the next business day's close). */
    suggestBusinessDays: 1,
  },
  optionSchema: (z) => ({ suggestBusinessDays: z.number().int().min(0) }),
  optionDocs: {
    suggestBusinessDays: {
      en: 'The suggested moment is the close of this many business days from now (0 = today, 1 = the next business day).',
      nl: 'Het voorgestelde moment is het einde van zoveel werkdagen vanaf nu (0 = vandaag, 1 = de volgende werkdag).',
    },
  },
  texts: {
    vague: {
      en: 'You promise to come back without saying when; name a moment, e.g. "{suggestion}"',
      nl: 'U belooft terug te komen zonder te zeggen wanneer; noem een moment, bijv. "{suggestion}"',
    },
  },
  checkDraft(draft, ctx) {
    const m = draft.message;
    const tz = ctx.config.businessHours.timezone;
    // The same promises and due dates as broken-promise in `scan`; only whether a moment is named matters here.
    const all = findCommitments(m.newText, m.language, ctx.now, tz);
    const vague: Commitment[] = [];
    for (const p of all) {
      if (!p.vague || momentElsewhere(p, all, m.newText, m.language, ctx.now, tz)) continue;
      if (vague.push(p) >= MAX_FINDINGS_PER_RULE) break;
    }
    if (!vague.length) return;
    // Public holidays are left out of the suggestion: loading the holiday tables costs more than a send hook may.
    const bt = new BusinessTime({ ...ctx.config.businessHours, holidays: false });
    const when = bt.addBusinessDays(ctx.now, ctx.options.suggestBusinessDays);
    const informal = dominantForm(m.newText) === 'informal';
    for (const p of vague) {
      ctx.report({
        text: 'vague',
        // the suggested words are in the draft's language, whatever the language of the output
        data: { suggestion: suggestion(when, m.language, tz, informal) },
        message: m,
        evidence: p.text,
        due: when,
        location: locateSpan(draft, p.phrase.start, p.phrase.end),
      });
    }
  },
});

function suggestion(d: Date, lang: 'en' | 'nl', timeZone: string, informal = false): string {
  const day = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone }).format(d);
  const time = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone }).format(d);
  return lang === 'nl' ? `ik laat het ${informal ? 'je' : 'u'} uiterlijk ${day} om ${time} weten` : `I'll get back to you by ${time} on ${day}`;
}

/**
 * A promise without a date of its own can still name its moment: the reader's own step sets it ("Kom maar langs, dan
 * kijken we ernaar", "als u de foto's stuurt, laat ik het weten", "once you send the photos, I'll check them"), the next
 * short sentence gives it ("Ik kom erop terug. Dat wordt donderdag."), or it is a reassurance, not a promise to come
 * back ("wij zorgen dat het goed komt", "we'll make sure it's sorted").
 */
const READER_STEP: Record<Language, RegExp> = {
  nl: /(?<![\p{L}])(?:als|wanneer|zodra|nadat|indien|zo gauw)\s+(?:u|je|jij|jullie)(?![\p{L}])|^\s*(?:kom|breng|stuur|bel|mail|lever|bring|zet)\s+(?:[\p{L}']+\s+){0,4}?(?:maar|gerust|even|langs)(?![\p{L}])[^.?!]*,\s*(?:dan|en)\s/iu,
  en: /(?<![\p{L}])(?:if|when|once|as soon as|after)\s+you(?![\p{L}])|^\s*(?:bring|drop|send|pop|come)\s+(?:[\p{L}']+\s+){0,4}?(?:in|by|over|round|along)(?![\p{L}])[^.?!]*(?:,|\band)\s+(?:we|i)(?:'ll|\s+will)?\s/iu,
};
const REASSURANCE: Record<Language, RegExp> = {
  nl: /(?<![\p{L}])(?:zorg|zorgen)\s+(?:(?:ik|we|wij)\s+)?(?:er\s*voor\s+|ervoor\s+)?dat\s+(?:het|alles)\s+(?:weer\s+)?(?:goed|in orde|netjes|piekfijn|prima)\s+(?:komt|is|gaat|wordt)(?![\p{L}])/iu,
  en: /(?<![\p{L}])make\s+sure\s+(?:that\s+)?(?:it|everything|all)(?:'s|\s+is|\s+gets|\s+goes)\s+(?:all\s+)?(?:fine|right|sorted|ok(?:ay)?|well|good)(?![\p{L}])/iu,
};

function momentElsewhere(p: Commitment, all: Commitment[], text: string, lang: Language, now: Date, tz: string): boolean {
  if (READER_STEP[lang].test(p.text) || REASSURANCE[lang].test(p.text)) return true;
  // the next sentence of the same paragraph, when it is short and no promise of its own, may give the moment
  const rest = text.slice(p.end, p.end + 120);
  const next = /^[ \t]*\n?[ \t]*([^\n.!?]{1,80}[.!?]?)/.exec(rest)?.[1];
  if (!next) return false;
  const nextEnd = p.end + rest.indexOf(next) + next.length;
  const after = all[all.indexOf(p) + 1]; // promises are in text order
  if (after && after.start < nextEnd) return false;
  return next.trim().split(/\s+/).length <= 12 && parseDue(next, lang, now, tz) !== undefined;
}
