/**
 * Read one IMAP account, read-only and incrementally.
 *
 * Per mailbox: EXAMINE; UID SEARCH ALL (what exists) and, for --since, UID SEARCH SINCE (what is in scope);
 * drop cached UIDs that are gone; refresh cached flags with CHANGEDSINCE when the server has CONDSTORE;
 * fetch only the UIDs not cached — first headers + BODYSTRUCTURE, then only the text parts, capped
 * (BODY.PEEK, never attachments) — parse them, store them, and return cached + new.
 * Fetch results are always collected before the next command (a command inside a fetch loop deadlocks),
 * and the next batch is fetched while the current one is parsed.
 */
import { createHash } from 'node:crypto';
import type { FetchMessageObject, ImapFlow, MailboxObject } from 'imapflow';
import type { AccountConfig } from '../config/types.js';
import type { Bilingual, Message, Origin, Progress, ProgressFactory, RawMessage, RunError } from '../model.js';
import { describeOrigin } from '../model.js';
import { SourceError } from '../errors.js';
import { VERSION } from '../meta.js';
import type { ParseOptions } from '../parse/parse-message.js';
import { openCache, type CachedEntry, type ImapCache } from '../cache/imap-cache.js';
import { resolveSecret } from './secrets.js';
import { endpoint, type TraceFn } from './imap-connect.js';
import { toSourceError } from './imap-errors.js';
import { chooseMailboxes, type Role } from './imap-folders.js';
import { buildRaw, fetchKeys, planMessage, type BodyNode, type MessagePlan } from './imap-raw.js';
import { Session } from './imap-session.js';
import { inlinePool, workerPool, defaultWorkerCount, type ParseJob, type ParsePool } from './imap-parse-pool.js';
import { compactUids } from './imap-uids.js';

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
  /** Set when the connection kept dropping: how many messages were read and how many were not. */
  incomplete?: { read: number; missing: number };
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

type ParseFn = (raw: RawMessage, opts: ParseOptions) => Promise<Message>;
let parser: Promise<ParseFn> | null = null;
const NO_PROGRESS: Progress = { add() {}, tick() {}, stop() {} };
const loadParser = () => (parser ??= import('../parse/parse-message.js').then((m) => m.parseMessage));

/** What parsed messages depend on besides the mail itself; a change invalidates the account's cache. */
function parseKey(p: ParseOptions): string {
  const norm = (xs: string[]) => [...xs].map((x) => x.trim().toLowerCase()).sort();
  return createHash('sha256')
    .update(JSON.stringify({ v: VERSION, me: norm(p.me), internal: norm(p.internalDomains) }))
    .digest('hex')
    .slice(0, 16);
}

const stripRecent = (flags: Set<string> | undefined) => [...(flags ?? [])].filter((f) => f !== '\\Recent');

/** What one FETCH round brought back for one message. */
interface Fetched {
  uid: number;
  flags: string[];
  internalDate?: Date;
  headers: Buffer;
  structure?: BodyNode;
  plan: MessagePlan;
  parts: Map<string, Buffer>;
}

async function fetchBatch(client: ImapFlow, uids: number[]): Promise<Fetched[]> {
  const range = compactUids(uids);
  const metas = await client.fetchAll(range, { uid: true, flags: true, internalDate: true, bodyStructure: true, headers: true }, { uid: true });
  // Group messages by the text sections they need, so each group is one FETCH of BODY.PEEK[...]<0.cap>.
  const groups = new Map<string, { keys: ReturnType<typeof fetchKeys>; uids: number[] }>();
  const plans = new Map<number, MessagePlan>();
  for (const m of metas) {
    const plan = planMessage(m.bodyStructure as BodyNode | undefined);
    plans.set(m.uid, plan);
    const keys = fetchKeys(plan);
    if (!keys.length) continue;
    const sig = keys.map((k) => k.key).join(',');
    const g = groups.get(sig) ?? { keys, uids: [] };
    g.uids.push(m.uid);
    groups.set(sig, g);
  }
  const parts = new Map<number, Map<string, Buffer>>();
  for (const g of groups.values()) {
    const rows: FetchMessageObject[] = await client.fetchAll(compactUids(g.uids), { uid: true, bodyParts: g.keys }, { uid: true });
    for (const r of rows) if (r.bodyParts) parts.set(r.uid, r.bodyParts);
  }
  return metas.map((m) => ({
    uid: m.uid,
    flags: stripRecent(m.flags),
    internalDate: m.internalDate ? new Date(m.internalDate) : undefined,
    headers: m.headers ?? Buffer.alloc(0),
    structure: m.bodyStructure as BodyNode | undefined,
    plan: plans.get(m.uid)!,
    parts: parts.get(m.uid) ?? new Map(),
  }));
}

