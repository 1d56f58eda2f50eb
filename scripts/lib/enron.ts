/**
 * The pure parts of the real-mail measurement (scripts/eval-enron.ts): who "me" is, a finding's identity, the
 * seeded stratified draw, rates and precision over a judged set. No files, no processes: tested alone in
 * test/scripts/enron.test.ts.
 */
import { fingerprint } from '../../src/stats/baseline.js';
import { mulberry32 } from './mulberry32.js';

/** The reason classes a judge may give; a fixed list so shares can be counted. */
export const REASON_CLASSES = [
  'real-question', 'real-request', 'waiting', 'late', 'promise-broken', // reasons for a lapse
  'fyi', 'broadcast', 'bulk', 'disclaimer', 'cc-only', 'not-addressed', 'answer-to-mine', 'quoted-text',
  'signature', 'wrong-message', 'answered', 'kept', 'offer', 'rhetorical', 'closing', 'internal-colleague',
  'not-a-promise', 'not-a-question', 'not-late', 'own-mail', 'other',
] as const;
export type ReasonClass = (typeof REASON_CLASSES)[number];
export type Verdict = 'lapse' | 'false-alarm' | 'cant-tell';

/** What the scan's JSON gives for one finding, plus the mailbox it came from. */
export interface FoundItem {
  person: string;
  ruleId: string;
  messageId: string;
  evidence?: string;
  subject?: string;
  correspondent?: string;
  date?: string;
  threadId?: string;
}

export interface JudgedItem extends FoundItem {
  /** person + the tool's own baseline fingerprint (rule, Message-ID, normalised evidence). */
  key: string;
  verdict: Verdict | null;
  reasonClass: ReasonClass | null;
  reason: string;
  /** Which draws (1-based, see JudgedFile.drawn) picked this finding. */
  inDraw?: number[];
}

export interface JudgedFile {
  kind: 'replycheck-enron-judged';
  version: 1;
  /** How the sample was drawn (seed, per-rule counts, the run it was drawn from). */
  /** How each sample was drawn; population = the findings per rule in the run it was drawn from. */
  drawn: { seed: number; at: string; perRule: Record<string, number>; population?: Record<string, number>; note?: string }[];
  judge?: string;
  items: JudgedItem[];
}

/** A finding's identity: the person whose mailbox it is, and the fingerprint src/stats/baseline.ts uses. */
export function identity(f: Pick<FoundItem, 'person' | 'ruleId' | 'messageId' | 'evidence'>): string {
  return `${f.person}:${fingerprint({ ruleId: f.ruleId, messageId: f.messageId, evidence: f.evidence })}`;
}

/**
 * The owner's addresses, from the From addresses of their sent folder: every address that sent at least
 * `minShare` of it (2%), and every one whose local part contains the surname. Pure: the counting is the rule.
 */
export function deriveMe(sentFroms: string[], surname: string, minShare = 0.02): string[] {
  const counts = new Map<string, number>();
  for (const a of sentFroms) {
    const x = a.trim().toLowerCase();
    if (x.includes('@')) counts.set(x, (counts.get(x) ?? 0) + 1);
  }
  const total = sentFroms.length || 1;
  const sur = surname.toLowerCase();
  return [...counts]
    .filter(([a, n]) => n / total >= minShare || a.split('@')[0]!.includes(sur))
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
    .map(([a]) => a);
}

/**
 * People also have short aliases and private addresses: first initial + the surname (or its first 5+ letters)
 * + digits (`vkamins@`, `sscott5@`, a home `vkaminski@aol.com`). Such addresses among the correspondents of
 * the mailbox are taken as the owner's too, as the owner would list them in `me`.
 */
export function aliasesOf(recipients: string[], surname: string, initial: string): string[] {
  const sur = surname.toLowerCase();
  const out = new Set<string>();
  for (const a of recipients) {
    const x = a.trim().toLowerCase();
    const m = /^([a-z])\.?([a-z]+)\d*@/.exec(x);
    if (m && m[1] === initial.toLowerCase() && m[2]!.length >= 5 && sur.startsWith(m[2]!)) out.add(x);
  }
  return [...out].sort();
}

/** The draw's PRNG (mulberry32): the same seed gives the same sample everywhere. */
export const rng = mulberry32;

