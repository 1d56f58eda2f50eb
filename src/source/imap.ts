/**
 * Read one IMAP account, read-only and incrementally: connect (imap-session), choose the mailboxes
 * (imap-folders), read each one (imap-mailbox, imap-fetch), then merge them into one list of messages,
 * one per Message-ID.
 */
import { createHash } from 'node:crypto';
import type { AccountConfig } from '../config/types.js';
import type { Bilingual, Message, Progress } from '../model.js';
import { describeOrigin } from '../model.js';
import { SourceError } from '../errors.js';
import { VERSION } from '../meta.js';
import type { ParseOptions } from '../parse/parse-message.js';
import { openCache, type ImapCache } from '../cache/imap-cache.js';
import { resolveSecret } from './secrets.js';
import { endpoint } from './imap-connect.js';
import { toSourceError } from './imap-errors.js';
import { chooseMailboxes } from './imap-folders.js';
import { Session } from './imap-session.js';
import { inlinePool, type ParsePool } from '../parse/pool.js';
import { readMailbox, type Ctx, type Group } from './imap-mailbox.js';
import type { ImapReadOptions, ImapReadResult, ImapStats } from './imap-types.js';

export type { ImapReadOptions, ImapReadResult } from './imap-types.js';

const NO_PROGRESS: Progress = { add() {}, tick() {}, stop() {} };

/** What parsed messages depend on besides the mail itself; a change invalidates the account's cache. */
function parseKey(p: ParseOptions): string {
  const norm = (xs: string[]) => [...xs].map((x) => x.trim().toLowerCase()).sort();
  return createHash('sha256')
    .update(JSON.stringify({ v: VERSION, me: norm(p.me), internal: norm(p.internalDomains) }))
    .digest('hex')
    .slice(0, 16);
}

/**
 * Read one account. Throws SourceError (AUTH, ECONNREFUSED, ENOTFOUND, TLS, TIMEOUT, SECRET, …) when it cannot
 * be read at all; a connection that keeps dropping midway returns what was read with stats.incomplete set.
 */
export async function readAccount(name: string, account: AccountConfig, opts: ImapReadOptions): Promise<ImapReadResult> {
  const started = Date.now();
  const ep = endpoint(account);
  const { secret, warnings } = await resolveSecret(name, account);
  const stats: ImapStats = {
    account: name,
    mailboxes: [],
    fetched: 0,
    fromCache: 0,
    duplicates: 0,
    bytes: { sent: 0, received: 0 },
    reconnects: 0,
    tls: account.insecureSkipVerify ? 'unverified' : 'verified',
    warnings,
    seconds: 0,
  };
  if (account.insecureSkipVerify)
    warnings.push({
      en: `Account ${name}: TLS certificate verification is OFF (insecureSkipVerify); anyone on the network path can read this connection`,
      nl: `Account ${name}: controle van het TLS-certificaat staat UIT (insecureSkipVerify); iedereen op het netwerkpad kan meelezen`,
    });
  const problem = (source: string, code: string, text: Bilingual) => opts.onProblem?.({ source, code, message: text.en, texts: text });

  const session = new Session({ name, account, secret, trace: opts.onTrace });
  await session.start();
  if (!session.encrypted) {
    stats.tls = 'none';
    warnings.push({
      en: `Account ${name}: the connection to ${ep.host}:${ep.port} is not encrypted (no TLS, no STARTTLS)`,
      nl: `Account ${name}: de verbinding met ${ep.host}:${ep.port} is niet versleuteld (geen TLS, geen STARTTLS)`,
    });
  }

  let cache: ImapCache | undefined;
  let progress: Progress | undefined;
  let pool: { pool: ParsePool } | undefined;
  const results: Group[] = [];
  try {
    if (opts.useCache !== false) {
      cache = await openCache(opts.cacheDir);
      cache.checkParseKey(name, parseKey(opts.parse));
      stats.cachePath = cache.path;
    }
    const list = await session.imap.list().catch((e: unknown) => {
      throw toSourceError(e, { account: name, host: ep.host, port: ep.port }, secret.value);
    });
    const choice = chooseMailboxes(list, { role: opts.role, mailboxes: opts.mailboxes ?? account.mailboxes, allMail: account.allMail });
    if (opts.role === 'drafts' && choice.paths.length === 0)
      throw new SourceError('NO_DRAFTS', {
        en: `Account ${name}: no Drafts folder found`,
        nl: `Account ${name}: geen map Concepten (Drafts) gevonden`,
      });
    for (const m of choice.missing) {
      if (m === '\\Sent' || m === '\\All' || opts.role === 'drafts') continue; // optional folders
      problem(`${name}/${m}`, 'NO_MAILBOX', { en: `mailbox ${m} does not exist`, nl: `map ${m} bestaat niet` });
    }
    progress = opts.progress && !opts.quiet ? await opts.progress({ en: `${name}: fetching`, nl: `${name}: ophalen` }) : NO_PROGRESS;
    const ctx: Ctx = { name, opts, session, cache, progress, pool: inlinePool(opts.parse), workersTried: false, stats, problem };
    pool = ctx;
    for (const path of choice.paths) {
      try {
        await readMailbox(ctx, path, results);
      } catch (e) {
        const err = e instanceof SourceError ? e : toSourceError(e, { account: name, host: ep.host, port: ep.port }, secret.value);
        if (stats.incomplete) {
          problem(`${name}/${path}`, 'INCOMPLETE', {
            en: `${err.texts.en}; read ${stats.incomplete.read} messages, ${stats.incomplete.missing} not read`,
            nl: `${err.texts.nl}; ${stats.incomplete.read} berichten gelezen, ${stats.incomplete.missing} niet gelezen`,
          });
          break; // the connection is gone for good: report what we have
        }
        if (err.code === 'NO_MAILBOX' || /NONEXISTENT|doesn't exist|not exist/i.test(err.message)) {
          problem(`${name}/${path}`, 'NO_MAILBOX', { en: `mailbox ${path} cannot be opened`, nl: `map ${path} kan niet geopend worden` });
          continue;
        }
        throw err;
      }
    }
  } finally {
    progress?.stop();
    await pool?.pool.close();
    await session.close();
    cache?.close();
  }

  stats.reconnects = session.reconnects;
  stats.bytes = session.bytes;
  // One message per Message-ID across mailboxes (All Mail holds INBOX and Sent again); generated ids are unique anyway.
  const seen = new Set<string>();
  const messages: Message[] = [];
  for (const group of results) {
    for (const e of group.entries) {
      if (e.error) {
        const where = describeOrigin({ kind: 'imap', account: name, mailbox: group.path, uid: e.uid });
        opts.onProblem?.({ source: where, code: e.error.code, message: e.error.message, ...(e.error.texts && { texts: e.error.texts }) });
        continue;
      }
      const m = e.message!;
      if (opts.since && m.date < opts.since && !(m.origin.receivedAt && m.origin.receivedAt >= opts.since)) continue;
      if (!m.messageIdGenerated) {
        if (seen.has(m.messageId)) {
          stats.duplicates++;
          continue;
        }
        seen.add(m.messageId);
      }
      messages.push(m);
    }
  }
  stats.seconds = (Date.now() - started) / 1000;
  return { messages, stats };
}
