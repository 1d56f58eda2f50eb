import { defineRule, locateSpan, locateStart, matchPhrase, replaceParens, type Address } from '../src/rule.js';

/** Name parts that say nothing about who is greeted ("de", "van", titles). */
const PARTICLES = new Set(['de', 'den', 'der', 'van', 'het', 'ten', 'ter', 'te', 'la', 'le', 'von', 'mr', 'mrs', 'ms', 'dr', 'ir', 'ing', 'drs', 'dhr', 'mevr']);

export default defineRule({
  id: 'missing-greeting',
  description: { en: 'A draft without a greeting, or without the name of a known recipient', nl: 'Een concept zonder aanhef, of zonder de naam van een bekende ontvanger' },
  tags: ['tone'],
  defaultSeverity: 'info',
  group: 'draft-content',
  defaultOptions: {
    /** Also report a greeting that leaves out the recipient's name when the name is known. */
    requireName: true,
  },
  optionSchema: (z) => ({ requireName: z.boolean() }),
  optionDocs: {
    requireName: {
      en: "Also report a greeting without the recipient's name when that name is known (one recipient only).",
      nl: 'Meld ook een aanhef zonder de naam van de ontvanger als die naam bekend is (alleen bij één ontvanger).',
    },
  },
  texts: {
    noGreeting: {
      en: 'The draft starts without a greeting; open with e.g. "{example}"',
      nl: 'Het concept begint zonder aanhef; open met bijv. "{example}"',
    },
    noName: {
      en: 'The greeting leaves out the name; {name} is known',
      nl: 'De aanhef noemt geen naam; {name} is bekend',
    },
  },
  checkDraft(draft, ctx) {
    const m = draft.message;
    const text = m.newText;
    const first = text.search(/\S/);
    if (first < 0) return;
    const eol = text.indexOf('\n', first);
    const line = text.slice(first, eol < 0 ? text.length : eol);
    const recipient = whoIsGreeted(draft.original?.direction === 'in' ? draft.original.from : undefined, m.to, m.cc);
    const greeting = matchPhrase(line, m.language, 'greetings');
    if (!greeting) {
      const name = recipient?.name ? firstName(recipient.name) : '';
      const example = m.language === 'nl' ? (name ? `Beste ${name},` : 'Beste …,') : name ? `Dear ${name},` : 'Hello …,';
      ctx.report({ text: 'noGreeting', data: { example }, message: m, evidence: line, location: locateStart(draft) });
      return;
    }
    if (!ctx.options.requireName || !recipient?.name) return;
    const parts = nameParts(recipient.name);
    if (parts.length === 0) return;
    const words = new Set((line.toLowerCase().match(/[\p{L}]+/gu) ?? []));
    if (parts.some((p) => words.has(p))) return;
    ctx.report({
      text: 'noName',
      data: { name: recipient.name },
      message: m,
      evidence: line,
      location: locateSpan(draft, first + greeting.start, first + greeting.end),
    });
  },
});

/** The person the draft greets: the author of the original, else the only recipient. */
function whoIsGreeted(author: Address | undefined, to: Address[], cc: Address[]): Address | undefined {
  if (author?.address || author?.name) return author;
  return to.length === 1 && cc.length === 0 ? to[0] : undefined;
}

/** A display name is a few words; the cut bounds the comment pattern, which is quadratic on a run of "(". */
const MAX_NAME = 200;

/** "Vries, Jan de" → jan, vries; "Jan de Vries (Klant BV)" → jan, vries. Names that are addresses say nothing. */
function nameParts(name: string): string[] {
  if (name.includes('@')) return [];
  return (replaceParens(name.slice(0, MAX_NAME), '').toLowerCase().match(/[\p{L}]+/gu) ?? []).filter((p) => p.length > 1 && !PARTICLES.has(p));
}

function firstName(name: string): string {
  if (name.includes('@')) return '';
  const n = replaceParens(name.slice(0, MAX_NAME), '').trim();
  if (n.includes(',')) return n.split(',')[1]!.trim().split(/\s+/)[0] ?? '';
  return n.split(/\s+/)[0] ?? '';
}
