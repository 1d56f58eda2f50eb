/** `report --step-summary` (issue 12): redacted unless told otherwise, and never over GitHub's 1 MiB limit. */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fitSummary } from '../../src/format/report/step-summary.js';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'rc-sum-'));
const args = ['report', '--demo', '--period', 'last-week', '--step-summary', '--fail-on', 'never'];

test('the job summary is redacted by default; --no-redact-summary shows the names', () => {
  const file = join(dir, 'a.md');
  writeFileSync(file, '');
  const r = runCli(args, { env: { GITHUB_STEP_SUMMARY: file } });
  expect(r.status).toBe(0);
  const md = readFileSync(file, 'utf8');
  expect(md).toMatch(/pseudonyms/);
  expect(md).not.toMatch(/yogaoost|prinsweb|Fatima/i);
  // the report on stdout is not redacted: only what everyone with access to the run sees
  expect(r.stdout).toMatch(/Fatima|yogaoost/);
  const named = join(dir, 'b.md');
  writeFileSync(named, '');
  runCli([...args, '--no-redact-summary'], { env: { GITHUB_STEP_SUMMARY: named } });
  expect(readFileSync(named, 'utf8')).toMatch(/Fatima|yogaoost/);
});

test('a summary file that is nearly full gets a cut report that says so, under 1 MiB in all', () => {
  const file = join(dir, 'full.md');
  writeFileSync(file, 'x'.repeat(1024 * 1024 - 2000) + '\n');
  runCli(args, { env: { GITHUB_STEP_SUMMARY: file } });
  expect(statSync(file).size).toBeLessThanOrEqual(1024 * 1024);
  expect(readFileSync(file, 'utf8')).toContain('1 MiB job-summary limit');
});

test('fitSummary cuts at a line break, keeps multi-byte characters whole, and leaves short reports alone', () => {
  expect(fitSummary('# kort\n', 100, 'nl')).toBe('# kort\n');
  const long = Array.from({ length: 200 }, (_, i) => `| regel ${i} | wacht — “€” |`).join('\n');
  const cut = fitSummary(long, 1000, 'nl');
  expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(1000);
  expect(cut).toContain('Ingekort');
  expect(cut).not.toContain('\uFFFD');
  expect(cut.split('\n').filter((l) => l.startsWith('|')).every((l) => l.endsWith('|'))).toBe(true);
});
