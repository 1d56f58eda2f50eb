/**
 * Wrong input never looks like success (issue 12): each case runs the CLI as a user would and checks that the run
 * says what is wrong and does not exit 0 under a clean result.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../src/meta.js';
import { validateConfig } from '../../src/config/validate.js';
import { runCli } from '../helpers/cli.js';

const DEMO = join(ROOT, 'fixtures', 'demo');
const NOW = (JSON.parse(readFileSync(join(DEMO, 'clock.json'), 'utf8')) as { now: string }).now;
const tmp = mkdtempSync(join(tmpdir(), 'rc-wrong-'));

describe('dates that do not exist', () => {
  test.each([['2026-02-30T10:00'], ['2026-13-01'], ['2026-04-31'], ['2026-02-28T24:30']])('--now %s is refused (exit 2), in both languages', (v) => {
    const en = runCli(['scan', '--demo', '--now', v]);
    expect(en.status).toBe(2);
    expect(en.stderr).toContain('is not on the calendar');
    const nl = runCli(['scan', '--demo', '--now', v, '--lang', 'nl']);
    expect(nl.stderr).toContain('bestaat niet');
  });

  test('a real leap day is accepted', () => {
    expect(runCli(['scan', fixtureEml(), '--now', '2028-02-29T12:00']).status).not.toBe(2);
  });

  test('--since after --now is refused before anything is read', () => {
    const r = runCli(['scan', '--demo', '--since', '2027-01-01']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('lies after --now');
  });

  test('when every message is dated after --now, the run says so and does not look clean (exit 3)', () => {
    const r = runCli(['scan', '--demo', '--now', '2026-03-02T10:00']);
    expect(r.status).toBe(3);
    expect(r.stdout).not.toContain('✔');
    expect(r.stderr).toMatch(/All \d+ messages are dated after --now/);
    expect(runCli(['scan', '--demo', '--now', '2026-03-02T10:00', '--lang', 'nl']).stderr).toMatch(/Alle \d+ berichten zijn van na --now/);
  });

  test('when only some are, they are counted on stderr and the rest is judged', () => {
    const r = runCli(['scan', '--demo', '--now', '2026-11-11T10:00']);
    expect(r.stderr).toMatch(/\d+ of \d+ messages are dated after --now/);
    expect(r.stdout).toContain('findings');
  });
});

describe('sources that hold no mail', () => {
  test.each([
    ['an empty folder', () => mkdir('empty')],
    ['an empty mbox', () => file('empty.mbox', '')],
    ['a file that is not mail', () => file('notes.txt', 'shopping list\nmilk\n')],
  ])('%s: named, no clean check, exit 3', (_what, make) => {
    const r = runCli(['scan', make(), '--now', NOW]);
    expect(r.status).toBe(3);
    expect(r.stdout).not.toContain('✔');
    expect(r.stdout).toContain('Nothing was judged');
    expect(r.stderr).toContain('No mail could be read from');
    expect(runCli(['scan', make(), '--now', NOW, '--lang', 'nl']).stderr).toContain('kon geen mail gelezen worden');
  });

  test('an mbsync layout (~/Mail/<account>/<folder>/{cur,new}) is found below the folder, spam and trash left out', () => {
    const root = mkdir('Mail');
    const inbox = join(root, 'work', 'INBOX');
    for (const sub of ['cur', 'new']) {
      mkdirSync(join(inbox, sub), { recursive: true });
      for (const f of readdirSync(join(DEMO, 'Maildir', sub))) copyFileSync(join(DEMO, 'Maildir', sub, f), join(inbox, sub, f));
    }
    // the same demo mail in Trash must not be read twice: the counts stay those of the demo
    mkdirSync(join(root, 'work', 'Trash', 'cur'), { recursive: true });
    const one = readdirSync(join(DEMO, 'Maildir', 'cur'))[0]!;
    copyFileSync(join(DEMO, 'Maildir', 'cur', one), join(root, 'work', 'Trash', 'cur', one));
    const demo = JSON.parse(runCli(['scan', '--demo', '-f', 'json']).stdout);
    const cfg = join(DEMO, 'replycheck.config.json');
    const r = runCli(['scan', root, '-c', cfg, '--now', NOW, '-f', 'json']);
    expect(r.status).toBe(1);
    const got = JSON.parse(r.stdout);
    expect(got.stats).toEqual(demo.stats);
    expect(got.findings.length).toBe(demo.findings.length);
  });

  test('Maildir/cur named on its own reads the messages in it', () => {
    const r = runCli(['scan', join(DEMO, 'Maildir', 'cur'), '-c', join(DEMO, 'replycheck.config.json'), '--now', NOW, '-f', 'json']);
    const got = JSON.parse(r.stdout);
    const files = readdirSync(join(DEMO, 'Maildir', 'cur')).length;
    expect(got.stats.messages).toBeGreaterThan(files - 3);
    expect(got.stats.messages).toBeLessThanOrEqual(files);
  });
});

describe('config files', () => {
  test('a JSON config with a trailing comma: the parser reason with line and column, exit 2', () => {
    const cfg = file('trailing.json', '{\n  "me": ["a@b.nl"],\n  "checkInternal": false,\n}\n');
    const r = runCli(['scan', fixtureEml(), '-c', cfg]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${cfg}:4:1`);
    expect(r.stderr).toMatch(/property name|JSON/);
    expect(r.stderr).toContain('> 4 |');
  });

  test('broken YAML: line and column', () => {
    const cfg = file('broken.yaml', 'me: [a@b.nl\nrules:\n  x: 1\n');
    const r = runCli(['scan', fixtureEml(), '-c', cfg, '--lang', 'nl']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`Kan config ${cfg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+ niet lezen`));
  });

  test('--demo with -c is refused instead of silently ignoring the file', () => {
    const r = runCli(['scan', '--demo', '-c', join(tmp, 'nonexist.json')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--demo brings its own config');
  });

  test("the shipped demo config passes the tool's own validator", () => {
    const file = join(DEMO, 'replycheck.config.json');
    expect(() => validateConfig(JSON.parse(readFileSync(file, 'utf8')), file)).not.toThrow();
  });
});

test('`replycheck --help | head -1`: no EPIPE stack trace, exit 0', () => {
  const r = spawnSync('sh', ['-c', `"${process.execPath}" "${join(ROOT, 'bin', 'replycheck')}" --help | head -1; echo "rc=$?"`], { encoding: 'utf8' });
  expect(r.stdout).toMatch(/^Usage: replycheck/);
  expect(r.stderr).not.toContain('EPIPE');
  const long = spawnSync('sh', ['-c', `"${process.execPath}" "${join(ROOT, 'bin', 'replycheck')}" scan --demo -f json | head -c 5 >/dev/null; echo "\${PIPESTATUS:-}"`], { encoding: 'utf8' });
  expect(long.stderr).not.toContain('EPIPE');
});

function mkdir(name: string): string {
  const p = join(mkdtempSync(join(tmp, 'd-')), name);
  mkdirSync(p, { recursive: true });
  return p;
}

function file(name: string, text: string): string {
  const p = join(mkdtempSync(join(tmp, 'f-')), name);
  writeFileSync(p, text);
  return p;
}

function fixtureEml(): string {
  const dir = join(DEMO, 'Maildir', 'cur');
  const p = join(mkdtempSync(join(tmp, 'e-')), 'one.eml');
  copyFileSync(join(dir, readdirSync(dir)[0]!), p);
  return p;
}
