/**
 * Seeded fuzz: adversarial texts (scripts/lib/fuzz-corpus.ts: capital runs, unbroken tokens, deep quotes, giant
 * lines, runs of "?" and punctuation, mixed scripts…) through every detector of src/text and through `lint`.
 * Each call must finish within a generous budget of CPU time that grows with the input (linear work passes easily,
 * the quadratic and cubic patterns this suite was written against took seconds to minutes) and must not throw.
 * CPU time, not wall time: a busy machine (a parallel test run) must not fail the test, a slow pattern must.
 * The corpus is a third of the bench's size, so the whole file runs in well under a minute.
 */
import { describe, expect, test } from '@jest/globals';
import { DETECTORS, fuzzCorpus, runFuzz } from '../../scripts/lib/fuzz-corpus.js';
import { ownAndQuotedDraft } from '../../scripts/lib/lint-inputs.js';
import { validateConfig } from '../../src/config/validate.js';
import { lintBytes } from '../../src/lint/lint.js';
import rules from '../../rules/index.js';

const SEED = 20261203;
const corpus = fuzzCorpus(SEED, 1 / 3);
/** Half a second, plus 40 µs a character: 11 s for 262 K characters, 0.6 s for 3 K. */
const budget = (chars: number) => 500 + chars * 0.04;
const sizeOf = new Map(corpus.map((c) => [c.label, c.text.length]));

describe(`fuzz (seed ${SEED}, ${corpus.length} inputs)`, () => {
  test('every text detector finishes within its budget and throws nothing', () => {
    // warm up once (lazy stemmers, phrase lists, Intl) so that the first timing is the detector's own
    runFuzz([{ label: 'warm-up', text: 'Kunt u mij de offerte sturen? Could you send the quote?' }]);
    const timings = runFuzz(corpus, DETECTORS);
    expect(timings.filter((t) => t.error)).toEqual([]);
    const slow = timings.filter((t) => t.cpuMs > budget(sizeOf.get(t.input)!)).map((t) => `${t.detector} on "${t.input}" (${t.lang}): ${Math.round(t.cpuMs)} ms CPU`);
    expect(slow).toEqual([]);
  }, 120_000);

  test('lint finishes within its budget on drafts made of the same inputs, own text and quoted', async () => {
    const config = validateConfig({ me: ['*@prinsweb.example'] });
    const now = new Date('2026-03-05T16:05:00+01:00');
    const pick = corpus.filter((c) => /capitals|token|deep quote|attribution|wrote|brackets|mixed scripts|mixture [12]\b/.test(c.label));
    const slow: string[] = [];
    for (const c of pick) {
      const draft = ownAndQuotedDraft(c.text);
      const c0 = process.cpuUsage();
      const res = await lintBytes(Buffer.from(draft), `${c.label}.eml`, { config, rules, now });
      const d = process.cpuUsage(c0);
      const ms = (d.user + d.system) / 1000;
      // checked, or refused with a reason; never a crash
      expect(res.checked || typeof res.code === 'string').toBe(true);
      if (ms > budget(draft.length)) slow.push(`lint on "${c.label}": ${Math.round(ms)} ms CPU`);
    }
    expect(slow).toEqual([]);
  }, 120_000);
});
