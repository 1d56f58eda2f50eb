/**
 * Problems are data: a source that cannot be read is reported in the reader's language on stderr and in stylish
 * output, while the problems in the JSON (scan and report: `sources`, `errors`) are the same whatever the language,
 * their message in English. (A finding's `message` follows the language by contract, beside its `texts`.)
 */
import { describe, expect, test } from '@jest/globals';
import { runCli } from '../helpers/cli.js';

const NOW = '2026-11-16T08:00:00+01:00';
const MAILBOX = 'fixtures/report/mailbox';
const CONFIG = 'fixtures/report/replycheck.config.json';
const problems = (json: string) => {
  const d = JSON.parse(json) as { sources: unknown; errors: unknown };
  return { sources: d.sources, errors: d.errors };
};

describe('an unreadable source', () => {
  test('scan JSON: the same problems in English and Dutch, with the English message', () => {
    const run = (lang: string) => runCli(['--lang', lang, 'scan', '/nonexistent/inbox.mbox', MAILBOX, '-c', CONFIG, '--now', NOW, '-f', 'json']);
    const en = run('en');
    const nl = run('nl');
    expect([en.status, nl.status]).toEqual([3, 3]);
    expect(problems(nl.stdout)).toEqual(problems(en.stdout));
    const json = JSON.parse(en.stdout);
    expect(json.sources[0]).toMatchObject({ source: '/nonexistent/inbox.mbox', failed: 'No such file or directory: /nonexistent/inbox.mbox' });
    expect(json.sources[0]).not.toHaveProperty('failedTexts');
    expect(json.errors).toEqual([{ source: '/nonexistent/inbox.mbox', code: 'ENOENT', message: 'No such file or directory: /nonexistent/inbox.mbox' }]);
    // a person still reads it in their language
    expect(en.stderr).toContain('replycheck: No such file or directory: /nonexistent/inbox.mbox');
    expect(nl.stderr).toContain('replycheck: Bestand of map bestaat niet: /nonexistent/inbox.mbox');
  });

  test.each([
    ['en', 'Could not read:', 'No such file or directory: /nonexistent/inbox.mbox'],
    ['nl', 'Kon niet lezen:', 'Bestand of map bestaat niet: /nonexistent/inbox.mbox'],
  ])('stylish lists it in the reader\'s language (%s)', (lang, heading, text) => {
    const r = runCli(['--lang', lang, 'scan', '/nonexistent/inbox.mbox', MAILBOX, '-c', CONFIG, '--now', NOW]);
    expect(r.stdout).toContain(heading);
    expect(r.stdout).toContain(text);
  });

  test('report JSON: the same problems in English and Dutch', () => {
    const run = (lang: string) => runCli(['--lang', lang, 'report', '/nonexistent/inbox.mbox', MAILBOX, '-c', CONFIG, '--now', NOW, '--period', 'last-week', '-f', 'json']);
    const en = run('en');
    const nl = run('nl');
    expect([en.status, nl.status]).toEqual([3, 3]);
    expect(problems(nl.stdout)).toEqual(problems(en.stdout));
    expect(JSON.parse(en.stdout).errors[0].message).toBe('No such file or directory: /nonexistent/inbox.mbox');
    expect(nl.stderr).toContain('Bestand of map bestaat niet: /nonexistent/inbox.mbox');
  });
});
