/**
 * Issue 8: src/pipeline.ts strings the stages together and holds no user-facing text. What it has to tell is data
 * (a code, where, the facts for the words); src/run.ts words it in Dutch and English. Real sources: a path that
 * does not exist, an empty mbox, a real .eml folder without `me`.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import rules from '../rules/index.js';
import { ROOT } from '../src/meta.js';
import { validateConfig } from '../src/config/validate.js';
import { runPipeline } from '../src/pipeline.js';
import { problemWords, scan } from '../src/run.js';

let dir: string;
const NOW = new Date('2026-11-16T08:00:00+01:00');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rc-pipeline-'));
  mkdirSync(join(dir, 'empty'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('src/pipeline.ts writes no words of its own: no Dutch or English text pairs', () => {
  const src = readFileSync(join(ROOT, 'src/pipeline.ts'), 'utf8');
  expect(src).not.toMatch(/\b(?:en|nl)\s*:\s*[`'"]/);
});

describe('problems as data, worded by run.ts', () => {
  test('a path that does not exist and an empty folder: codes with their facts, then words in both languages', async () => {
    const missing = join(dir, 'nope.mbox');
    const empty = join(dir, 'empty');
    const p = await runPipeline({ config: validateConfig({ me: ['*@prinsweb.example'] }), rules, paths: [missing, empty], now: NOW });
    expect(p.problems.map((x) => [x.code, x.source, x.args, x.texts])).toEqual([
      ['ENOENT', missing, { path: missing }, undefined],
      ['NO_MESSAGES', empty, undefined, undefined],
    ]);
    expect(p.sources.map((s) => s.failure?.code)).toEqual(['ENOENT', 'NO_MAIL_READ']);
    expect(problemWords(p.problems[0]!)).toEqual({ en: `No such file or directory: ${missing}`, nl: `Bestand of map bestaat niet: ${missing}` });

    const r = await scan({ config: validateConfig({ me: ['*@prinsweb.example'] }), rules, paths: [missing, empty], now: NOW });
    expect(r.errors.map((e) => [e.code, e.message, e.texts?.nl])).toEqual([
      ['ENOENT', `No such file or directory: ${missing}`, `Bestand of map bestaat niet: ${missing}`],
      ['NO_MESSAGES', 'no messages found here', 'hier geen berichten gevonden'],
    ]);
    expect(r.sources[1]).toMatchObject({ failed: `No mail could be read from ${empty}`, failedTexts: { nl: `Uit ${empty} kon geen mail gelezen worden` } });
  });

  test('no `me` and mail dated after --now: notices as data, worded in nl and en', async () => {
    const mail = join(ROOT, 'fixtures/report/mailbox');
    const early = new Date('2026-11-10T12:00:00+01:00');
    const p = await runPipeline({ config: validateConfig({}), rules, paths: [mail], now: early });
    expect(p.notices.map((n) => n.code)).toEqual(['NO_ME', 'AFTER_NOW']);
    expect(p.notices[1]!.args).toEqual({ later: p.later, total: p.mail, now: early.toISOString() });
    expect(p.later).toBeGreaterThan(0);
    const words = p.notices.map(problemWords);
    expect(words[0]!.en).toContain(`The most frequent sender here is ${p.notices[0]!.args!.top}`);
    expect(words[0]!.nl).toContain(`De vaakste afzender hier is ${p.notices[0]!.args!.top}`);
    expect(words[1]).toEqual({
      en: `${p.later} of ${p.mail} messages are dated after --now (${early.toISOString()}) and were left out.`,
      nl: `${p.later} van de ${p.mail} berichten zijn van na --now (${early.toISOString()}) en zijn buiten beschouwing gelaten.`,
    });
  });
});

describe('memory bounded by the window', () => {
  test('mail before --since and after --now is counted as it is parsed, not kept; what is kept is the window', async () => {
    const mail = join(ROOT, 'fixtures/report/mailbox');
    const config = validateConfig({ me: ['*@prinsweb.example'] });
    const all = await runPipeline({ config, rules, paths: [mail], now: new Date('2026-12-01T12:00:00Z') });
    const dates = all.messages.map((m) => m.date.getTime()).sort((a, b) => a - b);
    expect(dates.length).toBeGreaterThan(8);
    const since = new Date(dates[3]!);
    const now = new Date(dates[dates.length - 3]! - 3_600_000 - 1);
    const p = await runPipeline({ config, rules, paths: [mail], since, now });
    const inside = dates.filter((t) => t >= since.getTime() && t <= now.getTime() + 3_600_000);
    expect(p.messages.map((m) => m.date.getTime()).sort((a, b) => a - b)).toEqual(inside);
    expect(p.inWindow).toBe(p.messages);
    expect([p.mail, p.later]).toEqual([dates.length, dates.filter((t) => t > now.getTime() + 3_600_000).length]);
    expect(p.later).toBe(3);
    expect(p.sources[0]!.summary.messages).toBe(dates.length);
  });
});
