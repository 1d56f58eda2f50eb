/**
 * The import rules (.dependency-cruiser.cjs: no cycles, a rule file imports only the rule API src/rule.ts and
 * other files in rules/, nothing imports the CLI back, only src/cache opens the SQLite cache, formatters only render) and dead-code hygiene (knip.jsonc:
 * unused files, exports and dependencies) hold for the whole repository. Each check is also run on a small broken project, to show it bites.
 */
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from '../src/meta.js';

const DEPCRUISE = join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
const KNIP = join(ROOT, 'node_modules', 'knip', 'bin', 'knip.js');

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

function depcruise(cwd: string, paths: string[]): Violation[] {
  const r = spawnSync(process.execPath, [DEPCRUISE, '--config', join(ROOT, '.dependency-cruiser.cjs'), '--output-type', 'json', ...paths], { cwd, encoding: 'utf8', timeout: 60_000 });
  if (!r.stdout) throw new Error(`dependency-cruiser failed: ${r.stderr}`);
  return (JSON.parse(r.stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

const shown = (vs: Violation[]) => vs.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'replycheck-deps-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const TSCONFIG = JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', strict: true } });

describe('dependency rules', () => {
  test('the repository: no import cycles, no rule or stage importing what it may not', () => {
    expect(shown(depcruise(ROOT, ['src', 'rules', 'scripts', 'test']))).toEqual([]);
  });

  test('a cycle, a rule reaching past the rule API (IMAP, fs, even a module the API re-exports), a formatter reading the cache, lint opening the SQLite file, a stage importing the CLI all fail', () => {
    const dir = project({
      'tsconfig.json': TSCONFIG,
      'src/a.ts': "import { b } from './b.js';\nexport const a = () => b;\n",
      'src/b.ts': "import type { a } from './a.js';\nexport const b = 1 as unknown as typeof a;\n",
      'src/source/imap.ts': 'export const read = 1;\n',
      'src/cache/imap-cache.ts': 'export const open = 1;\n',
      'src/cli/terminal.ts': 'export const wantColor = () => true;\n',
      'src/text/ok.ts': 'export const words = 1;\n',
      'src/analyze/define-rule.ts': 'export const defineRule = <T>(r: T) => r;\n',
      'src/rule.ts': "export { defineRule } from './analyze/define-rule.js';\nexport { words } from './text/ok.js';\n",
      // through the rule API and a shared helper in rules/: allowed
      'rules/helper.ts': "import { words } from '../src/rule.js';\nexport const twice = () => [words, words];\n",
      'rules/good.ts': "import { defineRule } from '../src/rule.js';\nimport { twice } from './helper.js';\nexport default defineRule({ id: 'good', twice });\n",
      // behind the rule API's back: the very modules src/rule.ts re-exports, IMAP, a Node built-in
      'rules/bad.ts': "import { read } from '../src/source/imap.js';\nimport { readFileSync } from 'node:fs';\nimport { words } from '../src/text/ok.js';\nimport { defineRule } from '../src/analyze/define-rule.js';\nexport default defineRule([read, readFileSync, words]);\n",
      'src/format/scan/x.ts': "import { open } from '../../cache/imap-cache.js';\nexport default open;\n",
      'src/parse/y.ts': "import { wantColor } from '../cli/terminal.js';\nexport default wantColor;\n",
      'src/lint/original.ts': "export const peek = () => import('better-sqlite3');\n",
    });
    try {
      expect(shown(depcruise(dir, ['src', 'rules']))).toEqual([
        'formatters-only-render: src/format/scan/x.ts → src/cache/imap-cache.ts',
        'no-circular: src/a.ts → src/b.ts',
        'only-the-cache-opens-the-cache: src/lint/original.ts → better-sqlite3',
        'only-the-cli-imports-the-cli: src/parse/y.ts → src/cli/terminal.ts',
        'rules-use-the-rule-api: rules/bad.ts → fs',
        'rules-use-the-rule-api: rules/bad.ts → src/analyze/define-rule.ts',
        'rules-use-the-rule-api: rules/bad.ts → src/source/imap.ts',
        'rules-use-the-rule-api: rules/bad.ts → src/text/ok.ts',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

function knip(cwd: string, config?: string): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, [KNIP, '--no-progress', ...(config ? ['--config', config] : [])], { cwd, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, out: (r.stdout + r.stderr).trim() };
}

describe('dead code (knip)', () => {
  test('the repository: no unused file, export or dependency', () => {
    expect(knip(ROOT)).toEqual({ status: 0, out: '' });
  });

  test('an unused file, export and dependency fail', () => {
    const dir = project({
      'package.json': JSON.stringify({ name: 'x', version: '1.0.0', type: 'module', dependencies: { luxon: '^3.0.0' } }),
      'tsconfig.json': TSCONFIG,
      'knip.json': JSON.stringify({ entry: ['src/main.ts'], project: ['src/**/*.ts'] }),
      'src/main.ts': "import { used } from './lib.js';\nconsole.log(used);\n",
      'src/lib.ts': 'export const used = 1;\nexport const forgotten = 2;\n',
      'src/orphan.ts': 'export const nobody = 3;\n',
    });
    try {
      const r = knip(dir);
      expect(r.status).not.toBe(0);
      expect(r.out).toMatch(/Unused files[\s\S]*src\/orphan\.ts/);
      expect(r.out).toMatch(/Unused dependencies[\s\S]*luxon/);
      expect(r.out).toMatch(/Unused exports[\s\S]*forgotten/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
