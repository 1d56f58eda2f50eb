/**
 * Scoring for the labelled thread mailboxes: match findings (replycheck's or the baseline's) to the labels, and the
 * naive baseline itself. Pure functions over labels + findings; scripts/eval-labelled.ts runs the CLI and prints.
 */
import type { Labels } from './types.js';

export interface Finding {
  ruleId: string;
  messageId: string;
  evidence?: string;
  severity?: string;
  data?: { status?: string };
}

export interface Scores { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }

export function scores(tp: number, fp: number, fn: number): Scores {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

export function addScores(list: Scores[]): Scores {
  return scores(list.reduce((a, s) => a + s.tp, 0), list.reduce((a, s) => a + s.fp, 0), list.reduce((a, s) => a + s.fn, 0));
}

/** One miss or false alarm, for `--errors tune`. */
export interface ErrorItem { kind: 'miss' | 'false alarm'; rule: string; messageId: string; text: string }

export interface RuleResult { scores: Scores; errors: ErrorItem[] }

const tokens = (s: string) => new Set((s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((t) => t.length > 1));

/** Evidence and a labelled text are the same sentence when either's words are mostly in the other. */
export function overlaps(a: string, b: string): boolean {
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta.size || !tb.size) return false;
  let common = 0;
  for (const t of ta) if (tb.has(t)) common++;
  return common / ta.size >= 0.5 || common / tb.size >= 0.5;
}

/** Greedy one-to-one matching of predicted (messageId, text) to gold items on the same message. */
function matchSentences(rule: string, gold: Array<{ messageId: string; text: string }>, predicted: Array<{ messageId: string; text: string }>): RuleResult {
  const used = new Set<number>();
  const errors: ErrorItem[] = [];
  let tp = 0;
  let fp = 0;
  for (const p of predicted) {
    const i = gold.findIndex((g, k) => !used.has(k) && g.messageId === p.messageId && overlaps(g.text, p.text));
    if (i >= 0) { used.add(i); tp++; } else { fp++; errors.push({ kind: 'false alarm', rule, messageId: p.messageId, text: p.text }); }
  }
  gold.forEach((g, k) => { if (!used.has(k)) errors.push({ kind: 'miss', rule, messageId: g.messageId, text: g.text }); });
  return { scores: scores(tp, fp, gold.length - used.size), errors };
}

/** unanswered-question: gold = every labelled question still open at now; any severity counts as flagged. */
export function scoreQuestions(labels: Labels, findings: Finding[]): RuleResult {
  const gold = labels.questions.filter((q) => q.answeredBy === null);
  // One finding for an unreplied mail stands for all its open questions: the evidence and data.alsoAsked (one a line).
  const predicted = findings
    .filter((f) => f.ruleId === 'unanswered-question')
    .flatMap((f) => {
      const also = (f.data as Record<string, unknown> | undefined)?.alsoAsked;
      return [f.evidence ?? '', ...(typeof also === 'string' ? also.split('\n') : [])].map((text) => ({ messageId: f.messageId, text }));
    });
  return matchSentences('unanswered-question', gold, predicted);
}

/** broken-promise: gold = promises broken at now; a finding counts when its status is broken (or not given). */
export function scorePromises(labels: Labels, findings: Finding[]): RuleResult {
  const gold = labels.promises.filter((p) => p.status === 'broken');
  const predicted = findings
    .filter((f) => f.ruleId === 'broken-promise' && (f.data?.status ?? 'broken') === 'broken')
    .map((f) => ({ messageId: f.messageId, text: f.evidence ?? '' }));
  return matchSentences('broken-promise', gold, predicted);
}

/** awaiting-reply, per thread: gold = threads awaiting a reply for more than 8 business hours at now. */
export function scoreAwaiting(labels: Labels, findings: Finding[]): RuleResult {
  const threadOf = new Map<string, string>();
  for (const t of labels.threads) for (const id of t.messages) threadOf.set(id, t.id);
  const gold = new Set(labels.threads.filter((t) => t.waitedOver8BusinessHours).map((t) => t.id));
  const flagged = new Map<string, string>();
  for (const f of findings) if (f.ruleId === 'awaiting-reply') flagged.set(threadOf.get(f.messageId) ?? `?${f.messageId}`, f.messageId);
  const errors: ErrorItem[] = [];
  let tp = 0;
  for (const [t, id] of flagged) {
    if (gold.has(t)) tp++;
    else errors.push({ kind: 'false alarm', rule: 'awaiting-reply', messageId: id, text: `thread ${t}` });
  }
  for (const t of gold) {
    if (!flagged.has(t)) errors.push({ kind: 'miss', rule: 'awaiting-reply', messageId: labels.threads.find((x) => x.id === t)!.awaitingSince!, text: `thread ${t}` });
  }
  return { scores: scores(tp, flagged.size - tp, [...gold].filter((t) => !flagged.has(t)).length), errors };
}

// ---------------------------------------------------------------------------------------------------------------
// Baseline: what a 60-line script does.

export interface PlainMessage { messageId: string; date: Date; from: string; inReplyTo?: string; references: string[]; text: string }

/** New text, naively: everything above the first ">" line, "On … wrote:" / "Op … schreef …:" line or Outlook header. */
export function naiveNewText(text: string): string {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*>/.test(line) || /^\s*(On|Op)\b.*(wrote|schreef|geschreven):\s*$/i.test(line)) break;
    if (/^-{3,}\s*(Original Message|Oorspronkelijk bericht)/i.test(line) || /^_{10,}\s*$/.test(line)) break;
    out.push(line);
  }
  return out.join('\n');
}

