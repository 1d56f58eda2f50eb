/**
 * A seeded corpus of adversarial texts and the list of every text detector, shared by the fuzz test
 * (test/safety/fuzz.test.ts) and the robustness row of `npm run bench`.
 *
 * The inputs are the shapes that made our patterns blow up or that stress them most: long runs of capitals,
 * unbroken tokens, deep ">" quotes, giant lines, runs of "?" and of punctuation, blanks, brackets and "@",
 * attribution verbs over and over, line separators, and mixed scripts (Cyrillic, Arabic, CJK, emoji, combining
 * marks, right-to-left marks). Sizes stay below the analysis cap (src/parse/limits.ts), which bounds the rest.
 */
import type { Language } from '../../src/model.js';
import { findQuestions, isClosingThanks } from '../../src/text/questions.js';
import { keyTerms, sharedTerms } from '../../src/text/terms.js';
import { splitSentences, maskUrls } from '../../src/text/sentences.js';
import { findCommitments } from '../../src/text/commitments.js';
import { parseDue } from '../../src/text/due.js';
import { findAftercare, findApology, findJobConcluded, isHoldingReply } from '../../src/text/acknowledge.js';
import { addressForms, dominantForm } from '../../src/text/formality.js';
import { detectLanguage } from '../../src/text/language.js';
import { findPhraseHits } from '../../src/text/phrases.js';
import { splitReply } from '../../src/parse/split.js';
import { mulberry32 } from './mulberry32.js';

interface FuzzInput {
  label: string;
  text: string;
}

const prng = mulberry32;

const SCRIPTS = ['Привет мир', 'مرحبا بالعالم', '你好世界', '😀👍🏽🇳🇱', 'e\u0301\u0308\u0323', '\u200f\u202etekst\u202c', 'İıŞş', 'ﬁ ß Æ'];
const PIECES = [
  'Kunt u mij laten weten wanneer? ', 'Could you let me know? ', 'Op ma 2 mrt 2026 om 09:14 schreef Jan <jan@x.example>:',
  'On Mon, Mar 02, 2026 at 09:14:00AM +0100, Jan wrote:', 'Van: Jan\nVerzonden: maandag\n', 'ik kom erop terug ', "I'll get back to you tomorrow ",
  'https://example.com/a?b=1&c=2 ', 'jan.de.vries@klant.example ', 'Met vriendelijke groet,\nJan\n', '-- \n', '> ', 'Excuses voor de late reactie. ',
];

/** The corpus for one seed: every shape at a few sizes, and random mixtures of them. */
export function fuzzCorpus(seed = 20261203, scale = 1): FuzzInput[] {
  const rnd = prng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const n = (k: number) => Math.max(1, Math.round(k * scale));
  const out: FuzzInput[] = [];
  const add = (label: string, text: string) => out.push({ label, text });
  const caps = (len: number) => Array.from({ length: len }, () => String.fromCharCode(65 + Math.floor(rnd() * 26))).join('');

  add('capitals 8 KB', 'A'.repeat(n(8192)));
  add('capitals 20 KB mixed, then ?', caps(n(20_000)) + '?');
  add('capital words and commas', Array.from({ length: n(4000) }, () => caps(1 + Math.floor(rnd() * 4))).join(rnd() < 0.5 ? ' ' : ', '));
  add('token 262 KB', 'x'.repeat(n(262_144)));
  add('token with @ and dots', Array.from({ length: n(20_000) }, () => pick(['a', '@', '.', '-', 'b'])).join(''));
  add('dashes', 'a' + '-'.repeat(n(100_000)) + 'b');
  add('deep quote 5000', '>'.repeat(n(5000)) + ' Kunt u dat sturen?');
  add('deep quote lines', Array.from({ length: n(3000) }, (_, i) => '>'.repeat(i % 60) + ' regel ' + i).join('\n'));
  add('giant line 200 KB of words', Array.from({ length: n(30_000) }, () => pick(['de', 'offerte', 'Jan', 'wanneer', 'kunt', 'u', 'the', 'quote'])).join(' '));
  add('many ?', '?'.repeat(n(50_000)));
  add('? and words', Array.from({ length: n(10_000) }, () => pick(['wat?', 'hoe', '?', 'why?', ' '])).join(''));
  add('punctuation run', Array.from({ length: n(60_000) }, () => pick(['.', ',', '!', ':', ';', '-', '*', '…'])).join(''));
  add('blanks then x', ' \t'.repeat(n(50_000)) + 'x');
  add('tabs before colon', 'Van' + '\t'.repeat(n(50_000)) + ':x');
  add('brackets and mailto', '[mailto:'.repeat(n(1000)) + '<'.repeat(n(1000)) + '@'.repeat(n(1000)) + '('.repeat(n(1000)));
  add('attribution verbs', 'Op ' + 'schreef '.repeat(n(5000)) + '\u2028x');
  add('wrote verbs', 'On ' + 'wrote '.repeat(n(5000)) + '\u2028x');
  add('line separators', Array.from({ length: n(5000) }, () => pick(['\u2028', '\u2029', '\r', 'a', ' '])).join(''));
  add('mixed scripts', Array.from({ length: n(5000) }, () => pick(SCRIPTS)).join(' '));
  add('newlines only', '\n'.repeat(n(100_000)));
  for (let i = 0; i < n(12); i++) {
    const parts: string[] = [];
    const len = 50 + Math.floor(rnd() * 400);
    for (let j = 0; j < len; j++) parts.push(rnd() < 0.3 ? pick(SCRIPTS) : rnd() < 0.5 ? pick(PIECES) : caps(1 + Math.floor(rnd() * 30)));
    add(`mixture ${i + 1}`, parts.join(pick([' ', '\n', '', '\n\n', '\t'])));
  }
  return out;
}

