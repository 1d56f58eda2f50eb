/**
 * Small hand-written scans for what a regular expression can only do with backtracking that grows with the input:
 * stripping a run of characters from the ends of a string (`/[…]+$/` is tried from every position of the run, so a
 * long run costs its square), cutting out bracketed parts. Each is one pass over the string.
 */

/** A set of characters as a test: the characters of a string, or a one-character pattern such as /\s/. */
export type CharSet = string | RegExp;

function tester(set: CharSet): (c: string) => boolean {
  return typeof set === 'string' ? (c) => set.includes(c) : (c) => set.test(c);
}

/** `s` without the characters of `lead` at its start and those of `trail` at its end. */
export function stripEdges(s: string, lead: CharSet | null, trail: CharSet | null = lead): string {
  let start = 0;
  let end = s.length;
  if (lead !== null) {
    const inLead = tester(lead);
    while (start < end && inLead(s[start]!)) start++;
  }
  if (trail !== null) {
    const inTrail = tester(trail);
    while (end > start && inTrail(s[end - 1]!)) end--;
  }
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/** The first index of `needle` in `s` at or after `from`, remembered while `from` moves forward (-1: none). */
function forwardFinder(s: string, find: (from: number) => number): (from: number) => number {
  let at = -2;
  return (from) => {
    if (at !== -1 && at < from) at = find(from);
    return at;
  };
}

/**
 * Each `[mailto:…]` (to the first `]`) and each `(…)` (to the first `)`, on the same line) replaced by `by`, left to
 * right: what `s.replace(/\[mailto:[^\]]*\]|\(.*?\)/g, by)` does, in one pass (the pattern tries every "(" of a
 * long run of them to the end of the text).
 */
export function replaceMailtoAndParens(s: string, by: string, mailto = true): string {
  const bracket = forwardFinder(s, (f) => s.indexOf(']', f));
  const paren = forwardFinder(s, (f) => s.indexOf(')', f));
  const lineEnd = forwardFinder(s, (f) => {
    const m = /[\n\r\u2028\u2029]/g;
    m.lastIndex = f;
    return m.exec(s)?.index ?? -1;
  });
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; ) {
    let end = -1;
    if (mailto && s.startsWith('[mailto:', i)) {
      const c = bracket(i + 8);
      if (c >= 0) end = c + 1;
    }
    if (end < 0 && s[i] === '(') {
      const c = paren(i + 1);
      const nl = lineEnd(i + 1);
      if (c >= 0 && (nl < 0 || c < nl)) end = c + 1;
    }
    if (end < 0) {
      i++;
      continue;
    }
    out += s.slice(from, i) + by;
    from = i = end;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** Each `(…)` (to the first `)`, on the same line) replaced by `by`: `s.replace(/\(.*?\)/g, by)` in one pass. */
export function replaceParens(s: string, by: string): string {
  return replaceMailtoAndParens(s, by, false);
}

/**
 * A pattern "`first`, then at most `gap` characters that are not in `stop`, then `second`" (`A[^.]{0,120}B`) as a test:
 * for each match of `first` (global), `second` (sticky) is tried at each of the `gap` + 1 places after it. The time is
 * that of the two patterns times `gap`, whatever the text; as one pattern the bounded gap was tried from every start
 * against every reading of what follows.
 */
export function followedWithin(first: RegExp, gap: number, stop: string, second: RegExp): { test(text: string): boolean } {
  if (!first.global || !second.sticky) throw new Error('followedWithin: first must be global, second sticky');
  return {
    test(text: string): boolean {
      first.lastIndex = 0;
      for (let a: RegExpExecArray | null; (a = first.exec(text)); ) {
        if (a[0] === '') first.lastIndex++;
        const end = a.index + a[0].length;
        for (let p = end; p <= end + gap && p <= text.length; p++) {
          second.lastIndex = p;
          if (second.test(text)) return true;
          if (p < text.length && stop.includes(text[p]!)) break;
        }
      }
      return false;
    },
  };
}
