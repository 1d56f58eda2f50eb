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
import { accountKey, loginOf, openCache, type ImapCache } from '../cache/imap-cache.js';
import { resolveSecret } from './secrets.js';
import { endpoint } from './imap-connect.js';
import { toSourceError } from './imap-errors.js';
import { chooseMailboxes } from './imap-folders.js';
import { Session } from './imap-session.js';
import { inlinePool, type ParsePool } from '../parse/pool.js';
import { readMailbox, type Ctx, type Group } from './imap-mailbox.js';
import type { ImapReadOptions, ImapReadResult, ImapStats, MailboxStats } from './imap-types.js';

export type { ImapReadOptions, ImapReadResult } from './imap-types.js';

const NO_PROGRESS: Progress = { add() {}, tick() {}, stop() {} };

/** What parsed messages depend on besides the mail itself: part of the cache key, so another `me` never shares rows. */
function parseKey(p: ParseOptions): string {
  const norm = (xs: string[]) => [...xs].map((x) => x.trim().toLowerCase()).sort();
  return createHash('sha256')
    .update(JSON.stringify({ v: VERSION, me: norm(p.me), internal: norm(p.internalDomains) }))
    .digest('hex')
    .slice(0, 16);
}

/** Why a mailbox was not read (to the end), with how far it got when that is known. */
function notReadText(err: SourceError, path: string, ms: MailboxStats | undefined): Bilingual {
  if (ms?.missing === undefined || ms.inScope === 0) return { en: `${err.texts.en}; mailbox ${path} not read`, nl: `${err.texts.nl}; map ${path} niet gelezen` };
  const done = ms.inScope - ms.missing;
  return {
    en: `${err.texts.en}; mailbox ${ms.path}: read ${done} of ${ms.inScope} messages, ${ms.missing} not read`,
    nl: `${err.texts.nl}; map ${ms.path}: ${done} van ${ms.inScope} berichten gelezen, ${ms.missing} niet gelezen`,
  };
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
    missed: [],
    seconds: 0,
  };
  if (account.insecureSkipVerify)
    warnings.push({
      en: `Account ${name}: TLS certificate verification is OFF (insecureSkipVerify); anyone on the network path can read this connection`,
      nl: `Account ${name}: controle van het TLS-certificaat staat UIT (insecureSkipVerify); iedereen op het netwerkpad kan meelezen`,
    });
  const problem = (source: string, code: string, text: Bilingual) => opts.onProblem?.({ source, code, message: text.en, texts: text });

  if (!ep.secure && account.allowPlaintext)
    warnings.push({
      en: `Account ${name}: allowPlaintext is set: if ${ep.host}:${ep.port} offers no STARTTLS, the password is sent unencrypted`,
      nl: `Account ${name}: allowPlaintext staat aan: als ${ep.host}:${ep.port} geen STARTTLS aanbiedt, gaat het wachtwoord onversleuteld`,
    });
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
  const login = loginOf(account.user, ep.host, ep.port);
  const cacheKey = accountKey(login, parseKey(opts.parse));
  let progress: Progress | undefined;
  let pool: { pool: ParsePool } | undefined;
  const results: Group[] = [];
  try {
    if (opts.useCache !== false) {
      const opened = await openCache(opts.cacheDir);
      cache = opened.cache;
      stats.cachePath = cache.path;
      if (opened.rebuilt)
        warnings.push({
          en: `The IMAP cache ${cache.path} could not be read (${opened.rebuilt}) and has been rebuilt: this scan downloads the mail again`,
          nl: `De IMAP-cache ${cache.path} was onleesbaar (${opened.rebuilt}) en is opnieuw aangemaakt: deze scan haalt de mail opnieuw op`,
        });
      cache.useAccount(cacheKey, login);
    }
    const list = await session.run(undefined, (c) => c.list());
    const choice = chooseMailboxes(list, { role: opts.role, mailboxes: opts.mailboxes ?? account.mailboxes, allMail: account.allMail });
    if (opts.role === 'drafts' && choice.paths.length === 0)
      throw new SourceError('NO_DRAFTS', {
        en: `Account ${name}: no Drafts folder found`,
        nl: `Account ${name}: geen map Concepten (Drafts) gevonden`,
      });
    for (const m of choice.missing) {
      if (m === '\\Sent' && opts.role !== 'drafts')
        warnings.push({
          en: `Account ${name}: no Sent folder found, so your own replies are not read and threads may look unanswered; name it under mailboxes`,
          nl: `Account ${name}: geen map Verzonden gevonden, dus uw eigen antwoorden worden niet gelezen en threads kunnen onbeantwoord lijken; noem de map onder mailboxes`,
        });
      if (m === '\\Sent' || m === '\\All' || opts.role === 'drafts') continue; // optional folders
      problem(`${name}/${m}`, 'NO_MAILBOX', { en: `mailbox ${m} does not exist`, nl: `map ${m} bestaat niet` });
    }
    progress = opts.progress && !opts.quiet ? await opts.progress({ en: `${name}: fetching`, nl: `${name}: ophalen` }) : NO_PROGRESS;
    const ctx: Ctx = { name, opts, session, cache, cacheKey, progress, pool: inlinePool(opts.parse), workersTried: false, stats, problem };
    pool = ctx;
    for (const [i, path] of choice.paths.entries()) {
      try {
        await readMailbox(ctx, path, results);
      } catch (e) {
        const err = e instanceof SourceError ? e : toSourceError(e, { account: name, host: ep.host, port: ep.port }, secret.value);
        stats.missed.push(path);
        if (err.code === 'NO_MAILBOX' || /NONEXISTENT|doesn't exist|not exist/i.test(err.message)) {
          problem(`${name}/${path}`, 'NO_MAILBOX', { en: `mailbox ${path} cannot be opened`, nl: `map ${path} kan niet geopend worden` });
          continue;
        }
        problem(`${name}/${path}`, 'INCOMPLETE', notReadText(err, path, stats.mailboxes.find((m) => m.path === path)));
        if (err.code !== 'CONNECTION_LOST' && session.connected) continue;
        // The connection is gone for good: what was read stays, every mailbox not reached is named.
        for (const rest of choice.paths.slice(i + 1)) {
          stats.missed.push(rest);
          problem(`${name}/${rest}`, 'NOT_READ', {
            en: `mailbox ${rest} was not read: the connection was lost before it`,
            nl: `map ${rest} is niet gelezen: de verbinding viel eerder weg`,
          });
        }
        break;
      }
    }
  } finally {
    progress?.stop();
    await pool?.pool.close();
    await session.close();
    cache?.close();
  }

  const cut = stats.mailboxes.filter((m) => m.missing !== undefined);
  if (cut.length) {
    const missing = cut.reduce((n, m) => n + m.missing!, 0);
    stats.incomplete = { read: cut.reduce((n, m) => n + m.inScope - m.missing!, 0), missing };
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
