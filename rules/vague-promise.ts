import { defineRule } from '../src/analyze/define-rule.js';
import { BusinessTime } from '../src/text/business-time.js';
import { findCommitments } from '../src/text/commitments.js';
import { locateSpan } from '../src/analyze/draft-location.js';
import { dominantForm } from '../src/text/formality.js';

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
    const vague = findCommitments(m.newText, m.language, ctx.now, tz).filter((p) => p.vague);
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
