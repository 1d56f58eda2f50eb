/**
 * The npm tarball as a user installs it (issue 12): only the runtime (no tests, bench or scripts, no .ts sources
 * except type declarations), a LICENSE, repository links, and a `replycheck` that runs from outside the repo.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../src/meta.js';

const dir = mkdtempSync(join(tmpdir(), 'rc-pack-'));
let files: string[] = [];
let pkgDir = '';

beforeAll(() => {
  const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' });
  expect(pack.status).toBe(0);
  const [info] = JSON.parse(pack.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  files = info!.files.map((f) => f.path);
  expect(spawnSync('tar', ['-xzf', join(dir, info!.filename), '-C', dir]).status).toBe(0);
  // installed in a project, as `npm install replycheck` puts it
  mkdirSync(join(dir, 'proj', 'node_modules'), { recursive: true });
  renameSync(join(dir, 'package'), join(dir, 'proj', 'node_modules', 'replycheck'));
  pkgDir = join(dir, 'proj', 'node_modules', 'replycheck');
  // the dependencies a real install would bring: the repo's own
  symlinkSync(join(ROOT, 'node_modules'), join(pkgDir, 'node_modules'));
}, 120_000);

test('ships the runtime only', () => {
  expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json', 'bin/replycheck', 'dist/src/cli/main.js', 'dist/rules/index.js', 'fixtures/demo/clock.json']));
  expect(files.filter((f) => /(^|\/)(test|scripts)\//.test(f))).toEqual([]);
  expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
});

test('package.json names where the code and the issues live', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { repository?: { url: string }; homepage?: string; bugs?: { url: string }; license: string };
  expect(pkg.repository?.url).toMatch(/^git\+https:\/\//);
  expect(pkg.homepage).toBeTruthy();
  expect(pkg.bugs?.url).toBeTruthy();
  expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toContain('MIT License');
});

test('the unpacked package runs the demo scan from outside the repo', () => {
  const r = spawnSync(process.execPath, [join(pkgDir, 'bin', 'replycheck'), 'scan', '--demo'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LANG: 'C' } });
  expect(r.stderr).toBe('');
  expect(r.stdout).toMatch(/\d+ findings \(\d+ errors/);
  expect(r.status).toBe(1);
});

test('init in a project that installed replycheck points $schema at the installed schema, relatively', () => {
  const proj = join(dir, 'proj');
  const r = spawnSync(process.execPath, [join(pkgDir, 'bin', 'replycheck'), 'init', '--me', 'joan@prinsweb.example'], { cwd: proj, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
  expect(r.status).toBe(0);
  const cfg = JSON.parse(readFileSync(join(proj, '.replycheckrc.json'), 'utf8')) as { $schema: string };
  expect(cfg.$schema).toBe('./node_modules/replycheck/docs/replycheck.schema.json');
  expect(existsSync(join(proj, cfg.$schema))).toBe(true);
  // and the tool accepts its own starter file
  expect(spawnSync(process.execPath, [join(pkgDir, 'bin', 'replycheck'), 'scan', '--print-config'], { cwd: proj, encoding: 'utf8' }).status).toBe(0);
});
