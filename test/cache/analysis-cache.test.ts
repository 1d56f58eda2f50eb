/**
 * Issue 10, the analysis cache: what the language helpers find in a message is stored under an analyser version
 * derived from the phrase lists, the helpers' code and the settings they read, and is only ever read back under
 * that version. Real text (Dutch and English), the real helpers, a real SQLite file in a temp folder.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { cpSync, mkdtempSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Message } from '../../src/model.js';
import { AnalysisStore } from '../../src/cache/analysis-store.js';
import { ANALYSER_CODE, ANALYSER_PHRASES, analyserVersion } from '../../src/cache/analyser-version.js';
import { MessageText } from '../../src/analyze/facts-text.js';
import { BusinessTime, DEFAULT_BUSINESS_HOURS } from '../../src/text/business-time.js';
import { findQuestions } from '../../src/text/questions.js';
import { findCommitments } from '../../src/text/commitments.js';

const dirs: string[] = [];
const temp = (p: string) => {
  const d = mkdtempSync(join(tmpdir(), p));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const msg = (language: 'nl' | 'en', newText: string): Message =>
  ({ language, newText, date: new Date('2026-11-10T10:00:00+01:00'), messageId: `<${language}@x.example>` }) as unknown as Message;
const NL = msg('nl', 'Hoi Joan,\n\nKunt u mij de offerte sturen? Ik stuur u vrijdag de tekeningen.\n\nGroet,\nJan');
const EN = msg('en', "Hi Joan,\n\nCould you send me the quote? I'll send you the drawings by Friday.\n\nBest,\nMary");
const bt = new BusinessTime(DEFAULT_BUSINESS_HOURS);
const TZ = DEFAULT_BUSINESS_HOURS.timezone;

describe('the analyser version', () => {
  test('changes with a phrase list, a line of the helpers\' code or a setting; the same inputs give the same version', () => {
    const phrases = temp('rc-phrases-');
    cpSync(ANALYSER_PHRASES, phrases, { recursive: true });
    const code = ANALYSER_CODE.map((d, i) => {
      const c = join(temp('rc-code-'), String(i));
      cpSync(d, c, { recursive: true });
      return c;
    });
    const v = (settings: unknown = {}) => analyserVersion({ settings, phrases, code });
    const first = v();
    expect(v()).toBe(first);
    expect(analyserVersion({ settings: {} })).toBe(first); // the copies hash as the real folders
    appendFileSync(join(phrases, 'nl', 'holding-replies.txt'), '\nik duik erin\n');
    const afterPhrase = v();
    expect(afterPhrase).not.toBe(first);
    appendFileSync(join(phrases, 'en', 'holding-replies.txt'), "\nI'm on it\n");
    expect(v()).not.toBe(afterPhrase);
    const withPhrase = v();
    writeFileSync(join(code[0]!, 'questions.extra.js'), '// one more line of helper code\n');
    expect(v()).not.toBe(withPhrase);
    expect(v({ phrases: { en: { 'holding-replies': ['on it'] } } })).not.toBe(v());
  });
});

describe('the analysis rows', () => {
  test('a second scan under the same version reads what the first found: the same questions and promises, nl and en', async () => {
    const dir = temp('rc-analysis-');
    const a = await AnalysisStore.open('v1', dir);
    const first = new MessageText(a);
    const found = [NL, EN].map((m) => ({ q: first.questions(m), p: first.commitments(m, TZ, bt), h: first.holding(m), ap: first.apology(m) }));
    expect(found.map((f) => f.q.length)).toEqual([1, 1]);
    expect(found.map((f) => f.p.length)).toEqual([1, 1]);
    expect(found[0]!.q).toEqual(findQuestions(NL.newText, 'nl'));
    expect(found[1]!.p).toEqual(findCommitments(EN.newText, 'en', EN.date, TZ, { businessTime: bt }));
    expect(a.counts).toEqual({ read: 0, added: 8 });
    a.close();

    const b = await AnalysisStore.open('v1', dir);
    expect(b.counts).toEqual({ read: 8, added: 0 });
    const again = new MessageText(b);
    const read = [NL, EN].map((m) => ({ q: again.questions(m), p: again.commitments(m, TZ, bt), h: again.holding(m), ap: again.apology(m) }));
    expect(read).toEqual(found);
    expect(read[1]!.p[0]!.due).toBeInstanceOf(Date);
    expect(b.counts.added).toBe(0);
    b.close();
  });

  test('a stale result is never served: rows written under one version are not read under another', async () => {
    const dir = temp('rc-analysis-');
    // a row that says the Dutch message asks nothing, under version "old"
    const old = await AnalysisStore.open('old', dir);
    const lie = new MessageText(old);
    const key = (() => {
      const rows = new Map<string, string>();
      new MessageText({ get: (k) => rows.get(k), set: (k, v) => rows.set(k, v) }).questions(NL);
      return [...rows.keys()][0]!;
    })();
    old.set(key, '[]');
    expect(lie.questions(NL)).toEqual([]); // the cache is used: under "old" the lie is what comes back
    old.close();

    const still = new MessageText(await AnalysisStore.open('old', dir));
    expect(still.questions(NL)).toEqual([]);
    // the phrase lists changed, so the version did: the question is found again
    const fresh = await AnalysisStore.open('new', dir);
    expect(new MessageText(fresh).questions(NL)).toEqual(findQuestions(NL.newText, 'nl'));
    fresh.close();
  });

  test('only the few most recent versions keep their rows', async () => {
    const dir = temp('rc-analysis-');
    for (const v of ['a', 'b', 'c', 'd']) {
      const s = await AnalysisStore.open(v, dir);
      new MessageText(s).questions(EN);
      s.close();
      await new Promise((r) => setTimeout(r, 5));
    }
    const a = await AnalysisStore.open('a', dir);
    expect(a.counts.read).toBe(0);
    a.close();
    const d = await AnalysisStore.open('d', dir);
    expect(d.counts.read).toBe(1);
    d.close();
  });
});
