/**
 * `replycheck report` on a real fixture mailbox (fixtures/report/mailbox: 13 .eml files, two weeks of a small Dutch
 * web studio with three team addresses). Figures, verdict, formats, baseline, redaction and bad input.
 */
import { describe, expect, test } from '@jest/globals';
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG, MAILBOX, NOW, read, reportJson, run, tempDir } from './run-report.js';

describe('figures for last week', () => {
  test('every figure comes from the mail, unanswered ones counted apart', async () => {
    const { code, json } = await reportJson();
    expect(json.kind).toBe('report');
    expect(json.version).toBe(1);
    expect(json.period).toMatchObject({ name: 'last-week', from: '2026-11-08T23:00:00.000Z', to: '2026-11-15T23:00:00.000Z' });
    expect(json.previousPeriod.from).toBe('2026-11-01T23:00:00.000Z');
    const s = json.stats;
    // Piet (photos, answered next day), Kees (holding reply only), Lisa (no reply); the newsletter and Anna's thanks need none.
    expect(s.incoming).toMatchObject({ needingReply: 3, replied: 2 });
    expect(s.incoming.noReply.automated).toBe(1);
    expect(s.everyReply).toMatchObject({ needed: 3, replied: 2, unanswered: 1, repliedPercent: 66.67 });
    // Piet 9:30 Mon → 11:00 Tue = 8 + 2 = 10 bh; Kees 14:00 Tue → 10:00 Wed = 3.5 + 1 = 4.5 bh.
    expect(s.everyReply.medianBusinessHours).toBe(7.25);
    expect(s.everyReply.p90BusinessHours).toBe(9.45);
    // Lisa wrote Thu 16:00: 1.5 + 8.5 business hours by the end of Sunday.
    expect(s.everyReply.oldestUnansweredBusinessHours).toBe(10);
    expect(s.distribution.find((b: { bucket: string }) => b.bucket === 'unanswered').count).toBe(1);
    expect(s.questions).toMatchObject({ asked: 4, answered: 2, unanswered: 2 });
    expect(s.promises).toMatchObject({ made: 1, broken: 1, kept: 0, open: 0 });
    // Lisa (1–3 days) and Marco, unanswered since October (over 3 days).
    expect(s.awaiting).toEqual({ total: 2, underOneDay: 0, oneToThreeDays: 1, overThreeDays: 1 });
    const sanne = s.team.find((m: { name: string }) => m.name === 'Sanne');
    expect(sanne).toMatchObject({ repliesSent: 1, firstResponses: 1, promisesMade: 1, promisesBroken: 1 });
    const inbox = s.team.find((m: { name: string }) => m.name === 'Gedeelde inbox');
    expect(inbox).toMatchObject({ received: 2, unanswered: 1 });
    expect(s.correspondents.byMyReplies.map((c: { address: string }) => c.address).sort()).toEqual(['kees@fietsenmaker.example', 'piet@bakkerij.example']);
    // The week before: Piet and Anna, both answered; Anna's promise was kept on Friday.
    expect(json.previousStats.incoming).toMatchObject({ needingReply: 2, replied: 2 });
    expect(json.previousStats.promises).toMatchObject({ made: 1, kept: 1 });
    const replied = json.changes.find((c: { key: string }) => c.key === 'repliedPercent');
    expect(replied).toMatchObject({ current: 66.67, previous: 100, delta: -33.33, higherIsBetter: true });
    // Thresholds: p90 first reply ≤ 8, questions ≥ 95 %, no broken promise: all three breached → exit 1.
    expect(json.verdict.breaches.map((b: { key: string }) => b.key)).toEqual(['p90FirstReplyBusinessHours', 'minQuestionsAnsweredPercent', 'maxBrokenPromises']);
    expect(code).toBe(1);
    expect(json.trend.map((w: { week: string }) => w.week)).toEqual(['2026-W44', '2026-W45', '2026-W46']);
  });

  test('the terminal lists breached thresholds first and draws bars; Dutch with --lang nl', async () => {
    const en = await run(['report', MAILBOX, '-c', CONFIG, '--period', 'last-week', '--now', NOW]);
    const lines = en.stdout.split('\n');
    expect(lines[1]).toMatch(/^✖ Verdict: FAIL/);
    expect(lines[2]).toBe('Thresholds breached:');
    expect(lines[3]).toContain('p90 first reply');
    expect(en.stdout).toMatch(/unanswered\s+█+ 1/);
    const nl = await run(['--lang', 'nl', 'report', MAILBOX, '-c', CONFIG, '--period', 'last-week', '--now', NOW]);
    expect(nl.stdout).toContain('Drempels overschreden:');
    expect(nl.stdout).toContain('Toezeggingen: 1 gedaan');
    expect(nl.stdout).toContain('ma 9 nov 2026');
    expect(nl.code).toBe(1);
  });

  test('--fail-on never reports the breaches but exits 0', async () => {
    const r = await reportJson(['--fail-on', 'never']);
    expect(r.json.verdict.breaches).toHaveLength(3);
    expect(r.code).toBe(0);
  });
});

