/**
 * Sentence-level precision / recall / F1 of findQuestions on the Parakweet "ask" sentences
 * (/work/shared/corpora/parakweet-intent/Ask0729-fixed.txt, English, noisy labels; "Yes" also covers
 * proposals and some marketing calls to action, which our detector deliberately does not chase).
 * Lines with index % 5 === 0 are a held-out dev set: never looked at while tuning; both are reported,
 * next to the baseline "the sentence contains ?".
 * Run: npx tsc -p . && node dist/scripts/eval-questions.js [--errors] (prints misses/false alarms of the tuning split)
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from '../src/meta.js';
import { findQuestions } from '../src/text/questions.js';

export const CORPUS = resolve(ROOT, '../shared/corpora/parakweet-intent/Ask0729-fixed.txt');

export interface Scores {
  n: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalResult {
  corpus: string;
  tune: { detector: Scores; baseline: Scores };
  heldOut: { detector: Scores; baseline: Scores };
  all: { detector: Scores; baseline: Scores };
}

interface Item {
  index: number;
  gold: boolean;
  text: string;
}

export function readCorpus(path = CORPUS): Item[] {
  const items: Item[] = [];
  readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .forEach((line, index) => {
      const tab = line.indexOf('\t');
      if (tab < 0) return;
      const label = line.slice(0, tab).trim();
      if (label !== 'Yes' && label !== 'No') return;
      items.push({ index, gold: label === 'Yes', text: line.slice(tab + 1) });
    });
  return items;
}

function score(items: Item[], predict: (s: string) => boolean): Scores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const it of items) {
    const p = predict(it.text);
    if (p && it.gold) tp++;
    else if (p) fp++;
    else if (it.gold) fn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { n: items.length, tp, fp, fn, precision, recall, f1 };
}

const detector = (s: string) => findQuestions(s, 'en').length > 0;
const baseline = (s: string) => s.includes('?');

export async function evalQuestions(path = CORPUS): Promise<EvalResult | undefined> {
  if (!existsSync(path)) return undefined;
  const items = readCorpus(path);
  const heldOut = items.filter((it) => it.index % 5 === 0);
  const tune = items.filter((it) => it.index % 5 !== 0);
  const both = (xs: Item[]) => ({ detector: score(xs, detector), baseline: score(xs, baseline) });
  return { corpus: path, tune: both(tune), heldOut: both(heldOut), all: both(items) };
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
function row(name: string, s: Scores): string {
  return `${name.padEnd(22)} n=${String(s.n).padStart(4)}  P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
}

/** Measures and prints; `npm run eval` calls this. */
export async function printEvalQuestions(): Promise<void> {
  const r = await evalQuestions();
  if (!r) {
    console.log(`eval-questions: corpus not found at ${CORPUS}; nothing to measure.`);
    return;
  }
  console.log(`Parakweet ask sentences: ${r.corpus}`);
  for (const [name, part] of [
    ['tuning (index%5!=0)', r.tune],
    ['held-out (index%5==0)', r.heldOut],
    ['all', r.all],
  ] as const) {
    console.log(row(`${name}`, part.detector));
    console.log(row('  baseline "?"', part.baseline));
  }
  if (process.argv.includes('--errors')) {
    // Only the tuning split is ever printed: the held-out lines stay unseen.
    for (const it of readCorpus().filter((x) => x.index % 5 !== 0)) {
      const p = detector(it.text);
      if (p !== it.gold) console.log(`${p ? 'FP' : 'FN'}\t${it.text}`);
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  printEvalQuestions().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}
