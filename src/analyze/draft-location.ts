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
  map = { toBody, newLineStarts: lineStarts(draft.message.newText), bodyLines };
  cache.set(draft, map);
  return map;
}

const cp = (s: string) => [...s].length;

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
  const newLine = draft.message.newText.slice(starts[lo]!, starts[lo + 1] !== undefined ? starts[lo + 1]! - 1 : undefined);
  const bodyIdx = map.toBody[lo] ?? 0;
  const bodyLine = map.bodyLines[bodyIdx] ?? '';
  // the new-text line may be trimmed relative to the body line: shift by where its text starts there
  const shift = Math.max(0, bodyLine.indexOf(newLine.trim()) - (newLine.length - newLine.trimStart().length));
  const col = cp(newLine.slice(0, offset - starts[lo]!)) + cp(bodyLine.slice(0, shift)) + 1;
  return { line: bodyIdx + 1, column: col };
}

/** The body location of newText[start, end). */
export function locateSpan(draft: Draft, start: number, end: number): Location {
  const a = point(draft, start);
  const b = point(draft, Math.max(start, end));
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

/** The first line of the draft's own text (for findings about the draft as a whole). */
export function locateStart(draft: Draft): Location {
  const text = draft.message.newText;
  const first = text.search(/\S/);
  if (first < 0) return { line: 1, column: 1 };
  const eol = text.indexOf('\n', first);
  return locateSpan(draft, first, eol < 0 ? text.length : eol);
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
