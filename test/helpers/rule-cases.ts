/**
 * Runs one rule fixture case: fixtures/rules/<rule-id>/<case>/*.eml + expect.json, through the real pipeline
 * (local source → parse → thread → engine with only that rule on).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../src/meta.js';
import type { Finding } from '../../src/model.js';
import { validateConfig } from '../../src/config/validate.js';
import { scan } from '../../src/run.js';
import type { Rule } from '../../src/analyze/define-rule.js';
import rules from '../../rules/index.js';

export interface CaseExpect {
  now: string;
  /** Options for the rule under test. */
  options?: Record<string, unknown>;
  /** Extra config (me, internalDomains, businessHours…). Default me: *@prinsweb.example. */
  config?: Record<string, unknown>;
  findings: Partial<Finding>[];
  /** Why the case exists; shown nowhere, read by people. */
  about?: string;
}

export interface RuleCase {
  name: string;
  dir: string;
  expect: CaseExpect;
}

export const FIXTURES = join(ROOT, 'fixtures', 'rules');

export function listCases(ruleId: string): RuleCase[] {
  const dir = join(FIXTURES, ruleId);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({
      name: d.name,
      dir: join(dir, d.name),
      expect: JSON.parse(readFileSync(join(dir, d.name, 'expect.json'), 'utf8')) as CaseExpect,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export async function runCase(rule: Rule, c: RuleCase): Promise<Finding[]> {
  const settings: Record<string, unknown> = {};
  for (const r of rules) settings[r.id] = r.id === rule.id ? ['error', c.expect.options ?? {}] : 'off';
  const config = validateConfig({ me: ['*@prinsweb.example'], internalDomains: ['prinsweb.example'], ...c.expect.config, rules: settings });
  const result = await scan({ config, rules, paths: [c.dir], now: new Date(c.expect.now) });
  if (result.errors.length) throw new Error(`case ${c.name}: ${JSON.stringify(result.errors)}`);
  return result.findings.filter((f) => f.ruleId === rule.id);
}

const key = (f: Partial<Finding>) => `${f.messageId}|${f.textId ?? ''}|${f.evidence ?? ''}`;
export const sortFindings = <T extends Partial<Finding>>(fs: T[]) => [...fs].sort((a, b) => key(a).localeCompare(key(b)));
