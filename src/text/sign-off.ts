/**
 * The name a message is signed with: "Groet, Mila", "Hartelijke groet,\nFleur", "Best wishes,\nTom",
 * "Priya\nBrightpath IT Support", "Met vriendelijke groet,\nAnouk Brink". In a shared mailbox (info@, support@)
 * the sign-off is the only trace of the colleague who wrote, so the report counts replies per member by it.
 *
 * Looked for in the last lines of the new text and the first lines of the signature block (the parser may have
 * cut "Groet,\nMila" off as the signature). A line counts when, after an optional short sign-off ending in a comma
 * ("Groet,", "Kind regards,", "Thanks,"), it holds only a name: capitalised words, with Dutch/German particles
 * ("Anouk de Vries", "Kees van den Berg"). Prose lines ("Lotte belt u morgen even") never count.
 */

const PARTICLES = new Set(['de', 'van', 'der', 'den', 'ter', 'ten', 'te', 'von', 'le', 'la', 'du', 'da', 'di', "'t"]);
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;
const LINES_LOOKED_AT = 4;

/** The text before the first bar or dash with a blank on both sides: `t.split(/\s+[|–—-]\s+/)[0]` as a scan. */
function beforeSeparator(t: string): string {
  for (let i = 1; i < t.length - 1; i++) if ('|–—-'.includes(t[i]!) && /\s/.test(t[i - 1]!) && /\s/.test(t[i + 1]!)) return t.slice(0, i).trimEnd();
  return t;
}

/** The name on a sign-off line, or undefined: "Mila", "Groet, Mila" → "Mila"; "Anouk Brink" → "Anouk Brink". */
export function nameOnLine(line: string): string | undefined {
  let t = line.trim();
  if (t.length === 0 || t.length > 60) return undefined;
  // "Groet, Mila" / "Cheers, Tom": a short sign-off before the comma
  const comma = t.indexOf(',');
  if (comma >= 0) {
    const head = t.slice(0, comma);
    if (head.split(/\s+/).length > 4) return undefined;
    t = t.slice(comma + 1).trim();
  }
  // "Tom | Brightpath IT", "Priya - Support": the name before a separator
  t = beforeSeparator(t).replace(/[.!]$/, '').trim();
  const words = t.split(/\s+/);
  if (words.length === 0 || words.length > 5 || !NAME_WORD.test(words[0]!)) return undefined;
  if (!words.every((w) => NAME_WORD.test(w) || PARTICLES.has(w.toLowerCase()))) return undefined;
  return t;
}

const nonBlank = (s: string) => s.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);

/**
 * The candidate names a message is signed with, nearest to the sign-off first: the last lines of the new text
 * (bottom up), then the first lines of the signature block (top down).
 */
export function signOffNames(newText: string, signature: string): string[] {
  const tail = nonBlank(newText).slice(-LINES_LOOKED_AT).reverse();
  const head = nonBlank(signature).slice(0, LINES_LOOKED_AT);
  const out: string[] = [];
  // the first line of the new text is the greeting ("Hi Emma,"), never the sign-off
  const body = nonBlank(newText);
  for (const [i, l] of tail.entries()) {
    if (body.length - 1 - i === 0) continue;
    const n = nameOnLine(l);
    if (n) out.push(n);
  }
  for (const l of head) {
    const n = nameOnLine(l);
    if (n) out.push(n);
  }
  return out;
}

/**
 * Which of `members` (names as in config `team`: "Mila", "Anouk Brink") signed the message: a candidate name whose
 * first word equals a member name's first word (case-insensitive). Undefined when none does.
 */
export function signedBy(newText: string, signature: string, members: readonly string[]): string | undefined {
  const first = (s: string) => s.trim().split(/\s+/)[0]!.toLowerCase();
  const byFirst = new Map(members.map((m) => [first(m), m]));
  for (const n of signOffNames(newText, signature)) {
    const m = byFirst.get(first(n));
    if (m) return m;
  }
  return undefined;
}
