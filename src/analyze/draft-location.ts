/**
 * Line and column in the draft body for a stretch of the draft's own text (`message.newText`).
 * newText is the body without quoted lines, reply header and signature (and with runs of blank lines squeezed),
 * so its lines are matched to body lines in order; quoted lines are never a match.
 * Columns count characters (code points), 1-based: what an editor's "virtual column" shows for prose.
 */
import type { Draft, Finding } from '../model.js';

type Location = NonNullable<Finding['location']>;

/**
 * At most this many findings of one rule in one draft: a real draft never has more, and a pasted wall of text with
 * thousands of matches would otherwise keep a send hook busy for minutes.
 */
export const MAX_FINDINGS_PER_RULE = 25;

interface LineMap {
  /** newText line index → body line index (0-based). */
  toBody: number[];
  newLineStarts: number[];
  bodyLines: string[];
  /** Per newText line, once asked: where its text starts in the body line, in code points. */
  shifts: Map<number, number>;
}

const cache = new WeakMap<Draft, LineMap>();

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function mapOf(draft: Draft): LineMap {
  let map = cache.get(draft);
  if (map) return map;
  const newLines = draft.message.newText.split('\n');
  const bodyLines = draft.body.split('\n');
  const toBody: number[] = [];
  let j = 0;
  for (const line of newLines) {
    const want = line.trim();
    let k = j;
    if (want === '') {
      // a blank line: the next blank body line, but do not run past the next text line
      while (k < bodyLines.length && bodyLines[k]!.trim() !== '') k++;
      toBody.push(k < bodyLines.length ? k : Math.max(0, j - 1));
      if (k < bodyLines.length) j = k + 1;
      continue;
    }
    while (k < bodyLines.length && (bodyLines[k]!.trim() !== want || /^\s*>/.test(bodyLines[k]!))) k++;
    if (k < bodyLines.length) {
      toBody.push(k);
      j = k + 1;
    } else toBody.push(Math.max(0, Math.min(j, bodyLines.length - 1))); // not found (should not happen): stay near
  }
  map = { toBody, newLineStarts: lineStarts(draft.message.newText), bodyLines, shifts: new Map() };
  cache.set(draft, map);
  return map;
}

/** Code points in s[from, to), without building an array (a pasted wall is one 50 KB line, asked about often). */
function cp(s: string, from = 0, to = s.length): number {
  let n = to - from;
  for (let i = from; i < to - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

function point(draft: Draft, offset: number): { line: number; column: number } {
  const map = mapOf(draft);
  const starts = map.newLineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  const text = draft.message.newText;
  const bodyIdx = map.toBody[lo] ?? 0;
  let shiftCols = map.shifts.get(lo);
  if (shiftCols === undefined) {
    const newLine = text.slice(starts[lo]!, starts[lo + 1] !== undefined ? starts[lo + 1]! - 1 : undefined);
    const bodyLine = map.bodyLines[bodyIdx] ?? '';
    // the new-text line may be trimmed relative to the body line: shift by where its text starts there
    const shift = Math.max(0, bodyLine.indexOf(newLine.trim()) - (newLine.length - newLine.trimStart().length));
    shiftCols = cp(bodyLine, 0, shift);
    map.shifts.set(lo, shiftCols);
  }
  const end = Math.min(offset, starts[lo + 1] !== undefined ? starts[lo + 1]! - 1 : text.length);
  const col = cp(text, starts[lo]!, Math.max(starts[lo]!, end)) + shiftCols + 1;
  return { line: bodyIdx + 1, column: col };
}

/** The body location of newText[start, end). */
export function locateSpan(draft: Draft, start: number, end: number): Location {
  const a = point(draft, start);
  const b = point(draft, Math.max(start, end));
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

const starts = new WeakMap<Draft, Location>();

/** The first line of the draft's own text (for findings about the draft as a whole). */
export function locateStart(draft: Draft): Location {
  let at = starts.get(draft);
  if (!at) {
    const text = draft.message.newText;
    const first = text.search(/\S/);
    const eol = first < 0 ? -1 : text.indexOf('\n', first);
    at = first < 0 ? { line: 1, column: 1 } : locateSpan(draft, first, eol < 0 ? text.length : eol);
    starts.set(draft, at);
  }
  return { ...at };
}

/** The quoted lines of a draft body, normalised once per draft (a draft is asked about each question it misses). */
const quotedLines = new WeakMap<Draft, Array<{ line: number; norm: string }>>();

/** The body line where a quoted text (from the original) stands in the draft, when the draft quotes it. */
export function locateQuoted(draft: Draft, quotedText: string): Location | undefined {
  const words = quotedText.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < 2) return undefined;
  const probe = words.slice(0, 4).join(' ');
  let quoted = quotedLines.get(draft);
  if (!quoted) {
    quoted = [];
    for (const [i, line] of draft.body.split('\n').entries())
      if (/^\s*>/.test(line)) quoted.push({ line: i + 1, norm: (line.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ') });
    quotedLines.set(draft, quoted);
  }
  const hit = quoted.find((q) => q.norm.includes(probe));
  return hit && { line: hit.line, column: 1 };
}