interface Ctx {
  name: string;
  opts: ImapReadOptions;
  session: Session;
  cache?: ImapCache;
  progress: Progress;
  pool: ParsePool;
  /** Worker threads are started once, for the first mailbox with enough to parse. */
  workersTried: boolean;
  stats: ImapStats;
  problem(source: string, code: string, text: Bilingual): void;
}

/** Worth starting worker threads for: below this, their start-up costs more than they save. */
const WORKER_MIN = 300;

/**
 * Turn fetched rows into entries: a Message (or, with a cache, its stored JSON straight from the parser
 * worker), or the reason parsing failed.
 */
async function parseRows(ctx: Ctx, path: string, uidValidity: string, rows: Fetched[]): Promise<CachedEntry[]> {
  const jobs: ParseJob[] = rows.map((r) => {
    const origin: Origin = { kind: 'imap', account: ctx.name, mailbox: path, uidValidity, uid: r.uid, flags: r.flags };
    if (r.internalDate && !Number.isNaN(r.internalDate.getTime())) origin.receivedAt = r.internalDate;
    // The structure knows the real attachments and sizes; the rebuilt MIME only carries empty stand-ins.
    return { origin, raw: buildRaw(r.headers, r.structure, r.plan, r.parts), attachments: r.plan.attachments };
  });
  const outcomes = await ctx.pool.parseAll(jobs, ctx.cache !== undefined);
  ctx.progress.tick(rows.length);
  return rows.map((r, i) => {
    const o = outcomes[i];
    const base = { uid: r.uid, flags: r.flags };
    if ('error' in o) return { ...base, error: o.error };
    return 'json' in o ? { ...base, json: o.json } : { ...base, message: o.message };
  });
}

/** Flags changed since the last scan (CONDSTORE), as UID → flags. */
async function changedFlags(client: ImapFlow, since: bigint, allUids: number[]): Promise<Array<{ uid: number; flags: string[] }>> {
  const rows = await client.fetchAll('1:*', { uid: true, flags: true }, { uid: true, changedSince: since });
  const out: Array<{ uid: number; flags: string[] }> = [];
  for (const r of rows) {
    // Dovecot can answer a CHANGEDSINCE fetch with a row without UID: sequence numbers follow UID order.
    const uid = r.uid ?? allUids[r.seq - 1];
    if (uid !== undefined) out.push({ uid, flags: stripRecent(r.flags) });
  }
  return out;
}

function searchSince(since: Date): Date {
  // SEARCH SINCE compares dates (not times) in the server's zone: ask one day earlier, cut exactly later.
  return new Date(since.getTime() - 86_400_000);
}

interface Group {
  path: string;
  entries: CachedEntry[];
}

