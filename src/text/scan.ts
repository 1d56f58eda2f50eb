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

/** The gap of "A[^stops]{0,max}B" (`max` Infinity for `*`); `lazy`: the first B that fits, else the last. */
export interface Gap {
  stops: string;
  max: number;
  lazy: boolean;
}

/**
 * A part after a gap: sticky after a bounded gap, global after an unbounded one. With `word` (sticky) the gap is at
 * most `max` words instead, each one match of `word` ("(?:[\p{L}.-]+\s+){0,6}?").
 */
export type GapPart = Gap & { re: RegExp; word?: RegExp };

/** The last index of a sorted list with a value ≤ x (-1: none). */
function lastAtMost(xs: number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * The matches of "`first`, a gap of characters not in `stops`, the next part, …" as the one pattern `A[^stops]*B`
 * (or `{0,N}`, lazy `?`) would give them, in time linear in the text. After a bounded gap each of its N + 1 places is
 * tried with the sticky part (in the gap's order, the rest of the line after each: backtracking, bounded by N). After
 * an unbounded gap the part's matches and the stop characters are listed once, and a match of what came before looks
 * up the one that ends its gap (the last before the next stop, or the first with `lazy`). As one pattern, every
 * start of A on a run of them was tried against every reading of an unbounded gap: quadratic.
 */
export function eachGapMatch(first: RegExp, then: GapPart[], s: string, push: (start: number, end: number) => void, one: boolean): boolean {
  first.lastIndex = 0;
  let x = first.exec(s);
  if (!x) return false;
  const stopsOf = new Map<string, number[]>();
  const stopList = (stops: string) => {
    let l = stopsOf.get(stops);
    if (!l) {
      l = [];
      for (let i = 0; i < s.length; i++) if (stops.includes(s[i]!)) l.push(i);
      stopsOf.set(stops, l);
    }
    return l;
  };
  const hitsOf = new Map<number, { start: number[]; end: number[] }>();
  const hitList = (k: number) => {
    let h = hitsOf.get(k);
    if (!h) {
      h = { start: [], end: [] };
      const re = then[k]!.re;
      re.lastIndex = 0;
      for (let y: RegExpExecArray | null; (y = re.exec(s)); ) {
        h.start.push(y.index);
        h.end.push(y.index + y[0].length);
        if (!y[0]) re.lastIndex++;
      }
      re.lastIndex = 0;
      hitsOf.set(k, h);
    }
    return h;
  };
  /** Where the line ends when part k starts its gap at pos, or -1. */
  const rest = (k: number, pos: number): number => {
    if (k === then.length) return pos;
    const { stops, max, lazy, re, word } = then[k]!;
    if (word) {
      // the places after 0, 1, … max words: tried first to last (lazy) or last to first
      const at = [pos];
      for (let w = 0; w < max; w++) {
        word.lastIndex = at[w]!;
        const y = word.exec(s);
        if (!y || !y[0]) break;
        at.push(at[w]! + y[0].length);
      }
      if (!lazy) at.reverse();
      for (const p of at) {
        re.lastIndex = p;
        const y = re.exec(s);
        const e = y ? rest(k + 1, p + y[0].length) : -1;
        if (e >= 0) return e;
      }
      return -1;
    }
    const stopAt = stopList(stops);
    const hi = Math.min(stopAt[lastAtMost(stopAt, pos - 1) + 1] ?? s.length, pos + max);
    if (max === Infinity) {
      const h = hitList(k);
      const i = lazy ? lastAtMost(h.start, pos - 1) + 1 : lastAtMost(h.start, hi);
      return i >= 0 && i < h.start.length && h.start[i]! >= pos && h.start[i]! <= hi ? rest(k + 1, h.end[i]!) : -1;
    }
    for (let p = lazy ? pos : hi; lazy ? p <= hi : p >= pos; p += lazy ? 1 : -1) {
      re.lastIndex = p;
      const y = re.exec(s);
      if (!y) continue;
      const e = rest(k + 1, p + y[0].length);
      if (e >= 0) return e;
    }
    return -1;
  };
  let found = false;
  for (; x; x = first.exec(s)) {
    const start = x.index;
    const end = rest(0, start + x[0].length);
    if (end > start) {
      push(start, end);
      found = true;
      if (one) break;
      first.lastIndex = end;
    } else {
      first.lastIndex = start + 1;
    }
  }
  first.lastIndex = 0;
  return found;
}
