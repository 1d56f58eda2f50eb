/**
 * Bounds that no input can push a run past: business-time arithmetic over absurd dates, the per-message cap on
 * analysed text (reported under `errors`, the rest of the message still analysed), and lint on the mutt date
 * that used to read as the year 100.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../src/meta.js';
import { BusinessTime, DEFAULT_BUSINESS_HOURS, MAX_BUSINESS_SPAN_DAYS } from '../../src/text/business-time.js';
import { MAX_ANALYSED_CHARS } from '../../src/parse/limits.js';
import { validateConfig } from '../../src/config/validate.js';
import { scan } from '../../src/run.js';
import { lintBytes } from '../../src/lint/lint.js';
import rules from '../../rules/index.js';

/** CPU time of f in ms: what it costs, however busy the machine is with other work (a parallel test run). */
const elapsed = (f: () => unknown) => {
  const c = process.cpuUsage();
  f();
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1000;
};

describe('business time over absurd dates', () => {
  const bt = new BusinessTime(DEFAULT_BUSINESS_HOURS);
  const now = new Date('2026-03-05T16:00:00+01:00');
  // MAX_BUSINESS_SPAN_DAYS of 8.5 hours, holidays or not, is more than a wait can ever count.
  const most = MAX_BUSINESS_SPAN_DAYS * 8.5;

  test('a message from the year 100 (mutt\'s "+0100" misread) is counted over MAX_BUSINESS_SPAN_DAYS at most, fast', () => {
    const year100 = new Date('0100-03-02T09:14:00Z');
    let w = { businessHours: 0, wallHours: 0 };
    expect(elapsed(() => (w = bt.between(year100, now)))).toBeLessThan(1000);
    expect(w.businessHours).toBeGreaterThan(0);
    expect(w.businessHours).toBeLessThanOrEqual(most);
    // the wall-clock time stays the real one
    expect(w.wallHours).toBeCloseTo((now.getTime() - year100.getTime()) / 3_600_000, 0);
  });

  test('the far future and the epoch finish fast too; a span under the cap is unchanged', () => {
    const far = new Date(8.64e15); // the last instant a Date can hold
    expect(elapsed(() => bt.between(new Date(0), far))).toBeLessThan(1000);
    expect(elapsed(() => bt.addBusinessHours(new Date('0100-01-01T00:00:00Z'), 16))).toBeLessThan(1000);
    const fresh = new BusinessTime(DEFAULT_BUSINESS_HOURS);
    // 2 March → 5 March 2026 16:00: Mon 09:14–17:30, Tue, Wed full, Thu 09:00–16:00
    expect(fresh.between(new Date('2026-03-02T09:14:00+01:00'), now).businessHours).toBeCloseTo(8.5 - 14 / 60 + 8.5 + 8.5 + 7, 6);
  });
});

describe('lint on a mutt attribution date ("…09:14:00AM +0100, Jan wrote:")', () => {
  const cfg = validateConfig({ me: ['*@prinsweb.example'] });
  const opts = { config: cfg, rules, now: new Date('2026-03-05T16:05:00+01:00') };
  beforeAll(async () => {
    // load the lint modules once, so that the timing below is the lint itself
    await lintBytes(readFileSync(join(ROOT, 'fixtures/lint/draft-offerte.eml')), 'warm-up.eml', opts);
  });

  for (const lang of ['en', 'nl']) {
    test(`${lang}: finishes well under a second, and no wait it reports runs over centuries`, async () => {
      const file = join(ROOT, `fixtures/safety/draft-mutt-date-${lang}.eml`);
      const c0 = process.cpuUsage();
      const res = await lintBytes(readFileSync(file), file, opts);
      const d = process.cpuUsage(c0);
      expect((d.user + d.system) / 1000).toBeLessThan(1000);
      expect(res.checked).toBe(true);
      for (const f of res.findings) if (f.waited) expect(f.waited.businessHours).toBeLessThanOrEqual(MAX_BUSINESS_SPAN_DAYS * 8.5);
    });
  }
});

describe('the per-message cap on analysed text', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'replycheck-cap-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const mail = (id: string, body: string) =>
    [
      'From: Jan de Vries <jan@klant.example>',
      'To: Joan Prins <joan@prinsweb.example>',
      `Subject: Logbestand ${id}`,
      'Date: Mon, 2 Mar 2026 09:14:00 +0100',
      `Message-ID: <${id}@klant.example>`,
      'Content-Type: text/plain; charset=UTF-8',
      '',
      body,
      '',
    ].join('\r\n');

  const cases = [
    { lang: 'nl', question: 'Kunt u mij laten weten waarom de koppeling faalt?', filler: 'foutmelding regel ' },
    { lang: 'en', question: 'Could you tell me why the export keeps failing?', filler: 'error line ' },
  ];
  for (const c of cases) {
    test(`${c.lang}: a body past the cap is named under errors, and its first part is still analysed`, async () => {
      const big = join(dir, `big-${c.lang}.eml`);
      const body = `${c.question}\r\n\r\n${c.filler.repeat(Math.ceil((MAX_ANALYSED_CHARS * 1.5) / c.filler.length))}`;
      writeFileSync(big, mail(`big-${c.lang}`, body));
      const small = join(dir, `small-${c.lang}.eml`);
      writeFileSync(small, mail(`small-${c.lang}`, `${c.question}\r\n\r\nJan`));
      const config = validateConfig({ me: ['*@prinsweb.example'] });
      const res = await scan({ config, rules, paths: [big, small], now: new Date('2026-03-05T10:00:00+01:00') });
      expect(res.errors).toEqual([expect.objectContaining({ source: big, code: 'TEXT_CAPPED', message: expect.stringContaining(MAX_ANALYSED_CHARS.toLocaleString('en')) })]);
      // both messages read; the capped one still has its question found
      expect(res.sources.map((s) => s.messages)).toEqual([1, 1]);
      const asked = res.findings.filter((f) => f.ruleId === 'unanswered-question').map((f) => [f.messageId, f.evidence]);
      expect(asked).toEqual(expect.arrayContaining([[`<big-${c.lang}@klant.example>`, c.question]]));
    });
  }
});
