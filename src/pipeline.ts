/**
 * The pipeline: source → parse → thread → analyze → rules, as one module. It holds no user-facing text: what went
 * wrong or needs saying is data (`Problem`: where, a code, the facts for the words), and src/run.ts words it in
 * Dutch and English for the CLI. A problem a source or the parser raised comes with that stage's own texts.
 */
import { stat } from 'node:fs/promises';
import type { Config } from './config/types.js';
import type { Bilingual, Message, ProgressFactory, RawMessage } from './model.js';
import { describeOrigin } from './model.js';
import { problemTexts } from './problems.js';
import { BusinessTime } from './text/business-time.js';
import { setExtraPhrases } from './text/phrases.js';
import { buildThreads } from './thread/build-threads.js';
import { isDraft } from './parse/noise.js';
import { addressMatcher } from './address.js';
import { runRules, type EngineResult } from './analyze/engine.js';
import type { AnalysisStore } from './cache/analysis-store.js';
import type { Rule } from './analyze/define-rule.js';
import type { AnalysisBudgetOptions } from './analyze/budget.js';
import type { SourceSummary } from './scan-result.js';
import type { SourceProblem } from './source/local.js';
import type { Parsed } from './parse/stage.js';

export interface ScanInput {
  config: Config;
  rules: Rule[];
  /** Local paths; empty = the configured IMAP accounts. */
  paths: string[];
  accountNames?: string[];
  /** IMAP: mailboxes to read instead of the account's (default INBOX + \Sent). */
  mailboxes?: string[];
  since?: Date;
  now: Date;
  useCache?: boolean;
  /** Progress bars for IMAP fetches (the CLI's, when a person is watching); none when absent. */
  progress?: ProgressFactory;
  /** The per-message analysis budget (default src/parse/limits.ts MESSAGE_ANALYSIS_MS). */
  analysisBudget?: AnalysisBudgetOptions;
}

/**
 * Something to tell about the run, as data. `texts` when the stage that raised it worded it (a source error, a
 * parse failure); otherwise src/run.ts words `code` with `args`.
 */
export interface Problem {
  source: string;
  code: string;
  args?: Record<string, string | number>;
  texts?: Bilingual;
  /** The stage's words in English only (an IMAP parse failure passed on as it came). */
  message?: string;
}

/** A source as read: its counts, and when none of it could be read, why. */
export interface SourceRead {
  summary: SourceSummary;
  failure?: Problem;
  /** IMAP warnings, worded by the IMAP source. */
  warnings?: Bilingual[];
}

export interface Collected {
  messages: Message[];
  sources: SourceRead[];
  problems: Problem[];
}

/**
 * Reads every source through the one parse stage; a source that fails is recorded and the others go on. `keep`
 * decides, message by message as it is parsed, what is held (default: all); the rest is counted and let go, so
 * memory is bounded by the run's window, not by the mailbox.
 */
export async function readSources(input: ScanInput, keep: (m: Message) => boolean = () => true): Promise<Collected> {
  // `now` lets the parser judge "a date in the future" by the run's clock, not the machine's.
  const parseOpts = { me: input.config.me, internalDomains: input.config.internalDomains, now: input.now };
  const messages: Message[] = [];
  const sources: SourceRead[] = [];
  const problems: Problem[] = [];
  const took = (m: Message) => {
    if (keep(m)) messages.push(m);
    if (m.capped !== undefined) problems.push({ source: describeOrigin(m.origin), code: 'TEXT_CAPPED', args: { length: m.capped } });
  };

  for (const path of input.paths) {
    const read: SourceRead = { summary: { source: path, kind: 'local', messages: 0, errors: 0 } };
    sources.push(read);
    const summary = read.summary;
    try {
      const missing = await stat(path).then(() => undefined, (err: NodeJS.ErrnoException) => err.code ?? 'ENOENT');
      if (missing) {
        read.failure = { source: path, code: missing, args: { path } };
        problems.push(read.failure);
        continue;
      }
      const { readLocal, isSourceProblem } = await import('./source/local.js');
      const { parseStage } = await import('./parse/stage.js');
      const isRaw = (x: RawMessage | SourceProblem): x is RawMessage => !isSourceProblem(x);
      for await (const item of parseStage(readLocal(path, { since: input.since }), isRaw, { parse: parseOpts })) {
        if ('problem' in item) {
          summary.errors++;
          problems.push({ source: item.source, code: item.code, texts: item.texts });
        } else if (parsed(item)) {
          summary.messages++;
        } else summary.errors++;
      }
      // a file that holds no message is named: an unreadable framing must not pass for an empty mailbox
      // and the run is not a success: a wrong path (an mbsync root, Maildir/cur, an empty file) must not look clean
      if (summary.messages === 0) {
        if (summary.errors === 0) problems.push({ source: path, code: 'NO_MESSAGES' });
        read.failure = { source: path, code: 'NO_MAIL_READ', args: { path } };
      }
    } catch (err) {
      read.failure = { source: path, code: (err as { code?: string }).code ?? 'SOURCE', texts: problemTexts(err) };
      problems.push(read.failure);
    }
  }

  if (input.paths.length === 0) {
    const names = input.accountNames?.length ? input.accountNames : Object.keys(input.config.accounts);
    const { readAccount } = await import('./source/imap.js');
    for (const name of names) {
      const account = input.config.accounts[name]!;
      const read: SourceRead = { summary: { source: `imap:${name}`, kind: 'imap', messages: 0, errors: 0 } };
      sources.push(read);
      const summary = read.summary;
      try {
        const res = await readAccount(name, account, {
          since: input.since,
          mailboxes: input.mailboxes,
          useCache: input.useCache,
          cacheDir: input.config.cacheDir,
          progress: input.progress,
          parse: parseOpts,
          onProblem(p) {
            summary.errors++;
            problems.push({ source: p.source, code: p.code, ...(p.texts ? { texts: p.texts } : { message: p.message }) });
          },
        });
        for (const m of res.messages) took(m);
        summary.messages += res.messages.length;
        if (res.stats.warnings.length) read.warnings = res.stats.warnings;
        if (res.stats.incomplete) summary.incomplete = res.stats.incomplete;
        if (res.stats.missed.length) summary.missed = res.stats.missed;
      } catch (err) {
        read.failure = { source: `imap:${name}`, code: (err as { code?: string }).code ?? 'SOURCE', texts: problemTexts(err) };
        problems.push(read.failure);
      }
    }
  }
  return { messages, sources, problems };

  /** Takes a parsed message; false when it could not be parsed (the problem is recorded). */
  function parsed({ raw, outcome }: Parsed): boolean {
    if (raw.truncated) problems.push({ source: describeOrigin(raw.origin), code: 'MESSAGE_CAPPED', args: { size: raw.truncated, read: raw.raw.length } });
    if ('error' in outcome) {
      const { code, message, texts } = outcome.error;
      problems.push({ source: describeOrigin(raw.origin), code, texts: texts ?? { en: message, nl: message } });
      return false;
    }
    took(outcome.message);
    return true;
  }
}

