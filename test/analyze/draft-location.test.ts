/**
 * Line and column of a lint finding (src/analyze/draft-location.ts): columns count code points, a quoted line is never
 * a match, and a pasted one-line wall asked about thousands of times stays fast (it used to copy the line into an
 * array of characters for every finding: 0.5 s of a 50 KB fuzz draft's lint).
 */
import { expect, test } from '@jest/globals';
import { locateSpan, locateStart } from '../../src/analyze/draft-location.js';
import type { Draft, Message } from '../../src/model.js';

/** A pure unit: only the two texts the locator reads. */
const draftOf = (body: string, newText: string): Draft => ({ body, path: 'draft.txt', message: { newText } as Message });

/** What a column is, the slow and obvious way: code points before the offset in the line, plus one. */
function naiveColumn(line: string, offsetInLine: number): number {
  return [...line.slice(0, offsetInLine)].length + 1;
}

test('columns count code points: an emoji or an accented letter is one column (nl and en)', () => {
  const body = 'Beste Jan,\n\n😀 Café open? 🎉 Ja, de SLA geldt.\n> Wat is de SLA?\n\nDear Ann, 👍 the SKU is fine.';
  const newText = 'Beste Jan,\n\n😀 Café open? 🎉 Ja, de SLA geldt.\n\nDear Ann, 👍 the SKU is fine.';
  const d = draftOf(body, newText);
  const sla = newText.indexOf('SLA');
  expect(locateSpan(d, sla, sla + 3)).toEqual({ line: 3, column: 23, endLine: 3, endColumn: 26 });
  const sku = newText.indexOf('SKU');
  expect(locateSpan(d, sku, sku + 3)).toEqual({ line: 6, column: 17, endLine: 6, endColumn: 20 });
  expect(locateStart(d)).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 11 });
});

test('an indented body line shifts the column by its indent, not the quoted line with the same words', () => {
  const body = '> Kunt u dinsdag?\n    Kunt u dinsdag?';
  const d = draftOf(body, 'Kunt u dinsdag?');
  expect(locateSpan(d, 7, 14)).toEqual({ line: 2, column: 12, endLine: 2, endColumn: 19 });
});

test('a 50 KB one-line draft: thousands of locations are exact and take well under a second', () => {
  const line = Array.from({ length: 10_000 }, (_, i) => ['wat? ', 'hoe ', '😀 ', 'why? ', 'é '][i % 5]).join('');
  const d = draftOf(`Hoi,\n\n${line}\n`, `Hoi,\n\n${line}`);
  const base = 'Hoi,\n\n'.length;
  const t = performance.now();
  const cols: number[] = [];
  for (let off = 0; off < line.length; off += 17) cols.push(locateSpan(d, base + off, base + off + 3).column);
  for (let i = 0; i < 2_000; i++) locateStart(d);
  expect(performance.now() - t).toBeLessThan(1_000);
  const expected: number[] = [];
  for (let off = 0; off < line.length; off += 17) expected.push(naiveColumn(line, off));
  expect(cols).toEqual(expected);
  expect(locateStart(d)).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 5 });
});
