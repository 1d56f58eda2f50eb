/**
 * `npm run eval` part: replycheck on the labelled thread mailboxes of eval/labelled/ (see its README), beside a naive
 * baseline. For each mailbox and half it runs the real CLI (`scan … -f json` and `report … -f json`), matches the
 * findings to the labels and prints P/R/F1 per rule (unanswered-question, broken-promise, awaiting-reply) and the
 * report's figures against the labels. The tune half is shown per mailbox; the held-out test half only as totals.
 *   node dist/scripts/eval-labelled.js [--errors tune]   (misses and false alarms of the TUNE half only)
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ROOT } from '../src/meta.js';
import { businessHoursBetween } from './labelled/business-hours.js';
import { addScores, baselineFindings, scoreAwaiting, scorePromises, scoreQuestions } from './labelled/score.js';
import type { ErrorItem, Finding, PlainMessage, RuleResult, Scores } from './labelled/score.js';
import type { Labels, MailboxInfo } from './labelled/types.js';

const run = promisify(execFile);
export const LABELLED = resolve(ROOT, 'eval/labelled');
export const RULES = ['unanswered-question', 'broken-promise', 'awaiting-reply'] as const;
type Rule = (typeof RULES)[number];
type Half = 'tune' | 'test';

export interface Figures {
  questions: { asked: number; answered: number };
  promises: { kept: number; keptLate: number; broken: number; open: number };
  replies: Record<string, number>;
}

export interface HalfResult {
  mailbox: string;
  half: Half;
  messages: number;
  threads: number;
  replycheck: Record<Rule, RuleResult>;
  baseline: Record<Rule, RuleResult>;
  report: Figures;
  labels: Figures;
}

async function cli(args: string[]): Promise<unknown> {
  try {
    const { stdout } = await run(process.execPath, [join(ROOT, 'bin/replycheck'), ...args], { cwd: ROOT, maxBuffer: 64 << 20 });
    return JSON.parse(stdout);
  } catch (e) {
    const out = (e as { stdout?: string }).stdout;
    if (out && out.trim().startsWith('{')) return JSON.parse(out); // exit 1 = findings; the JSON is still complete
    throw e;
  }
}

async function readMaildir(dir: string): Promise<PlainMessage[]> {
  const { simpleParser } = await import('mailparser');
  const files = (await readdir(join(dir, 'cur'))).sort();
  const out: PlainMessage[] = [];
  for (const f of files) {
    const p = await simpleParser(await readFile(join(dir, 'cur', f)), { skipHtmlToText: false });
    const refs = p.references === undefined ? [] : Array.isArray(p.references) ? p.references : [p.references];
    out.push({ messageId: p.messageId ?? f, date: p.date ?? new Date(0), from: p.from?.value[0]?.address ?? '', inReplyTo: p.inReplyTo, references: refs, text: p.text ?? '' });
  }
  return out;
}

function labelFigures(labels: Labels): Figures {
  const replies: Record<string, number> = {};
  for (const m of labels.messages) if (m.reply && m.member) replies[m.member] = (replies[m.member] ?? 0) + 1;
  const n = (s: string) => labels.promises.filter((p) => p.status === s).length;
  return {
    questions: { asked: labels.questions.length, answered: labels.questions.filter((q) => q.answeredBy).length },
    promises: { kept: n('kept'), keptLate: n('kept-late'), broken: n('broken'), open: n('open') },
    replies,
  };
}

interface ReportJson { stats: { questions?: { asked?: number; answered?: number }; promises?: Record<string, number>; team?: Array<Record<string, unknown>> } }

function reportFigures(r: ReportJson, members: string[]): Figures {
  const s = r.stats;
  const replies: Record<string, number> = {};
  for (const name of members) replies[name] = 0;
  for (const t of s.team ?? []) replies[String(t.name ?? t.member ?? '?')] = Number(t.repliesSent ?? 0);
  return {
    questions: { asked: s.questions?.asked ?? 0, answered: s.questions?.answered ?? 0 },
    promises: { kept: s.promises?.kept ?? 0, keptLate: s.promises?.keptLate ?? 0, broken: s.promises?.broken ?? 0, open: s.promises?.open ?? 0 },
    replies,
  };
}

export async function evalHalf(mailbox: string, half: Half): Promise<HalfResult> {
  const dir = join(LABELLED, mailbox);
  const info = JSON.parse(readFileSync(join(dir, 'mailbox.json'), 'utf8')) as MailboxInfo;
  const labels = JSON.parse(readFileSync(join(dir, half, 'labels.json'), 'utf8')) as Labels;
  const config = join(dir, 'replycheck.config.json');
  const me = (JSON.parse(readFileSync(config, 'utf8')) as { me: string[] }).me;
  const maildir = join(dir, half, 'Maildir');
  const first = labels.messages.map((m) => m.date).sort()[0]!;
  const since = new Date(Date.parse(first) - 2 * 86400_000).toISOString().slice(0, 10);
  const [scan, report] = await Promise.all([
    cli(['scan', maildir, '-c', config, '--now', info.now, '-f', 'json', '--no-progress']) as Promise<{ findings: Finding[] }>,
    cli(['report', maildir, '-c', config, '--now', info.now, '--since', since, '-f', 'json', '--no-progress', '--fail-on', 'never']) as Promise<ReportJson>,
  ]);
  const bh = (a: Date, b: Date) => businessHoursBetween(a.toISOString(), b.toISOString(), info);
  const base = baselineFindings(await readMaildir(maildir), me, new Date(info.now), bh);
  const score = (f: Finding[]) => ({ 'unanswered-question': scoreQuestions(labels, f), 'broken-promise': scorePromises(labels, f), 'awaiting-reply': scoreAwaiting(labels, f) });
  const members = [...new Set(Object.values(info.people).map((p) => p.team).filter((t): t is string => Boolean(t) && labels.messages.some((m) => m.member === t)))];
  return {
    mailbox, half, messages: labels.messages.length, threads: labels.threads.length,
    replycheck: score(scan.findings), baseline: score(base), report: reportFigures(report, members), labels: labelFigures(labels),
  };
}

export function mailboxes(): string[] {
  return readdirSync(LABELLED, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
}

export async function evalLabelled(only?: Array<{ mailbox: string; half: Half }>): Promise<HalfResult[]> {
  // a mailbox whose test half is frozen before its tune half lands has only the one half for a while
  const todo = only ?? mailboxes().flatMap((mailbox) => (['tune', 'test'] as const)
    .filter((half) => existsSync(join(LABELLED, mailbox, half, 'labels.json'))).map((half) => ({ mailbox, half })));
  const out: HalfResult[] = new Array(todo.length);
  let next = 0;
  const worker = async () => {
    while (next < todo.length) {
      const k = next++;
      out[k] = await evalHalf(todo[k]!.mailbox, todo[k]!.half);
    }
  };
  await Promise.all([worker(), worker()]); // two halves at a time (each runs scan and report side by side)
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
const f2 = (x: number) => x.toFixed(2);
const cell = (s: Scores) => `${f2(s.precision)} ${f2(s.recall)} ${f2(s.f1)} (${s.tp}/${s.fp}/${s.fn})`.padEnd(26);
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(0)}%` : 'n/a');
const diff = (got: number, want: number) => (want ? `${got >= want ? '+' : ''}${((100 * (got - want)) / want).toFixed(0)}%` : got ? `+${got}` : '0');

function figuresLines(label: string, results: HalfResult[], perMember: boolean): string[] {
  const sum = (pick: (f: Figures) => number, side: 'report' | 'labels') => results.reduce((a, r) => a + pick(r[side]), 0);
  const lines: string[] = [];
  const qa = sum((f) => f.questions.answered, 'report');
  const qn = sum((f) => f.questions.asked, 'report');
  const la = sum((f) => f.questions.answered, 'labels');
  const ln = sum((f) => f.questions.asked, 'labels');
  const share = (a: number, n: number) => (n ? (100 * a) / n : 0);
  lines.push(`  ${label} questions answered   report ${qa}/${qn} = ${pct(qa, qn)}   labels ${la}/${ln} = ${pct(la, ln)}   difference ${(share(qa, qn) - share(la, ln)).toFixed(0)} points (${diff(share(qa, qn), share(la, ln))})`);
  const keys = ['kept', 'keptLate', 'broken', 'open'] as const;
  lines.push(`  ${label} promises kept / kept late / broken / open   report ${keys.map((k) => sum((f) => f.promises[k], 'report')).join(' / ')}   labels ${keys.map((k) => sum((f) => f.promises[k], 'labels')).join(' / ')}   difference ${keys.map((k) => diff(sum((f) => f.promises[k], 'report'), sum((f) => f.promises[k], 'labels'))).join(' / ')}`);
  const rows: string[] = [];
  let off = 0;
  let total = 0;
  for (const r of results) {
    for (const name of Object.keys(r.labels.replies).sort()) {
      const want = r.labels.replies[name]!;
      const got = r.report.replies[name] ?? 0;
      off += Math.abs(got - want);
      total += want;
      rows.push(`      ${`${r.mailbox}/${name}`.padEnd(22)} report ${String(got).padStart(3)}   labels ${String(want).padStart(3)}   ${diff(got, want)}`);
    }
  }
  lines.push(`  ${label} replies per team member: total |report - labels| = ${off} of ${total} replies (${pct(off, total)})`);
  if (perMember) lines.push(...rows);
  return lines;
}

function ruleTable(title: string, results: HalfResult[]): string[] {
  const lines = [`  ${title}`];
  for (const rule of RULES) {
    const rc = addScores(results.map((r) => r.replycheck[rule].scores));
    const bl = addScores(results.map((r) => r.baseline[rule].scores));
    lines.push(`    ${rule.padEnd(20)} replycheck ${cell(rc)} baseline ${cell(bl)}`);
  }
  return lines;
}

export function formatResults(results: HalfResult[], errors?: Half): string {
  const lines: string[] = [];
  const of = (h: Half) => results.filter((r) => r.half === h);
  const count = (rs: HalfResult[]) => `${new Set(rs.map((r) => r.mailbox)).size} mailboxes, ${rs.reduce((a, r) => a + r.threads, 0)} threads, ${rs.reduce((a, r) => a + r.messages, 0)} messages`;
  lines.push(`Labelled thread mailboxes (eval/labelled; gold = labels as of each mailbox's now). P R F1 (tp/fp/fn)`);
  lines.push(`baseline: every "?" sentence of incoming new text is a question, answered by any later reply; a thread awaits when its last mail is incoming and > 8 business h old; an outgoing "I'll / ik stuur / u krijgt" sentence with no later outgoing mail after 16 business h is broken`);
  for (const h of ['tune', 'test'] as const) {
    const rs = of(h);
    if (!rs.length) continue;
    lines.push('', `${h.toUpperCase()} half (${count(rs)})`);
    if (h === 'tune') for (const r of rs) lines.push(...ruleTable(r.mailbox, [r]));
    lines.push(...ruleTable(`all ${h} mailboxes`, rs));
    lines.push(`  report figures vs labels (${h}):`);
    lines.push(...figuresLines(' ', rs, h === 'tune'));
  }
  if (errors === 'tune') {
    lines.push('', 'TUNE half: misses and false alarms of replycheck');
    for (const r of of('tune')) {
      for (const rule of RULES) {
        for (const e of r.replycheck[rule].errors as ErrorItem[]) lines.push(`  ${r.mailbox} ${rule} ${e.kind}: ${e.messageId} — ${e.text}`);
      }
    }
  }
  return lines.join('\n');
}

export async function printEvalLabelled(argv = process.argv.slice(2)): Promise<HalfResult[]> {
  const i = argv.indexOf('--errors');
  const errors = i >= 0 ? argv[i + 1] : undefined;
  if (errors !== undefined && errors !== 'tune') {
    console.error('--errors takes "tune": the test half is held out and only ever shows totals');
    process.exitCode = 2;
    return [];
  }
  const results = await evalLabelled();
  console.log(`\n${formatResults(results, errors as Half | undefined)}`);
  return results;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await printEvalLabelled();
