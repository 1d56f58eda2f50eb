/**
 * The help and commander's own messages speak the user's language, every command's help shows the global options,
 * and counts are pluralised (issue 12). Runs the CLI as a user does.
 */
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../src/meta.js';
import { fromEnv } from '../../src/i18n.js';
import { runCli } from '../helpers/cli.js';

describe('help', () => {
  test('Dutch help has no English scaffolding', () => {
    for (const cmd of [[], ['scan'], ['report'], ['lint'], ['rules'], ['init'], ['explain']]) {
      const out = runCli([...cmd, '--help', '--lang', 'nl']).stdout;
      expect(out).toMatch(/^Gebruik: replycheck/);
      expect(out).not.toMatch(/^(Usage|Options|Arguments|Commands|Global Options):/m);
      expect(out).not.toContain('(default:');
      expect(out).not.toContain('display help');
    }
    expect(runCli(['scan', '--help', '--lang', 'nl']).stdout).toMatch(/\(standaard:\s+"stylish"\)/);
  });

  test('English help stays English', () => {
    const out = runCli(['scan', '--help', '--lang', 'en']).stdout;
    expect(out).toMatch(/^Usage: replycheck scan/);
    expect(out).toMatch(/\(default:\s+"stylish"\)/);
  });

  test("each command's help lists the global options too", () => {
    const out = runCli(['lint', '--help']).stdout;
    expect(out).toMatch(/Global Options:[\s\S]*-c, --config <file>[\s\S]*--lang <lang>[\s\S]*--no-color/);
    expect(runCli(['report', '--help', '--lang', 'nl']).stdout).toMatch(/Algemene opties:[\s\S]*--config/);
  });

  test("commander's usage errors in Dutch", () => {
    const r = runCli(['scan', '--bogus', '--lang', 'nl']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("fout: onbekende optie '--bogus'");
    const en = runCli(['scan', '--bogus']);
    expect(en.stderr).toContain("error: unknown option '--bogus'");
  });
});

describe('the language from the environment', () => {
  test('LANGUAGE is read as gettext reads it: first, unless the locale is C', () => {
    expect(fromEnv({ LANGUAGE: 'nl:en', LANG: 'en_US.UTF-8' })).toBe('nl');
    expect(fromEnv({ LANGUAGE: 'en', LANG: 'nl_NL.UTF-8' })).toBe('en');
    expect(fromEnv({ LANGUAGE: 'nl', LANG: 'C' })).toBe('en');
    expect(fromEnv({ LANG: 'nl_BE.UTF-8' })).toBe('nl');
    expect(fromEnv({ REPLYCHECK_LANG: 'en', LANGUAGE: 'nl', LANG: 'nl_NL.UTF-8' })).toBe('en');
    expect(runCli(['--help'], { env: { LANGUAGE: 'nl', LANG: 'en_US.UTF-8' } }).stdout).toMatch(/^Gebruik:/);
  });
});

describe('counts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rc-count-'));
  const cur = join(ROOT, 'fixtures', 'demo', 'Maildir', 'cur');
  const one = join(dir, 'one.eml');
  copyFileSync(join(cur, readdirSync(cur).sort()[0]!), one);

  test('one message in one thread is singular, in both languages', () => {
    expect(runCli(['scan', one, '--now', '2026-11-16T08:30:00+01:00']).stdout).toMatch(/\b1 message in 1 thread read\b/);
    expect(runCli(['scan', one, '--now', '2026-11-16T08:30:00+01:00', '--lang', 'nl']).stdout).toMatch(/\b1 bericht in 1 thread gelezen\b/);
  });

  test('lint words its counts as scan does', () => {
    const draft = join(dir, 'draft.txt');
    writeFileSync(draft, 'Hoi,\n\nIk kom erop terug.\n\nGroet,\nJoan\n');
    const out = runCli(['lint', draft]).stdout;
    expect(out).toMatch(/\d+ problems? \(\d+ errors?, \d+ warnings?, \d+ info\)/);
  });
});
