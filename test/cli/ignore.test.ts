/**
 * `replycheck ignore`: snooze or dismiss one finding by its short id, and scan/report honouring it. Real .eml
 * fixtures and the real CLI in a temporary folder; the ignore file is the one beside the config.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../src/meta.js';
import { runCli } from '../helpers/cli.js';

const NOW = '2026-11-12T10:00:00+01:00';
let dir: string;
const file = () => join(dir, '.replycheck-ignore.json');
const cli = (args: string[], opts: { lang?: string; now?: string } = {}) =>
  runCli([...args, '-c', join(dir, 'replycheck.config.json'), '--now', opts.now ?? NOW], { env: { LANG: opts.lang ?? 'C', NO_COLOR: '1' } });
const scanJson = (now?: string) => JSON.parse(cli(['scan', join(dir, 'mail'), '--format', 'json'], { now }).stdout);
const idOf = (json: { findings: { id: string; ruleId: string }[] }, ruleId: string) => json.findings.find((f) => f.ruleId === ruleId)!.id;

/** Jan's reply in the thread of his question: a new incoming message. */
const JAN_AGAIN = [
  'Message-ID: <jan-again@bakkerijdevries.example>', 'Date: Wed, 11 Nov 2026 09:00:00 +0100', 'From: Jan de Vries <jan@bakkerijdevries.example>',
  'To: Joan Prins <joan@prinsweb.example>', 'Subject: Re: Livegang', 'In-Reply-To: <CAqc7ll21u1w+7ll21u1wbx=q@mail.gmail.com>',
  'References: <CAqc7ll21u1w+7ll21u1wbx=q@mail.gmail.com>', 'Content-Type: text/plain; charset=utf-8', '', 'Hoi Joan,', '', 'Heeft u mijn vorige mail ontvangen?', '', 'Jan', '',
].join('\n');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'replycheck-ignore-'));
  mkdirSync(join(dir, 'mail'));
  copyFileSync(join(ROOT, 'fixtures', 'rules', 'awaiting-reply', 'finds-two-working-days', '01-in-jan.eml'), join(dir, 'mail', 'jan.eml'));
  copyFileSync(join(ROOT, 'fixtures', 'rules', 'awaiting-their-reply', 'finds-question-nl', '01-out-joan.eml'), join(dir, 'mail', 'wim.eml'));
  writeFileSync(join(dir, 'replycheck.config.json'), JSON.stringify({ me: ['*@prinsweb.example'] }));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('short ids', () => {
  test('every finding has a short id, the same from run to run, in JSON, stylish, SARIF and GitHub annotations', () => {
    const a = scanJson();
    const b = scanJson();
    expect(a.findings.map((f: { id: string }) => f.id)).toEqual(b.findings.map((f: { id: string }) => f.id));
    for (const f of a.findings) expect(f.id).toMatch(/^[0-9a-f]{7}$/);
    const id = idOf(a, 'awaiting-reply');
    expect(cli(['scan', join(dir, 'mail')]).stdout).toContain(`id ${id}`);
    const sarif = JSON.parse(cli(['scan', join(dir, 'mail'), '--format', 'sarif']).stdout);
    expect(sarif.runs[0].results.map((r: { properties: { id: string } }) => r.properties.id)).toContain(id);
    expect(cli(['scan', join(dir, 'mail'), '--format', 'github']).stdout).toContain(`· ${id}::`);
  });
});

