/**
 * RuleTester: runs one rule over a folder of fixture cases, the way the built-in rules are tested
 * (fixtures/rules/<id>/): every sub-folder is a case with real mail and an expect.json.
 *
 *   <case>/NN-in-…eml, NN-out-…eml + expect.json         a thread case: the real scan pipeline (parse → thread → rules)
 *   draft-<case>/draft.eml|draft.txt [+ original.eml]     a draft case: the real lint path, original.eml as --reply-to
 *
 * expect.json: { "now": ISO time, "options"?: rule options, "config"?: extra config, "findings": [partial findings] }.
 * Only the rule under test runs, at severity "error"; the expected findings are matched field by field (the fields
 * a case names), in a stable order, and their number must be the same.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Rule } from './analyze/define-rule.js';
import type { Finding } from './model.js';
import { validateConfig } from './config/validate.js';

export interface CaseExpect {
  now: string;
  /** Options for the rule under test. */
  options?: Record<string, unknown>;
  /** Extra config (me, internalDomains, businessHours…). Default me: *@prinsweb.example. */
  config?: Record<string, unknown>;
  findings: Partial<Finding>[];
  /** Why the case exists; read by people. */
  about?: string;
}

export interface RuleCase {
  name: string;
  dir: string;
  expect: CaseExpect;
}

export interface CaseResult {
  name: string;
  ok: boolean;
  found: Finding[];
  /** What did not match, one line each. */
  problems: string[];
}

export function listCases(dir: string): RuleCase[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({ name: d.name, dir: join(dir, d.name), expect: JSON.parse(readFileSync(join(dir, d.name, 'expect.json'), 'utf8')) as CaseExpect }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

function caseConfig(rule: Rule, c: RuleCase, others: Rule[]) {
  const rules: Record<string, unknown> = {};
  for (const r of others) rules[r.id] = 'off';
  rules[rule.id] = ['error', c.expect.options ?? {}];
  return validateConfig({
    me: ['*@prinsweb.example'],
    internalDomains: ['prinsweb.example'],
    cacheDir: join(tmpdir(), 'replycheck-rule-tester-no-cache'), // never the user's real IMAP cache
    ...c.expect.config,
    rules,
  });
}

/**
 * The findings of the rule on one case. `others` are rules that exist beside it (switched off), for configs that
 * name them; they never run.
 */
export async function runCase(rule: Rule, c: RuleCase, others: Rule[] = []): Promise<Finding[]> {
  const rules = [rule, ...others.filter((r) => r.id !== rule.id)];
  const config = caseConfig(rule, c, rules);
  const now = new Date(c.expect.now);
  if (c.name.startsWith('draft-')) {
    const { lintBytes } = await import('./lint/lint.js');
    const file = ['draft.eml', 'draft.txt'].map((f) => join(c.dir, f)).find((f) => existsSync(f));
    if (!file) throw new Error(`${c.dir}: no draft.eml or draft.txt`);
    const original = join(c.dir, 'original.eml');
    const res = await lintBytes(readFileSync(file), file, { config, rules, now, replyTo: existsSync(original) ? original : undefined });
    if (!res.checked) throw new Error(`${c.dir}: not checked: ${res.reason?.en}`);
    if (res.errors.length) throw new Error(`${c.dir}: ${JSON.stringify(res.errors)}`);
    return res.findings;
  }
  const { scan } = await import('./run.js');
  const result = await scan({ config, rules, paths: [c.dir], now });
  if (result.errors.length) throw new Error(`case ${c.name}: ${JSON.stringify(result.errors)}`);
  return result.findings.filter((f) => f.ruleId === rule.id);
}

const key = (f: Partial<Finding>) => `${f.messageId}|${f.textId ?? ''}|${f.evidence ?? ''}|${f.location?.line ?? ''}:${f.location?.column ?? ''}`;
export const sortFindings = <T extends Partial<Finding>>(fs: T[]) => [...fs].sort((a, b) => key(a).localeCompare(key(b)));

/** Whether `actual` has every field `want` names, with the same value (objects compared the same way). */
function matches(actual: unknown, want: unknown): boolean {
  if (want === null || typeof want !== 'object') return Object.is(actual, want);
  if (actual === null || typeof actual !== 'object') return false;
  if (Array.isArray(want)) return Array.isArray(actual) && actual.length === want.length && want.every((w, i) => matches(actual[i], w));
  return Object.entries(want).every(([k, w]) => matches((actual as Record<string, unknown>)[k], w));
}

/** Compares found with expected findings: the same number, and each expected one matched in order. */
export function compareFindings(found: Finding[], want: Partial<Finding>[]): string[] {
  const f = sortFindings(found);
  const w = sortFindings(want);
  const problems: string[] = [];
  if (f.length !== w.length) problems.push(`expected ${w.length} finding(s), found ${f.length}: ${f.map((x) => `${x.textId}: ${x.evidence ?? ''}`).join('; ') || 'none'}`);
  else w.forEach((x, i) => matches(f[i], x) || problems.push(`finding ${i + 1}: expected ${JSON.stringify(x)}, found ${JSON.stringify(f[i])}`));
  return problems;
}

export const RuleTester = {
  /** Runs every case of `dir` and says, per case, whether the rule found what expect.json says. */
  async run(rule: Rule, dir: string, others: Rule[] = []): Promise<CaseResult[]> {
    const out: CaseResult[] = [];
    for (const c of listCases(dir)) {
      let found: Finding[] = [];
      let problems: string[];
      try {
        found = await runCase(rule, c, others);
        problems = compareFindings(found, c.expect.findings);
      } catch (err) {
        problems = [`the case could not run: ${(err as Error).message}`];
      }
      if (c.name.startsWith('ok-') || c.name.startsWith('draft-ok-'))
        if (c.expect.findings.length) problems.push('an ok- case expects no findings');
      out.push({ name: c.name, ok: problems.length === 0, found, problems });
    }
    return out;
  },
  /** Like run, but throws one error listing every case that failed (for any test runner); no cases fails too. */
  async assert(rule: Rule, dir: string, others: Rule[] = []): Promise<void> {
    const results = await RuleTester.run(rule, dir, others);
    if (results.length === 0) throw new Error(`${rule.id}: no cases in ${dir}`);
    const failed = results.filter((r) => !r.ok);
    if (failed.length) throw new Error(`${rule.id}: ${failed.length} of ${results.length} case(s) failed\n` + failed.map((r) => `  ${r.name}: ${r.problems.join('\n    ')}`).join('\n'));
  },
};
