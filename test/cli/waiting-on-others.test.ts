/**
 * The morning list's second section: what I wait for from others (awaiting-their-reply, their-promise-due), apart from what others
 * wait for from me, in stylish (English and Dutch) and in JSON. Real .eml fixtures, the real CLI.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../src/meta.js';
import { runCli } from '../helpers/cli.js';

const NOW = '2026-11-12T10:00:00+01:00';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'replycheck-waiting-on-others-'));
  mkdirSync(join(dir, 'mail'));
  const fixture = (rule: string, c: string, file: string, as: string) => copyFileSync(join(ROOT, 'fixtures', 'rules', rule, c, file), join(dir, 'mail', as));
  fixture('awaiting-their-reply', 'finds-question-nl', '01-out-joan.eml', 'a.eml');
  fixture('awaiting-their-reply', 'finds-request-en', '01-out-joan.eml', 'b.eml');
  fixture('awaiting-their-reply', 'ok-call-me-en', '01-out-joan.eml', 'c.eml');
  // Jan waits for me: what I owe comes first. (Not Wim or Sara: a mail of theirs since would mean they are not silent.)
  fixture('awaiting-reply', 'finds-two-working-days', '01-in-jan.eml', 'd.eml');
  // their promise (their-promise-due), from someone else again
  writeFileSync(join(dir, 'mail', 'e.eml'), [
    'Message-ID: <tpd-cli-1@smitadvies.example>', 'Date: Tue, 03 Nov 2026 11:00:00 +0100', 'From: Pieter Smit <pieter@smitadvies.example>',
    'To: Joan Prins <joan@prinsweb.example>', 'Subject: Stukken KvK', 'Content-Type: text/plain; charset=utf-8', '',
    'Hoi Joan,', '', 'Dank voor het overleg. Ik stuur u vrijdag de stukken van de KvK.', '', 'Groet,', 'Pieter', '',
  ].join('\n'));
  writeFileSync(join(dir, 'replycheck.config.json'), JSON.stringify({ me: ['*@prinsweb.example'] }));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const scan = (args: string[], lang = 'C') =>
  runCli(['scan', join(dir, 'mail'), '-c', join(dir, 'replycheck.config.json'), '--now', NOW, ...args], { env: { LANG: lang, NO_COLOR: '1' } });

describe('scan: "Waiting on others"', () => {
  test.each([
    ['C', 'Waiting on others (3)', 'Wim Bakker has not answered your question of Mon 2 Nov; send a reminder from Fri 6 Nov', 'answer expected by Thu 5 Nov, 17:30', 'has waited'],
    ['nl_NL.UTF-8', 'Wachten op anderen (3)', 'Wim Bakker heeft uw vraag van ma 2 nov nog niet beantwoord; stuur vanaf vr 6 nov een herinnering', 'antwoord verwacht uiterlijk do 5 nov, 17:30', 'wacht al'],
  ])('stylish (%s): a separate section below what others wait for from me, my question quoted', (lang, heading, text, expected, waitingOnMe) => {
    const r = scan([], lang);
    const lines = r.stdout.split('\n');
    const at = lines.indexOf(heading);
    expect(at).toBeGreaterThan(0);
    // what I owe comes first, what others owe me after the heading
    expect(lines.findIndex((l) => l.includes(waitingOnMe))).toBeLessThan(at);
    const below = lines.slice(at).join('\n');
    expect(below).toContain(text);
    expect(below).toContain('“Kun je de machtiging in de bijlage nog ondertekenen?”');
    expect(below).toContain('“Please send me the login details for your current hosting panel.”');
    expect(below).toContain(expected);
    // their promise that fell due, in the same section
    expect(below).toContain(lang === 'C' ? 'Pieter Smit promised you something by Fri 6 Nov, 17:30; nothing has come from them since' : 'Pieter Smit zegde u iets toe voor uiterlijk vr 6 nov, 17:30; sindsdien kwam er niets');
    expect(below).toContain('“Ik stuur u vrijdag de stukken van de KvK.”');
    // a request to call is answered by phone: not in the list
    expect(r.stdout).not.toContain('Planning');
  });

  test('JSON: the finding, its nudge day, the answer window and the question', () => {
    const json = JSON.parse(scan(['--format', 'json']).stdout);
    const mine = json.findings.filter((f: { ruleId: string }) => f.ruleId === 'awaiting-their-reply');
    expect(mine).toEqual([
      expect.objectContaining({
        severity: 'info', textId: 'question', messageId: '<atr-q-nl-1@prinsweb.example>', correspondent: 'Wim Bakker <wim@bakkerij.example>',
        evidence: 'Kun je de machtiging in de bijlage nog ondertekenen?', due: '2026-11-05T16:30:00.000Z', data: { nudgeOn: '2026-11-06' },
        texts: {
          en: 'Wim Bakker has not answered your question of Mon 2 Nov; send a reminder from Fri 6 Nov',
          nl: 'Wim Bakker heeft uw vraag van ma 2 nov nog niet beantwoord; stuur vanaf vr 6 nov een herinnering',
        },
      }),
      expect.objectContaining({ textId: 'request', messageId: '<atr-r-en-1@prinsweb.example>', data: { nudgeOn: '2026-11-06' } }),
    ]);
    expect(json.findings.filter((f: { ruleId: string }) => f.ruleId === 'their-promise-due')).toEqual([
      expect.objectContaining({
        severity: 'info', textId: 'due', messageId: '<tpd-cli-1@smitadvies.example>', evidence: 'Ik stuur u vrijdag de stukken van de KvK.',
        due: '2026-11-06T16:30:00.000Z', data: { status: 'broken' }, correspondent: 'Pieter Smit <pieter@smitadvies.example>',
      }),
    ]);
  });

  test('both rules off in the config: no section', () => {
    writeFileSync(join(dir, 'off.json'), JSON.stringify({ me: ['*@prinsweb.example'], rules: { 'awaiting-their-reply': 'off', 'their-promise-due': 'off' } }));
    const r = runCli(['scan', join(dir, 'mail'), '-c', join(dir, 'off.json'), '--now', NOW], { env: { NO_COLOR: '1' } });
    expect(r.stdout).not.toContain('Waiting on others');
    expect(r.stdout).toContain('has waited');
  });

  test('followUpAfterBusinessDays: with 10 business days nothing is due yet', () => {
    writeFileSync(join(dir, 'ten.json'), JSON.stringify({ me: ['*@prinsweb.example'], rules: { 'awaiting-their-reply': ['info', { followUpAfterBusinessDays: 10 }] } }));
    const json = JSON.parse(runCli(['scan', join(dir, 'mail'), '-c', join(dir, 'ten.json'), '--now', NOW, '--format', 'json']).stdout);
    expect(json.findings.filter((f: { ruleId: string }) => f.ruleId === 'awaiting-their-reply')).toEqual([]);
    expect(json.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('awaiting-reply');
  });
});
