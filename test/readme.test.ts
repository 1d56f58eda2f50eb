import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../src/meta.js';
import rules from '../rules/index.js';
import { refreshReadme } from '../scripts/build-rule-docs.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const table = readme.slice(readme.indexOf('<!-- rules:start -->'), readme.indexOf('<!-- rules:end -->'));

describe('README', () => {
  test('opens with the demo command and the test command', () => {
    const head = readme.slice(0, 1200);
    expect(head).toMatch(/replycheck scan --demo/);
    expect(head).toMatch(/npm test/);
  });

  test.each(rules.map((r) => [r.id, r]))('the rules table lists %s with its default severity and docs link', (id, rule) => {
    const row = table.split('\n').find((l) => l.includes(`\`${id}\``));
    expect(row).toBeDefined();
    expect(row).toContain(`| ${rule.defaultSeverity} |`);
    expect(row).toContain(`(docs/rules/${id}.md)`);
  });

  test('the rules table is made from rules/index.ts (npm run build:docs writes it)', () => {
    expect(refreshReadme(readme)).toBe(readme);
  });

  test('the table lists no rule that does not exist', () => {
    const ids = [...table.matchAll(/\[`([a-z-]+)`\]/g)].map((m) => m[1]);
    expect(ids.sort()).toEqual(rules.map((r) => r.id).sort());
  });
});