function isMine(address: string, me: string[]): boolean {
  const a = address.toLowerCase();
  return me.some((m) => (m.startsWith('*@') ? a.endsWith(m.slice(1).toLowerCase()) : a === m.toLowerCase()));
}

/** Group messages by the first Message-ID of their References (or In-Reply-To, or their own id). */
function threadsOf(msgs: PlainMessage[]): Map<string, PlainMessage[]> {
  const ids = new Set(msgs.map((m) => m.messageId));
  const rootOf = (m: PlainMessage): string => m.references.find((r) => ids.has(r)) ?? (m.inReplyTo && ids.has(m.inReplyTo) ? m.inReplyTo : m.messageId);
  const out = new Map<string, PlainMessage[]>();
  for (const m of [...msgs].sort((a, b) => a.date.getTime() - b.date.getTime())) {
    const r = rootOf(m);
    out.set(r, [...(out.get(r) ?? []), m]);
  }
  return out;
}

/**
 * Baseline findings: every sentence with "?" in the new text of incoming mail is a question, answered when any later
 * outgoing message exists in the thread; a thread whose last message is incoming and older than 8 business hours
 * awaits a reply; an outgoing sentence with a first-person future ("I'll", "we will", "ik stuur", "u krijgt", …) is
 * a promise, broken when no later outgoing message followed and it is more than 16 business hours old.
 */
export function baselineFindings(msgs: PlainMessage[], me: string[], now: Date, businessHours: (from: Date, to: Date) => number): Finding[] {
  const findings: Finding[] = [];
  const promise = /\b(i'll|i will|we'll|we will|you'll|ik (stuur|laat|zal|bel|kom|mail|zoek)|we (sturen|laten|zullen)|wij (sturen|laten|zullen)|(je|u) krijgt)\b/i;
  for (const thread of threadsOf(msgs.filter((m) => m.date <= now)).values()) {
    thread.forEach((m, i) => {
      const later = thread.slice(i + 1);
      const sentences = naiveNewText(m.text).split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim()).filter(Boolean);
      if (!isMine(m.from, me)) {
        if (later.some((x) => isMine(x.from, me))) return;
        for (const s of sentences) if (s.includes('?')) findings.push({ ruleId: 'unanswered-question', messageId: m.messageId, evidence: s });
        if (i === thread.length - 1 && businessHours(m.date, now) > 8) findings.push({ ruleId: 'awaiting-reply', messageId: m.messageId });
      } else if (!later.some((x) => isMine(x.from, me)) && businessHours(m.date, now) > 16) {
        for (const s of sentences) if (promise.test(s)) findings.push({ ruleId: 'broken-promise', messageId: m.messageId, evidence: s });
      }
    });
  }
  return findings;
}
