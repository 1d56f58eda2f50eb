import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, parseProblem } from '../../src/config/load.js';

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
