/**
 * The pipeline: source → parse → thread → analyze → report data. The CLI formats what this returns.
 */
import { stat } from 'node:fs/promises';
import type { Config } from './config/types.js';
import type { Message, ProgressFactory, RawMessage, RunError } from './model.js';
import { describeOrigin } from './model.js';
import { SourceError } from './errors.js';
import { problemTexts, runError } from './problems.js';
import { BusinessTime } from './text/business-time.js';
import { MAX_ANALYSED_CHARS } from './parse/limits.js';
import { setExtraPhrases } from './text/phrases.js';
import { buildThreads } from './thread/build-threads.js';
import { isDraft } from './parse/noise.js';
import { runRules } from './analyze/engine.js';
import type { Rule } from './analyze/define-rule.js';
import type { AnalysisBudgetOptions } from './analyze/budget.js';
import type { ScanResult, SourceSummary } from './scan-result.js';
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

/** Reads every source; a source that fails is recorded and the others go on. */
export async function collectMessages(input: ScanInput): Promise<{ messages: Message[]; sources: SourceSummary[]; errors: RunError[] }> {
  // `now` lets the parser judge "a date in the future" by the run's clock, not the machine's.
  const parseOpts = { me: input.config.me, internalDomains: input.config.internalDomains, now: input.now };
  const messages: Message[] = [];
  const sources: SourceSummary[] = [];
  const errors: RunError[] = [];

  for (const path of input.paths) {
    const summary: SourceSummary = { source: path, kind: 'local', messages: 0, errors: 0 };
    sources.push(summary);
    try {
      await stat(path).catch((err: NodeJS.ErrnoException) => {
        throw new SourceError(err.code ?? 'ENOENT', {
          en: err.code === 'EACCES' ? `Cannot read ${path}: permission denied` : `No such file or directory: ${path}`,
          nl: err.code === 'EACCES' ? `Kan ${path} niet lezen: geen toegang` : `Bestand of map bestaat niet: ${path}`,
        });
      });
      const { readLocal, isSourceProblem } = await import('./source/local.js');
      const { parseStage } = await import('./parse/stage.js');
      const isRaw = (x: RawMessage | SourceProblem): x is RawMessage => !isSourceProblem(x);
      for await (const item of parseStage(readLocal(path, { since: input.since }), isRaw, { parse: parseOpts })) {
        if ('problem' in item) {
          summary.errors++;
          errors.push(runError(item.source, item.code, item.texts));
        } else took(item, summary);
      }
      // a file that holds no message is named: an unreadable framing must not pass for an empty mailbox
      // and the run is not a success: a wrong path (an mbsync root, Maildir/cur, an empty file) must not look clean
      if (summary.messages === 0) {
        if (summary.errors === 0) errors.push(runError(path, 'NO_MESSAGES', { en: 'no messages found here', nl: 'hier geen berichten gevonden' }));
        const texts = { en: `No mail could be read from ${path}`, nl: `Uit ${path} kon geen mail gelezen worden` };
        Object.assign(summary, { failed: texts.en, failedTexts: texts });
      }
    } catch (err) {
      const texts = problemTexts(err);
      Object.assign(summary, { failed: texts.en, failedTexts: texts });
      errors.push(runError(path, (err as SourceError).code ?? 'SOURCE', texts));
    }
  }

  if (input.paths.length === 0) {
    const names = input.accountNames?.length ? input.accountNames : Object.keys(input.config.accounts);
    const { readAccount } = await import('./source/imap.js');
    for (const name of names) {
      const account = input.config.accounts[name]!;
      const summary: SourceSummary = { source: `imap:${name}`, kind: 'imap', messages: 0, errors: 0 };
      sources.push(summary);
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
            errors.push(p);
          },
        });
        messages.push(...res.messages);
        summary.messages += res.messages.length;
        for (const m of res.messages) if (m.capped !== undefined) errors.push(cappedError(m));
        if (res.stats.warnings.length) Object.assign(summary, { warnings: res.stats.warnings.map((w) => w.en), warningTexts: res.stats.warnings });
        if (res.stats.incomplete) summary.incomplete = res.stats.incomplete;
        if (res.stats.missed.length) summary.missed = res.stats.missed;
      } catch (err) {
        const texts = problemTexts(err);
        Object.assign(summary, { failed: texts.en, failedTexts: texts });
        errors.push(runError(`imap:${name}`, (err as SourceError).code ?? 'SOURCE', texts));
      }
    }
  }
  return { messages, sources, errors };

  function took({ raw, outcome }: Parsed, summary: SourceSummary) {
    if (raw.truncated) errors.push(truncatedError(raw));
    if ('error' in outcome) {
      summary.errors++;
      const { code, message, texts } = outcome.error;
      errors.push(runError(describeOrigin(raw.origin), code, texts ?? { en: message, nl: message }));
      return;
    }
    messages.push(outcome.message);
    summary.messages++;
    if (outcome.message.capped !== undefined) errors.push(cappedError(outcome.message));
  }
}