/** What the pipeline found: the threads judged by the rules, and what to tell about the run. */
export interface PipelineResult extends Collected {
  engine: EngineResult;
  threads: ReturnType<typeof buildThreads>;
  /** Messages inside the run's window (drafts left out), before duplicates were merged into threads; `messages` too. */
  inWindow: Message[];
  /** Mail (drafts left out) read at all, and how much of it is dated after the run's clock. */
  mail: number;
  later: number;
  notices: Problem[];
}

/** One scan: read and parse every source, thread what falls in the window, analyse and run the rules. */
export async function runPipeline(input: ScanInput): Promise<PipelineResult> {
  setExtraPhrases(input.config.phrases);
  const since = input.since?.getTime();
  // Only what had happened by `now` (with an hour for senders' clock skew): --now replays the past faithfully.
  const until = input.now.getTime() + 3_600_000;
  let mail = 0;
  let later = 0;
  // Drafts and mail outside the window are counted as they are parsed and not kept.
  const collected = await readSources(input, (m) => {
    if (isDraft(m)) return false;
    mail++;
    const t = m.date.getTime();
    if (t > until) later++;
    return t <= until && (since === undefined || t >= since);
  });
  const inWindow = collected.messages;
  const threads = buildThreads(inWindow, { me: addressMatcher(input.config.me) });
  const businessTime = new BusinessTime(input.config.businessHours);
  const analysis = await openAnalysis(input);
  let engine: EngineResult;
  try {
    engine = runRules(threads, { config: input.config, rules: input.rules, now: input.now, businessTime, analysisBudget: input.analysisBudget }, analysis);
  } finally {
    closeAnalysis(analysis);
  }
  const notices: Problem[] = [];
  if (input.config.me.length === 0 && inWindow.length > 0) notices.push(noMeNotice(inWindow));
  if (later > 0) notices.push({ source: 'now', code: 'AFTER_NOW', args: { later, total: mail, now: input.now.toISOString() } });
  return { ...collected, engine, threads, inWindow, mail, later, notices };
}

/**
 * The analysis cache (src/cache/analysis-store.ts), for a scan of IMAP accounts with their cache: it lives in the
 * same file. Local sources have no cache, so their mail is analysed every time. A cache that cannot be opened or
 * written only costs time: the scan goes on without it.
 */
async function openAnalysis(input: ScanInput): Promise<AnalysisStore | undefined> {
  if (input.paths.length > 0 || input.useCache === false || Object.keys(input.config.accounts).length === 0) return undefined;
  try {
    const [{ AnalysisStore }, { analyserVersion }] = await Promise.all([import('./cache/analysis-store.js'), import('./cache/analyser-version.js')]);
    const settings = { phrases: input.config.phrases ?? null, businessHours: input.config.businessHours };
    return await AnalysisStore.open(analyserVersion({ settings }), input.config.cacheDir);
  } catch {
    return undefined;
  }
}

function closeAnalysis(store: AnalysisStore | undefined): void {
  try {
    store?.close();
  } catch {
    /* a busy or read-only cache: the next scan computes these again */
  }
}

/**
 * Without `me` every message counts as incoming and every thread looks unanswered. Name the address that sends
 * the most personal mail in this mailbox: in an export of your own mailbox, that is usually you.
 */
function noMeNotice(messages: Message[]): Problem {
  const count = new Map<string, number>();
  for (const m of messages) if (!m.automated) count.set(m.from.address, (count.get(m.from.address) ?? 0) + 1);
  const [top] = [...count.entries()].sort((a, b) => b[1] - a[1]);
  return { source: 'config', code: 'NO_ME', ...(top && { args: { top: top[0], count: top[1] } }) };
}
