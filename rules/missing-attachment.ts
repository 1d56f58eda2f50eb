import { defineRule, findPhraseHits, isPlainTextDraft, locateSpan } from '../src/rule.js';

export default defineRule({
  id: 'missing-attachment',
  description: { en: 'The draft mentions an attachment but has none', nl: 'Het concept noemt een bijlage maar heeft er geen' },
  tags: ['promises'],
  defaultSeverity: 'warn',
  group: 'draft-content',
  defaultOptions: {},
  texts: {
    missing: {
      en: 'You write "{phrase}" but nothing is attached',
      nl: 'U schrijft "{phrase}" maar er is niets bijgevoegd',
    },
  },
  checkDraft(draft, ctx) {
    const m = draft.message;
    // A plain-text draft (editor hook) cannot carry attachments yet: the mail client adds them later.
    if (isPlainTextDraft(m)) return;
    if (m.attachments.length > 0) return;
    const hit = findPhraseHits(m.newText, m.language, 'attachment-mentions')[0];
    if (!hit) return;
    ctx.report({
      text: 'missing',
      data: { phrase: hit.text.replace(/\s+/g, ' ') },
      message: m,
      evidence: hit.sentence,
      location: locateSpan(draft, hit.start, hit.end),
      extra: { phrase: hit.text },
    });
  },
});
