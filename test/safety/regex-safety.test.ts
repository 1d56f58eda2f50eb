/**
 * No regular expression of ours can be made to backtrack super-linearly by the text of a mail.
 *
 * Every pattern is checked with recheck (https://makenowjust-labs.github.io/recheck/), which proves a pattern
 * linear with an automaton analysis where it can and otherwise searches for an attack string with a seeded
 * fuzzer, and names the degree of the blow-up (polynomial, exponential) with an attack string. We chose it over
 * safe-regex2, whose star-height heuristic misses the polynomial cases that bit us (`\S+@\S+`, two `\s*` side by
 * side) and flags harmless ones. recheck runs here without Java (its native build for linux-x64, else its Scala.js
 * build in a worker).
 *
 * Which patterns:
 *  - every RegExp literal in src/ and rules/ (read from the sources with Babel's parser), and
 *  - every RegExp our code builds at run time (`new RegExp(…)`: the phrase lists of rules/phrases, the due-date and
 *    formality patterns, …), caught by wrapping the global RegExp constructor while the demo mailbox is scanned,
 *    every lint fixture is linted and every phrase list is compiled in each of its forms.
 * A pattern recheck finds vulnerable fails the suite, unless it is a proven false positive (ALLOW) or one of the known
 * ones still to be rewritten (PENDING).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseSync, traverse } from '@babel/core';
import { check } from 'recheck';
import { ROOT } from '../../src/meta.js';

interface Pattern {
  source: string;
  flags: string;
  where: string;
}

/**
 * Patterns recheck calls vulnerable wrongly. Its fuzzer counts the steps of its own matcher, which tries a look-behind
 * or a literal prefix the slow way where V8 does not; a verdict marked "(fuzz)" is such a count, not a proof. Each
 * entry gives why the pattern is linear and recheck's attack string (as a function of the repeat count); the last test
 * runs that attack at about 100,000 characters in V8 and requires it to finish in well under a second (a quadratic
 * pattern takes seconds at 20,000). Keep this list short: an entry is a proven false positive, never a hope.
 */
const ALLOW: Record<string, { reason: string; attack: (n: number) => string }> = {};

/**
 * Known super-linear patterns not yet rewritten (issue 9: every regex over untrusted text is linear). They are named
 * here so that the suite fails on any new or changed vulnerable pattern while these are worked off; an entry whose
 * pattern is gone from the code or has become linear must be removed (the third test says which).
 */
const PENDING: Record<string, string> = {
};

const RUNTIME: Pattern[] = [];
const NativeRegExp = RegExp;
const HERE = relative(ROOT, new URL(import.meta.url).pathname);

/** The file:line of our code that built a RegExp, or undefined when a library or a test did. */
function builder(stack: string): string | undefined {
  for (const line of stack.split('\n').slice(1)) {
    const m = /\(?(\/[^():]+):(\d+):\d+\)?$/.exec(line.trim());
    if (!m) continue;
    const file = relative(ROOT, m[1]!);
    if (file === HERE) continue;
    // a library (node_modules, also through the shared folder a worktree links to) built it
    if (file.startsWith('..') || file.startsWith('node_modules')) return undefined;
    return file.startsWith('src/') || file.startsWith('rules/') ? `${file}:${m[2]}` : undefined;
  }
  return undefined;
}

function record(re: RegExp): void {
  const where = builder(new Error().stack ?? '');
  if (where) RUNTIME.push({ source: re.source, flags: re.flags, where: `${where} (built)` });
}

function literalsIn(dirs: string[]): Pattern[] {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.ts') && !p.endsWith('.d.ts') && !p.endsWith('.test.ts')) files.push(p);
    }
  };
  for (const d of dirs) walk(join(ROOT, d));
  const out: Pattern[] = [];
  for (const f of files) {
    const ast = parseSync(readFileSync(f, 'utf8'), { filename: f, presets: ['@babel/preset-typescript'], babelrc: false, configFile: false });
    traverse(ast!, {
      RegExpLiteral(p) {
        out.push({ source: p.node.pattern, flags: p.node.flags, where: `${relative(ROOT, f)}:${p.node.loc?.start.line}` });
      },
    });
  }
  return out;
}

async function exerciseRuntimePatterns(): Promise<void> {
  const { validateConfig } = await import('../../src/config/validate.js');
  const { scan } = await import('../../src/run.js');
  const { lintBytes } = await import('../../src/lint/lint.js');
  const { findPhrases, phraseRegexes, hasPhrase, PHRASES_DIR } = await import('../../src/text/phrases.js');
  const { default: rules } = await import('../../rules/index.js');
  const { now, ...demo } = JSON.parse(readFileSync(join(ROOT, 'fixtures/demo/replycheck.config.json'), 'utf8'));
  const config = validateConfig(demo);
  await scan({ config, rules, paths: [join(ROOT, 'fixtures/demo/Maildir')], now: new Date(now) });
  const lintDir = join(ROOT, 'fixtures/lint');
  const lintFiles = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? lintFiles(join(d, n)) : [join(d, n)]));
  for (const f of lintFiles(lintDir)) {
    try {
      await lintBytes(readFileSync(f), f, { config, rules, now: new Date(now) });
    } catch {
      /* a fixture that lint refuses (no date, not mail) still ran the patterns up to its refusal */
    }
  }
  // Every phrase list in each compiled form: the lower-case matcher, the exact one ("İ" changes length when
  // lower-cased), and phraseRegexes.
  for (const lang of ['nl', 'en'] as const) {
    for (const file of readdirSync(join(PHRASES_DIR, lang)).filter((n) => n.endsWith('.txt'))) {
      const list = file.slice(0, -4);
      findPhrases('zie bijlage, kunt u dat doen?', lang, list);
      findPhrases('İstanbul, kunt u dat doen?', lang, list);
      hasPhrase('tja', lang, list);
      phraseRegexes(lang, list);
    }
  }
}

