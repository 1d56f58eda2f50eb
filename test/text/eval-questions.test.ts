import { describe, test, expect } from '@jest/globals';
import { existsSync } from 'node:fs';
import { CORPUS, evalQuestions } from '../../scripts/eval-questions.js';

const present = existsSync(CORPUS);
if (!present) console.warn(`eval-questions: ${CORPUS} not found; corpus test skipped`);

describe('findQuestions on the Parakweet ask sentences', () => {
  (present ? test : test.skip)('beats the "contains ?" baseline on the held-out split, with high precision', async () => {
    const r = (await evalQuestions())!;
    const { detector, baseline } = r.heldOut;
    expect(detector.n).toBeGreaterThan(700);
    expect(detector.precision).toBeGreaterThanOrEqual(0.8);
    expect(detector.recall).toBeGreaterThan(baseline.recall * 2);
    expect(detector.f1).toBeGreaterThan(baseline.f1);
  });
  test('a missing corpus gives undefined, not an error', async () => {
    expect(await evalQuestions('/nonexistent/corpus.txt')).toBeUndefined();
  });
});
