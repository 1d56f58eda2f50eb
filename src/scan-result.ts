/** What the pipeline hands the formatters and the CLI: the result of one scan. */
import type { Bilingual, Finding, RunError } from './model.js';
import type { ThreadFacts } from './analyze/facts.js';

/** One source as the report lists it. */
export interface SourceSummary {
  source: string;
  kind: string;
  messages: number;
  errors: number;
  /** Set when the whole source could not be read (English; `failedTexts` has both languages, not in JSON). */
  failed?: string;
  failedTexts?: Bilingual;
  /** English; `warningTexts` has both languages (not in JSON). */
  warnings?: string[];
  warningTexts?: Bilingual[];
  /** IMAP: a mailbox not read to the end; how many messages were read and how many were not. */
  incomplete?: { read: number; missing: number };
  /** IMAP: mailboxes of this source not read, or not to the end: the run is incomplete (exit 3). */
  missed?: string[];
}

/** A finding left out because it is ignored (`replycheck ignore`). */
export interface IgnoredFinding {
  id: string;
  ruleId: string;
  messageId: string;
  until?: string;
  reason?: string;
}

/** What a scan produced: the input of every formatter. */
export interface ScanResult {
  now: Date;
  since?: Date;
  sources: SourceSummary[];
  findings: Finding[];
  /** Findings the ignore file left out (set by the CLI). */
  ignored?: IgnoredFinding[];
  facts: ThreadFacts[];
  errors: RunError[];
  stats: ScanStats;
  /** Every message read is dated after `now`: the clock is wrong, and the empty result must not pass for a clean one. */
  nothingBeforeNow?: boolean;
  /** Advice for the person running the scan (printed on stderr), e.g. that `me` is not configured. */
  notices?: Bilingual[];
}

export interface ScanStats {
  messages: number;
  threads: number;
  incoming: number;
  outgoing: number;
  automated: number;
  needingReply: number;
  duplicates: number;
}
