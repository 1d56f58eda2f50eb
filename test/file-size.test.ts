/**
 * No file in src/ is over MAX_LINES lines. The project keeps its source files under ~300 lines (docs/architecture.md,
 * issue 8's "done when"): a file that size is read in one sitting and tested alone; one that grows past
 * it is doing two jobs and is split along them. 320, not 300, because "~300" is a size to aim at, not a count to
 * trim comments for: the margin lets a 305-line file be, and still stops the slow growth to 400.
 */
import { expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../src/meta.js';

const MAX_LINES = 320;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(ts|mts|cts|js)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** Lines as an editor numbers them: a final newline does not start another line. */
const lineCount = (text: string) => (text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0));

const sizes = new Map(sourceFiles(join(ROOT, 'src')).map((f) => [relative(ROOT, f), lineCount(readFileSync(f, 'utf8'))]));

test(`no file in src/ is over ${MAX_LINES} lines`, () => {
  const over = [...sizes].filter(([, n]) => n > MAX_LINES).map(([f, n]) => `${f}: ${n} lines`);
  expect(over).toEqual([]);
});

test('the count is the count an editor shows', () => {
  expect([lineCount(''), lineCount('a'), lineCount('a\n'), lineCount('a\nb\n'), lineCount('a\n\n')]).toEqual([0, 1, 1, 2, 2]);
  expect(sizes.size).toBeGreaterThan(50);
});
