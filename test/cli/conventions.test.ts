/**
 * The option set users bring from ESLint and Vale (issue 12), run through the CLI: -o/--output-file, --rule,
 * --print-config and the config cascade, `scan -`, --quiet as "errors only", --color / TERM=dumb, report --max-warnings.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../src/meta.js';
import { wantColor } from '../../src/cli/terminal.js';
import { runCli } from '../helpers/cli.js';

const DEMO = join(ROOT, 'fixtures', 'demo');
const NOW = (JSON.parse(readFileSync(join(DEMO, 'clock.json'), 'utf8')) as { now: string }).now;
const tmp = mkdtempSync(join(tmpdir(), 'rc-conv-'));
const json = (args: string[], opts = {}) => JSON.parse(runCli(args, opts).stdout) as { findings: Array<{ ruleId: string; severity: string }>; stats: { messages: number } };

describe('-o, --output-file', () => {
  test.each([
    [['scan', '--demo']],
    [['report', '--demo', '--period', 'last-week']],
    [['lint', join(ROOT, 'fixtures', 'lint', 'draft-thunderbird-en.eml')]],
  ])('%j writes to the file exactly what it prints, with the same exit code', (args) => {
    const file = join(tmp, `out-${args[0]}.txt`);
    const printed = runCli(args);
    const written = runCli([...args, '-o', file]);
    expect(written.stdout).toBe('');
    expect(written.status).toBe(printed.status);
    expect(readFileSync(file, 'utf8')).toBe(printed.stdout);
  });

  test('a file that cannot be written is named, exit 2', () => {
    const r = runCli(['scan', '--demo', '--output-file', join(tmp, 'no', 'such', 'dir', 'x.txt')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--output-file');
    expect(r.stderr).toContain('ENOENT');
  });

  test('report keeps --out as an alias', () => {
    const a = join(tmp, 'a.md');
    runCli(['report', '--demo', '--period', 'last-week', '-f', 'markdown', '--out', a]);
    expect(readFileSync(a, 'utf8')).toMatch(/^#/);
  });
});

describe('--rule', () => {
  test('turns a rule off or changes its options for one run', () => {
    const base = json(['scan', '--demo', '-f', 'json']);
    expect(base.findings.some((f) => f.ruleId === 'slow-reply')).toBe(true);
    const off = json(['scan', '--demo', '-f', 'json', '--rule', 'slow-reply: off']);
    expect(off.findings.some((f) => f.ruleId === 'slow-reply')).toBe(false);
    const lenient = json(['scan', '--demo', '-f', 'json', '--rule', 'slow-reply: ["warn", {"maxBusinessHours": 100}]']);
    expect(lenient.findings.some((f) => f.ruleId === 'slow-reply')).toBe(false);
    const strict = json(['scan', '--demo', '-f', 'json', '--rule', 'slow-reply: error']);
    expect(strict.findings.filter((f) => f.ruleId === 'slow-reply').every((f) => f.severity === 'error')).toBe(true);
  });

  test('mistakes are blamed on --rule, exit 2, in both languages', () => {
    const unknown = runCli(['scan', '--demo', '--rule', 'slow-replyy: off']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/rules\.slow-replyy.*\(--rule\)/);
    const option = runCli(['scan', '--demo', '--rule', 'slow-reply: ["warn", {"maxHours": 4}]', '--lang', 'nl']);
    expect(option.stderr).toMatch(/Onbekende optie "rules\.slow-reply\.maxHours" \(--rule\)/);
    const shape = runCli(['lint', '-', '--rule', 'jargon'], { input: 'Hoi\n' });
    expect(shape.status).toBe(2);
    expect(shape.stderr).toContain("write it as 'rule-id: off'");
  });
});

describe('--print-config and the cascade', () => {
  const home = join(tmp, 'xdg');
  mkdirSync(join(home, 'replycheck'), { recursive: true });
  writeFileSync(join(home, 'replycheck', 'config.json'), JSON.stringify({ me: ['joan@prinsweb.example'], rules: { jargon: 'off' } }));
  const project = join(tmp, 'project');
  mkdirSync(project, { recursive: true });
  writeFileSync(join(project, '.replycheckrc.json'), JSON.stringify({ internalDomains: ['prinsweb.example'], rules: { 'slow-reply': 'error' } }));

  test('the user-wide file and the project file merge: me from one, rules from both; the files are listed', () => {
    const r = runCli(['scan', '--print-config'], { cwd: project, env: { XDG_CONFIG_HOME: home } });
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { files: string[]; config: { me: string[]; internalDomains: string[]; rules: Record<string, unknown> } };
    expect(out.files).toEqual([join(home, 'replycheck', 'config.json'), join(project, '.replycheckrc.json')]);
    expect(out.config.me).toEqual(['joan@prinsweb.example']);
    expect(out.config.internalDomains).toEqual(['prinsweb.example']);
    expect(out.config.rules.jargon).toBe('off');
    expect(out.config.rules['slow-reply']).toBe('error');
  });

  test('-c FILE is that file alone; --rule shows on top', () => {
    const r = runCli(['lint', '--print-config', '-c', join(project, '.replycheckrc.json'), '--rule', 'jargon: warn'], { cwd: tmp, env: { XDG_CONFIG_HOME: home } });
    const out = JSON.parse(r.stdout) as { files: string[]; config: { me: string[]; rules: Record<string, unknown> } };
    expect(out.files).toEqual([join(project, '.replycheckrc.json')]);
    expect(out.config.me).toEqual([]);
    expect(out.config.rules.jargon).toBe('warn');
  });
});

test('scan - reads an mbox from stdin and finds what the same file gives', () => {
  const mbox = join(tmp, 'demo.mbox');
  const r0 = runCli(['scan', '--demo', '-f', 'json']);
  expect(r0.status).toBe(1);
  // the demo as one mbox file
  let text = '';
  for (const sub of ['cur', 'new'])
    for (const f of readdirSync(join(DEMO, 'Maildir', sub)).sort())
      text += `From demo@localhost Mon Nov  9 10:00:00 2026\n${readFileSync(join(DEMO, 'Maildir', sub, f), 'latin1').replace(/\r\n/g, '\n').replace(/^(>*From )/gm, '>$1')}\n`;
  writeFileSync(mbox, text, 'latin1');
  const cfg = join(DEMO, 'replycheck.config.json');
  const fromFile = json(['scan', mbox, '-c', cfg, '--now', NOW, '-f', 'json']);
  const fromStdin = json(['scan', '-', '-c', cfg, '--now', NOW, '-f', 'json'], { input: text });
  expect(fromStdin.stats).toEqual(fromFile.stats);
  expect(fromStdin.findings.map((f) => f.ruleId)).toEqual(fromFile.findings.map((f) => f.ruleId));
  expect(fromFile.stats.messages).toBeGreaterThan(70);
});

test('--quiet shows errors only, as in ESLint', () => {
  const all = json(['scan', '--demo', '-f', 'json']);
  const quiet = json(['scan', '--demo', '-f', 'json', '--quiet']);
  expect(quiet.findings.length).toBe(all.findings.filter((f) => f.severity === 'error').length);
  expect(quiet.findings.every((f) => f.severity === 'error')).toBe(true);
});

test('--color forces colour into a pipe; TERM=dumb turns it off; --no-color wins', () => {
  expect(runCli(['scan', '--demo', '--color']).stdout).toContain('\u001b[');
  expect(runCli(['scan', '--demo']).stdout).not.toContain('\u001b[');
  expect(wantColor(undefined, { isTTY: true }, { TERM: 'dumb' })).toBe(false);
  expect(wantColor(undefined, { isTTY: true }, { TERM: 'xterm-256color' })).toBe(true);
  expect(wantColor(false, { isTTY: true }, { FORCE_COLOR: '1' })).toBe(false);
});

test('report --max-warnings: more warnings than allowed fails the run, and says so', () => {
  const warnOnly = ['--rule', 'awaiting-reply: warn', '--rule', 'unanswered-question: warn', '--rule', 'broken-promise: warn'];
  expect(runCli(['report', '--demo', '--period', 'last-week', ...warnOnly]).status).toBe(0);
  const r = runCli(['report', '--demo', '--period', 'last-week', ...warnOnly, '--max-warnings', '3']);
  expect(r.status).toBe(1);
});