/**
 * A plain phrase compiles (phrases.ts compilePhrase / plainSource) to literal words joined by `\s+`, with at most a
 * one-character look-behind and look-ahead for word boundaries, and a list's plain phrases to one alternation of
 * those. The words hold no blank, so each character has exactly one place in a match: linear by construction, for
 * every phrase a user may add too. Their shape is checked here instead of sending some 150 of them to recheck.
 */
const WORD = String.raw`(?:\\[^a-zA-Z0-9]|\['’\]|[^\\\s()[\]{}|*+?.^$])+`; // escaped punctuation, ['’], plain characters
const PLAIN_SEQ = String.raw`${WORD}(?:\\s\+${WORD})*`;
const PLAIN_PHRASE = new RegExp(String.raw`^(?:\(\?<!\[\\p\{L\}\\p\{N\}\]\))?${PLAIN_SEQ}(?:\(\?!\[\\p\{L\}\\p\{N\}\]\))?$|^${PLAIN_SEQ}(?:\|${PLAIN_SEQ})*$`, 'u');

/** Built from a phrase-list line: by phrases.ts, or by phrase-gaps.ts for the parts of a gap line ("/A/ [^.!?]* /B/"). */
const fromPhraseList = (where: string) => where.startsWith('src/text/phrases.ts') || where.startsWith('src/text/phrase-gaps.ts');

/**
 * A /regex/ line of a phrase list (or a part of a gap line) is matched in two compiled forms: as written with `iu`
 * (compilePhrase) and, when it holds no capitals or \p, without flags on lower-cased text. The flagless form matches a
 * subset of what the `iu` form matches, so it can only backtrack less: the `iu` form is the one checked.
 */
const needsCheck = (p: Pattern) => !(fromPhraseList(p.where) && (PLAIN_PHRASE.test(p.source) || (!/[iu]/.test(p.flags) && RUNTIME.some((q) => q.source === p.source && q.flags.includes('i')))));

let checked: Array<Pattern & { status: string; complexity?: string; attack?: string }> = [];

/**
 * recheck takes 0.2–3 s a pattern, and there are some 900 (most of them phrase-list lines), so its verdicts are
 * kept in regex-verdicts.json, keyed by recheck's version and the exact flags and source. A pattern that is new
 * or changed is checked afresh (and, outside CI, its verdict recorded), so the file can only ever save time: it
 * never decides anything recheck did not. `RC_RECHECK_ALL=1` ignores it.
 */
const VERDICTS = join(ROOT, 'test', 'safety', 'regex-verdicts.json');
/**
 * recheck's own time limits (incubation, seeding, attack: 100–1,000 ms) make its fuzzer's verdict depend on the load
 * of the machine (seen: one pattern vulnerable in one run, safe in the next). They are switched off, so a verdict
 * depends only on the pattern, the step limits and the seed. A check that runs past the overall timeout (the
 * automaton proof, then the fuzzer) is `unknown`: recorded, so it is not re-run each time, and never taken as safe.
 */
const OPTIONS = { timeout: 120_000, randomSeed: 20261203, incubationTimeout: null, seedingTimeout: null, attackTimeout: null } as const;
const RECHECK_VERSION = `${(JSON.parse(readFileSync(join(ROOT, 'node_modules', 'recheck', 'package.json'), 'utf8')) as { version: string }).version} ${JSON.stringify(OPTIONS)}`;
type Verdict = { status: string; complexity?: string; attack?: string };

/** g and y only move where matching starts; recheck analyses a match tried at every position anyway. */
const keyOf = (p: { source: string; flags: string }) => `${p.flags.replace(/[gy]/g, '')}/${p.source}`;