async function readMailbox(ctx: Ctx, path: string, results: Group[]): Promise<void> {
  const { session, cache, name, opts } = ctx;
  const mb: MailboxObject = await session.run(path, async () => session.mailbox!);
  const uidValidity = String(mb.uidValidity);
  const ms: MailboxStats = { path, uidValidity, inScope: 0, fetched: 0, fromCache: 0, removed: 0, flagUpdates: 0, rebuilt: false };
  ctx.stats.mailboxes.push(ms);

  const state = cache?.state(name, path);
  if (cache && state?.uidValidity !== uidValidity) {
    ms.rebuilt = state !== undefined;
    cache.resetMailbox(name, path, uidValidity);
  }
  const empty = mb.exists === 0;
  const allUids = empty ? [] : ((await session.run(path, (c) => c.search({ all: true }, { uid: true }))) || []);
  const scopeUids = !opts.since || empty ? allUids : ((await session.run(path, (c) => c.search({ since: searchSince(opts.since!) }, { uid: true }))) || []);
  const scope = new Set(scopeUids);
  ms.inScope = scope.size;

  let have = new Set<number>();
  if (cache) {
    const all = new Set(allUids);
    const known = cache.uids(name, path, uidValidity);
    const gone = known.filter((u) => !all.has(u));
    if (gone.length) cache.remove(name, path, uidValidity, gone);
    ms.removed = gone.length;
    // Flags of cached messages: only what changed since the last scan, when the server can tell us.
    const lastModseq = state?.uidValidity === uidValidity ? state.highestModseq : undefined;
    if (lastModseq && mb.highestModseq !== undefined && mb.highestModseq > BigInt(lastModseq) && known.length > gone.length) {
      const changes = await session.run(path, (c) => changedFlags(c, BigInt(lastModseq), allUids));
      ms.flagUpdates = cache.updateFlags(name, path, uidValidity, changes);
    }
    have = new Set(cache.uids(name, path, uidValidity).filter((u) => scope.has(u)));
  }
  ms.fromCache = have.size;
  ctx.stats.fromCache += have.size;

  const todo = scopeUids.filter((u) => !have.has(u)).sort((a, b) => a - b);
  ctx.progress.add(todo.length);
  if (todo.length >= WORKER_MIN && !ctx.workersTried) {
    ctx.workersTried = true;
    const pool = await workerPool(opts.parse, ctx.pool, opts.parseWorkers ?? defaultWorkerCount());
    if (pool) ctx.pool = pool;
  }
  const size = Math.max(1, opts.batchSize ?? 400);
  const batches: number[][] = [];
  for (let i = 0; i < todo.length; i += size) batches.push(todo.slice(i, i + size));

  let read = 0;
  const fetchNext = (i: number) => {
    const p = session.run(path, (c) => fetchBatch(c, batches[i]));
    p.catch(() => {}); // handled when awaited; avoids an unhandled rejection while the previous batch parses
    return p;
  };
  let next = batches.length ? fetchNext(0) : undefined;
  try {
    for (let i = 0; i < batches.length; i++) {
      const rows = await next!;
      next = i + 1 < batches.length ? fetchNext(i + 1) : undefined;
      const entries = await parseRows(ctx, path, uidValidity, rows);
      if (cache) cache.put(name, path, uidValidity, entries);
      else results.push({ path, entries });
      read += rows.length;
      ms.fetched += rows.length;
      ctx.stats.fetched += rows.length;
    }
  } catch (e) {
    const missing = todo.length - read;
    ctx.stats.incomplete = { read: (ctx.stats.incomplete?.read ?? 0) + read, missing: (ctx.stats.incomplete?.missing ?? 0) + missing };
    throw e;
  } finally {
    // With a cache, new messages were stored as they came: the mailbox's result is read back in one go.
    if (cache) results.push({ path, entries: cache.load(name, path, uidValidity, scope) });
  }
  // Only a complete pass may record the modseq: flags of messages we did not reach would be missed.
  if (cache) cache.setModseq(name, path, mb.highestModseq !== undefined ? String(mb.highestModseq) : undefined);
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
    const ctx: Ctx = { name, opts, session, cache, progress, pool: inlinePool(loadParser, opts.parse), workersTried: false, stats, problem };
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
        opts.onProblem?.({ source: where, code: e.error.code, message: e.error.message });
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