describe('replycheck ignore', () => {
  test('ignoring an item hides it, and what is folded under it, in scan and report; the file is readable', () => {
    const before = scanJson();
    const id = idOf(before, 'awaiting-reply');
    const r = cli(['ignore', id, join(dir, 'mail'), '--until', '2026-11-20', '--reason', 'belt volgende week']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(`Ignoring ${id} (awaiting-reply, “Livegang”, Jan de Vries <jan@bakkerijdevries.example>) through 2026-11-20.`);
    const saved = JSON.parse(readFileSync(file(), 'utf8'));
    expect(saved).toEqual({
      kind: 'replycheck-ignore', version: 1,
      entries: [expect.objectContaining({ id, ruleId: 'awaiting-reply', subject: 'Livegang', until: '2026-11-20', reason: 'belt volgende week', lastMessage: '2026-11-09T09:05:00.000Z' })],
    });
    const after = scanJson();
    // the awaiting-reply item and the unanswered question folded under it: one lapse, dismissed at once
    expect(after.findings.filter((f: { messageId: string }) => f.messageId === '<CAqc7ll21u1w+7ll21u1wbx=q@mail.gmail.com>')).toEqual([]);
    expect(after.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['awaiting-their-reply']);
    expect(after.ignored).toEqual(expect.arrayContaining([expect.objectContaining({ id, ruleId: 'awaiting-reply', until: '2026-11-20', reason: 'belt volgende week' })]));
    expect(cli(['scan', join(dir, 'mail')]).stdout).toContain('ignored (replycheck ignore --list)');
    expect(cli(['scan', join(dir, 'mail')], { lang: 'nl_NL.UTF-8' }).stdout).toContain('genegeerd (replycheck ignore --list)');
    const report = JSON.parse(cli(['report', join(dir, 'mail'), '--format', 'json', '--since', '14d']).stdout);
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('awaiting-reply');
  });

  test('--list shows it in English and Dutch; after --until it is shown again and --expired removes it', () => {
    const id = JSON.parse(readFileSync(file(), 'utf8')).entries[0].id;
    expect(cli(['ignore', '--list']).stdout).toContain(`${id}  awaiting-reply  Livegang  Jan de Vries <jan@bakkerijdevries.example>  until 2026-11-20  “belt volgende week”`);
    expect(cli(['ignore', '--list'], { lang: 'nl_NL.UTF-8' }).stdout).toContain('tot en met 2026-11-20');
    const later = '2026-11-21T10:00:00+01:00';
    expect(scanJson(later).findings.map((f: { id: string }) => f.id)).toContain(id);
    expect(cli(['ignore', '--list'], { now: later }).stdout).toContain('ran out 2026-11-20');
    expect(cli(['ignore', '--expired'], { now: later }).stdout).toContain('Removed 1 ran-out entry; 0 left');
    expect(JSON.parse(readFileSync(file(), 'utf8')).entries).toEqual([]);
    expect(cli(['ignore', '--list']).stdout).toContain('Nothing is ignored');
  });

  test('a new incoming message in the thread reopens it; --remove stops ignoring', () => {
    const id = idOf(scanJson(), 'awaiting-reply');
    expect(cli(['ignore', id, join(dir, 'mail')]).status).toBe(0);
    expect(scanJson().findings.map((f: { id: string }) => f.id)).not.toContain(id);
    writeFileSync(join(dir, 'mail', 'jan-again.eml'), JAN_AGAIN);
    try {
      const r = cli(['scan', join(dir, 'mail'), '--format', 'json']);
      expect(JSON.parse(r.stdout).findings.map((f: { id: string }) => f.id)).toContain(id);
      expect(r.stderr).toContain(`${id} is shown again: a new message came in since it was ignored.`);
    } finally {
      rmSync(join(dir, 'mail', 'jan-again.eml'));
    }
    expect(cli(['ignore', id, '--remove']).stdout).toContain(`No longer ignoring ${id}.`);
    expect(JSON.parse(readFileSync(file(), 'utf8')).entries).toEqual([]);
  });

  test.each([
    [['ignore', 'abcdef0', 'MAIL'], 'No finding with id abcdef0 in', 'Geen bevinding met id abcdef0 in'],
    [['ignore', 'xyz', 'MAIL'], '"xyz" is not a finding id', '"xyz" is geen id van een bevinding'],
    [['ignore', 'ID', 'MAIL', '--until', '10-12-2026'], '--until: "10-12-2026" is not a day. Use YYYY-MM-DD', '--until: "10-12-2026" is geen dag. Gebruik JJJJ-MM-DD'],
    [['ignore', 'ID', 'MAIL', '--until', '2026-02-30'], 'is not on the calendar', 'bestaat niet'],
    [['ignore', 'ID', 'MAIL', '--until', '2026-11-01'], '--until 2026-11-01 has passed already (today is 2026-11-12)', '--until 2026-11-01 is al voorbij (vandaag is het 2026-11-12)'],
    [['ignore'], 'Which finding? Give its id', 'Welke bevinding? Geef haar id'],
    [['ignore', 'ID', '--list'], '--list takes no id.', '--list neemt geen id.'],
    [['ignore', 'abcdef0', '--remove'], 'abcdef0 is not in', 'abcdef0 staat niet in'],
  ])('%j: a clear error (exit 2), in English and Dutch', (args, en, nl) => {
    const id = idOf(scanJson(), 'awaiting-reply');
    const argv = args.map((a) => (a === 'MAIL' ? join(dir, 'mail') : a === 'ID' ? id : a));
    const r = cli(argv);
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 2, stderr: expect.stringContaining(en) });
    expect(cli(argv, { lang: 'nl_NL.UTF-8' }).stderr).toContain(nl);
    expect(existsSync(file()) ? JSON.parse(readFileSync(file(), 'utf8')).entries : []).toEqual([]);
  });

  test('--help teaches it, in both languages', () => {
    const en = runCli(['ignore', '--help'], { env: { LANG: 'C' } }).stdout;
    expect(en).toContain('a new\nincoming message in its thread reopens it');
    expect(en).toContain('replycheck ignore 3f2a1b0 --until 2026-12-10 --reason "calls back next week"');
    const nl = runCli(['ignore', '--help'], { env: { LANG: 'nl_NL.UTF-8' } }).stdout;
    expect(nl).toContain('replycheck ignore --expired                                  verwijder wat verlopen is');
  });
});
