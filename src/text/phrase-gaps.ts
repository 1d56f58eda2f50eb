/**
 * Gap lines of the phrase lists (rules/phrases/README.md): "/A/ [^.!?]* /B/" is A, then a run of characters not in
 * the brackets, then B, matched by `eachGapMatch` (src/text/scan.ts) in linear time where the one pattern A[^.!?]*B
 * backtracks quadratically. "/A/ (?:word){0,N}? /B/" allows at most N words between them.
 */
import { type Gap, type GapPart } from './scan.js';

/** One /regex/ line, or a gap line: `re`, then each part of `then` after its gap. */
export interface LineMatcher {
  re: RegExp;
  lower: boolean;
  then?: GapPart[];
}

/**
 * A line "/A/ [^…]* /B/flags" (more gaps and parts may follow): A, then a run of characters not in the brackets, then B
 * (rules/phrases/README.md). `parts` are the patterns' sources, `gaps[i]` the gap after `parts[i]`.
 */
export interface GapLine {
  parts: string[];
  /** `word`: a gap of at most `max` words, each a match of this pattern ("(?:[\\p{L}.-]+\\s+){0,6}?"). */
  gaps: Array<Gap & { word?: string }>;
  flags: string;
}

/** Where the next gap "/ [^…]" or "/ (?:…){0,N}" starts, from `from` on (-1: none). */
function nextGap(line: string, from: number): number {
  const a = line.indexOf('/ [^', from);
  const b = line.indexOf('/ (?:', from);
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

export function gapLine(line: string): GapLine | undefined {
  if (!line.startsWith('/')) return undefined;
  const parts: string[] = [];
  const gaps: Gap[] = [];
  let from = 1;
  for (let at = nextGap(line, from + 1); at >= 0; at = nextGap(line, from + 1)) {
    const words = line.startsWith('/ (?:', at);
    const close = words ? line.indexOf('){0,', at + 5) : line.indexOf(']', at + 4);
    const m = close < 0 ? null : (words ? /^\)\{0,(\d{1,4})\}(\??) \// : /^\](?:\*|\{0,(\d{1,4})\})(\??) \//).exec(line.slice(close, close + 12));
    if (!m) return undefined;
    parts.push(line.slice(from, at));
    const inside = line.slice(at + (words ? 5 : 4), close);
    const max = m[1] ? Number(m[1]) : Infinity;
    gaps.push(words ? ({ stops: '', max, lazy: m[2] === '?', word: inside } as Gap & { word: string }) : { stops: inside.replace(/\\(.)/g, '$1'), max, lazy: m[2] === '?' });
    from = close + m[0].length;
  }
  const last = gaps.length ? /^(.+)\/([a-z]*)$/.exec(line.slice(from)) : null;
  if (!last) return undefined;
  parts.push(last[1]!);
  return { parts, gaps, flags: last[2]!.replace(/[gyiu]/g, '') };
}

/**
 * A gap line's patterns (the first global, the others sticky for a bounded gap and global for an unbounded one): on
 * lower-cased text without `iu` when all of them may (see `matcher`), else with `iu`.
 */
export function compileGapLine(g: GapLine, exact: boolean): LineMatcher {
  const lower = !exact && g.parts.every(simplePattern);
  const flags = g.flags + (lower ? '' : 'iu');
  const [first, ...rest] = g.parts;
  return {
    re: new RegExp(first!, 'g' + flags),
    lower,
    then: rest.map((src, i) => {
      const { word, ...gap } = g.gaps[i]!;
      return { ...gap, re: new RegExp(src, (gap.max === Infinity ? 'g' : 'y') + flags), ...(word !== undefined && { word: new RegExp(word, 'y' + flags) }) };
    }),
  };
}

/** No `\p`/`\u`/`\k` escape and no capital letter: the pattern means the same on lower-cased text without `iu`. */
export const simplePattern = (body: string) => !/\\[pPuk]/.test(body) && !/[A-Z]/.test(body.replace(/\\./g, ''));

