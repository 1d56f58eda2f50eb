/**
 * "Adding a rule is one rule file + its fixture folder + the written half of its docs page" (issue 8), shown on a
 * copy of the project. The example rule of docs/custom-rules.md goes in as a built-in, the way that page says:
 * rules/long-thread.ts (the same code, importing the rule API by path), its line in rules/index.ts, a fixture folder
 * fixtures/rules/long-thread/, and docs/rules/long-thread.md, whose facts block `build:docs` writes and whose sections
 * a person writes. Then, in the copy: tsc builds it; the generators add exactly the README row, the page and the
 * JSON Schema entry and nothing else; the project's own per-rule tests (rules-meta, the fixture runner, README,
 * schema) run on it and pass; `replycheck rules` lists it and `scan` reports it in every format and both languages.
 * No other file of the project is touched.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { ROOT } from '../src/meta.js';
import { examples, NAMES, THREAD } from './helpers/example-rule.js';

const SLOW = 300_000;
const COPIED = ['src', 'rules', 'scripts', 'test', 'docs', 'bin', 'fixtures/rules', 'README.md', 'package.json', 'tsconfig.json', 'jest.config.js', 'babel.config.cjs'];
const NOW = '2026-11-12T12:00:00+01:00';

let copy: string;
const at = (path: string) => join(copy, path);
const write = (path: string, text: string) => {
  mkdirSync(dirname(at(path)), { recursive: true });
  writeFileSync(at(path), text);
};
const run = (args: string[], opts: { lang?: string } = {}) => {
  const r = spawnSync(process.execPath, args, {
    cwd: copy, encoding: 'utf8', timeout: SLOW, env: { ...process.env, LANG: opts.lang ?? 'C', NO_COLOR: '1', FORCE_COLOR: undefined },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

function files(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, base) : [relative(base, path)];
  });
}

/** The files of the copy (outside dist/) that are new or differ from the project's. */
function changed(): string[] {
  return COPIED.flatMap((p) => (statSync(at(p)).isDirectory() ? files(at(p)).map((f) => join(p, f)) : [p]))
    .filter((f) => {
      try {
        return !readFileSync(join(ROOT, f)).equals(readFileSync(at(f)));
      } catch {
        return true; // not in the project: new
      }
    })
    .sort();
}

