import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { anyConfigFile, loadConfig, parseProblem } from '../../src/config/load.js';

const dir = mkdtempSync(join(tmpdir(), 'rc-parse-'));
async function problem(name: string, text: string): Promise<{ en: string; nl: string }> {
  const file = join(dir, name);
  writeFileSync(file, text);
  try {
    await loadConfig({ configPath: file });
  } catch (e) {
    return (e as { texts: { en: string; nl: string } }).texts;
  }
  throw new Error('no error');
}

describe('a config the parser refuses: reason, line:column and frame, in nl and en', () => {
  test('YAML: "(2:1)" and " while parsing …" leave the reason; the place moves to file:line:column', async () => {
    const t = await problem('broken.yaml', 'me: [a@b.nl\nrules:\n  x: 1\n');
    expect(t.en).toMatch(/^Cannot read config .*broken\.yaml:2:1: missed comma between flow collection entries\n/);
    expect(t.nl).toMatch(/^Kan config .*broken\.yaml:2:1 niet lezen: missed comma between flow collection entries\n/);
    expect(t.en).toContain(' 2 | rules:');
  });
  test('JSON: line and column from the marked frame line', async () => {
    const t = await problem('trailing.json', '{\n  "me": ["a@b.nl"],\n  "checkInternal": false,\n}\n');
    expect(t.en).toMatch(/trailing\.json:4:1: Expected double-quoted property name in JSON at position \d+\n/);
    expect(t.nl).toMatch(/trailing\.json:4:1 niet lezen: Expected double-quoted property name/);
    expect(t.en).toContain('> 4 | }');
  });
  test('the reason as the old patterns cut it (by index now: linear on any line)', () => {
    const raw = (reason: string) => `YAML Error in /x.yaml:\n${reason}\n 1 | a: [\n-----^\n`;
    expect(parseProblem(raw('bad indentation of a mapping entry (3:5)')).reason).toBe('bad indentation of a mapping entry');
    expect(parseProblem(raw('unexpected end of the stream within a flow collection while parsing a flow node (1:4)')).reason).toBe('unexpected end of the stream within a flow collection');
    expect(parseProblem(raw('a reason (x:1)')).reason).toBe('a reason (x:1)');
    const t0 = performance.now();
    expect(parseProblem(raw('bad' + '\t'.repeat(100_000) + 'x (1:2')).reason.length).toBeGreaterThan(100_000);
    expect(parseProblem(raw('bad' + ' while parsing'.repeat(10_000))).reason).toBe('bad');
    expect(performance.now() - t0).toBeLessThan(500);
  });
});

describe('no config file anywhere: the defaults, without loading the config search (lint start-up)', () => {
  test('anyConfigFile sees a project file, a package.json with a "replycheck" key and the user-wide file, and nothing else', () => {
    const root = mkdtempSync(join(tmpdir(), 'rc-any-'));
    const deep = join(root, 'a', 'b');
    const globalDir = join(root, 'global');
    mkdirSync(deep, { recursive: true });
    mkdirSync(globalDir);
    expect(anyConfigFile(deep, globalDir)).toBe(false);
    writeFileSync(join(root, 'a', 'package.json'), '{"name": "x", "bin": {"replycheck": "x"}}');
    expect(anyConfigFile(deep, globalDir)).toBe(false);
    writeFileSync(join(root, 'a', 'package.json'), '{"name": "x", "replycheck": {"language": "nl"}}');
    expect(anyConfigFile(deep, globalDir)).toBe(true);
    rmSync(join(root, 'a', 'package.json'));
    writeFileSync(join(root, 'a', 'b', '.replycheckrc.yaml'), 'language: en\n');
    expect(anyConfigFile(deep, globalDir)).toBe(true);
    rmSync(join(root, 'a', 'b', '.replycheckrc.yaml'));
    writeFileSync(join(globalDir, 'config.json'), '{}');
    expect(anyConfigFile(deep, globalDir)).toBe(true);
  });
  test('loadConfig in a folder without one gives the defaults; with one, that file (nl and en settings alike)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'rc-none-'));
    const env = { XDG_CONFIG_HOME: join(root, 'xdg') };
    const none = await loadConfig({ cwd: root, env });
    expect(none.filepath).toBeUndefined();
    expect(none.language).toBe((await loadConfig({ cwd: root, env, rules: {} })).language);
    for (const language of ['nl', 'en']) {
      writeFileSync(join(root, 'replycheck.config.json'), JSON.stringify({ language }));
      const found = await loadConfig({ cwd: root, env });
      expect(found.language).toBe(language);
      expect(found.filepath).toBe(join(root, 'replycheck.config.json'));
    }
  });
});
