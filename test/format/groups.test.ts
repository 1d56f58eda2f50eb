/**
 * Formatters fold and quote on the group a rule declares, never on rule ids: findings from made-up rules with the
 * built-in groups fold like the built-ins, and the same findings without a lead stay apart.
 */
import { describe, expect, test } from '@jest/globals';
import rules from '../../rules/index.js';
import { groupOf } from '../../src/analyze/define-rule.js';
import { defaultConfig } from '../../src/config/defaults.js';
import type { Finding } from '../../src/model.js';
import type { ScanResult } from '../../src/scan-result.js';
import stylish, { compact } from '../../src/format/scan/stylish.js';
import unix from '../../src/format/lint/unix.js';
import lintStylish from '../../src/format/lint/stylish.js';
import type { LintFileResult } from '../../src/lint/lint.js';

const base = { threadId: 't1', subject: 'Offerte', correspondent: 'Jan <jan@klant.example>', date: '2026-11-09T09:00:00.000Z', docsUrl: '' };
const finding = (over: Partial<Finding>): Finding =>
  ({ ruleId: 'x', severity: 'warn', textId: 't', text: { en: 'en text', nl: 'nl tekst' }, messageId: '<in@x>', ...base, ...over }) as Finding;

const waiting = [
  finding({ ruleId: 'my-wait', group: 'waiting', lead: true, text: { en: 'Jan is waiting', nl: 'Jan wacht' } }),
  finding({ ruleId: 'my-question', group: 'waiting', severity: 'error', evidence: 'What does it cost?' }),
  finding({ ruleId: 'my-ack', group: 'waiting' }),
  finding({ ruleId: 'my-promise', group: 'promise', messageId: '<in@x>', text: { en: 'promise', nl: 'belofte' } }),
];
const late = [
  finding({ ruleId: 'my-slow', group: 'late-reply', lead: true, messageId: '<out@x>', data: { repliesTo: '<in2@x>' } }),
  finding({ ruleId: 'my-late-ack', group: 'late-reply', messageId: '<in2@x>' }),
  finding({ ruleId: 'my-sorry', group: 'late-reply', messageId: '<out@x>' }),
];

describe('scan stylish folds on group and lead', () => {
  test('members of a lead\'s group about its message (or the one it answers) fold under it; other groups stay apart', () => {
    const items = compact([...waiting, ...late]);
    expect(items.map((i) => [i.head.ruleId, i.also.map((a) => a.ruleId)])).toEqual([
      ['my-wait', ['my-question', 'my-ack']],
      ['my-slow', ['my-late-ack', 'my-sorry']],
      ['my-promise', []],
    ]);
    // an error among the members makes the item an error; the question is quoted beneath
    expect(items[0]!.head.severity).toBe('error');
    expect(items[0]!.evidence).toEqual(['What does it cost?']);
  });

  test('the same findings without a lead are each their own item', () => {
    expect(compact(waiting.map((f) => ({ ...f, lead: undefined })))).toHaveLength(4);
  });

  test.each(['en', 'nl'] as const)('one line per lapse in %s, listing every rule id folded into it', (lang) => {
    const result: ScanResult = {
      now: new Date('2026-11-16T08:00:00Z'), sources: [], findings: waiting, facts: [], errors: [],
      stats: { messages: 2, threads: 1, incoming: 1, outgoing: 1, automated: 0, needingReply: 1, duplicates: 0 },
    };
    const out = stylish(result, { lang, color: false, config: defaultConfig() });
    expect(out).toContain(`${lang === 'en' ? 'Jan is waiting' : 'Jan wacht'}  my-wait, my-question, my-ack`);
    expect(out).toContain('“What does it cost?”');
  });
});

describe('lint formatters quote the original only for draft-answer findings', () => {
  const file = (findings: Finding[]): LintFileResult =>
    ({ path: 'draft.eml', checked: true, findings, errors: [], original: 'quoted', lineOffset: 0, body: 'Hoi Jan,\nDe prijs volgt.' }) as LintFileResult;
  const loc = { line: 2, column: 1, endLine: 2, endColumn: 4 };
  const answer = finding({ ruleId: 'my-answer', group: 'draft-answer', location: loc, evidence: 'Wanneer beginnen jullie?' });
  const own = finding({ ruleId: 'my-words', group: 'draft-content', location: loc, evidence: 'De prijs volgt.' });

  test.each(['en', 'nl'] as const)('unix (%s)', (lang) => {
    const out = unix({ files: [file([answer, own])], now: new Date() }, { lang, color: false, config: defaultConfig() });
    const text = lang === 'en' ? 'en text' : 'nl tekst';
    expect(out.split('\n')).toEqual([
      `draft.eml:2:1: warn my-answer: ${text}: “Wanneer beginnen jullie?”`,
      `draft.eml:2:1: warn my-words: ${text}`,
      '',
    ]);
  });

  test.each(['en', 'nl'] as const)('stylish (%s)', (lang) => {
    const out = lintStylish({ files: [file([answer, own])], now: new Date() }, { lang, color: false, config: defaultConfig() });
    expect(out).toContain('“Wanneer beginnen jullie?”');
    expect(out).not.toContain('“De prijs volgt.”');
  });
});

test('every built-in rule declares a known group for each of its texts; exactly the waiting and late-reply rules lead', () => {
  const known = ['waiting', 'waiting-on-others', 'late-reply', 'question', 'promise', 'aftercare', 'draft-answer', 'draft-content'];
  for (const r of rules)
    for (const id of Object.keys(r.texts)) expect({ rule: r.id, id, known: known.includes(groupOf(r, id)) }).toEqual({ rule: r.id, id, known: true });
  expect(rules.filter((r) => r.leadsGroup).map((r) => groupOf(r, Object.keys(r.texts)[0]!)).sort()).toEqual(['late-reply', 'waiting']);
});
