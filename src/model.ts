/**
 * The nouns of the pipeline: source → parse → thread → analyze → report.
 * Every stage speaks only these types.
 */

/** Where a raw message came from; enough to point a user at it and to key a cache. */
export interface Origin {
  kind: 'mbox' | 'maildir' | 'eml' | 'imap' | 'stdin';
  /** File path (eml, maildir file, mbox file). */
  path?: string;
  /** Byte offset of the message inside an mbox file. */
  offset?: number;
  /** IMAP: account name, mailbox path, UIDVALIDITY and UID. */
  account?: string;
  mailbox?: string;
  uidValidity?: string;
  uid?: number;
  /** Maildir flags (from the file name) or IMAP flags; informational only. */
  flags?: string[];
  /** Time the message was received (IMAP INTERNALDATE, file mtime); fallback when Date is missing. */
  receivedAt?: Date;
}

/** One unparsed message as a source yields it. */
export interface RawMessage {
  origin: Origin;
  raw: Buffer;
  /** Set when the message was larger than a source keeps (mbox MAX_MESSAGE_BYTES): its full size; `raw` has the start. */
  truncated?: number;
}

/** A human-readable label for an origin: "inbox.mbox@1234", "work/INBOX#57", "cur/1.eml". */
export function describeOrigin(o: Origin): string {
  switch (o.kind) {
    case 'mbox':
      return `${o.path}@${o.offset ?? 0}`;
    case 'imap':
      return `${o.account ?? '?'}/${o.mailbox ?? '?'}#${o.uid ?? '?'}`;
    case 'stdin':
      return '<stdin>';
    default:
      return o.path ?? '?';
  }
}

export interface Address {
  address: string; // lower-cased
  name?: string;
}

export type Language = 'nl' | 'en';
export type Direction = 'in' | 'out';

export interface Attachment {
  filename?: string;
  contentType: string;
  size: number;
}

/** One parsed email. */
export interface Message {
  /** RFC 5322 Message-ID with angle brackets; synthesised (`<generated-…@replycheck>`) when absent. */
  messageId: string;
  /** True when messageId was synthesised. */
  messageIdGenerated?: boolean;
  inReplyTo?: string;
  references: string[];
  subject: string;
  from: Address;
  to: Address[];
  cc: Address[];
  replyTo?: Address[];
  date: Date;
  /** Where `date` came from. */
  dateSource: 'header' | 'received';
  direction: Direction;
  /** Reason string when the message is automated (newsletter, auto-reply, bounce…), else false. */
  automated: false | string;
  /** From a colleague (config internalDomains), not from me. */
  internal: boolean;
  language: Language;
  /** Full plain text of the body (HTML converted when there is no text part). */
  text: string;
  /** The part the author wrote in this message: no quoted mail, no reply header, no signature. */
  newText: string;
  /** The quoted earlier mail (reply header included), '' when none. */
  quotedText: string;
  /** The signature block cut from the new text, '' when none. */
  signature: string;
  /** The confidentiality/legal footer cut from the new text ("If you are not the intended recipient…"), '' when none. */
  disclaimer: string;
  /**
   * Bulk or broadcast mail judged by its content and addressing (beside the header-based `automated`), else false.
   * Reason codes:
   *  - 'undisclosed-recipients': To is "undisclosed-recipients:;" (or the Dutch/German equivalent);
   *  - 'no-reply-notice': "do not reply to this message", "no response required", "dit is een automatisch
   *    bericht", "u kunt niet op deze e-mail antwoorden";
   *  - 'unsubscribe': an unsubscribe / afmelden line or link ("click here to unsubscribe", "klik hier om je af
   *    te melden"), not a question about unsubscribing;
   *  - 'marketing-footer': "you are receiving this e-mail because…", "je ontvangt deze e-mail omdat…", "this
   *    e-mail was sent to …", "add us to your address book";
   *  - 'newsletter': a newsletter pasted as text: "view this e-mail in your browser" / "bekijk deze e-mail
   *    online", or many links in many sections;
   *  - 'promotional': two or more weaker signs of a mailing together: calls to action ("register now", "klik
   *    hier"), "copy the link into your browser", a privacy policy or copyright line, a greeting to a whole list
   *    ("Dear list member", "Beste klant"), many links, "… has invited you", a newsletter sender or mailing host,
   *    a role mailbox (info@, events@) or one named after the organisation, mailing words in the subject or text
   *    ("call for papers", "save up to 60%", "persbericht"), a press-release dateline, a letter head of the reader's
   *    own address above the greeting, a layout pasted as text, a booking receipt, "we will be e-mailing you
   *    periodically", a sales pitch ("consider our service"), a toll-free number (bulk.ts, promotionalSigns).
   */
  bulk: false | string;
  attachments: Attachment[];
  origin: Origin;
  /** Selected raw headers (lower-cased names) that rules may need. */
  headers: Record<string, string>;
  /**
   * Set when the body was longer than MAX_ANALYSED_CHARS (src/parse/assemble.ts): its full length. Only the first
   * MAX_ANALYSED_CHARS characters are kept and analysed; the run reports the cut under `errors`.
   */
  capped?: number;
}

