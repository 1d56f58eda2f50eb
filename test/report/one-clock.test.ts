/**
 * One judgement, one clock: a report on a closed period lists the findings as they stood at the period's end, the
 * same moment its figures are computed at. So running it a week later changes nothing in it.
 */
import { expect, test } from '@jest/globals';
import { CONFIG, MAILBOX, run } from './run-report.js';

const strip = (json: string) => {
  const r = JSON.parse(json) as Record<string, unknown>;
  delete r.generatedAt;
  delete r.now;
  return r;
};

test('a report on 9–15 November reads the same on the 16th and a week later', async () => {
  const args = ['report', MAILBOX, '-c', CONFIG, '--from', '2026-11-09', '--to', '2026-11-15', '-f', 'json'];
  const monday = await run([...args, '--now', '2026-11-16T08:00:00+01:00']);
  const later = await run([...args, '--now', '2026-11-23T16:00:00+01:00']);
  expect(monday.code).toBe(1);
  const a = strip(monday.stdout);
  expect((a.findings as unknown[]).length).toBeGreaterThan(0);
  expect(strip(later.stdout)).toEqual(a);
});
