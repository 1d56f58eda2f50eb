/**
 * Issue 9: analysis runs under a per-message time budget. A folder of real .eml files (the real parser, the real
 * pipeline): a Dutch and an English customer question, and a stranger's mail of thousands of questions. With a budget
 * the wall cannot meet, the wall is named under `errors` with its Message-ID (in Dutch and English), the two customers'
 * questions are still found, and the run counts as incomplete (exit 3).
 * No timing is asserted: the test clock counts the budget checks (one step each), so "a tiny budget" means the same on
 * a loaded CI machine as on an idle one; the CLI test uses REPLYCHECK_ANALYSIS_BUDGET_MS=0 (no message can meet it).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import rules from '../../rules/index.js';
import { validateConfig } from '../../src/config/validate.js';
import { scan } from '../../src/run.js';
import { exitCode, incomplete } from '../../src/cli/exit-code.js';
import { runCli } from '../helpers/cli.js';

const NOW = new Date('2026-03-05T10:00:00+01:00');
let dir: string;

const eml = (id: string, from: string, subject: string, body: string) =>
  [
    `From: ${from}`,
    'To: Joan Prins <joan@prinsweb.example>',
    `Subject: ${subject}`,
    'Date: Mon, 2 Mar 2026 09:14:00 +0100',
    `Message-ID: <${id}>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    '',
    body,
    '',
  ].join('\n');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rc-budget-'));
  writeFileSync(join(dir, 'nl.eml'), eml('vraag-nl@klant.example', 'Jan de Vries <jan@klant.example>', 'Offerte', 'Hoi Joan,\n\nKunt u mij de offerte voor de nieuwe website sturen?\n\nGroet,\nJan'));
  writeFileSync(join(dir, 'en.eml'), eml('question-en@client.example', 'Mary Smith <mary@client.example>', 'Quote', 'Hi Joan,\n\nCould you send me the quote for the new website?\n\nBest,\nMary'));
  const wall = Array.from({ length: 4000 }, (_, i) => `Kunt u vraag ${i} over de levering beantwoorden?`).join(' ');
  writeFileSync(join(dir, 'wall.eml'), eml('muur@vreemd.example', 'Onbekende <iemand@vreemd.example>', 'Vragen', `Hallo,\n\n${wall}\n\nGroet`));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A clock that moves one step per reading: the budget counts checks, not milliseconds. */
function stepClock(): () => number {
  let steps = 0;
  return () => steps++;
}

const config = () => validateConfig({ me: ['*@prinsweb.example'] });
const run = (analysisBudget: { ms: number; clock: () => number }) => scan({ config: config(), rules, paths: [dir], now: NOW, analysisBudget });

describe('the per-message analysis budget', () => {
  test('a message over its budget is named with its Message-ID, nl and en; the others are analysed; the run is incomplete', async () => {
    const result = await run({ ms: 2000, clock: stepClock() });
    const over = result.errors.filter((e) => e.code === 'ANALYSIS_BUDGET');
    expect(over).toHaveLength(1);
    expect(over[0]!.source).toMatch(/wall\.eml$/);
    expect(over[0]!.texts!.en).toContain('<muur@vreemd.example>');
    expect(over[0]!.texts!.en).toMatch(/analysis stopped/);
    expect(over[0]!.texts!.nl).toContain('<muur@vreemd.example>');
    expect(over[0]!.texts!.nl).toMatch(/analyse gestopt/);
    // the customers' questions are still found and reported
    const about = (id: string) => result.findings.filter((f) => f.messageId === `<${id}>`);
    expect(about('vraag-nl@klant.example').length).toBeGreaterThan(0);
    expect(about('question-en@client.example').length).toBeGreaterThan(0);
    const facts = result.facts.flatMap((f) => f.incoming);
    expect(facts.find((i) => i.message.messageId === '<vraag-nl@klant.example>')!.questions).toHaveLength(1);
    expect(facts.find((i) => i.message.messageId === '<question-en@client.example>')!.questions).toHaveLength(1);
    // the wall's analysis stopped: none of its thousands of questions is judged
    expect(facts.find((i) => i.message.messageId === '<muur@vreemd.example>')!.questions).toEqual([]);
    expect(incomplete(result)).toBe(true);
    expect(exitCode({ unreadable: incomplete(result), findings: result.findings })).toBe(3);
  });

  test('with a budget the wall meets, the same run is complete and the wall is read to the end', async () => {
    const result = await run({ ms: 1e9, clock: stepClock() });
    expect(result.errors.filter((e) => e.code === 'ANALYSIS_BUDGET')).toEqual([]);
    expect(incomplete(result)).toBe(false);
    const wall = result.facts.flatMap((f) => f.incoming).find((i) => i.message.messageId === '<muur@vreemd.example>')!;
    expect(wall.questions.length).toBe(4000);
  });

  test('scan as a user runs it: REPLYCHECK_ANALYSIS_BUDGET_MS=0 names the wall under errors and exits 3', () => {
    const cfg = join(dir, 'cfg.json');
    writeFileSync(cfg, JSON.stringify({ me: ['*@prinsweb.example'] }));
    const r = runCli(['scan', '--config', cfg, '--now', NOW.toISOString(), '-f', 'json', dir], { env: { REPLYCHECK_ANALYSIS_BUDGET_MS: '0' } });
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/<muur@vreemd\.example>: analysis stopped/);
    const out = JSON.parse(r.stdout) as { errors: Array<{ code: string; message: string }> };
    expect(out.errors.some((e) => e.code === 'ANALYSIS_BUDGET' && e.message.includes('<muur@vreemd.example>'))).toBe(true);
  });
});
