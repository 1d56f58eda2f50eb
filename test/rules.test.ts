/**
 * One runner for every rule: each folder under fixtures/rules/<rule-id>/ is a case with real .eml files and an
 * expect.json. Severity is forced to "error" for the rule under test, so expectations name the rule's own
 * downgrades (due soon = info, kept late = warn) explicitly.
 */
import { describe, expect, test } from '@jest/globals';
import rules from '../rules/index.js';
import { listCases, runCase, sortFindings } from './helpers/rule-cases.js';

for (const rule of rules.filter((r) => r.check)) {
  const cases = listCases(rule.id).filter((c) => !c.name.startsWith('draft-'));
  describe(rule.id, () => {
    test('has at least one finds- and one ok- case', () => {
      expect(cases.some((c) => c.name.startsWith('finds-'))).toBe(true);
      expect(cases.some((c) => c.name.startsWith('ok-'))).toBe(true);
    });
    for (const c of cases) {
      test(c.name, async () => {
        const found = sortFindings(await runCase(rule, c));
        const want = sortFindings(c.expect.findings);
        if (c.name.startsWith('ok-')) expect(want).toHaveLength(0);
        expect(found.map((f) => `${f.textId}: ${f.evidence ?? ''}`)).toHaveLength(want.length);
        expect(found).toMatchObject(want);
      });
    }
  });
}
