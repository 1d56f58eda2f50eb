/**
 * `replycheck lint` through the built CLI (bin/replycheck loads dist/): exit codes, the three formats, stdin, and
 * drafts that cannot be checked. Build first: `npx tsc -p .` (npm test does it).
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../src/meta.js';
import { runCli } from '../helpers/cli.js';

const FIX = join(ROOT, 'fixtures', 'lint');
const DRAFT = join(FIX, 'draft-offerte.eml');
const ORIGINAL = join(FIX, 'original-offerte.eml');
const LATE = '2026-03-05T16:05:00+01:00';
let tmp = '';
let cfg = '';

// No user config and no IMAP cache from the machine running the tests.
const lint = (args: string[], opts: { input?: string; env?: Record<string, string | undefined> } = {}) =>
  runCli(['lint', '--config', cfg, ...args], { ...opts, cwd: tmp, env: { XDG_CACHE_HOME: join(tmp, 'cache'), ...opts.env } });

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'src', 'cli', 'lint.js'))) throw new Error('dist/ is missing: run `npx tsc -p .` first');
  tmp = mkdtempSync(join(tmpdir(), 'replycheck-lint-'));
  cfg = join(tmp, 'replycheck.config.json');
  writeFileSync(cfg, JSON.stringify({ me: ['*@prinsweb.example'] }));
});

describe('exit codes and formats', () => {
  test('error findings exit 1; stylish without a TTY is plain, with line:col and a ^^^ marker', () => {
    const r = lint([DRAFT, '--now', LATE]);
    expect(r.status).toBe(1);
    expect(r.stdout).not.toMatch(/\x1b\[/);
    expect(r.stdout).toMatch(/^ {2}16:26 +warn +"m\.b\.t\." is jargon/m);
    expect(r.stdout).toMatch(/producten m\.b\.t\. de koppeling/);
    expect(r.stdout).toMatch(/\^{6}/);
    expect(r.stdout).toMatch(/✖ 8 problems \(2 errors, 6 warnings, 0 info\)/);
  });

  test('FORCE_COLOR highlights the offending words', () => {
    const r = lint([DRAFT, '--now', LATE], { env: { FORCE_COLOR: '1' } });
    expect(r.stdout).toMatch(/\x1b\[[0-9;]*m+m\.b\.t\./);
  });

  test('unix: file:line:col: severity rule-id: text, one line per finding', () => {
    const r = lint(['-f', 'unix', DRAFT, '--now', LATE]);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(8);
    for (const l of lines) expect(l).toMatch(/^.+draft-offerte\.eml:\d+:\d+: (error|warn|info) [a-z-]+: \S/);
    expect(lines).toContain(`${DRAFT}:17:1: warn missing-attachment: You write "Zie bijlage" but nothing is attached`);
    expect(lines.some((l) => /unanswered-question: .*“En wanneer kunnen jullie op zijn vroegst beginnen\?”/.test(l))).toBe(true);
  });

  test('json: the finding contract per file, with locations', () => {
    const r = lint(['-f', 'json', DRAFT, '--now', LATE]);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ version: 1, command: 'lint', files: [{ path: DRAFT, checked: true, original: 'quoted' }] });
    const ids = out.files[0].findings.map((f: { ruleId: string }) => f.ruleId).sort();
    expect(ids).toEqual(['dismissive-tone', 'jargon', 'late-reply-apology', 'missing-attachment', 'mixed-formality', 'unanswered-question', 'unanswered-question', 'vague-promise']);
    expect(out.files[0].findings.find((f: { ruleId: string }) => f.ruleId === 'jargon')).toMatchObject({ severity: 'warn', location: { line: 16, column: 26 } });
  });

  test('warnings only exit 0, and 1 with --max-warnings 0', () => {
    const draft = join(FIX, 'draft-edit-headers.txt');
    expect(lint([draft, '--now', LATE]).status).toBe(0);
    const r = lint([draft, '--now', LATE, '--max-warnings', '0']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^replycheck: 1 warning, more than --max-warnings 0 allows: exit 1$/m);
    expect(lint(['--lang', 'nl', draft, '--now', LATE, '--max-warnings', '0']).stderr).toMatch(/1 waarschuwing, meer dan --max-warnings 0 toestaat: exitcode 1/);
    expect(lint([draft, '--now', LATE, '--max-warnings', '1']).stderr).toBe('');
  });

  // a hang guard, not a speed target (that is `npm run bench -- lint`): read as the year 100, this draft took 168 s
  test("mutt's attribution date (… 09:14:00AM +0100, … wrote:) is a date: the CLI does not hang on it", () => {
    const t0 = Date.now();
    const r = lint(['-f', 'unix', join(FIX, 'draft-mutt-en.eml')]);
    expect(Date.now() - t0).toBeLessThan(30_000);
    expect(r.stdout).toMatch(/late-reply-apology: Sarah Miller's message has waited 32\.3 business hours/);
  });

  test('--lang nl gives Dutch output', () => {
    const r = lint(['--lang', 'nl', DRAFT, '--now', LATE]);
    expect(r.stdout).toMatch(/stelde een vraag waar dit concept niet op ingaat/);
    expect(r.stdout).toMatch(/8 problemen/);
  });

  test('a clean draft says so and exits 0', () => {
    const r = lint([join(FIX, 'draft-clean.eml'), '--now', '2026-03-02T11:45:00+01:00']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/No problems found/);
  });
});

describe('where the original comes from', () => {
  test('stdin plain text with --reply-to', () => {
    const text = 'Hoi Jan,\n\nDe website met webshop kost ongeveer 6.500 euro.\n\nGroet,\nJoan\n';
    const r = lint(['-f', 'json', '--reply-to', ORIGINAL, '-', '--now', '2026-03-02T11:00:00+01:00'], { input: text });
    const out = JSON.parse(r.stdout);
    expect(out.files[0]).toMatchObject({ path: '<stdin>', checked: true, original: 'reply-to' });
    expect(out.files[0].findings).toEqual([
      expect.objectContaining({ ruleId: 'unanswered-question', evidence: 'En wanneer kunnen jullie op zijn vroegst beginnen?', location: { line: 1, column: 1, endLine: 1, endColumn: 9 } }),
    ]);
    expect(r.status).toBe(1);
  });

  test('a missing --reply-to file exits 3 with one line', () => {
    const r = lint(['--reply-to', join(tmp, 'nope.eml'), DRAFT]);
    expect(r.status).toBe(3);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--reply-to: no such file/);
  });
});

describe('drafts that cannot be checked: one clear line, never a crash', () => {
  const notChecked = (file: string, why: RegExp, fmt = 'stylish') => {
    const r = lint(['-f', fmt, file]);
    expect(r.status).toBe(0);
    expect(fmt === 'stylish' ? r.stdout : r.stderr).toMatch(why);
    expect(r.stderr).not.toMatch(/internal error|at .*\.js:\d+/);
  };

  test('empty file', () => {
    const f = join(tmp, 'empty.eml');
    writeFileSync(f, '');
    notChecked(f, /not checked: the draft is empty/);
  });

  test('headers, no body', () => notChecked(join(FIX, 'headers-only.eml'), /not checked: the draft has no text body/));

  test('not a mail at all (binary)', () => {
    const f = join(tmp, 'picture.eml');
    writeFileSync(f, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]));
    notChecked(f, /not a mail or text/, 'unix');
  });

  test('only quoted text', () => {
    const f = join(tmp, 'quote-only.txt');
    writeFileSync(f, '> Kunt u mij de offerte sturen?\n> Groet, Jan\n');
    notChecked(f, /only quoted text/);
  });

  test('several megabytes: a 6 MB attachment is checked; 400,000 characters of own text are refused', () => {
    const big = join(tmp, 'big-attachment.eml');
    const b64 = Buffer.alloc(6 * 1024 * 1024, 7).toString('base64').replace(/.{76}/g, '$&\r\n');
    writeFileSync(big, [
      'From: joan@prinsweb.example', 'To: jan.devries@klant.example', 'Subject: Re: foto', 'Date: Tue, 3 Mar 2026 10:20:00 +0100',
      'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b1"', '', '--b1', 'Content-Type: text/plain; charset=utf-8', '',
      'Hoi Jan,', '', 'Zie bijlage voor de foto.', '', 'Groet,', 'Joan', '--b1',
      'Content-Type: image/jpeg; name="foto.jpg"', 'Content-Disposition: attachment; filename="foto.jpg"', 'Content-Transfer-Encoding: base64', '', b64, '--b1--', '',
    ].join('\r\n'));
    const r = lint(['-f', 'json', big]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).files[0]).toMatchObject({ checked: true, findings: [] });

    const long = join(tmp, 'long.txt');
    writeFileSync(long, 'Hoi Jan,\n\n' + 'Dit is een zin over de webshop. '.repeat(12_500));
    notChecked(long, /more than 300000/);
  });

  test('HTML-only draft: checked in its text version; the quoted original is never the draft’s words', () => {
    const r = lint(['-f', 'json', join(FIX, 'draft-html-only.eml'), '--now', '2026-03-03T10:30:00+01:00']);
    const file = JSON.parse(r.stdout).files[0];
    expect(file).toMatchObject({ checked: true, fromHtml: true });
    const evidence = file.findings.filter((f: { ruleId: string }) => f.ruleId !== 'unanswered-question').map((f: { evidence?: string }) => f.evidence ?? '');
    expect(evidence.join(' ')).not.toMatch(/Tja|conform SLA/); // both only in the quoted original
    expect(file.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('jargon');
  });

  test('no draft given is a usage error (exit 2); a missing file exits 3', () => {
    expect(lint([]).status).toBe(2);
    const r = lint([join(tmp, 'missing.eml')]);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/no such file/);
  });
});
