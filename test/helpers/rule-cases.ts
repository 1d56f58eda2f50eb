/**
 * The built-in rules' fixture cases, fixtures/rules/<rule-id>/<case>/, run by the public RuleTester
 * (src/rule-tester.ts: the same runner a custom rule's author uses) with the other built-in rules beside them.
 */
import { join } from 'node:path';
import { ROOT } from '../../src/meta.js';
import type { Finding } from '../../src/model.js';
import type { Rule } from '../../src/analyze/define-rule.js';
import { listCases as casesIn, runCase as runOne, type RuleCase } from '../../src/rule-tester.js';
import rules from '../../rules/index.js';

export { sortFindings, type RuleCase } from '../../src/rule-tester.js';

export const FIXTURES = join(ROOT, 'fixtures', 'rules');

export const listCases = (ruleId: string): RuleCase[] => casesIn(join(FIXTURES, ruleId));

export const runCase = (rule: Rule, c: RuleCase): Promise<Finding[]> => runOne(rule, c, rules);
