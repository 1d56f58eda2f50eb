/**
 * Custom rules, as a user has them: the example of docs/custom-rules.md (its files taken from the page itself) is
 * written to a folder outside the repository, with replycheck "installed" in its node_modules, and the real CLI
 * (`bin/replycheck scan … -c`) runs it; the page's RuleTester test runs there with `node --test`. A plugin that cannot
 * load, is incomplete or takes a built-in's id stops the run with exit 2 and a message naming its file.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from '../src/meta.js';
import { runCli } from './helpers/cli.js';
import { examples, NAMES as names, THREAD } from './helpers/example-rule.js';

let home: string;
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(home, path)), { recursive: true });
  writeFileSync(join(home, path), text);
};
const scan = (config: string, extra: string[] = []) => runCli(['scan', join(home, 'mail'), '-c', join(home, config), '--now', '2026-11-12T12:00:00+01:00', ...extra], { cwd: home });

beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), 'replycheck-plugin-'));
  expect(home.startsWith(ROOT)).toBe(false);
  for (const [path, text] of examples) write(path, text);
  write('package.json', JSON.stringify({ type: 'module', private: true }));
  mkdirSync(join(home, 'node_modules'));
  symlinkSync(ROOT, join(home, 'node_modules', 'replycheck')); // as `npm install replycheck` would leave it
  THREAD.forEach((m, i) => write(`mail/${names[i]}`, m));
  THREAD.forEach((m, i) => write(`fixtures/long-thread/finds-four-messages/${names[i]}`, m));
  THREAD.slice(0, 2).forEach((m, i) => write(`fixtures/long-thread/ok-two-messages/${names[i]}`, m));
  write('fixtures/long-thread/ok-two-messages/expect.json', JSON.stringify({ now: '2026-11-12T12:00:00+01:00', options: { maxMessages: 3 }, findings: [] }));
});

describe('the example custom rule of docs/custom-rules.md, from outside the repository', () => {
  test('the page has the rule, the config, a fixture and its test', () => {
    expect([...examples.keys()].sort()).toEqual(['.replycheckrc.json', 'fixtures/long-thread/finds-four-messages/expect.json', 'rules/long-thread.js', 'test/long-thread.test.js']);
  });

  test('scan runs it beside the built-in rules and reports its finding, in English and Dutch', () => {
    const r = scan('.replycheckrc.json', ['--format', 'json']);
    expect(r.stderr).toBe('');
    const found = JSON.parse(r.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === 'long-thread');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: 'warn',
      messageId: '<lt-4@prinsweb.example>',
      texts: { en: '4 messages with Erik Vos so far: would a call settle it?', nl: 'Al 4 berichten met Erik Vos: is bellen sneller?' },
    });
    expect(found[0].docsUrl).toBe(`file://${join(home, 'rules', 'long-thread.js')}`);
    expect(scan('.replycheckrc.json', ['--lang', 'nl']).stdout).toContain('Al 4 berichten met Erik Vos: is bellen sneller?  long-thread');
  });

  test('replycheck rules lists it with its option and its file', () => {
    const r = runCli(['rules', '-c', join(home, '.replycheckrc.json')], { cwd: home });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/long-thread +info +A conversation that takes many messages/);
    expect(r.stdout).toContain('maxMessages = 6  Messages a thread may have before it is reported.');
    expect(r.stdout).toContain(`file://${join(home, 'rules', 'long-thread.js')}`);
  });

  test('its options are checked with its own schema', () => {
    write('typo.json', JSON.stringify({ me: ['*@prinsweb.example'], plugins: ['./rules/long-thread.js'], rules: { 'long-thread': ['warn', { maxMessage: 3 }] } }));
    const typo = scan('typo.json');
    expect(typo.status).toBe(2);
    expect(typo.stderr).toMatch(/rules\.long-thread\.maxMessage".*Did you mean "maxMessages"/);
    write('low.json', JSON.stringify({ me: ['*@prinsweb.example'], plugins: './rules/long-thread.js', rules: { 'long-thread': ['warn', { maxMessages: 1 }] } }));
    expect(scan('low.json').stderr).toMatch(/rules\.long-thread\.maxMessages.*≥ 2/);
  });

  test("the page's RuleTester test passes with node --test, and fails when the expectation is wrong", () => {
    const run = () => spawnSync(process.execPath, ['--test', 'test/long-thread.test.js'], { cwd: home, encoding: 'utf8', timeout: 60_000 });
    const ok = run();
    expect({ status: ok.status, out: ok.stdout.slice(-400) }).toMatchObject({ status: 0 });
    write('fixtures/long-thread/ok-two-messages/expect.json', JSON.stringify({ now: '2026-11-12T12:00:00+01:00', options: { maxMessages: 3 }, findings: [{ ruleId: 'long-thread' }] }));
    const bad = run();
    expect(bad.status).not.toBe(0);
    expect(bad.stdout).toMatch(/1 of 2 case\(s\) failed[\s\S]*ok-two-messages: expected 1 finding\(s\), found 0/);
    write('fixtures/long-thread/ok-two-messages/expect.json', JSON.stringify({ now: '2026-11-12T12:00:00+01:00', options: { maxMessages: 3 }, findings: [] }));
  });
});

describe('a plugin that fails names its file, in both languages', () => {
  const plugin = (name: string, rule: string) => {
    write(`rules/${name}.js`, rule);
    write(`${name}.json`, JSON.stringify({ me: ['*@prinsweb.example'], plugins: [`./rules/${name}.js`] }));
    return scan(`${name}.json`);
  };
  const base = () => examples.get('rules/long-thread.js')!;

  test('a missing file', () => {
    write('missing.json', JSON.stringify({ plugins: ['./rules/nope.js'] }));
    const r = scan('missing.json');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`Cannot load plugin "./rules/nope.js" from ${home}`);
    expect(r.stderr).toContain(`(plugins in ${join(home, 'missing.json')})`);
    expect(scan('missing.json', ['--lang', 'nl']).stderr).toMatch(/Kan plugin "\.\/rules\/nope\.js" niet laden.*bestaat niet/);
  });
  test('a file that throws', () => {
    const r = plugin('throws', 'throw new Error("half written");\n');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Cannot load plugin "\.\/rules\/throws\.js" from .*throws\.js.*it does not load: half written/);
  });
  test('an incomplete rule: Dutch text with other placeholders, an option without a schema', () => {
    const r = plugin('incomplete', base().replace('Al {count} berichten met {who}', 'Al {aantal} berichten met {who}').replace(/ {2}optionSchema: .*\n/, ''));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('incomplete.js');
    expect(r.stderr).toMatch(/text "long" has other \{placeholders\} in en and nl; options need an optionSchema/);
  });
  test("a built-in rule's id", () => {
    const r = plugin('clash', base().replace("id: 'long-thread'", "id: 'slow-reply'"));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/clash\.js.*the rule id "slow-reply" is already taken \(built-in\)/);
  });
  test('not a rule', () => {
    const r = plugin('nothing', 'export default 42;\n');
    expect(r.stderr).toMatch(/nothing\.js.*does not export a rule object/);
  });
});
