/**
 * Rule-level precision / recall / F1 of `replycheck lint` on the hand-labelled reply drafts in
 * eval/drafts/{tune,test} (see eval/drafts/README.md). Each draft is linted by the real CLI, as a user would:
 *   node bin/replycheck lint <draft.eml> --reply-to <original.eml> -f json --now <labels.now>
 * The unit is the (draft, rule) pair: a rule counts as found when it reports at least once on the draft.
 * Scores per rule and overall (micro), tune and test apart; plus the slowest lint run (wall ms, Node start-up
 * included). `--errors tune` lists the tune half's misses and false alarms; the test half only ever shows scores.
 * Run: npm run build && node dist/scripts/eval-drafts.js [--errors tune]
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from '../src/meta.js';
import rules from '../rules/index.js';

export const DRAFTS_DIR = join(ROOT, 'eval', 'drafts');
export const HALVES = ['tune', 'test'] as const;
export type Half = (typeof HALVES)[number];
/** The rules that run in lint (they have a draft check). */
export const LINT_RULES: string[] = rules.filter((r) => typeof r.checkDraft === 'function').map((r) => r.id);

export interface Expected {
  rule: string;
  question?: string;
  term?: string;
  detail?: string;
  note: string;
}

export interface Labels {
  id: string;
  lang: 'nl' | 'en';
  kind: string;
  writer: string;
  quoteStyle: string;
  attachment: string | null;
  now: string;
  originalDate: string;
  originalWaitedBusinessHours: number;
  rules: string[];
  expected: Expected[];
  note?: string;
}

export interface DraftCase {
  half: Half;
  dir: string;
  labels: Labels;
}

interface Finding {
  ruleId: string;
  message: string;
  evidence?: string;
  data?: Record<string, unknown>;
}

export interface DraftRun {
  case: DraftCase;
  found: Finding[];
  ms: number;
  /** Set when lint did not give a usable JSON answer (timeout, crash, usage error). */
  error?: string;
}

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  /** null when undefined (nothing predicted / nothing expected). */
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface HalfScore {
  half: Half;
  drafts: number;
  /** Drafts whose found rule set equals the labelled set exactly. */
  exact: number;
  errors: number;
  overall: Prf;
  perRule: Record<string, Prf>;
  slowestMs: number;
  slowestId: string;
  medianMs: number;
}

export function loadCases(half: Half, root = DRAFTS_DIR): DraftCase[] {
  const base = join(root, half);
  if (!existsSync(base)) return [];
  return readdirSync(base, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((id) => {
      const dir = join(base, id);
      return { half, dir, labels: JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Labels };
    });
}

const BIN = join(ROOT, 'bin', 'replycheck');

/** One real CLI run. Its own cwd, cache and environment, so no user config or cache leaks in. */
export function lintOne(c: DraftCase, opts: { timeoutMs?: number; cwd: string }): Promise<DraftRun> {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('REPLYCHECK_')) env[k] = v;
  Object.assign(env, { NO_COLOR: '1', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', XDG_CACHE_HOME: join(opts.cwd, 'cache'), HOME: opts.cwd });
  const args = [BIN, 'lint', join(c.dir, 'draft.eml'), '--reply-to', join(c.dir, 'original.eml'), '-f', 'json', '--now', c.labels.now];
  const t0 = performance.now();
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd: opts.cwd, env, timeout: opts.timeoutMs ?? 20_000, maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
      const ms = performance.now() - t0;
      const code = err && typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : err ? -1 : 0;
      if (err && code !== 1) {
        const why = (err as { killed?: boolean }).killed ? `timed out after ${Math.round(ms)} ms` : `exit ${code}: ${stderr.trim().split('\n')[0] ?? ''}`;
        resolve({ case: c, found: [], ms, error: why });
        return;
      }
      try {
        const out = JSON.parse(stdout) as { files: Array<{ findings: Finding[]; errors: unknown[] }> };
        const file = out.files[0];
        const found = file?.findings ?? [];
        const error = file && file.errors.length ? `lint reported: ${JSON.stringify(file.errors[0])}` : undefined;
        resolve({ case: c, found, ms, ...(error ? { error } : {}) });
      } catch {
        resolve({ case: c, found: [], ms, error: `no JSON on stdout (${stderr.trim().split('\n')[0] ?? ''})` });
      }
    });
  });
}

