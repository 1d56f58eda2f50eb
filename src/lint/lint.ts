/**
 * `lint` for one draft: load it, find what it answers, run the draft rules, and map findings to lines of the file.
 * Only what a draft needs is imported here; the IMAP client, the scan pipeline and the report code stay unloaded.
 */
import { readFile } from 'node:fs/promises';
import type { Config } from '../config/types.js';
import type { Bilingual, Draft, Finding, Message, RunError } from '../model.js';
import type { Rule } from '../analyze/define-rule.js';
import { SourceError } from '../errors.js';
import { BusinessTime } from '../text/business-time.js';
import { setExtraPhrases } from '../text/phrases.js';
import { loadDraft, messageFromBytes, type LoadedDraft } from './load-draft.js';
import { findCachedMessage } from '../cache/lookup.js';
import { originalFromQuote } from './original.js';
import { runDraftRules } from '../analyze/run-draft.js';

export type OriginalSource = 'reply-to' | 'cache' | 'quoted' | 'none';

export interface LintFileResult {
  /** File path, <stdin>, or account/mailbox#uid for --drafts. */
  path: string;
  checked: boolean;
  /** Why the draft was not checked (EMPTY, NO_BODY, NOT_TEXT, TOO_LARGE, TOO_LONG, NO_OWN_TEXT). */
  code?: string;
  reason?: Bilingual;
  findings: Finding[];
  errors: RunError[];
  /** Where the original came from. */
  original: OriginalSource;
  /** The draft body (for showing the offending line); line N of the output is body line N - lineOffset. */
  body?: string;
  lineOffset: number;
  /** The draft was HTML only: positions are in its text rendering. */
  fromHtml?: boolean;
  /** The moment the draft was judged at: --now, else its own Date, else the clock. */
  now?: Date;
}

/** What `lint` produced: one entry per draft (file, stdin or Drafts-folder message). */
export interface LintResult {
  files: LintFileResult[];
  now: Date;
}

export interface LintOptions {
  config: Config;
  rules: Rule[];
  now: Date;
  /** `now` was given (--now, REPLYCHECK_NOW): it overrides the draft's own Date. */
  nowGiven?: boolean;
  /** --reply-to FILE: the message the draft answers. */
  replyTo?: string;
}

async function readReplyTo(path: string, opts: LintOptions): Promise<Message> {
  let raw: Buffer;
  try {
    raw = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'ENOENT';
    throw new SourceError(code, {
      en: code === 'EACCES' ? `Cannot read --reply-to ${path}: permission denied` : `--reply-to: no such file: ${path}`,
      nl: code === 'EACCES' ? `Kan --reply-to ${path} niet lezen: geen toegang` : `--reply-to: bestand bestaat niet: ${path}`,
    }, { cause: err });
  }
  const parse = { me: opts.config.me, internalDomains: opts.config.internalDomains, now: opts.now };
  return (await messageFromBytes(raw, { kind: 'eml', path }, { parse, now: opts.now })).message;
}

/** Finds the original: --reply-to, else In-Reply-To in the local cache, else the draft's own quoted part. */
async function attachOriginal(draft: Draft, opts: LintOptions, now: Date): Promise<OriginalSource> {
  const m = draft.message;
  if (opts.replyTo) {
    draft.original = await readReplyTo(opts.replyTo, opts);
    return 'reply-to';
  }
  if (m.inReplyTo) {
    const cached = await findCachedMessage(m.inReplyTo, opts.config.cacheDir);
    if (cached) {
      draft.original = cached;
      return 'cache';
    }
  }
  const parse = { me: opts.config.me, internalDomains: opts.config.internalDomains, now: opts.now };
  const quoted = originalFromQuote(m.quotedText, { parse, zone: opts.config.businessHours.timezone, subject: m.subject, fallbackDate: now });
  if (quoted) {
    draft.original = quoted;
    return 'quoted';
  }
  return 'none';
}

/**
 * The business calendar, built on first use: most drafts never ask (a prompt reply needs no calendar), and
 * building one validates the time zone through Intl, which costs start-up time.
 */
function lazyBusinessTime(config: Config): BusinessTime {
  let real: BusinessTime | undefined;
  const get = () => (real ??= new BusinessTime(config.businessHours));
  return new Proxy({} as BusinessTime, {
    get(_t, key) {
      const v = Reflect.get(get(), key) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(get()) : v;
    },
  });
}

const MIN_DATE = Date.UTC(1990, 0, 1);
const DAY = 86_400_000;

/**
 * The moment a draft is judged at: --now when given, else the draft's own Date (a stored draft is judged as it was
 * written, not as it ages on disk), else the clock. A Date before 1990 or days ahead of the clock is no date.
 */
export function judgeAt(draft: Draft, opts: Pick<LintOptions, 'now' | 'nowGiven'>): Date {
  const m = draft.message;
  if (opts.nowGiven || m.dateSource !== 'header') return opts.now;
  const t = m.date.getTime();
  return t >= MIN_DATE && t <= opts.now.getTime() + 2 * DAY ? m.date : opts.now;
}

/** Lint a draft that is loaded already (a file, stdin, or a message from the Drafts folder). */
export async function lintLoaded(loaded: LoadedDraft, opts: LintOptions): Promise<LintFileResult> {
  const { draft } = loaded;
  setExtraPhrases(opts.config.phrases);
  const now = judgeAt(draft, opts);
  const original = await attachOriginal(draft, opts, now);
  const businessTime = lazyBusinessTime(opts.config);
  const { findings, errors } = runDraftRules(draft, { config: opts.config, rules: opts.rules, now, businessTime });
  const offset = loaded.linesMatchFile ? loaded.lineOffset : 0;
  if (offset)
    for (const f of findings)
      if (f.location) {
        f.location = { ...f.location, line: f.location.line + offset };
        if (f.location.endLine !== undefined) f.location.endLine += offset;
      }
  return { path: draft.path, checked: true, findings, errors, original, body: draft.body, lineOffset: offset, now, ...(loaded.fromHtml && { fromHtml: true }) };
}

/** Lint the bytes of one draft file (path "-" = stdin). */
export async function lintBytes(raw: Buffer, path: string, opts: LintOptions): Promise<LintFileResult> {
  const parse = { me: opts.config.me, internalDomains: opts.config.internalDomains, now: opts.now };
  const res = await loadDraft(raw, path, { parse, now: opts.now });
  if (!res.ok) return { path: res.path, checked: false, code: res.code, reason: res.reason, findings: [], errors: [], original: 'none', lineOffset: 0 };
  return lintLoaded(res.loaded, opts);
}

/** Lint a message already parsed elsewhere (the IMAP Drafts folder). */
export async function lintMessage(message: Message, label: string, opts: LintOptions): Promise<LintFileResult> {
  const none = (code: string, en: string, nl: string): LintFileResult => ({ path: label, checked: false, code, reason: { en, nl }, findings: [], errors: [], original: 'none', lineOffset: 0 });
  if (!message.text.trim()) return none('NO_BODY', 'the draft has no text body: nothing to check', 'het concept heeft geen tekst: niets te controleren');
  if (!message.newText.trim()) return none('NO_OWN_TEXT', 'the draft has only quoted text: nothing of your own to check yet', 'het concept bevat alleen geciteerde tekst: nog niets van uzelf te controleren');
  const draft: Draft = { message: { ...message, direction: 'out' }, path: label, body: message.text };
  return lintLoaded({ draft, lineOffset: 0, linesMatchFile: false, fromHtml: false }, opts);
}
