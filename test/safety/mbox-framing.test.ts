/**
 * mbox framing and size: every odd but real mbox is read as the messages it holds (fixtures/safety/mbox, Dutch and
 * English), a CR-only .eml keeps its question, and giant input (a 100 MB one-line body, an mbox without a single
 * newline) is read in bounded memory with the cut named under `errors`.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../src/meta.js';
import { validateConfig } from '../../src/config/validate.js';
import { scan } from '../../src/run.js';
import { MAX_MESSAGE_BYTES, readMbox } from '../../src/source/mbox.js';
import rules from '../../rules/index.js';
import { runCli } from '../helpers/cli.js';

const FIX = join(ROOT, 'fixtures', 'safety');
const NOW = new Date('2026-03-05T10:00:00+01:00');
const config = validateConfig({ me: ['*@prinsweb.example'] });
const QUESTION = { nl: 'Kunt u mij de offerte voor de webshop sturen?', en: 'Could you send me the quote for the web shop?' };

async function scanOne(path: string) {
  const res = await scan({ config, rules, paths: [path], now: NOW });
  const asked = res.findings.filter((f) => f.ruleId === 'unanswered-question');
  return { res, asked };
}

describe('mbox framing', () => {
  const cases: Array<[string, number]> = [
    ['leading-blank', 2], // blank lines before the first "From " line
    ['bom', 2], // a UTF-8 BOM before it
    ['cr-only', 2], // old-Mac line ends
    ['no-blank-line', 2], // no blank line before the second envelope line
    ['unusual-from', 3], // "From - <RFC 5322 date>", "From x 2026-03-02T…Z", asctime with a zone
  ];
  for (const lang of ['nl', 'en'] as const) {
    for (const [name, count] of cases) {
      test(`${lang}: ${name}.mbox is read as ${count} messages, each with its question`, async () => {
        const { res, asked } = await scanOne(join(FIX, 'mbox', `${name}-${lang}.mbox`));
        expect(res.errors).toEqual([]);
        expect(res.sources.map((s) => s.messages)).toEqual([count]);
        expect(asked.map((f) => f.evidence)).toEqual(new Array(count).fill(QUESTION[lang]));
        expect(new Set(asked.map((f) => f.messageId)).size).toBe(count);
      });
    }
    test(`${lang}: a CR-only .eml keeps its question`, async () => {
      const { res, asked } = await scanOne(join(FIX, `cr-only-${lang}.eml`));
      expect(res.errors).toEqual([]);
      expect(asked.map((f) => f.evidence)).toEqual([QUESTION[lang]]);
    });
  }

  test('a "From " line in prose after a blank line still does not split a message', async () => {
    // fixtures/parse/sources/mboxo.mbox has "From the start we wanted…" after a blank line
    const got = [];
    for await (const m of readMbox(join(ROOT, 'fixtures/parse/sources/mboxo.mbox'))) got.push(m);
    expect(got.some((m) => m.raw.toString('latin1').includes('From the start we wanted'))).toBe(true);
  });
});

describe('every source counted', () => {
  test('a file with no message in it is named under errors (nl + en); with several sources stylish prints each count', () => {
    const dir = mkdtempSync(join(tmpdir(), 'replycheck-count-'));
    try {
      const blank = join(dir, 'blank.mbox');
      const fd = openSync(blank, 'w');
      writeSync(fd, '\n\n\n');
      closeSync(fd);
      const cfg = join(dir, 'cfg.json');
      const c = openSync(cfg, 'w');
      writeSync(c, JSON.stringify({ me: ['*@prinsweb.example'] }));
      closeSync(c);
      const two = join(FIX, 'mbox', 'bom-en.mbox');
      for (const [lang, label] of [['en', 'per source'], ['nl', 'per bron']] as const) {
        const r = runCli(['scan', '--config', cfg, '--now', NOW.toISOString(), '--lang', lang, blank, two]);
        expect(r.stdout).toContain(`${label}: ${blank} 0 · ${two} 2`);
        // named under the errors, in the run's language
        const errors = r.stdout.slice(r.stdout.indexOf(lang === 'en' ? 'Could not read:' : 'Kon niet lezen:'));
        expect(errors).toContain(`  ${blank}  `);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

test('a folder without any message is named under errors, not passed off as an empty mailbox', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'replycheck-none-'));
  try {
    const res = await scan({ config, rules, paths: [dir], now: NOW });
    expect(res.errors).toEqual([expect.objectContaining({ source: dir, code: 'NO_MESSAGES', message: 'no messages found here' })]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('giant input in bounded memory', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'replycheck-giant-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Writes `head` and then `size` bytes of `unit` repeated, in 1 MB pieces. */
  function writeBig(path: string, head: string, unit: string, size: number, tail = '') {
    const fd = openSync(path, 'w');
    writeSync(fd, head);
    const piece = Buffer.from(unit.repeat(Math.ceil((1 << 20) / unit.length)).slice(0, 1 << 20));
    for (let n = 0; n < size; n += piece.length) writeSync(fd, piece, 0, Math.min(piece.length, size - n));
    if (tail) writeSync(fd, tail);
    closeSync(fd);
  }

  test('an mbox of 150 MB without one newline: one message, cut at MAX_MESSAGE_BYTES, memory bounded', async () => {
    const path = join(dir, 'no-newline.mbox');
    writeBig(path, 'From jan@klant.example Mon Mar  2 09:11:00 2026 ', 'x', 150 << 20);
    const before = process.memoryUsage().rss;
    let peak = before;
    const got = [];
    for await (const m of readMbox(path)) {
      got.push({ offset: m.offset, size: m.raw.length, truncated: m.truncated });
      peak = Math.max(peak, process.memoryUsage().rss);
    }
    expect(got).toHaveLength(1);
    expect(got[0]!.size).toBe(MAX_MESSAGE_BYTES);
    expect(got[0]!.truncated).toBeGreaterThan(140 << 20);
    // the cut message plus the read buffers, not the file
    expect(peak - before).toBeLessThan(400 << 20);
  }, 120_000);

  test('a 100 MB one-line body: the run ends normally, the cut is named, the question is found', () => {
    const path = join(dir, 'one-line.eml');
    const head = [
      'From: Jan de Vries <jan@klant.example>',
      'To: Joan Prins <joan@prinsweb.example>',
      'Subject: Export',
      'Date: Mon, 2 Mar 2026 09:14:00 +0100',
      'Message-ID: <one-line@klant.example>',
      'Content-Type: text/plain; charset=UTF-8',
      '',
      `${QUESTION.nl} `,
    ].join('\r\n');
    writeBig(path, head, 'regel ', 100 << 20, '\r\n');
    const cfg = join(dir, 'cfg.json');
    const fd = openSync(cfg, 'w');
    writeSync(fd, JSON.stringify({ me: ['*@prinsweb.example'] }));
    closeSync(fd);
    // 1.5 GB of heap at most: before the cap, 50 MB needed 5.6 GB and 100 MB died out of memory
    const r = runCli(['scan', '--config', cfg, '--now', NOW.toISOString(), '--format', 'json', path], { env: { NODE_OPTIONS: '--max-old-space-size=1536' } });
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as { errors: Array<{ code: string; source: string }>; findings: Array<{ ruleId: string; evidence?: string }> };
    expect(out.errors).toEqual([expect.objectContaining({ code: 'MESSAGE_CAPPED', source: path }), expect.objectContaining({ code: 'TEXT_CAPPED', source: path })]);
    expect(out.findings.some((f) => f.ruleId === 'unanswered-question' && f.evidence === QUESTION.nl)).toBe(true);
  }, 120_000);
});