async function verdicts(patterns: Pattern[]): Promise<Map<string, Verdict>> {
  let stored: { recheck?: string; verdicts?: Record<string, Verdict> } = {};
  try {
    stored = JSON.parse(readFileSync(VERDICTS, 'utf8'));
  } catch {
    /* none yet */
  }
  const known = stored.recheck === RECHECK_VERSION && !process.env.RC_RECHECK_ALL ? (stored.verdicts ?? {}) : {};
  const out = new Map<string, Verdict>();
  const todo = patterns.filter((p) => {
    const v = known[keyOf(p)];
    if (v) out.set(keyOf(p), v);
    return !v;
  });
  const save = () => {
    if (process.env.CI) return;
    const keep: Record<string, Verdict> = {};
    for (const k of [...out.keys()].sort()) keep[k] = out.get(k)!;
    writeFileSync(VERDICTS, JSON.stringify({ recheck: RECHECK_VERSION, verdicts: keep }, null, 1) + '\n');
  };
  // two at a time: one recheck agent per core; what is found is saved as it comes (a long first run keeps its work)
  let next = 0;
  const worker = async () => {
    while (next < todo.length) {
      const p = todo[next++]!;
      // A phrase-list line (hand-written data, ~230 of them) gets recheck's fuzz checker, 0.2–0.5 s a pattern; the
      // automaton proof takes 2–15 s on these case-insensitive alternations. Everything else: recheck's default
      // (the automaton proof where the pattern allows it, else the fuzzer).
      const phraseLine = fromPhraseList(p.where);
      let r = await check(p.source, p.flags.replace(/[gy]/g, ''), { ...OPTIONS, ...(phraseLine && { checker: 'fuzz' as const }) });
      // the automaton proof can run out of time on a long case-insensitive alternation: then the fuzzer decides
      if (r.status === 'unknown' && !phraseLine) r = await check(p.source, p.flags.replace(/[gy]/g, ''), { ...OPTIONS, checker: 'fuzz' });
      out.set(
        keyOf(p),
        r.status === 'vulnerable' ? { status: r.status, complexity: r.complexity.summary, attack: r.attack.pattern.slice(0, 100) } : { status: r.status },
      );
      if (out.size % 10 === 0) save();
    }
  };
  await Promise.all([worker(), worker()]);
  // keep only the patterns that are in the code now
  if (todo.length || Object.keys(known).length !== out.size) save();
  return out;
}

beforeAll(async () => {
  // Wrap RegExp only while our code runs; the wrapper records and hands back a real RegExp.
  (globalThis as { RegExp: RegExpConstructor }).RegExp = new Proxy(NativeRegExp, {
    construct(target, args, newTarget) {
      const re = Reflect.construct(target, args, newTarget) as RegExp;
      record(re);
      return re;
    },
    apply(target, thisArg, args) {
      const re = Reflect.apply(target, thisArg, args) as RegExp;
      record(re);
      return re;
    },
  });
  try {
    await exerciseRuntimePatterns();
  } finally {
    (globalThis as { RegExp: RegExpConstructor }).RegExp = NativeRegExp;
  }
  const unique = new Map<string, Pattern>();
  for (const p of [...literalsIn(['src', 'rules']), ...RUNTIME.filter(needsCheck)]) if (!unique.has(keyOf(p))) unique.set(keyOf(p), p);
  const found = await verdicts([...unique.values()]);
  checked = [...unique.values()].map((p) => ({ ...p, ...found.get(keyOf(p))! }));
}, 3_600_000);

afterAll(() => {
  (globalThis as { RegExp: RegExpConstructor }).RegExp = NativeRegExp;
});

describe('regular expressions over mail text', () => {
  test('the collection found the literals and the patterns built at run time', () => {
    expect(checked.filter((p) => !p.where.endsWith('(built)')).length).toBeGreaterThan(200);
    const built = checked.filter((p) => p.where.endsWith('(built)'));
    // the phrase lists (one alternation per list) and the due-date patterns at least
    expect(built.some((p) => p.where.startsWith('src/text/phrases.ts'))).toBe(true);
    expect(built.some((p) => p.where.startsWith('src/text/due.ts') || p.where.startsWith('src/text/date-words.ts'))).toBe(true);
  });

  test('none backtracks super-linearly, apart from the proven false positives in ALLOW and the known ones in PENDING', () => {
    const bad = checked
      .filter((p) => p.status !== 'safe' && !(p.source in ALLOW) && !(p.source in PENDING))
      .map((p) => `${p.where}  ${p.status} ${p.complexity ?? ''}  /${p.source.slice(0, 160)}/${p.flags}  attack: ${p.attack ?? '-'}`);
    expect(bad).toEqual([]);
  });

  test('every ALLOW and PENDING entry is still in the code and still flagged', () => {
    const flagged = new Set(checked.filter((p) => p.status !== 'safe').map((p) => p.source));
    expect([...Object.keys(ALLOW), ...Object.keys(PENDING)].filter((s) => !flagged.has(s))).toEqual([]);
  });

  test('each ALLOW entry runs its attack string of ~100,000 characters in linear time in V8', () => {
    for (const [source, { attack }] of Object.entries(ALLOW)) {
      const p = checked.find((q) => q.source === source)!;
      const re = new NativeRegExp(source, p.flags.replace(/[gy]/g, '') + 'g');
      const per = Math.max(1, attack(1).length - attack(0).length);
      const s = attack(Math.ceil(100_000 / per));
      let best = Infinity;
      for (let k = 0; k < 3; k++) {
        const t0 = performance.now();
        s.replace(re, '');
        best = Math.min(best, performance.now() - t0);
      }
      expect({ source, ms: best < 250 ? 'fast' : best }).toEqual({ source, ms: 'fast' });
    }
  });
});
