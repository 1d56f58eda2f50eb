/**
 * The pure parts of the real-mail measurement (scripts/lib/enron.ts): the seeded stratified draw, a finding's
 * identity, precision over a judged set, and who "me" is. Also checks that the judged sample and recall set
 * stored in the repo are well-formed. Nothing here reads ../shared.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../src/meta.js';
import {
  aliasesOf, allocate, deriveMe, identity, per1000, REASON_CLASSES, rng, scoreJudged, seededShuffle, stratifiedDraw,
  type FoundItem, type JudgedFile, type JudgedItem,
} from '../../scripts/lib/enron.js';

const finding = (person: string, ruleId: string, n: number, evidence?: string): FoundItem => ({ person, ruleId, messageId: `<m${n}@x>`, evidence });

function pool(): FoundItem[] {
  const out: FoundItem[] = [];
  for (let i = 0; i < 400; i++) out.push(finding('a', 'unanswered-question', i, `q ${i}?`));
  for (let i = 0; i < 120; i++) out.push(finding('b', 'awaiting-reply', i));
  for (let i = 0; i < 35; i++) out.push(finding('a', 'slow-reply', i));
  for (let i = 0; i < 4; i++) out.push(finding('b', 'missing-aftercare', i, `done ${i}`));
  return out;
}

describe('seeded draw', () => {
  test('the same seed gives the same sequence, another seed another one', () => {
    const a = rng(42), b = rng(42), c = rng(43);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect([c(), c(), c()]).not.toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });

  test('a seeded shuffle does not depend on the input order', () => {
    const items = ['e', 'a', 'd', 'b', 'c', 'f', 'g'];
    const one = seededShuffle(items, (x) => x, 7);
    expect(seededShuffle([...items].reverse(), (x) => x, 7)).toEqual(one);
    expect([...one].sort()).toEqual([...items].sort());
  });

  test('allocate: small rules give all, the others share the rest in proportion with a floor of 30', () => {
    const per = allocate({ 'unanswered-question': 400, 'awaiting-reply': 120, 'slow-reply': 35, 'missing-aftercare': 4 }, 220);
    expect(per['missing-aftercare']).toBe(4);
    expect(per['slow-reply']).toBe(30);
    expect(per['awaiting-reply']).toBeGreaterThanOrEqual(30);
    expect(per['unanswered-question']).toBeGreaterThan(per['awaiting-reply']!);
    expect(Object.values(per).reduce((s, n) => s + n, 0)).toBe(220);
  });

  test('stratifiedDraw is deterministic for a seed, stratified, and skips excluded findings', () => {
    const items = pool();
    const one = stratifiedDraw(items, { total: 220, seed: 5 });
    const again = stratifiedDraw([...items].reverse(), { total: 220, seed: 5 });
    expect(again.map(identity)).toEqual(one.map(identity));
    expect(one).toHaveLength(220);
    expect(one.filter((f) => f.ruleId === 'missing-aftercare')).toHaveLength(4);
    expect(one.filter((f) => f.ruleId === 'slow-reply')).toHaveLength(30);
    expect(new Set(one.map(identity)).size).toBe(220);
    const other = stratifiedDraw(items, { total: 220, seed: 6 });
    expect(other.map(identity)).not.toEqual(one.map(identity));

    const fresh = stratifiedDraw(items, { total: 220, seed: 5, exclude: new Set(one.map(identity)) });
    expect(fresh.some((f) => one.some((g) => identity(g) === identity(f)))).toBe(false);
    expect(fresh.filter((f) => f.ruleId === 'missing-aftercare')).toHaveLength(0);
  });
});

describe('identity', () => {
  test('case, quotes, spacing and end punctuation of the evidence do not change it', () => {
    const a = identity({ person: 'p', ruleId: 'unanswered-question', messageId: '<1@x>', evidence: 'Can you send “the” offer?' });
    expect(identity({ person: 'p', ruleId: 'unanswered-question', messageId: '<1@x>', evidence: '  can you  send the offer' })).toBe(a);
  });

  test('person, rule, message and wording do', () => {
    const base = { person: 'p', ruleId: 'unanswered-question', messageId: '<1@x>', evidence: 'Can you send it?' };
    const a = identity(base);
    expect(identity({ ...base, person: 'q' })).not.toBe(a);
    expect(identity({ ...base, ruleId: 'awaiting-reply' })).not.toBe(a);
    expect(identity({ ...base, messageId: '<2@x>' })).not.toBe(a);
    expect(identity({ ...base, evidence: 'Can you call me?' })).not.toBe(a);
  });
});

describe('precision over a judged set', () => {
  const judged = (n: number, ruleId: string, verdict: JudgedItem['verdict']): JudgedItem => {
    const f = finding('p', ruleId, n, `e${n}`);
    return { ...f, key: identity(f), verdict, reasonClass: verdict === 'lapse' ? 'real-question' : 'bulk', reason: '' };
  };
  const items = [
    judged(1, 'unanswered-question', 'lapse'),
    judged(2, 'unanswered-question', 'lapse'),
    judged(3, 'unanswered-question', 'false-alarm'),
    judged(4, 'unanswered-question', 'cant-tell'),
    judged(5, 'unanswered-question', 'lapse'), // no longer fires
    judged(6, 'slow-reply', 'false-alarm'), // no longer fires
    judged(7, 'slow-reply', 'cant-tell'),
    { ...judged(8, 'slow-reply', 'lapse'), verdict: null }, // drawn, not judged yet
  ];
  const firing = new Set([1, 2, 3, 4, 7, 8].map((n) => items[n - 1]!.key));

  test('lapse / (lapse + false alarm) over those that still fire; the gone ones counted by verdict', () => {
    const { rules, total } = scoreJudged(items, firing);
    const uq = rules.find((r) => r.ruleId === 'unanswered-question')!;
    expect(uq).toMatchObject({ lapse: 2, falseAlarm: 1, cantTell: 1, gone: { lapse: 1, falseAlarm: 0, cantTell: 0 } });
    expect(uq.precision).toBeCloseTo(2 / 3);
    const sr = rules.find((r) => r.ruleId === 'slow-reply')!;
    expect(sr).toMatchObject({ lapse: 0, falseAlarm: 0, cantTell: 1, precision: null, gone: { falseAlarm: 1 } });
    expect(total).toMatchObject({ lapse: 2, falseAlarm: 1, cantTell: 2 });
    expect(total.precision).toBeCloseTo(2 / 3);
  });

  test('findings per 1,000 messages', () => {
    expect(per1000(46, 1000)).toBe(46);
    expect(per1000(1, 3)).toBe(333.3);
    expect(per1000(5, 0)).toBe(0);
  });
});

describe('who "me" is', () => {
  test('sent-folder From addresses with at least 2% of it, or with the surname', () => {
    const froms = [...Array(97).fill('j.doe@corp.example'), 'Jane.Doe@Home.example', 'boss@corp.example', 'x@y.example'];
    expect(deriveMe(froms, 'doe')).toEqual(['j.doe@corp.example', 'jane.doe@home.example']);
    expect(deriveMe([...froms, 'boss@corp.example', 'boss@corp.example'], 'doe')).toContain('boss@corp.example');
  });

  test('initial + surname aliases, cut to five or more letters, with digits', () => {
    expect(aliasesOf(['jdoesmit@corp.example', 'jdoesmith7@aol.example', 'kdoesmith@corp.example', 'jdoe@corp.example', 'j.doesmith@x.example'], 'doesmith', 'j'))
      .toEqual(['j.doesmith@x.example', 'jdoesmit@corp.example', 'jdoesmith7@aol.example']);
  });
});

describe('the stored judged sample and recall set', () => {
  const judged = JSON.parse(readFileSync(join(ROOT, 'eval/enron/judged.json'), 'utf8')) as JudgedFile;
  test('every judged finding has a valid verdict and reason class, and its key is its identity', () => {
    expect(judged.kind).toBe('replycheck-enron-judged');
    expect(judged.items.length).toBeGreaterThanOrEqual(220);
    for (const it of judged.items) {
      expect(['lapse', 'false-alarm', 'cant-tell']).toContain(it.verdict);
      expect(REASON_CLASSES).toContain(it.reasonClass);
      expect(it.reason.length).toBeGreaterThan(5);
      expect(it.key).toBe(identity(it));
    }
    expect(new Set(judged.items.map((i) => i.key)).size).toBe(judged.items.length);
  });

  test('every recall item is judged', () => {
    const recall = JSON.parse(readFileSync(join(ROOT, 'eval/enron/recall.json'), 'utf8')) as { items: { realQuestion: boolean; answered: boolean | null }[] };
    expect(recall.items.length).toBeGreaterThanOrEqual(40);
    for (const it of recall.items) {
      expect(typeof it.realQuestion).toBe('boolean');
      if (it.realQuestion) expect(typeof it.answered).toBe('boolean');
    }
  });
});
