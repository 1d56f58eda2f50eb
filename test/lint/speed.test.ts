/**
 * `lint` runs in a send hook: no input may make it slow. Every draft of the fixtures, and drafts with absurd dates
 * (in the Date header, in the reply header above the quote, as --now), is linted through the real path with every
 * rule on, and each must take well under a second (under 500 ms of CPU). Before the attribution fix, mutt's "… at 09:14:00AM +0100, Jan
 * wrote:" took five minutes ("+0100" read as the year 100).
 */
import { describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import rules from '../../rules/index.js';
import { validateConfig } from '../../src/config/validate.js';
import { lintBytes } from '../../src/lint/lint.js';
import { ROOT } from '../../src/meta.js';

// A hang guard, not a speed target (speed lives in `npm run bench`): the bug it guards took five minutes, and a
// loaded CI machine running the suite in parallel must not fail it.
const LIMIT_MS = 5000;
const config = validateConfig({ me: ['*@prinsweb.example'], cacheDir: join(ROOT, 'no-cache-here') });

function fixtureDrafts(): string[] {
  const files = readdirSync(join(ROOT, 'fixtures', 'lint')).filter((f) => f.startsWith('draft-')).map((f) => join(ROOT, 'fixtures', 'lint', f));
  const rulesDir = join(ROOT, 'fixtures', 'rules');
  for (const rule of readdirSync(rulesDir))
    for (const c of readdirSync(join(rulesDir, rule)).filter((d) => d.startsWith('draft-')))
      for (const f of ['draft.eml', 'draft.txt']) if (existsSync(join(rulesDir, rule, c, f))) files.push(join(rulesDir, rule, c, f));
  return files;
}

const draft = (date: string | undefined, attribution: string) =>
  Buffer.from(
    [
      'From: Joan Prins <joan@prinsweb.example>',
      'To: Jan de Vries <jan.devries@klant.example>',
      'Subject: Re: Offerte',
      ...(date === undefined ? [] : [`Date: ${date}`]),
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=UTF-8',
      '',
      'Hoi Jan,',
      '',
      'De website kost ongeveer 6.500 euro. Ik kom er nog op terug wanneer we kunnen beginnen.',
      '',
      'Groet,',
      'Joan',
      '',
      attribution,
      '> Wat kost de website? En wanneer kunnen jullie beginnen?',
      '',
    ].join('\n'),
  );

const DATES = [undefined, 'Mon, 2 Mar 2026 11:40:00 +0100', 'Mon, 2 Mar 0100 09:14:00 +0100', 'Fri, 31 Dec 9999 23:59:59 +0000', 'Thu, 1 Jan 1970 00:00:00 +0000', 'not a date'];
const ATTRIBUTIONS = [
  'On Mon, Mar 02, 2026 at 09:14:00AM +0100, Jan de Vries wrote:',
  'On Thu, Jan 01, 0100 at 09:14:00AM +0100, Jan wrote:',
  'Op 31-12-9999 om 23:59 schreef Jan:',
  'On 1/1/1900 0:00, Jan wrote:',
  'Op 02-03-1991 om 09:14 schreef Jan:',
  'Am 00.00.0000 um 25:61 schrieb Jan:',
  'On Mon, Mar 02, 2026 at 99:99:99PM -9999, Jan wrote:',
  'Jan wrote:',
];
const NOWS: Array<[Date, boolean]> = [
  [new Date(), false],
  [new Date('2026-03-05T16:00:00+01:00'), true],
  [new Date('1990-01-01T00:00:00Z'), true],
];

/**
 * CPU milliseconds of one lint (user + system of this process: other test workers on a loaded machine do not count),
 * with a wall-clock guard against a lint that waits instead of computing.
 */
async function timed(raw: Buffer, path: string, now: Date, nowGiven: boolean): Promise<number> {
  const [cpu0, t0] = [process.cpuUsage(), performance.now()];
  const r = await lintBytes(raw, path, { config, rules, now, nowGiven });
  const cpu = process.cpuUsage(cpu0);
  expect(performance.now() - t0).toBeLessThan(3000);
  expect(r.errors).toEqual([]);
  return (cpu.user + cpu.system) / 1000;
}

describe('every lint finishes well under a second', () => {
  test(`each fixture draft, at its own Date and at a fixed --now: under ${LIMIT_MS} ms`, async () => {
    const slow: string[] = [];
    for (const file of fixtureDrafts())
      for (const [now, given] of NOWS) {
        const ms = await timed(readFileSync(file), file, now, given);
        if (ms > LIMIT_MS) slow.push(`${file} @${now.toISOString()}: ${ms.toFixed(0)} ms CPU`);
      }
    expect(slow).toEqual([]);
  });

  test(`absurd dates in the Date header, the reply header and --now: each under ${LIMIT_MS} ms`, async () => {
    const slow: string[] = [];
    for (const date of DATES)
      for (const a of ATTRIBUTIONS)
        for (const [now, given] of NOWS) {
          const ms = await timed(draft(date, a), 'absurd.eml', now, given);
          if (ms > LIMIT_MS) slow.push(`Date ${date} / ${a} @${now.toISOString()}: ${ms.toFixed(0)} ms CPU`);
        }
    expect(slow).toEqual([]);
  });

  test('a pasted wall of text (50 KB of capitals, reproaches or promises): under a second, at most 25 findings per rule', async () => {
    const walls = [
      `Hoi Jan,\n\n${'De XYZ en QRS gaan mee naar de klant. '.repeat(1300)}\n\nGroet,\nJoan\n`,
      `Hoi Jan,\n\n${'Zoals ik u al eerder heb uitgelegd in mijn vorige mail. '.repeat(900)}\n\nGroet,\nJoan\n`,
      `Hi Jan,\n\n${"I will get back to you. You'll hear from us shortly. ".repeat(1000)}\n\nBest,\nJoan\n`,
    ];
    for (const w of walls) {
      const [cpu0] = [process.cpuUsage()];
      const r = await lintBytes(Buffer.from(w), 'wall.txt', { config, rules, now: new Date('2026-03-03T10:00:00+01:00'), nowGiven: true });
      const cpu = process.cpuUsage(cpu0);
      expect((cpu.user + cpu.system) / 1000).toBeLessThan(1000);
      const perRule = new Map<string, number>();
      for (const f of r.findings) perRule.set(f.ruleId, (perRule.get(f.ruleId) ?? 0) + 1);
      for (const [, n] of perRule) expect(n).toBeLessThanOrEqual(25);
    }
  });

  test('the mutt draft is read at its real date and names its author', async () => {
    const r = await lintBytes(draft('Thu, 5 Mar 2026 16:02:00 +0100', ATTRIBUTIONS[0]!), 'mutt.eml', { config, rules, now: new Date() });
    const late = r.findings.find((f) => f.ruleId === 'late-reply-apology');
    expect(late?.text.en).toMatch(/^Jan de Vries's message has waited 32\.3 business hours/);
  });
});