/** A seeded shuffle that does not depend on the input order (sorted by key first). */
export function seededShuffle<T>(items: T[], keyOf: (x: T) => string, seed: number): T[] {
  const out = [...items].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  const r = rng(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * How many to draw per rule: a rule with at most `minPerRule` findings gives all of them; the others share
 * the rest of `total` in proportion to their counts, each getting at least `minPerRule` (largest remainders
 * settle the rounding). The sum can exceed `total` only when the minimums alone do.
 */
export function allocate(counts: Record<string, number>, total: number, minPerRule = 30): Record<string, number> {
  const out: Record<string, number> = {};
  const big: string[] = [];
  let budget = total;
  for (const [rule, n] of Object.entries(counts).sort()) {
    if (n <= minPerRule) {
      out[rule] = n;
      budget -= n;
    } else big.push(rule);
  }
  const fixed = new Set<string>();
  // Give the minimum to rules whose proportional share falls below it, then share what is left.
  for (;;) {
    const free = big.filter((r) => !fixed.has(r));
    const left = budget - [...fixed].reduce((s, r) => s + out[r]!, 0);
    const mass = free.reduce((s, r) => s + counts[r]!, 0);
    const low = free.filter((r) => (left * counts[r]!) / (mass || 1) < minPerRule);
    if (low.length === 0) {
      const shares = free.map((r) => ({ r, x: Math.max(0, (left * counts[r]!) / (mass || 1)) }));
      let given = 0;
      for (const s of shares) {
        out[s.r] = Math.min(counts[s.r]!, Math.floor(s.x));
        given += out[s.r]!;
      }
      const rest = shares.sort((a, b) => b.x - Math.floor(b.x) - (a.x - Math.floor(a.x)) || a.r.localeCompare(b.r));
      for (let i = 0; given < left && i < rest.length; i++) {
        if (out[rest[i]!.r]! < counts[rest[i]!.r]!) {
          out[rest[i]!.r]!++;
          given++;
        }
      }
      return out;
    }
    for (const r of low) {
      out[r] = minPerRule;
      fixed.add(r);
    }
  }
}

/** The seeded stratified draw: `allocate` per rule, each rule's findings in seeded order, excluded keys skipped. */
export function stratifiedDraw(items: FoundItem[], opts: { total: number; seed: number; minPerRule?: number; exclude?: Set<string> }): FoundItem[] {
  const pool = new Map<string, FoundItem>();
  for (const f of items) {
    const k = identity(f);
    if (!opts.exclude?.has(k) && !pool.has(k)) pool.set(k, f);
  }
  const byRule = new Map<string, FoundItem[]>();
  for (const f of pool.values()) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
  const counts = Object.fromEntries([...byRule].map(([r, xs]) => [r, xs.length]));
  const per = allocate(counts, opts.total, opts.minPerRule ?? 30);
  const out: FoundItem[] = [];
  for (const rule of Object.keys(per).sort()) {
    const seed = (opts.seed ^ hash32(rule)) >>> 0;
    out.push(...seededShuffle(byRule.get(rule)!, identity, seed).slice(0, per[rule]));
  }
  return out;
}

function hash32(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

export interface RuleScore {
  ruleId: string;
  lapse: number;
  falseAlarm: number;
  cantTell: number;
  /** lapse / (lapse + false alarm), null when there is neither. */
  precision: number | null;
  /** Judged findings of this rule that no longer fire, by verdict. */
  gone: { lapse: number; falseAlarm: number; cantTell: number };
}

/** Precision per rule over the judged findings that still fire (`current` holds the keys of this run). */
export function scoreJudged(items: JudgedItem[], current: Set<string>): { rules: RuleScore[]; total: RuleScore } {
  const rules = new Map<string, RuleScore>();
  const blank = (ruleId: string): RuleScore => ({ ruleId, lapse: 0, falseAlarm: 0, cantTell: 0, precision: null, gone: { lapse: 0, falseAlarm: 0, cantTell: 0 } });
  const total = blank('all');
  for (const it of items) {
    if (!it.verdict) continue;
    const s = rules.get(it.ruleId) ?? blank(it.ruleId);
    rules.set(it.ruleId, s);
    const field = it.verdict === 'lapse' ? 'lapse' : it.verdict === 'false-alarm' ? 'falseAlarm' : 'cantTell';
    for (const x of [s, total]) {
      if (current.has(it.key)) x[field]++;
      else x.gone[field]++;
    }
  }
  for (const s of [...rules.values(), total]) s.precision = s.lapse + s.falseAlarm ? s.lapse / (s.lapse + s.falseAlarm) : null;
  return { rules: [...rules.values()].sort((a, b) => a.ruleId.localeCompare(b.ruleId)), total };
}

/** Findings per 1,000 messages, one decimal. */
export function per1000(findings: number, messages: number): number {
  return messages ? Math.round((findings * 10000) / messages) / 10 : 0;
}
