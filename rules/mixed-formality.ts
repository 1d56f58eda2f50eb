import { addressForms, defineRule, locateSpan, splitSentences } from '../src/rule.js';

export default defineRule({
  id: 'mixed-formality',
  description: { en: 'A Dutch draft that switches between "u" and "je/jij"', nl: 'Een Nederlands concept dat wisselt tussen "u" en "je/jij"' },
  tags: ['tone'],
  defaultSeverity: 'warn',
  group: 'draft-content',
  defaultOptions: {},
  texts: {
    mixed: {
      en: 'You address the reader as "{main}" elsewhere, but as "{word}" here; pick one',
      nl: 'U spreekt de lezer elders aan met "{main}", maar hier met "{word}"; kies één vorm',
    },
  },
  checkDraft(draft, ctx) {
    const m = draft.message;
    if (m.language !== 'nl') return;
    const forms = addressForms(m.newText);
    if (!forms.formal.length || !forms.informal.length) return;
    // The minority form is the slip; on a tie, the informal one (a customer is addressed formally by default).
    const informalIsSlip = forms.informal.length <= forms.formal.length;
    const slips = informalIsSlip ? forms.informal : forms.formal;
    const main = informalIsSlip ? 'u' : 'je';
    const sentences = splitSentences(m.newText, 'nl');
    for (const s of slips) {
      ctx.report({
        text: 'mixed',
        data: { main, word: s.text },
        message: m,
        evidence: sentences.find((x) => x.start <= s.start && s.start < x.end)?.text ?? s.text,
        location: locateSpan(draft, s.start, s.end),
        extra: { main, word: s.text, formal: forms.formal.length, informal: forms.informal.length },
      });
    }
  },
});
