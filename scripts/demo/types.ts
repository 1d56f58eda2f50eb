/** Shapes of the demo mailbox definition (scripts/demo/threads.ts), read by scripts/build-demo.ts. */
import type { Person, ReplyHeaderStyle, TransferEncoding } from '../lib/mailwriter.js';

/** The mail program a person uses: decides Message-ID shape, reply prefix, quoting and encoding. */
export type Client = 'gmail' | 'outlook' | 'outlook-old' | 'iphone' | 'applemail' | 'thunderbird' | 'roundcube-html' | 'spark' | 'webmail-norefs' | 'list' | 'system';

export interface DemoMail {
  /** Local key, unique in the mailbox; used for `parent` and expectations. */
  key: string;
  /** Local time in Europe/Amsterdam, "2026-11-09 10:12". */
  at: string;
  from: Person;
  to: Person[];
  cc?: Person[];
  client: Client;
  /** Defaults to the parent's subject with the client's reply prefix. */
  subject?: string;
  /** What the author typed: greeting to sign-off. */
  body: string;
  /** Signature block appended under the body (include "-- " yourself where the client adds it). */
  sig?: string;
  /** Key of the message this one replies to. */
  parent?: string;
  /** How the parent is quoted; 'none' = no quote; 'custom' = body already contains it (inline answers). */
  quote?: ReplyHeaderStyle | 'apple-ios-nl' | 'outlook-old-nl' | 'roundcube-nl' | 'none' | 'custom';
  /** Wrap the Gmail attribution line over two lines, as Gmail does near 78 columns. */
  wrapAttribution?: boolean;
  cte?: TransferEncoding;
  /** html-only: a single text/html part; alternative: text/plain + text/html. */
  format?: 'plain' | 'html-only' | 'alternative';
  attachment?: { filename: string; contentType: string; data: Buffer };
  headers?: Array<[string, string]>;
  /** Unread incoming: stored in new/ without the ":2," info. */
  unread?: boolean;
  /** Also store a copy as delivered to the shared inbox (same Message-ID, another file). */
  inboxCopy?: boolean;
  /** Fully custom raw message (bounce); replaces the normal build. */
  raw?: (ctx: { messageIdOf: (key: string) => string; date: string }) => string;
}

/** One expected finding, by rule, on one message. */
export interface Expectation {
  rule: string;
  /** Key of the message the finding is about. */
  on: string;
  /** A distinctive part of the sentence the finding should quote. */
  evidence?: string;
  /** broken-promise: 'broken' | 'due-soon' | 'kept-late'. */
  status?: string;
  /** Why; shown in the README. */
  note?: string;
  /** Acceptable but not required (a rule may reasonably leave it to another rule). */
  optional?: boolean;
}

export interface DemoThread {
  id: string;
  /** One line: who, what, and the point of the thread. */
  story: string;
  mails: DemoMail[];
  expect: Expectation[];
  /** Noise and counter-examples: what replycheck must NOT report here, and why. */
  ignore?: string;
}