interface Detector {
  name: string;
  run(text: string, lang: Language): unknown;
}

const REF = new Date('2026-03-05T10:00:00+01:00');
const TZ = 'Europe/Amsterdam';

/** Every detector in src/text, and the reply split they all read from. */
export const DETECTORS: Detector[] = [
  { name: 'splitReply', run: (t) => splitReply(t) },
  { name: 'splitSentences', run: (t, l) => splitSentences(t, l) },
  { name: 'maskUrls', run: (t) => maskUrls(t) },
  { name: 'findQuestions', run: (t, l) => findQuestions(t, l) },
  { name: 'isClosingThanks', run: (t, l) => isClosingThanks(t, l) },
  { name: 'keyTerms', run: (t, l) => keyTerms(t, l) },
  { name: 'sharedTerms', run: (t, l) => sharedTerms(t, t, l) },
  { name: 'findCommitments', run: (t, l) => findCommitments(t, l, REF, TZ) },
  { name: 'parseDue', run: (t, l) => parseDue(t, l, REF, TZ) },
  { name: 'isHoldingReply', run: (t, l) => isHoldingReply(t, l) },
  { name: 'findApology', run: (t, l) => findApology(t, l) },
  { name: 'findJobConcluded', run: (t, l) => findJobConcluded(t, l) },
  { name: 'findAftercare', run: (t, l) => findAftercare(t, l) },
  { name: 'addressForms', run: (t) => addressForms(t) },
  { name: 'dominantForm', run: (t) => dominantForm(t) },
  { name: 'detectLanguage', run: (t) => detectLanguage(t) },
  { name: 'jargon', run: (t, l) => findPhraseHits(t, l, 'jargon') },
  { name: 'dismissive', run: (t, l) => findPhraseHits(t, l, 'dismissive') },
];

interface FuzzTiming {
  detector: string;
  input: string;
  lang: Language;
  /** Wall-clock time. */
  ms: number;
  /** CPU time of this process (user + system): what the call cost, whatever else the machine was doing. */
  cpuMs: number;
  error?: string;
}

/** Runs f and returns its wall and CPU time in ms. */
function timed(f: () => unknown): { ms: number; cpuMs: number } {
  const c = process.cpuUsage();
  const t = performance.now();
  f();
  const ms = performance.now() - t;
  const d = process.cpuUsage(c);
  return { ms, cpuMs: (d.user + d.system) / 1000 };
}

/** Runs every detector on every input in both languages; returns each timing (and any error thrown). */
export function runFuzz(corpus: FuzzInput[], detectors: Detector[] = DETECTORS): FuzzTiming[] {
  const out: FuzzTiming[] = [];
  for (const input of corpus) {
    for (const lang of ['nl', 'en'] as const) {
      for (const d of detectors) {
        let error: string | undefined;
        const time = timed(() => {
          try {
            d.run(input.text, lang);
          } catch (e) {
            error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
          }
        });
        out.push({ detector: d.name, input: input.label, lang, ...time, ...(error && { error }) });
      }
    }
  }
  return out;
}