describe('formats', () => {
  test('markdown: breaches first, tables, and appended to GITHUB_STEP_SUMMARY', async () => {
    const dir = tempDir();
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '# earlier step\n');
    const r = await run(['report', MAILBOX, '-c', CONFIG, '--period', 'last-week', '--now', NOW, '-f', 'markdown', '--step-summary'], { GITHUB_STEP_SUMMARY: summary });
    const md = r.stdout;
    expect(md.indexOf('### Thresholds breached')).toBeLessThan(md.indexOf('### Figures'));
    expect(md).toContain('| Replied (%) | 67% | 100% | −33.3 pp 🔴 |'); // percentage points, not per cent
    expect(md).toContain('| Needing a reply | 3 | 2 | +1 |'); // volume: more mail is workload, neither red nor green
    // appended after what earlier steps wrote, and redacted: the summary is what the markdown report is with --redact
    const redacted = await run(['report', MAILBOX, '-c', CONFIG, '--period', 'last-week', '--now', NOW, '-f', 'markdown', '--redact']);
    expect(read(summary)).toBe('# earlier step\n' + redacted.stdout);
  });

  test('junit: one suite per rule, one failure per finding, thresholds as a suite', async () => {
    const { json } = await reportJson(['--fail-on', 'never']);
    const dir = tempDir();
    const out = join(dir, 'junit.xml');
    const r = await run(['report', MAILBOX, '-c', CONFIG, '--period', 'last-week', '--now', NOW, '-f', 'junit', '--out', out]);
    expect(r.stdout).toBe('');
    const xml = read(out);
    const suites = [...xml.matchAll(/<testsuite name="([^"]+)" tests="(\d+)" failures="(\d+)"/g)].map((m) => ({ name: m[1], failures: Number(m[3]) }));
    expect(suites[0]).toEqual({ name: 'thresholds', failures: 3 });
    // Last, one case per source: failing when a source was not read (so exit 3 never shows failures="0").
    expect(suites.at(-1)).toEqual({ name: 'sources', failures: 0 });
    const rules = suites.slice(1, -1);
    expect(new Set(rules.map((s) => s.name)).size).toBe(rules.length);
    const failing = (f: { severity: string }) => f.severity !== 'info';
    for (const s of rules) expect(s.failures).toBe(json.findings.filter((f: { ruleId: string; severity: string }) => f.ruleId === s.name && failing(f)).length);
    expect((xml.match(/<failure /g) ?? []).length).toBe(json.findings.filter(failing).length + 3);
    // information is not a failure: an info finding is a passing case with its text in system-out
    const infos = json.findings.filter((f: { severity: string }) => f.severity === 'info').length;
    expect((xml.match(/<system-out>/g) ?? []).length).toBe(infos);
    // case names unique within each suite; every suite has a timestamp and a time
    for (const suite of xml.split('<testsuite ').slice(1)) {
      const names = [...suite.matchAll(/<testcase [^>]*name="([^"]+)"/g)].map((m) => m[1]);
      expect(new Set(names).size).toBe(names.length);
      expect(suite).toMatch(/^name="[^"]+" [^>]*timestamp="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d" time="0"/);
    }
    expect(xml).not.toMatch(/<testcase (?![^>]*time=")/);
    expect(rules.map((s) => s.name)).toEqual(expect.arrayContaining(['awaiting-reply', 'broken-promise', 'missing-aftercare']));
  });
});

describe('baseline', () => {
  test('a finding keeps its identity: the second run fails only on what is new', async () => {
    const dir = tempDir();
    const base = join(dir, 'baseline.json');
    const cfg = join(dir, 'config.json');
    const raw = JSON.parse(readFileSync(CONFIG, 'utf8'));
    delete raw.thresholds;
    writeFileSync(cfg, JSON.stringify(raw));
    const args = ['report', MAILBOX, '-c', cfg, '--now', NOW, '-f', 'json'];
    // Last week: errors found → 1; the baseline written from them.
    const first = await run([...args, '--period', 'last-week', '--write-baseline', base]);
    expect(first.code).toBe(1);
    const stored = JSON.parse(read(base));
    expect(stored.kind).toBe('replycheck-baseline');
    expect(read(base)).not.toContain('example'); // hashes only, no addresses
    // The last 14 days: the same findings are known; the earlier week brings none at error.
    const second = JSON.parse((await run([...args, '--since', '14d', '--baseline', base])).stdout);
    expect(second.baseline.known).toBe(JSON.parse(first.stdout).findings.length);
    expect(second.verdict.failingFindings).toBe(0);
    expect(second.verdict.exitCode).toBe(0);
  });
});

describe('redaction', () => {
  test('--redact: stable pseudonyms, no addresses, names, subjects or mail text; same figures', async () => {
    const plain = (await reportJson(['--fail-on', 'never'])).json;
    const a = await reportJson(['--redact', '--fail-on', 'never']);
    const b = await reportJson(['--redact', '--fail-on', 'never']);
    const text = a.stdout;
    for (const leak of ['fietsenmaker', 'kapsalon', 'bakkerij', 'Kees', 'Lisa Visser', 'Piet', 'Webshop launch', 'Factuur oktober', 'Could you let me know', 'Sanne', 'Joan'])
      expect(text).not.toContain(leak);
    expect(a.json.redacted).toBe(true);
    expect(a.json.findings.every((f: { evidence?: string }) => f.evidence === undefined)).toBe(true);
    expect(a.json.findings[0].message).toMatch(/Contact [0-9a-f]{6}/);
    const strip = (j: { generatedAt?: string }) => ({ ...j, generatedAt: '' });
    expect(strip(b.json)).toEqual(strip(a.json)); // stable
    const counts = (s: typeof plain.stats) => ({ ...s, correspondents: null, team: s.team.map((m: { received: number }) => m.received) });
    expect(counts(a.json.stats)).toEqual(counts(plain.stats));
    const other = await reportJson(['--redact', '--fail-on', 'never'], { REPLYCHECK_REDACT_KEY: 'another secret' });
    expect(other.json.stats.correspondents.byMessages[0].address).not.toBe(a.json.stats.correspondents.byMessages[0].address);
  });
});

describe('empty period and bad input', () => {
  test('an empty period says so in every format, exits 0 and shows no NaN', async () => {
    for (const format of ['stylish', 'markdown', 'html', 'json', 'junit']) {
      const r = await run(['report', MAILBOX, '-c', CONFIG, '--from', '2026-06-01', '--to', '2026-06-07', '--now', NOW, '-f', format]);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(/NaN|undefined|Infinity/);
      if (format === 'json') expect(JSON.parse(r.stdout).stats.empty).toBe(true);
      else if (format !== 'junit') expect(r.stdout).toContain('No mail in this period');
    }
  });

  const bad: [string, string[], RegExp][] = [
    ['unknown --period', ['--period', 'fortnight'], /--period "fortnight".*last-week/],
    ['--to before --from', ['--from', '2026-11-10', '--to', '2026-11-01'], /--to \(2026-11-01\) is before --from \(2026-11-10\)/],
    ['a missing baseline', ['--baseline', 'no/such/baseline.json'], /Baseline no\/such\/baseline\.json: file not found/],
    ['a missing merge file', ['--merge', 'no/such/scan.json'], /--merge no\/such\/scan\.json: file not found/],
  ];
  for (const [what, args, message] of bad)
    test(`${what} → exit 2 naming the problem`, async () => {
      const sources = args[0] === '--merge' ? [] : [MAILBOX];
      const r = await run(['report', ...sources, '-c', CONFIG, '--now', NOW, ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
    });

  test('a baseline that is not JSON → exit 2', async () => {
    const f = join(tempDir(), 'b.json');
    writeFileSync(f, 'not json');
    const r = await run(['report', MAILBOX, '-c', CONFIG, '--now', NOW, '--baseline', f]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not valid JSON');
  });
});
