/**
 * Checks that every rule in rules/index.ts is complete: a stable kebab-case id, wording in both languages
 * with matching {placeholders}, documented options, a docs page whose generated facts block is current,
 * and fixtures (thread rules: at least one finds- and one ok- case) that are well-formed.
 */
import { describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import rules from '../rules/index.js';
import { currentBlock, docPath, factsBlock } from '../scripts/build-rule-docs.js';
import { FIXTURES, listCases } from './helpers/rule-cases.js';
import { zod } from '../src/config/zod.js';
import { ruleProblems } from '../src/analyze/check-rule.js';

const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('rule ids are unique kebab-case', () => {
  const ids = rules.map((r) => r.id);
  expect(ids.filter((id) => !KEBAB.test(id))).toEqual([]);
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
});

test('every fixture folder belongs to a rule', () => {
  const ids = new Set(rules.map((r) => r.id));
  const orphans = existsSync(FIXTURES) ? readdirSync(FIXTURES).filter((d) => !ids.has(d)) : [];
  expect(orphans).toEqual([]);
});

for (const rule of rules) {
  describe(rule.id, () => {
    test('description in en and nl', () => {
      expect(rule.description.en.trim()).not.toBe('');
      expect(rule.description.nl.trim()).not.toBe('');
    });

    test('every text in en and nl, with the same placeholders', () => {
      const entries = Object.entries(rule.texts);
      expect(entries.length).toBeGreaterThan(0);
      for (const [id, text] of entries) {
        expect({ id, en: text.en.trim() !== '', nl: text.nl.trim() !== '' }).toEqual({ id, en: true, nl: true });
        expect({ id, placeholders: placeholders(text.nl) }).toEqual({ id, placeholders: placeholders(text.en) });
      }
    });

    test('every option is documented in en and nl', () => {
      const docs = (rule.optionDocs ?? {}) as Record<string, { en?: string; nl?: string } | undefined>;
      for (const name of Object.keys(rule.defaultOptions as object)) {
        expect({ name, en: !!docs[name]?.en?.trim(), nl: !!docs[name]?.nl?.trim() }).toEqual({ name, en: true, nl: true });
      }
      // and nothing documented that does not exist
      expect(Object.keys(docs).filter((k) => !(k in (rule.defaultOptions as object)))).toEqual([]);
    });

    test('passes the checks a custom rule from plugins must pass', () => expect(ruleProblems(rule)).toEqual([]));

    test('every option has a schema in the rule file, and the defaults pass it', () => {
      const shape = (rule.optionSchema?.(zod()) ?? {}) as Record<string, { safeParse(v: unknown): { success: boolean } }>;
      const defaults = rule.defaultOptions as Record<string, unknown>;
      expect(Object.keys(shape).sort()).toEqual(Object.keys(defaults).sort());
      for (const [name, value] of Object.entries(defaults)) expect({ name, valid: shape[name]!.safeParse(value).success }).toEqual({ name, valid: true });
    });

    test('docs page exists and its facts block is current', () => {
      const path = docPath(rule.id);
      expect({ page: `docs/rules/${rule.id}.md`, exists: existsSync(path) }).toEqual({ page: `docs/rules/${rule.id}.md`, exists: true });
      const page = readFileSync(path, 'utf8');
      // A mismatch means the rule changed: run `node dist/scripts/build-rule-docs.js` after building.
      expect(currentBlock(page)).toBe(factsBlock(rule));
      // The hand-written part has the sections style.md asks for, each with content.
      for (const heading of ['## Why', '## Finds', "## Doesn't find", '## Options', '## When to turn it off', '## Related rules']) {
        const at = page.indexOf(`\n${heading}\n`);
        expect({ heading, present: at !== -1 }).toEqual({ heading, present: true });
        const body = page.slice(at + heading.length + 2).split(/\n## /)[0]!;
        expect({ heading, empty: body.trim() === '' }).toEqual({ heading, empty: false });
      }
    });

    if (typeof rule.check === 'function') {
      test('has finds- and ok- fixture cases', () => {
        const names = listCases(rule.id).map((c) => c.name);
        expect(names.some((n) => n.startsWith('finds-'))).toBe(true);
        expect(names.some((n) => n.startsWith('ok-'))).toBe(true);
      });
    }

    test('fixture cases are well-formed', () => {
      for (const c of listCases(rule.id)) {
        const where = `${rule.id}/${c.name}`;
        expect({ where, prefix: /^(finds|ok|draft)-[a-z0-9-]+$/.test(c.name) }).toEqual({ where, prefix: true });
        expect({ where, now: Number.isNaN(Date.parse(c.expect.now)) }).toEqual({ where, now: false });
        const emls = readdirSync(c.dir).filter((f) => f.endsWith('.eml'));
        if (!c.name.startsWith('draft-')) {
          // Thread cases say why they exist: the ok- cases especially are unreadable without it.
          expect({ where, about: typeof c.expect.about === 'string' && c.expect.about.length > 10 }).toEqual({ where, about: true });
          expect({ where, emls: emls.length > 0 }).toEqual({ where, emls: true });
          expect({ where, bad: emls.filter((f) => !/^\d{2}-(in|out)-[a-z0-9-]+\.eml$/.test(f)) }).toEqual({ where, bad: [] });
        }
        if (c.name.startsWith('ok-')) expect({ where, findings: c.expect.findings }).toEqual({ where, findings: [] });
        else if (c.name.startsWith('finds-')) expect({ where, some: c.expect.findings.length > 0 }).toEqual({ where, some: true });
        // Every expected finding points at a Message-ID that is in the case's mail.
        const raw = emls.map((f) => readFileSync(join(c.dir, f), 'utf8')).join('\n');
        for (const f of c.expect.findings) {
          if (f.messageId) expect({ where, id: f.messageId, found: raw.includes(f.messageId) }).toEqual({ where, id: f.messageId, found: true });
          if (f.textId) expect({ where, textId: f.textId in rule.texts }).toEqual({ where, textId: true });
        }
      }
    });
  });
}
