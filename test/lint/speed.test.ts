/**
 * `lint` runs in a send hook: no input may make it hang. Every draft of the fixtures, drafts with absurd dates (in the
 * Date header, in the reply header above the quote, as --now) and pasted walls of text (240 KB of promises, repeated
 * and varied, nl and en; reproaches; capitals; a reply above a quoted wall of questions) are linted through the real path with every rule on.
 * A hang guard, not a speed target: the speed target (a second) is the `lint-worst` row of `npm run bench`, which
 * lints the same drafts and more; here each lint only has to finish within a generous limit that a loaded CI machine
 * running the suite in parallel meets easily, and that the bugs it guards broke by far (mutt's "… at 09:14:00AM
 * +0100, Jan wrote:" took five minutes, "+0100" read as the year 100; a 240 KB wall of promises took 2.5 s of CPU
 * when sentence splitting was quadratic, and far more on a slower machine).
 */
import { describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import rules from '../../rules/index.js';
import { validateConfig } from '../../src/config/validate.js';
import { lintBytes } from '../../src/lint/lint.js';
import { ROOT } from '../../src/meta.js';
import { absurdDateDrafts, ATTRIBUTIONS, fixtureDrafts, replyDraft, wallDrafts, type LintInput } from '../../scripts/lib/lint-inputs.js';

const LIMIT_MS = 10_000;
const config = validateConfig({ me: ['*@prinsweb.example'], cacheDir: join(ROOT, 'no-cache-here') });

/** CPU milliseconds of one lint (user + system of this process: other test workers on a loaded machine do not count). */
async function lintCpu(d: LintInput): Promise<{ ms: number; findings: Array<{ ruleId: string }> }> {
  const cpu0 = process.cpuUsage();
  const r = await lintBytes(d.raw, d.name, { config, rules, now: d.now, nowGiven: d.nowGiven });
  const cpu = process.cpuUsage(cpu0);
  expect(r.errors).toEqual([]);
  return { ms: (cpu.user + cpu.system) / 1000, findings: r.findings };
}

async function slowOnes(drafts: LintInput[]): Promise<string[]> {
  const slow: string[] = [];
  for (const d of drafts) {
    const { ms } = await lintCpu(d);
    if (ms > LIMIT_MS) slow.push(`${d.name}: ${ms.toFixed(0)} ms CPU`);
  }
  return slow;
}

describe('no lint hangs', () => {
  test(`each fixture draft, at its own Date and at a fixed --now: under ${LIMIT_MS} ms`, async () => {
    expect(await slowOnes(fixtureDrafts())).toEqual([]);
  }, 120_000);

  test(`absurd dates in the Date header, the reply header and --now: each under ${LIMIT_MS} ms`, async () => {
    expect(await slowOnes(absurdDateDrafts())).toEqual([]);
  }, 120_000);

  test(`a pasted wall of text (240 KB of capitals, reproaches, promises or quoted questions, nl and en): under ${LIMIT_MS} ms, at most 25 findings per rule`, async () => {
    const walls = wallDrafts();
    expect(walls.map((w) => w.name).filter((n) => /(promises|questions) (nl|en)/.test(n))).toHaveLength(6);
    const slow: string[] = [];
    for (const w of walls) {
      const { ms, findings } = await lintCpu(w);
      if (ms > LIMIT_MS) slow.push(`${w.name}: ${ms.toFixed(0)} ms CPU`);
      const perRule = new Map<string, number>();
      for (const f of findings) perRule.set(f.ruleId, (perRule.get(f.ruleId) ?? 0) + 1);
      for (const [, n] of perRule) expect(n).toBeLessThanOrEqual(25);
      // a wall of promises is still read: its vague promises are found
      if (/same promises/.test(w.name)) expect(perRule.get('vague-promise')).toBe(25);
      // and a quoted wall of questions: the unanswered ones are named, 25 of them
      if (/quoted questions/.test(w.name)) expect(perRule.get('unanswered-question')).toBe(25);
    }
    expect(slow).toEqual([]);
  }, 120_000);

  test('the mutt draft is read at its real date and names its author', async () => {
    const r = await lintBytes(replyDraft('Thu, 5 Mar 2026 16:02:00 +0100', ATTRIBUTIONS[0]!), 'mutt.eml', { config, rules, now: new Date() });
    const late = r.findings.find((f) => f.ruleId === 'late-reply-apology');
    expect(late?.text.en).toMatch(/^Jan de Vries's message has waited 32\.3 business hours/);
  });
});
