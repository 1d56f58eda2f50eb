import { defineRule } from '../src/analyze/define-rule.js';
import { findPhraseHits } from '../src/text/phrases.js';
import { locateSpan } from '../src/analyze/draft-location.js';

export default defineRule({
  id: 'jargon',
  description: { en: 'Internal abbreviations and trade terms a customer has to decode', nl: 'Interne afkortingen en vaktermen die een klant moet ontcijferen' },
  tags: ['tone', 'clarity'],
  defaultSeverity: 'warn',
  group: 'draft-content',
  defaultOptions: {
    /** The team's own terms, on top of the built-in list (phrase syntax of rules/phrases/README.md). */
    extraTerms: [] as string[],
    /** Report a term once per draft (true) or every time it occurs (false). */
    oncePerTerm: true,
  },
  optionDocs: {
    extraTerms: {
      en: "The team's own jargon on top of the built-in Dutch and English lists (plain words or /regex/).",
      nl: 'Het eigen jargon van het team bovenop de ingebouwde Nederlandse en Engelse lijsten (woorden of /regex/).',
    },
    oncePerTerm: {
      en: 'Report each term once per draft instead of at every occurrence.',
      nl: 'Meld elke term één keer per concept in plaats van bij elk voorkomen.',
    },
  },
  texts: {
    jargon: {
      en: '"{term}" is jargon to a customer; say it in plain words',
      nl: '"{term}" is jargon voor een klant; zeg het in gewone woorden',
    },
  },
  checkDraft(draft, ctx) {
    const m = draft.message;
    const seen = new Set<string>();
    for (const hit of findPhraseHits(m.newText, m.language, 'jargon', ctx.options.extraTerms)) {
      const key = hit.text.toLowerCase().replace(/\s+/g, ' ');
      if (ctx.options.oncePerTerm && seen.has(key)) continue;
      seen.add(key);
      ctx.report({
        text: 'jargon',
        data: { term: hit.text.replace(/\s+/g, ' ') },
        message: m,
        evidence: hit.sentence,
        location: locateSpan(draft, hit.start, hit.end),
        extra: { term: hit.text },
      });
    }
  },
});