// The rule file: the page's example, importing the rule API the way every file in rules/ does.
const source = examples.get('rules/long-thread.js')!.replace("from 'replycheck/rule'", "from '../src/rule.js'");

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'replycheck-add-rule-'));
  for (const p of COPIED) cpSync(join(ROOT, p), at(p), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), at('node_modules'));
  // 1. The rule file, and its line in the registry.
  write('rules/long-thread.ts', source);
  const index = readFileSync(at('rules/index.ts'), 'utf8');
  write('rules/index.ts', index.replace(/^(import mixedFormality .*\n)/m, "$1import longThread from './long-thread.js';\n").replace('  mixedFormality,\n', '  mixedFormality,\n  longThread,\n'));
  // 2. Its fixture folder: the page's finds- case, and an ok- case.
  const dir = 'fixtures/rules/long-thread';
  write(`${dir}/finds-four-messages/expect.json`, examples.get('fixtures/long-thread/finds-four-messages/expect.json')!);
  THREAD.forEach((m, i) => write(`${dir}/finds-four-messages/${NAMES[i]}`, m));
  write(`${dir}/ok-two-messages/expect.json`, JSON.stringify({ about: 'Two messages: a question and its answer, nothing long about it.', now: NOW, options: { maxMessages: 3 }, findings: [] }));
  THREAD.slice(0, 2).forEach((m, i) => write(`${dir}/ok-two-messages/${NAMES[i]}`, m));
  // A mailbox and a config to scan it with.
  THREAD.forEach((m, i) => write(`mail/${NAMES[i]}`, m));
  write('scan.json', JSON.stringify({ me: ['*@prinsweb.example'], rules: { 'long-thread': ['warn', { maxMessages: 3 }] } }));
}, SLOW);

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('a new built-in rule: one rule file + its fixture folder + the written half of its docs page', () => {
  test('the rule file is the example of docs/custom-rules.md, importing the rule API', () => {
    expect(source).toContain("import { defineRule } from '../src/rule.js';");
    expect(source).toContain("id: 'long-thread'");
  });

  test('it builds: tsc type-checks it as a built-in rule', () => {
    const r = run([join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json']);
    expect({ status: r.status, out: r.stdout + r.stderr }).toEqual({ status: 0, out: '' });
  }, SLOW);

  test('before build:docs, exactly its page, the README table and the JSON Schema are out of date', () => {
    const docs = run(['dist/scripts/build-rule-docs.js', '--check']);
    expect(docs.status).toBe(1);
    expect(docs.stderr.split('\n').filter((l) => /^(missing|stale):/.test(l))).toEqual(['missing: docs/rules/long-thread.md', 'stale: the rules table of README.md']);
    const config = run(['dist/scripts/build-config-docs.js', '--check']);
    expect(config.status).toBe(1);
    expect(config.stderr.trim().split('\n')).toEqual([`stale: ${at('docs/replycheck.schema.json')}`]);
  }, SLOW);

  test('build:docs writes them: the page with its facts block and empty sections, the README row, its setting in the schema', () => {
    expect(run(['dist/scripts/build-rule-docs.js', '--create']).stdout.trim().split('\n')).toEqual(['created docs/rules/long-thread.md', 'updated the rules table of README.md']);
    expect(run(['dist/scripts/build-config-docs.js']).stdout.trim()).toBe(`wrote ${at('docs/replycheck.schema.json')}`);
    const readme = readFileSync(at('README.md'), 'utf8');
    expect(readme).toContain('| [`long-thread`](docs/rules/long-thread.md) | info | A conversation that takes many messages: a call may settle it sooner | scan, report |');
    const page = readFileSync(at('docs/rules/long-thread.md'), 'utf8');
    expect(page).toContain('| `maxMessages` | whole number ≥ 2 | `6` | Messages a thread may have before it is reported. |');
    expect(page).toContain('## Why\n\n## Finds');
    const schema = JSON.parse(readFileSync(at('docs/replycheck.schema.json'), 'utf8'));
    const withOptions = schema.properties.rules.properties['long-thread'].anyOf.find((s: { prefixItems?: unknown[] }) => s.prefixItems?.length === 2);
    expect(withOptions.prefixItems[1].properties.maxMessages).toMatchObject({ type: 'integer', minimum: 2, default: 6 });
  }, SLOW);

  test('the written half of the page: its sections, by hand', () => {
    const page = readFileSync(at('docs/rules/long-thread.md'), 'utf8');
    const sections: Record<string, string> = {
      Why: 'A thread that takes many messages is often settled quicker by phone.',
      Finds: 'A thread with more messages than `maxMessages`.',
      "Doesn't find": 'A short exchange.',
      Options: '`maxMessages`: see the table above.',
      'When to turn it off': 'When you prefer writing to calling.',
      'Related rules': '[slow-reply](slow-reply.md).',
    };
    write('docs/rules/long-thread.md', Object.entries(sections).reduce((p, [h, text]) => p.replace(`## ${h}\n`, `## ${h}\n\n${text}\n`), page));
    expect(run(['dist/scripts/build-rule-docs.js', '--check']).status).toBe(0);
    expect(run(['dist/scripts/build-config-docs.js', '--check']).status).toBe(0);
  }, SLOW);

  test('nothing else in the project changed', () => {
    expect(changed()).toEqual([
      'README.md',
      'docs/replycheck.schema.json',
      'docs/rules/long-thread.md',
      'fixtures/rules/long-thread/finds-four-messages/01-in-erik.eml',
      'fixtures/rules/long-thread/finds-four-messages/02-out-joan.eml',
      'fixtures/rules/long-thread/finds-four-messages/03-in-erik.eml',
      'fixtures/rules/long-thread/finds-four-messages/04-out-joan.eml',
      'fixtures/rules/long-thread/finds-four-messages/expect.json',
      'fixtures/rules/long-thread/ok-two-messages/01-in-erik.eml',
      'fixtures/rules/long-thread/ok-two-messages/02-out-joan.eml',
      'fixtures/rules/long-thread/ok-two-messages/expect.json',
      'rules/index.ts',
      'rules/long-thread.ts',
    ]);
  });

  test("the project's per-rule tests take it up from rules/index.ts and pass: rules-meta, the fixture runner, README, schema", () => {
    const out = join(copy, 'jest.json');
    const r = run([
      '--experimental-vm-modules', join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'), '--ci', '--json', `--outputFile=${out}`,
      '-t', 'long-thread|README|made from the schema', 'test/rules-meta.test.ts', 'test/rules.test.ts', 'test/readme.test.ts', 'test/config/schema.test.ts',
    ]);
    const report = JSON.parse(readFileSync(out, 'utf8')) as {
      numFailedTests: number;
      testResults: { assertionResults: { fullName: string; status: string }[] }[];
    };
    const passed = report.testResults.flatMap((f) => f.assertionResults).filter((a) => a.status === 'passed').map((a) => a.fullName);
    expect({ status: r.status, failed: report.numFailedTests }).toEqual({ status: 0, failed: 0 });
    expect(passed).toEqual(expect.arrayContaining([
      'long-thread passes the checks a custom rule from plugins must pass',
      'long-thread docs page exists and its facts block is current',
      'long-thread fixture cases are well-formed',
      'long-thread finds-four-messages',
      'long-thread ok-two-messages',
      'README the rules table lists long-thread with its default severity and docs link',
      'README the rules table is made from rules/index.ts (npm run build:docs writes it)',
    ]));
  }, SLOW);

  test('replycheck rules lists it; scan reports it in every format and in both languages', () => {
    const rules = run(['bin/replycheck', 'rules']);
    expect(rules.stdout).toMatch(/long-thread +info +A conversation that takes many messages: a call may settle it sooner {2}\[scan\/report\]/);
    const scan = (extra: string[], lang?: string) => run(['bin/replycheck', 'scan', 'mail', '-c', 'scan.json', '--now', NOW, ...extra], { lang });
    const json = JSON.parse(scan(['--format', 'json']).stdout);
    expect(json.findings.filter((f: { ruleId: string }) => f.ruleId === 'long-thread')).toEqual([
      expect.objectContaining({
        severity: 'warn', textId: 'long', messageId: '<lt-4@prinsweb.example>', docsUrl: expect.stringMatching(/docs\/rules\/long-thread\.md$/),
        texts: { en: '4 messages with Erik Vos so far: would a call settle it?', nl: 'Al 4 berichten met Erik Vos: is bellen sneller?' },
      }),
    ]);
    expect(scan([]).stdout).toContain('4 messages with Erik Vos so far: would a call settle it?  long-thread');
    expect(scan([], 'nl_NL.UTF-8').stdout).toContain('Al 4 berichten met Erik Vos: is bellen sneller?  long-thread');
  }, SLOW);
});
