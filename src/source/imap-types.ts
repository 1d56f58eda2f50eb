/** What reading an IMAP account takes (options) and gives back (messages and per-mailbox statistics). */
import type { Message, ProgressFactory, RunError, Bilingual } from '../model.js';
import type { ParseOptions } from '../parse/parse-message.js';
import type { TraceFn } from './imap-connect.js';
import type { Role } from './imap-folders.js';

export interface ImapReadOptions {
  since?: Date;
  /** Overrides the account's mailboxes and the INBOX + \Sent default. */
  mailboxes?: string[];
  /** Default true; false reads everything from the server and writes no cache. */
  useCache?: boolean;
  cacheDir?: string;
  /** No progress bar, even when `progress` is given. */
  quiet?: boolean;
  /** Draws the fetch progress (the CLI's, when a person is watching); none when absent. */
  progress?: ProgressFactory;
  /** 'drafts' reads the \Drafts folder (for `lint --drafts`). */
  role?: Role;
  /** One bad message, mailbox or an incomplete read; the run goes on. */
  onProblem?(p: RunError): void;
  parse: ParseOptions;
  /** Debugging aid: every IMAP line sent (C) and received (S), secret scrubbed. */
  onTrace?: TraceFn;
  /** Messages per FETCH round (default 400). */
  batchSize?: number;
  /** Parser worker threads for large fetches; default: cores − 1 (max 3); 0 parses on the main thread. */
  parseWorkers?: number;
}

export interface MailboxStats {
  path: string;
  uidValidity: string;
  /** Messages in scope (all, or since --since). */
  inScope: number;
  fetched: number;
  fromCache: number;
  removed: number;
  flagUpdates: number;
  /** The cache for this mailbox was dropped (UIDVALIDITY changed). */
  rebuilt: boolean;
  /** Set when the pass did not finish: messages in scope that were not read. */
  missing?: number;
}

export interface ImapStats {
  account: string;
  mailboxes: MailboxStats[];
  /** Messages downloaded in this run. */
  fetched: number;
  fromCache: number;
  /** Same Message-ID already read from another mailbox (e.g. Gmail's All Mail). */
  duplicates: number;
  bytes: { sent: number; received: number };
  reconnects: number;
  /** Set when a mailbox was not read to the end: how many messages were read and how many were not. */
  incomplete?: { read: number; missing: number };
  /** Mailboxes not read, or not to the end (named under `errors` too): the run's figures are incomplete. */
  missed: string[];
  /** How the connection was protected; 'unverified' = insecureSkipVerify, 'none' = no TLS at all. */
  tls: 'verified' | 'unverified' | 'none';
  /** For the CLI to show (plain password in config, TLS verification off, …). */
  warnings: Bilingual[];
  cachePath?: string;
  seconds: number;
}

export interface ImapReadResult {
  messages: Message[];
  stats: ImapStats;
}