export async function runCases(cases: DraftCase[], opts: { timeoutMs?: number } = {}): Promise<DraftRun[]> {
  const cwd = mkdtempSync(join(tmpdir(), 'rc-eval-drafts-'));
  try {
    const out: DraftRun[] = [];
    // One at a time: the slowest-run figure should be the time of one lint, not of two competing for a core.
    for (const c of cases) out.push(await lintOne(c, { ...opts, cwd }));
    return out;
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}

function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp ? tp / (tp + fp) : null;
  const recall = tp + fn ? tp / (tp + fn) : null;
  const f1 = precision === null || recall === null ? (tp + fp + fn ? 0 : null) : precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

export const foundRules = (r: DraftRun) => new Set(r.found.map((f) => f.ruleId));

export function score(half: Half, runs: DraftRun[]): HalfScore {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (rule: string, k: 'tp' | 'fp' | 'fn') => {
    const c = counts.get(rule) ?? { tp: 0, fp: 0, fn: 0 };
    c[k]++;
    counts.set(rule, c);
  };
  for (const rule of LINT_RULES) counts.set(rule, { tp: 0, fp: 0, fn: 0 });
  let exact = 0;
  for (const r of runs) {
    const gold = new Set(r.case.labels.rules);
    const got = foundRules(r);
    for (const rule of got) bump(rule, gold.has(rule) ? 'tp' : 'fp');
    for (const rule of gold) if (!got.has(rule)) bump(rule, 'fn');
    if (gold.size === got.size && [...gold].every((g) => got.has(g))) exact++;
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const perRule: Record<string, Prf> = {};
  for (const [rule, c] of counts) {
    perRule[rule] = prf(c.tp, c.fp, c.fn);
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  const times = runs.map((r) => r.ms).sort((a, b) => a - b);
  const medianMs = times.length ? Math.round(times[Math.floor((times.length - 1) / 2)]!) : 0;
  const slowest = runs.reduce<DraftRun | undefined>((a, b) => (!a || b.ms > a.ms ? b : a), undefined);
  return {
    half,
    drafts: runs.length,
    exact,
    errors: runs.filter((r) => r.error).length,
    overall: prf(tp, fp, fn),
    perRule,
    slowestMs: slowest ? Math.round(slowest.ms) : 0,
    slowestId: slowest ? slowest.case.labels.id : '',
    medianMs,
  };
}

const fmt = (x: number | null) => (x === null ? '   — ' : x.toFixed(2).padStart(5));

export function formatScores(scores: HalfScore[]): string {
  const lines: string[] = [];
  lines.push('lint on labelled reply drafts (eval/drafts; unit = (draft, rule) pair)');
  for (const s of scores) {
    const o = s.overall;
    lines.push(
      `  ${s.half.padEnd(5)} ${String(s.drafts).padStart(3)} drafts  P ${fmt(o.precision)}  R ${fmt(o.recall)}  F1 ${fmt(o.f1)}` +
        `  (tp ${o.tp} fp ${o.fp} fn ${o.fn}; ${s.exact} drafts exactly right; lint median ${s.medianMs} ms, slowest ${s.slowestMs} ms` +
        `${s.half === 'tune' ? ` (${s.slowestId})` : ''}${s.errors ? `; ${s.errors} runs failed` : ''})`,
    );
  }
  lines.push('');
  const head = `  ${'rule'.padEnd(22)}` + scores.map((s) => `  ${s.half.padEnd(4)}  P     R     F1   tp fp fn`).join('   ');
  lines.push(head);
  for (const rule of LINT_RULES) {
    let row = `  ${rule.padEnd(22)}`;
    for (const s of scores) {
      const p = s.perRule[rule]!;
      row += `        ${fmt(p.precision)} ${fmt(p.recall)} ${fmt(p.f1)} ${String(p.tp).padStart(3)}${String(p.fp).padStart(3)}${String(p.fn).padStart(3)}   `;
    }
    lines.push(row.trimEnd());
  }
  return lines.join('\n');
}

/** Misses and false alarms of the TUNE half only. */
export function formatErrors(runs: DraftRun[]): string {
  const lines: string[] = [];
  for (const r of runs) {
    if (r.case.half !== 'tune') throw new Error('only the tune half has its errors printed');
    const l = r.case.labels;
    const gold = new Set(l.rules);
    const got = foundRules(r);
    const out: string[] = [];
    if (r.error) out.push(`    ERROR ${r.error}`);
    for (const e of l.expected) {
      if (got.has(e.rule)) continue;
      const what = e.question ? ` “${e.question}”` : e.term ? ` “${e.term}”` : '';
      out.push(`    miss  ${e.rule}${what}: ${e.note}`);
    }
    for (const f of r.found) {
      if (gold.has(f.ruleId)) continue;
      out.push(`    false ${f.ruleId}: ${f.message}${f.evidence ? `  “${f.evidence}”` : ''}`);
    }
    // Right rule, but a different term or question than labelled: shown for the two rules that name one.
    const terms = l.expected.filter((e) => e.term).map((e) => e.term!.toLowerCase());
    const gotTerms = r.found.filter((f) => f.ruleId === 'jargon').map((f) => String(f.data?.term ?? '').toLowerCase());
    if (gold.has('jargon') && got.has('jargon')) {
      const extra = gotTerms.filter((t) => !terms.some((x) => x.includes(t) || t.includes(x)));
      const missed = terms.filter((x) => !gotTerms.some((t) => x.includes(t) || t.includes(x)));
      if (extra.length || missed.length) out.push(`    note  jargon terms: labelled [${terms.join(', ')}], found [${gotTerms.join(', ')}]`);
    }
    if (out.length) lines.push(`  ${l.id} (${l.lang}, ${l.quoteStyle}${l.note ? `; ${l.note}` : ''})`, ...out);
  }
  return lines.length ? `tune half: misses and false alarms\n${lines.join('\n')}` : 'tune half: no misses, no false alarms';
}

export async function evalDrafts(opts: { halves?: Half[]; root?: string; limit?: number } = {}) {
  const halves = opts.halves ?? [...HALVES];
  const runs: Record<string, DraftRun[]> = {};
  const scores: HalfScore[] = [];
  for (const half of halves) {
    const cases = loadCases(half, opts.root).slice(0, opts.limit);
    runs[half] = await runCases(cases);
    scores.push(score(half, runs[half]!));
  }
  return { scores, runs };
}

export async function printEvalDrafts(argv: string[] = []): Promise<void> {
  const i = argv.indexOf('--errors');
  const errorsOf = i >= 0 ? argv[i + 1] : undefined;
  if (errorsOf !== undefined && errorsOf !== 'tune') {
    console.error('--errors takes "tune": the test half is held out and only ever shows scores');
    process.exitCode = 2;
    return;
  }
  if (!existsSync(DRAFTS_DIR)) {
    console.log('lint drafts: eval/drafts not found, skipped');
    return;
  }
  const { scores, runs } = await evalDrafts();
  console.log(formatScores(scores));
  if (errorsOf === 'tune') console.log('\n' + formatErrors(runs.tune ?? []));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await printEvalDrafts(process.argv.slice(2));
}
