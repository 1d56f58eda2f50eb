/**
 * The draft rules against their fixtures: every folder fixtures/rules/<rule-id>/draft-* holds a draft (draft.eml or
 * draft.txt), optionally the message it answers (original.eml, passed as --reply-to), and expect.json. Each case runs
 * through the real lint path (load → original → draft rules) with only the rule under test switched on.
 */
import { describe, expect, test } from '@jest/globals';
import rules from '../rules/index.js';
import type { Finding } from '../src/model.js';
import { listCases, runCase } from './helpers/rule-cases.js';

for (const rule of rules.filter((r) => r.checkDraft)) {
  const cases = listCases(rule.id).filter((c) => c.name.startsWith('draft-'));
  describe(`${rule.id} (draft)`, () => {
    test('has at least one draft-finds- and one draft-ok- case', () => {
      expect(cases.some((c) => c.name.startsWith('draft-finds-'))).toBe(true);
      expect(cases.some((c) => c.name.startsWith('draft-ok-'))).toBe(true);
    });
    for (const c of cases) {
      test(c.name, async () => {
        const found: Finding[] = await runCase(rule, c);
        const want = c.expect.findings;
        if (c.name.startsWith('draft-ok-')) expect(want).toHaveLength(0);
        expect(found.map((f) => `${f.textId}: ${f.evidence ?? ''} @${f.location?.line}:${f.location?.column}`)).toHaveLength(want.length);
        expect(found).toMatchObject(want);
        for (const f of found) expect(f.ruleId).toBe(rule.id);
      });
    }
  });
}
