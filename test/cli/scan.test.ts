import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { ROOT } from '../../src/meta.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';

const ANSI = /\u001b\[/;

describe('replycheck scan --demo', () => {
  const json = runCli(['scan', '--demo', '--format', 'json']);
  const report = JSON.parse(json.stdout || '{}');

  test('exits 1: the demo has error-level findings', () => expect(json.status).toBe(1));

  test('follows the JSON contract', () => {
    expect(report.version).toBe(1);
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) {
      expect(f).toEqual(expect.objectContaining({
        ruleId: expect.any(String), severity: expect.stringMatching(/^(info|warn|error)$/), messageId: expect.stringMatching(/^<.+>$/),
        threadId: expect.any(String), message: expect.any(String), texts: { en: expect.any(String), nl: expect.any(String) },
      }));
    }
    expect(report.errors).toEqual([]);
  });

  test('every rule the demo is built to show (fixtures/demo/expected.json) fires on the demo mailbox', () => {
    const demo = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'demo', 'expected.json'), 'utf8')) as { threads: { expect: { ruleId: string; optional?: boolean }[] }[] };
    const shown = [...new Set(demo.threads.flatMap((t) => t.expect.filter((e) => !e.optional).map((e) => e.ruleId)))].sort();
    expect(shown.length).toBeGreaterThanOrEqual(7);
    const ids = new Set(report.findings.map((f: { ruleId: string }) => f.ruleId));
    expect(shown.filter((id) => !ids.has(id))).toEqual([]);
  });

  test('finds exactly what the demo README promises (rule, message and evidence), nothing more', () => {
    const demo = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'demo', 'expected.json'), 'utf8')) as {
      threads: { expect: { ruleId: string; messageId: string; evidence?: string }[] }[];
    };
    const want = demo.threads.flatMap((t) => t.expect);
    const got = report.findings as { ruleId: string; messageId: string; evidence?: string }[];
    // One finding per expected entry (the same rule may fire twice on one message, once per question)…
    const count = (xs: { ruleId: string; messageId: string }[]) =>
      xs.reduce((m, x) => m.set(`${x.ruleId} ${x.messageId}`, (m.get(`${x.ruleId} ${x.messageId}`) ?? 0) + 1), new Map<string, number>());
    expect([...count(got).entries()].sort()).toEqual([...count(want).entries()].sort());
    // …and each expected evidence is quoted by a finding of that rule on that message.
    for (const w of want.filter((x) => x.evidence))
      expect(got.some((f) => f.ruleId === w.ruleId && f.messageId === w.messageId && f.evidence?.includes(w.evidence!))).toBe(true);
  });

  test('waits and due dates are carried where they apply', () => {
    const waiting = report.findings.find((f: { ruleId: string; data?: { dueToday?: boolean } }) => f.ruleId === 'awaiting-reply' && !f.data?.dueToday);
    expect(waiting.waited.businessHours).toBeGreaterThan(8);
    expect(waiting.waited.wallHours).toBeGreaterThanOrEqual(waiting.waited.businessHours);
    const promise = report.findings.find((f: { ruleId: string }) => f.ruleId === 'broken-promise');
    expect(Date.parse(promise.due)).not.toBeNaN();
  });

  test('stylish output is plain when not a terminal, coloured with FORCE_COLOR, plain with NO_COLOR', () => {
    const plain = runCli(['scan', '--demo']);
    expect(plain.stdout).not.toMatch(ANSI);
    expect(plain.stdout).toMatch(/awaiting-reply/);
    expect(runCli(['scan', '--demo'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(ANSI);
    expect(runCli(['scan', '--demo'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(ANSI);
  });

  test('what falls due later today is a list of its own, with the time left, in English and Dutch', () => {
    const today = report.findings.filter((f: { data?: { dueToday?: boolean } }) => f.data?.dueToday);
    // the Friday-evening question (window closes Monday 16:40) and the promise due Monday noon; neither is late
    expect(today.map((f: { ruleId: string; severity: string }) => `${f.ruleId} ${f.severity}`).sort()).toEqual(['awaiting-reply info', 'broken-promise info']);
    const reply = today.find((f: { ruleId: string }) => f.ruleId === 'awaiting-reply');
    expect(new Date(reply.due).toISOString()).toMatch(/^2026-11-16T15:40:/); // 16:40 Amsterdam
    const en = runCli(['scan', '--demo', '--lang', 'en']).stdout;
    const section = en.slice(en.indexOf('Due today (2)'));
    expect(en).toContain('Due today (2)');
    expect(section).toMatch(/Reply to Hans Koster today, by 16:40 \(7 h 4\d min left\)/);
    expect(section).toMatch(/Promise to Piet Jansen falls due/);
    // the question it folds is shown once, in the due-today list, not again above it
    expect(en.indexOf('Kun je dat op de site zetten')).toBeGreaterThan(en.indexOf('Due today (2)'));
    const nl = runCli(['scan', '--demo', '--lang', 'nl']).stdout;
    expect(nl).toContain('Vandaag af te handelen (2)');
    expect(nl).toMatch(/Antwoord Hans Koster vandaag, uiterlijk 16:40 \(nog 7 uur 4\d min\)/);
  });

  test('speaks Dutch with --lang nl and with LANG=nl_NL.UTF-8', () => {
    expect(runCli(['scan', '--demo', '--lang', 'nl']).stdout).toMatch(/bevindingen/);
    expect(runCli(['scan', '--demo'], { env: { LANG: 'nl_NL.UTF-8' } }).stdout).toMatch(/bevindingen/);
    expect(runCli(['scan', '--demo', '--lang', 'en']).stdout).toMatch(/findings/);
  });
});

describe('exit codes and errors', () => {
  test('a missing mailbox: one line, exit 3, no stack trace', () => {
    const r = runCli(['scan', '/nonexistent/inbox.mbox']);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/nonexistent\/inbox\.mbox/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('a wrong config key: exit 2 naming the key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-'));
    writeFileSync(join(dir, '.replycheckrc.json'), JSON.stringify({ me: ['a@b.example'], busnessHours: {} }));
    const r = runCli(['scan', join(dir, '.replycheckrc.json')], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/busnessHours.*businessHours/);
  });

  test('a wrong rule option through -c: exit 2 naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-'));
    const file = join(dir, 'cfg.json');
    writeFileSync(file, JSON.stringify({ rules: { 'slow-reply': ['warn', { maxHours: 3 }] } }));
    const r2 = runCli(['scan', '-c', file, dir]);
    expect(r2.status).toBe(2);
    expect(r2.stderr).toMatch(/rules\.slow-reply\.maxHours/);
  });

  test('a bad --now or --since: exit 2', () => {
    expect(runCli(['scan', '--demo', '--now', 'tomorrow']).status).toBe(2);
    expect(runCli(['scan', '--demo', '--since', 'lately']).status).toBe(2);
  });

  test('an unknown option or command: exit 2', () => {
    expect(runCli(['scan', '--bogus']).status).toBe(2);
    expect(runCli(['bogus']).status).toBe(2);
    expect(runCli(['lint', '--bogus']).status).toBe(2);
  });

  test('an unknown format: exit 2', () => {
    const r = runCli(['scan', '--demo', '--format', 'xml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/stylish/);
  });

  test('no source and no accounts: exit 2 with a hint', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-'));
    const r = runCli(['scan'], { cwd: dir, env: { HOME: dir, XDG_CONFIG_HOME: dir } });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--demo/);
  });

  test('without "me" configured: a notice on stderr that suggests the most frequent sender', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-'));
    const r = runCli(['scan', join(ROOT, 'fixtures', 'demo', 'Maildir'), '--format', 'json'], { cwd: dir, env: { HOME: dir, XDG_CONFIG_HOME: dir } });
    expect(r.stderr).toMatch(/No "me" addresses configured.*joan@prinsweb\.example/);
    expect(JSON.parse(r.stdout).stats.outgoing).toBe(0);
  });

  test('--help teaches, in both languages', () => {
    const en = runCli(['scan', '--help']);
    expect(en.status).toBe(0);
    expect(en.stdout).toMatch(/--since/);
    expect(runCli(['--help', '--lang', 'nl']).stdout).toMatch(/Voorbeelden/);
  });
});
