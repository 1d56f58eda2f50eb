/**
 * The draft rules against their fixtures: every folder fixtures/rules/<rule-id>/draft-* holds a draft (draft.eml or
 * draft.txt), optionally the message it answers (original.eml, passed as --reply-to), and expect.json. Each case runs
 * through the real lint path (load → original → draft rules) with only the rule under test switched on.
 */
import { describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import rules from '../rules/index.js';
import { validateConfig } from '../src/config/validate.js';
import { lintBytes } from '../src/lint/lint.js';
import type { Finding } from '../src/model.js';
import { listCases } from './helpers/rule-cases.js';

const NO_CACHE = join(ROOT_TMP(), 'replycheck-no-cache');
function ROOT_TMP(): string {
  return process.env.TMPDIR ?? '/tmp';
}

async function runDraftCase(ruleId: string, dir: string, expect: { now: string; options?: Record<string, unknown>; config?: Record<string, unknown> }) {
  const settings: Record<string, unknown> = {};
  for (const r of rules) settings[r.id] = r.id === ruleId ? ['error', expect.options ?? {}] : 'off';
  const config = validateConfig({
    me: ['*@prinsweb.example'],
    internalDomains: ['prinsweb.example'],
    cacheDir: NO_CACHE, // never the user's real IMAP cache
    ...expect.config,
    rules: settings,
  });
  const file = ['draft.eml', 'draft.txt'].map((f) => join(dir, f)).find((f) => existsSync(f));
  if (!file) throw new Error(`${dir}: no draft.eml or draft.txt`);
  const original = join(dir, 'original.eml');
  const res = await lintBytes(readFileSync(file), file, {
    config,
    rules,
    now: new Date(expect.now),
    replyTo: existsSync(original) ? original : undefined,
  });
  if (!res.checked) throw new Error(`${dir}: not checked: ${res.reason?.en}`);
  if (res.errors.length) throw new Error(`${dir}: ${JSON.stringify(res.errors)}`);
  return res.findings;
}

for (const rule of rules.filter((r) => r.checkDraft)) {
  const cases = listCases(rule.id).filter((c) => c.name.startsWith('draft-'));
  describe(`${rule.id} (draft)`, () => {
    test('has at least one draft-finds- and one draft-ok- case', () => {
      expect(cases.some((c) => c.name.startsWith('draft-finds-'))).toBe(true);
      expect(cases.some((c) => c.name.startsWith('draft-ok-'))).toBe(true);
    });
    for (const c of cases) {
      test(c.name, async () => {
        const found: Finding[] = await runDraftCase(rule.id, c.dir, c.expect);
        const want = c.expect.findings;
        if (c.name.startsWith('draft-ok-')) expect(want).toHaveLength(0);
        expect(found.map((f) => `${f.textId}: ${f.evidence ?? ''} @${f.location?.line}:${f.location?.column}`)).toHaveLength(want.length);
        expect(found).toMatchObject(want);
        for (const f of found) expect(f.ruleId).toBe(rule.id);
      });
    }
  });
}
