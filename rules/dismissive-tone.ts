import { defineRule, findPhraseHits, locateSpan, MAX_FINDINGS_PER_RULE } from '../src/rule.js';

export default defineRule({
  id: 'dismissive-tone',
  description: { en: 'Words that brush the reader off or blame them', nl: 'Woorden die de lezer afschepen of de schuld geven' },
  tags: ['tone'],
  defaultSeverity: 'warn',
  group: 'draft-content',
  defaultOptions: {},
  texts: {
    dismissive: {
      en: '"{phrase}" sounds dismissive; explain again without blame',
      nl: '"{phrase}" klinkt afwijzend; leg het opnieuw uit zonder verwijt',
    },
  },
  checkDraft(draft, ctx) {
    const m = draft.message;
    for (const hit of findPhraseHits(m.newText, m.language, 'dismissive').slice(0, MAX_FINDINGS_PER_RULE)) {
      ctx.report({
        text: 'dismissive',
        data: { phrase: hit.text.replace(/\s+/g, ' ') },
        message: m,
        evidence: hit.sentence,
        location: locateSpan(draft, hit.start, hit.end),
        extra: { phrase: hit.text.replace(/\s+/g, ' ') },
      });
    }
  },
});