export interface Thread {
  /** Message-ID of the root message (the first one known). */
  id: string;
  subject: string;
  /** Sorted by date, oldest first; duplicates removed. */
  messages: Message[];
}

export type Severity = 'off' | 'info' | 'warn' | 'error';
export type ActiveSeverity = Exclude<Severity, 'off'>;
/** The severity from which findings fail a run (`report --fail-on`); 'never' fails only on unreadable sources. */
export type FailOn = 'error' | 'warn' | 'never';

export interface Bilingual {
  en: string;
  nl: string;
}

/** A duration shown to users: business hours and wall-clock hours side by side. */
export interface Waited {
  businessHours: number;
  wallHours: number;
}

/** One lapse found by a rule. */
/**
 * The lapse a finding belongs to, declared by its rule: formatters show the findings of one lapse as one item and
 * never look at rule ids. `waiting`: an incoming mail still without a reply; `late-reply`: a reply that came late;
 * `question`: a question the reply left open; `promise`: a promise falling or fallen due; `aftercare`: no check-in
 * after the work; `draft-answer`: a draft that leaves the original's question open (the evidence is the
 * original's, not the draft's); `draft-content`: the draft's own words; `waiting-on-others`: something I asked of the other party that is still
 * unanswered (scan lists these apart, under "Waiting on others").
 */
export type FindingGroup = 'waiting' | 'waiting-on-others' | 'late-reply' | 'question' | 'promise' | 'aftercare' | 'draft-answer' | 'draft-content' | 'other';

export interface Finding {
  /** Short stable id (the start of its baseline fingerprint), set by scan and report: `replycheck ignore <id>`. */
  id?: string;
  ruleId: string;
  severity: ActiveSeverity;
  /** Key of the rule's `texts` that was used. */
  textId: string;
  /** The lapse this finding belongs to (from the rule's `group`). */
  group?: FindingGroup;
  /** This finding heads its group: the group's other findings about the same message fold under it. */
  lead?: boolean;
  /** The rendered text, in both languages. */
  text: Bilingual;
  messageId: string;
  threadId: string;
  subject: string;
  /** The other party: who is waiting, or to whom a promise was made. */
  correspondent: string;
  /** Date of the message the finding is about (ISO). */
  date: string;
  /** The sentence (question, promise…) the finding is about, from the message's own text. */
  evidence?: string;
  /** When a promise falls/fell due (ISO). */
  due?: string;
  waited?: Waited;
  /** Extra machine-readable facts (e.g. status: 'due-soon' | 'kept-late'). */
  data?: Record<string, string | number | boolean>;
  docsUrl: string;
  origin?: string;
  /** Position in a draft (lint): 1-based line and column of the offending words. */
  location?: { line: number; column: number; endLine?: number; endColumn?: number };
}

/** A draft reply checked by `lint`, with what it answers when known. */
export interface Draft {
  /** The draft itself, parsed like any message (newText = its own words, quotedText = the quoted original). */
  message: Message;
  /** The message the draft answers (from --reply-to, In-Reply-To lookup, or the draft's own quoted part). */
  original?: Message;
  /** Label for output: the file path or <stdin>. */
  path: string;
  /** The draft's body text as the user wrote it, for line/column positions. */
  body: string;
}

/** A progress bar for a long read (IMAP fetches); the CLI draws it (src/cli/terminal.ts), a source only counts. */
export interface Progress {
  /** Add work still to do (totals grow as mailboxes are opened). */
  add(total: number): void;
  tick(n?: number): void;
  stop(): void;
}

/** Makes a progress bar with this label; what a source is given when a person is watching. */
export type ProgressFactory = (label: Bilingual) => Promise<Progress>;

/** A problem with one message or one source; the run goes on. */
export interface RunError {
  source: string;
  code: string;
  /** In English, so JSON is the same in every language. */
  message: string;
  /** The message in both languages, for people (src/problems.ts); not written to JSON. */
  texts?: Bilingual;
}
