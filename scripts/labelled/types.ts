/**
 * Shapes of the labelled thread mailboxes in eval/labelled/<mailbox>/ (see eval/labelled/README.md).
 * The mail is kept as readable source in `<half>/threads.json` with the labels inline; scripts/labelled/build.ts
 * writes the real RFC 5322 files (`<half>/Maildir`) and the flat labels (`<half>/labels.json`) from it.
 */

/** A person who writes or receives mail in the mailbox. */
export interface LabelledPerson {
  name: string;
  address: string;
  /** Team member name (as in the config's `team`) when this address belongs to us. */
  team?: string;
  /** Signature block appended under the body unless a message says `sig: false` or gives its own. */
  sig?: string;
}

export interface MailboxInfo {
  id: string;
  title: string;
  description: string;
  /** The moment the labels hold (ISO 8601 with offset). */
  now: string;
  timezone: string;
  /** Business hours as in the config: for the "waited more than 8 business hours" label. */
  businessHours: { days: string[]; start: string; end: string; holidays: string | false; extraDaysOff?: string[] };
  people: Record<string, LabelledPerson>;
}

export type Client = 'gmail' | 'outlook' | 'outlook-old' | 'applemail' | 'iphone' | 'thunderbird' | 'mutt' | 'webmail' | 'system';

export type QuoteStyle =
  | 'none' | 'gmail-nl' | 'gmail-en' | 'apple-nl' | 'apple-en' | 'thunderbird-nl' | 'thunderbird-en' | 'mutt'
  | 'outlook-nl' | 'outlook-en' | 'outlook-old-en' | 'outlook-old-nl';

export interface SourceQuestion {
  /** Exact substring of the message's own text. */
  text: string;
  /** Key of the message that answered it, or null when it is still open at `now`. */
  answeredBy: string | null;
}

export interface SourcePromise {
  text: string;
  /** Local time in the mailbox zone, "2026-03-04 17:00". */
  due: string;
  /** Key of the message that delivered what was promised (or, with `status`, the mail that shows it was done), or null. */
  keptBy: string | null;
  /** Only for what was done off-mail (a visit, a call) and shown by a later mail: the status as a person reads it. */
  status?: 'kept' | 'kept-late' | 'broken' | 'open';
}

export interface SourceMessage {
  key: string;
  from: string;
  to: string[];
  cc?: string[];
  /** Local time in the mailbox zone, "2026-03-02 09:14". */
  at: string;
  client: Client;
  /** Key of the message this one replies to (default: none = starts the thread). */
  replyTo?: string;
  quote?: QuoteStyle;
  subject?: string;
  headers?: Array<[string, string]>;
  /** false: no signature; a string: this signature instead of the person's. */
  sig?: boolean | string;
  body: string;
  /** A forwarded message embedded under the body (Gmail or Outlook style, after the client). */
  forward?: { from: string; at: string; subject: string; body: string; to?: string[] };
  /** Incoming: does it need a reply from us; when not, why (fyi, bulk, broadcast, cc-only, closing, …). */
  needsReply?: boolean;
  reason?: string;
  /** Outgoing: the team member who wrote it (sign-off name on the shared address). */
  member?: string;
  /** Written by a machine (auto-reply, notification). */
  automated?: boolean;
  questions?: SourceQuestion[];
  promises?: SourcePromise[];
}

export interface SourceThread {
  id: string;
  subject: string;
  /** What the thread tests, in one line. */
  note?: string;
  /** Key of the oldest incoming message that needs a reply and is still unanswered at `now`, or null. */
  awaitingSince: string | null;
  messages: SourceMessage[];
}

export interface SourceHalf {
  mailbox: string;
  half: 'tune' | 'test';
  threads: SourceThread[];
}

/** labels.json: the labels with real Message-IDs, as the eval reads them. */
export interface Labels {
  mailbox: string;
  half: 'tune' | 'test';
  now: string;
  threads: Array<{ id: string; subject: string; root: string; messages: string[]; awaitingSince: string | null; awaitingBusinessHours: number | null; waitedOver8BusinessHours: boolean }>;
  messages: Array<{ messageId: string; key: string; thread: string; date: string; direction: 'in' | 'out' | 'internal'; from: string; needsReply: boolean | null; reason: string | null; member: string | null; automated: boolean; reply: boolean }>;
  questions: Array<{ messageId: string; text: string; answeredBy: string | null }>;
  promises: Array<{ messageId: string; member: string | null; text: string; due: string; status: 'kept' | 'kept-late' | 'broken' | 'open'; keptBy: string | null }>;
}