/** A message whose body was cut at MAX_ANALYSED_CHARS: named under `errors`; the rest of it was analysed. */
export function cappedError(m: Message): RunError {
  const n = MAX_ANALYSED_CHARS.toLocaleString('en');
  return runError(describeOrigin(m.origin), 'TEXT_CAPPED', {
      en: `the text is ${m.capped!.toLocaleString('en')} characters long: only the first ${n} were analysed`,
      nl: `de tekst is ${m.capped!.toLocaleString('nl')} tekens lang: alleen de eerste ${MAX_ANALYSED_CHARS.toLocaleString('nl')} zijn geanalyseerd`,
  });
}

/** A message larger than a source keeps: named under `errors`; its start was read. */
function truncatedError(raw: RawMessage): RunError {
  const mb = (n: number, lang: string) => (n / 1024 / 1024).toLocaleString(lang, { maximumFractionDigits: 1 });
  return runError(describeOrigin(raw.origin), 'MESSAGE_CAPPED', {
      en: `the message is ${mb(raw.truncated!, 'en')} MB: only its first ${mb(raw.raw.length, 'en')} MB were read`,
      nl: `het bericht is ${mb(raw.truncated!, 'nl')} MB: alleen de eerste ${mb(raw.raw.length, 'nl')} MB zijn gelezen`,
  });
}

export async function scan(input: ScanInput): Promise<ScanResult> {
  setExtraPhrases(input.config.phrases);
  const { messages: all, sources, errors } = await collectMessages(input);
  const { addressMatcher } = await import('./parse/parse-message.js');
  const since = input.since;
  // Only what had happened by `now` (with an hour for senders' clock skew): --now replays the past faithfully.
  const until = input.now.getTime() + 3_600_000;
  const mail = all.filter((m) => !isDraft(m));
  const messages = mail.filter((m) => m.date.getTime() <= until && (!since || m.date.getTime() >= since.getTime()));
  const later = mail.filter((m) => m.date.getTime() > until).length;
  const threads = buildThreads(messages, { me: addressMatcher(input.config.me) });
  const businessTime = new BusinessTime(input.config.businessHours);
  const engine = runRules(threads, { config: input.config, rules: input.rules, now: input.now, businessTime, analysisBudget: input.analysisBudget });
  const unique = threads.reduce((n, t) => n + t.messages.length, 0);
  const threadMessages = threads.flatMap((t) => t.messages);
  const notices = input.config.me.length === 0 && messages.length > 0 ? [meNotice(messages)] : [];
  if (later > 0) notices.push(laterNotice(later, mail.length, input.now));
  return {
    notices,
    now: input.now,
    since,
    sources,
    findings: engine.findings,
    facts: engine.facts,
    errors: [...errors, ...engine.errors],
    ...(later > 0 && later === mail.length ? { nothingBeforeNow: true } : {}),
    stats: {
      messages: unique,
      threads: threads.length,
      incoming: threadMessages.filter((m) => m.direction === 'in').length,
      outgoing: threadMessages.filter((m) => m.direction === 'out').length,
      automated: threadMessages.filter((m) => m.automated).length,
      needingReply: engine.facts.reduce((n, f) => n + f.incoming.filter((i) => i.needsReply).length, 0),
      duplicates: messages.length - unique,
    },
  };
}

/**
 * Without `me` every message counts as incoming and every thread looks unanswered. Say so, and suggest the address
 * that sends the most personal mail in this mailbox: in an export of your own mailbox, that is usually you.
 */
function meNotice(messages: Message[]): { en: string; nl: string } {
  const count = new Map<string, number>();
  for (const m of messages) if (!m.automated) count.set(m.from.address, (count.get(m.from.address) ?? 0) + 1);
  const [top] = [...count.entries()].sort((a, b) => b[1] - a[1]);
  const hint = top ? { en: ` The most frequent sender here is ${top[0]} (${top[1]} messages): is that you?`, nl: ` De vaakste afzender hier is ${top[0]} (${top[1]} berichten): bent u dat?` } : { en: '', nl: '' };
  return {
    en: `No "me" addresses configured, so every message counts as incoming. Add your addresses to the config, e.g. "me": ["you@example.com"] (replycheck init writes one).${hint.en}`,
    nl: `Geen "me"-adressen ingesteld, dus elk bericht telt als binnenkomend. Zet uw adressen in de config, bijv. "me": ["u@example.com"] (replycheck init maakt er een).${hint.nl}`,
  };
}

/** Mail dated after the run's clock is left out (--now replays the past); say how much, so a wrong --now shows. */
function laterNotice(later: number, total: number, now: Date): { en: string; nl: string } {
  const at = now.toISOString();
  return later === total
    ? { en: `All ${total} messages are dated after --now (${at}), so nothing could be judged. Is --now right?`, nl: `Alle ${total} berichten zijn van na --now (${at}), dus er viel niets te beoordelen. Klopt --now?` }
    : { en: `${later} of ${total} messages are dated after --now (${at}) and were left out.`, nl: `${later} van de ${total} berichten zijn van na --now (${at}) en zijn buiten beschouwing gelaten.` };
}
