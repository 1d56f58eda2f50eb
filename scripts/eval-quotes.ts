/**
 * Quote-stripping quality on third-party corpora (measurement only: the fixtures in fixtures/parse teach).
 *
 *  - reply-trimmer-discourse: emails/X.txt → our newText vs trimmed/X.txt (quotes, reply headers AND
 *    signatures removed upstream). Exact match after trim, and mean line-level F1.
 *  - talon-fixtures standard_replies: .eml → text → what is left without the quote (newText + signature:
 *    talon's expectations keep "Sent from my iPhone" and "-- " blocks) vs "Hello" or <name>_reply_text.
 *
 * Columns: ours, the baseline "cut at the first line starting with >", and email-reply-parser 2.3.7.
 * Run: npx tsc -p . && node dist/scripts/eval-quotes.js
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from '../src/meta.js';
import { splitReply } from '../src/parse/split.js';
import { readMime } from '../src/parse/mime.js';

type Stripper = (text: string) => { reply: string; withSignature: string };

interface Score {
  name: string;
  n: number;
  exact: number;
  f1: number;
}

export interface QuoteEval {
  corpus: string;
  files: number;
  scores: Score[];
  misses: string[];
}

const norm = (s: string) => s.replace(/\r\n?/g, '\n').trim();
const lineSet = (s: string) =>
  norm(s)
    .split('\n')
    .map((l) => l.trim().replace(/\s+/g, ' '))
    .filter((l) => l !== '');
const same = (a: string, b: string) => lineSet(a).join('\n') === lineSet(b).join('\n');

/** Line-level F1 over the multiset of non-empty, whitespace-normalised lines. */
export function lineF1(got: string, want: string): number {
  const g = lineSet(got);
  const w = lineSet(want);
  if (g.length === 0 && w.length === 0) return 1;
  if (g.length === 0 || w.length === 0) return 0;
  const pool = new Map<string, number>();
  for (const l of w) pool.set(l, (pool.get(l) ?? 0) + 1);
  let hit = 0;
  for (const l of g) {
    const c = pool.get(l) ?? 0;
    if (c > 0) {
      hit++;
      pool.set(l, c - 1);
    }
  }
  if (hit === 0) return 0;
  const p = hit / g.length;
  const r = hit / w.length;
  return (2 * p * r) / (p + r);
}

const ours: Stripper = (text) => {
  const s = splitReply(text);
  return { reply: s.newText, withSignature: [s.newText, s.signature].filter(Boolean).join('\n\n') };
};

const baseline: Stripper = (text) => {
  const lines = norm(text).split('\n');
  const i = lines.findIndex((l) => l.startsWith('>'));
  const reply = (i < 0 ? lines : lines.slice(0, i)).join('\n');
  return { reply, withSignature: reply };
};

async function libraryStripper(): Promise<Stripper> {
  const { default: EmailReplyParser } = await import('email-reply-parser');
  return (text) => {
    const email = new EmailReplyParser().read(text);
    const visible = email.getVisibleText();
    // fragments that are signatures but not quotes count as "without the quote"
    const frags = email.getFragments() as Array<{ isQuoted(): boolean; toString(): string }>;
    const noQuote = frags.filter((f) => !f.isQuoted()).map((f) => f.toString()).join('\n');
    return { reply: visible, withSignature: noQuote };
  };
}

function score(name: string, pairs: Array<{ got: string; want: string }>): Score {
  let exact = 0;
  let f1 = 0;
  for (const { got, want } of pairs) {
    if (same(got, want)) exact++;
    f1 += lineF1(got, want);
  }
  return { name, n: pairs.length, exact, f1: pairs.length ? f1 / pairs.length : 0 };
}

const corpora = path.resolve(ROOT, '../shared/corpora');

async function evalDiscourse(strippers: Array<[string, Stripper]>): Promise<QuoteEval | null> {
  const base = path.join(corpora, 'reply-trimmer-discourse/test');
  if (!existsSync(path.join(base, 'emails'))) return null;
  const names = readdirSync(path.join(base, 'emails'))
    .filter((f) => f.endsWith('.txt') && existsSync(path.join(base, 'trimmed', f)))
    .sort();
  const inputs = names.map((f) => ({
    f,
    text: readFileSync(path.join(base, 'emails', f), 'utf8'),
    want: readFileSync(path.join(base, 'trimmed', f), 'utf8'),
  }));
  const scores = strippers.map(([name, strip]) =>
    score(
      name,
      inputs.map((x) => ({ got: strip(x.text).reply, want: x.want })),
    ),
  );
  const misses = inputs.filter((x) => !same(strippers[0][1](x.text).reply, x.want)).map((x) => x.f);
  return { corpus: 'reply-trimmer-discourse', files: inputs.length, scores, misses };
}

async function evalTalon(strippers: Array<[string, Stripper]>): Promise<QuoteEval | null> {
  const dir = path.join(corpora, 'talon-fixtures/tests/fixtures/standard_replies');
  if (!existsSync(dir)) return null;
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .sort();
  const inputs: Array<{ f: string; text: string; want: string }> = [];
  for (const f of names) {
    const mime = await readMime(readFileSync(path.join(dir, f)));
    const expected = path.join(dir, f.replace(/\.eml$/, '_reply_text'));
    inputs.push({ f, text: mime.text ?? '', want: existsSync(expected) ? readFileSync(expected, 'utf8') : 'Hello' });
  }
  const scores = strippers.map(([name, strip]) =>
    score(
      name,
      inputs.map((x) => ({ got: strip(x.text).withSignature, want: x.want })),
    ),
  );
  const misses = inputs.filter((x) => !same(strippers[0][1](x.text).withSignature, x.want)).map((x) => x.f);
  return { corpus: 'talon standard_replies', files: inputs.length, scores, misses };
}

/** Runs every corpus that is present; absent corpora are reported and skipped. */
export async function evalQuotes(log: (s: string) => void = console.log): Promise<QuoteEval[]> {
  if (!existsSync(corpora)) {
    log(`eval-quotes: ${corpora} is absent; nothing measured.`);
    return [];
  }
  const strippers: Array<[string, Stripper]> = [
    ['replycheck', ours],
    ['baseline (cut at first >)', baseline],
    ['email-reply-parser 2.3.7', await libraryStripper()],
  ];
  const results: QuoteEval[] = [];
  for (const [label, run] of [
    ['reply-trimmer-discourse', evalDiscourse],
    ['talon standard_replies', evalTalon],
  ] as const) {
    const r = await run(strippers);
    if (!r) {
      log(`eval-quotes: corpus ${label} is absent; skipped.`);
      continue;
    }
    results.push(r);
    log(`\n${r.corpus} (${r.files} files)`);
    for (const s of r.scores)
      log(`  ${s.name.padEnd(28)} exact ${String(s.exact).padStart(3)}/${s.n} (${((100 * s.exact) / s.n).toFixed(1)}%)  mean line F1 ${s.f1.toFixed(3)}`);
    if (r.misses.length) log(`  replycheck misses: ${r.misses.join(', ')}`);
  }
  return results;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await evalQuotes();
}
