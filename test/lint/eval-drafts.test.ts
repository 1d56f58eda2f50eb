/**
 * The labelled reply drafts (eval/drafts) are well formed, and the eval that scores lint on them runs end to end.
 * No quality thresholds here: the scores are for `npm run eval` to print.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMessage } from '../../src/parse/parse-message.js';
import rules from '../../rules/index.js';
import { HALVES, LINT_RULES, loadCases, runCases, score, type DraftCase, type DraftRun } from '../../scripts/eval-drafts.js';

const cases = HALVES.flatMap((h) => loadCases(h));
const PARSE = { me: [], internalDomains: [] };

describe('eval/drafts is well formed', () => {
  test('both halves are there, each with Dutch and English drafts, no id in both', () => {
    for (const half of HALVES) {
      const langs = new Set(loadCases(half).map((c) => c.labels.lang));
      expect({ half, langs: [...langs].sort() }).toEqual({ half, langs: ['en', 'nl'] });
    }
    const ids = cases.map((c) => c.labels.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(cases.length).toBeGreaterThanOrEqual(80);
  });

  test('at least 35% of the drafts are clean', () => {
    const clean = cases.filter((c) => c.labels.rules.length === 0).length;
    expect(clean / cases.length).toBeGreaterThanOrEqual(0.35);
  });

  test('labels name lint rules of rules/index.ts, and rules is the set of expected findings', () => {
    const known = new Set(rules.map((r) => r.id));
    expect(LINT_RULES.length).toBeGreaterThan(0);
    for (const c of cases) {
      const l = c.labels;
      const where = `${c.half}/${l.id}`;
      expect({ where, id: l.id }).toEqual({ where, id: c.dir.split(/[\\/]/).pop() });
      for (const r of l.rules) expect({ where, rule: r, known: known.has(r), lint: LINT_RULES.includes(r) }).toEqual({ where, rule: r, known: true, lint: true });
      expect({ where, rules: [...new Set(l.expected.map((e) => e.rule))].sort() }).toEqual({ where, rules: [...l.rules].sort() });
      for (const e of l.expected) expect({ where, rule: e.rule, note: e.note.length > 0 }).toEqual({ where, rule: e.rule, note: true });
      if (l.lang === 'en') expect({ where, mixed: l.rules.includes('mixed-formality') }).toEqual({ where, mixed: false });
      expect(Number.isNaN(Date.parse(l.now))).toBe(false);
    }
  });

  test('every draft and original parses with the real parser; dates, attachments and named details match the labels', async () => {
    for (const c of cases) {
      const l = c.labels;
      const where = `${c.half}/${l.id}`;
      const read = (f: string) => readFileSync(join(c.dir, f));
      const draft = await parseMessage({ origin: { kind: 'eml', path: join(c.dir, 'draft.eml') }, raw: read('draft.eml') }, { ...PARSE, now: new Date(l.now) });
      const original = await parseMessage({ origin: { kind: 'eml', path: join(c.dir, 'original.eml') }, raw: read('original.eml') }, { ...PARSE, now: new Date(l.now) });
      expect({ where, draftDate: draft.date.toISOString() }).toEqual({ where, draftDate: new Date(l.now).toISOString() });
      expect({ where, originalDate: original.date.toISOString() }).toEqual({ where, originalDate: new Date(l.originalDate).toISOString() });
      expect({ where, inReplyTo: draft.inReplyTo ?? draft.references.at(-1) }).toEqual({ where, inReplyTo: original.messageId });
      expect({ where, attached: draft.attachments.length > 0 }).toEqual({ where, attached: l.attachment !== null });
      expect({ where, draftText: draft.text.trim().length > 0, originalText: original.text.trim().length > 0 }).toEqual({ where, draftText: true, originalText: true });
      const flat = (s: string) => s.replace(/\s+/g, ' ');
      for (const e of l.expected) {
        if (e.question) expect({ where, question: e.question, inOriginal: flat(original.text).includes(flat(e.question)) }).toEqual({ where, question: e.question, inOriginal: true });
        if (e.term) expect({ where, term: e.term, inDraft: flat(draft.text).includes(flat(e.term)) }).toEqual({ where, term: e.term, inDraft: true });
      }
    }
  });
});

describe('the eval', () => {
  test('scores (draft, rule) pairs: found and labelled = tp, found only = fp, labelled only = fn', () => {
    const mk = (id: string, gold: string[], found: string[]): DraftRun => ({
      case: { half: 'tune', dir: '', labels: { id, rules: gold, expected: [] } } as unknown as DraftCase,
      found: found.map((ruleId) => ({ ruleId, message: '' })),
      ms: id.length,
    });
    const s = score('tune', [
      mk('a', ['jargon'], ['jargon', 'jargon', 'missing-greeting']),
      mk('bb', [], []),
      mk('ccc', ['vague-promise', 'jargon'], ['vague-promise']),
    ]);
    expect(s.perRule.jargon).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    expect(s.perRule['missing-greeting']).toMatchObject({ tp: 0, fp: 1, fn: 0, precision: 0, recall: null });
    expect(s.overall).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(s.overall.f1).toBeCloseTo(2 / 3);
    expect(s).toMatchObject({ exact: 1, slowestId: 'ccc', slowestMs: 3, medianMs: 2 });
  });

  test('runs the real CLI end to end on a few tune drafts and returns scores in [0,1]', async () => {
    const tune = loadCases('tune');
    const few = [tune.find((c) => c.labels.rules.length === 0)!, ...tune.filter((c) => c.labels.rules.length > 0).slice(0, 2)];
    const runs = await runCases(few);
    expect(runs.map((r) => r.error ?? 'ok')).toEqual(['ok', 'ok', 'ok']);
    const s = score('tune', runs);
    expect(s.drafts).toBe(3);
    for (const x of [s.overall.precision, s.overall.recall, s.overall.f1]) {
      if (x === null) continue;
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(1);
    }
    for (const p of Object.values(s.perRule)) for (const x of [p.precision, p.recall, p.f1]) if (x !== null) expect(x >= 0 && x <= 1).toBe(true);
    expect(s.overall.tp + s.overall.fn).toBeGreaterThan(0);
    expect(s.slowestMs).toBeGreaterThan(0);
  }, 60_000);
});
