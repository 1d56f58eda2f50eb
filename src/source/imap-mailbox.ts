/**
 * One mailbox of one account, read-only and incrementally: EXAMINE; UID SEARCH ALL (what exists) and, for
 * --since, UID SEARCH SINCE (what is in scope); drop cached UIDs that are gone; refresh cached flags with
 * CHANGEDSINCE when the server has CONDSTORE; fetch only the UIDs not cached, parse them, store them.
 * The next batch is fetched while the current one is parsed.
 */
import type { MailboxObject } from 'imapflow';
import type { Bilingual, Origin, Progress } from '../model.js';
import type { CachedEntry, ImapCache } from '../cache/imap-cache.js';
import { buildRaw } from './imap-raw.js';
import { changedFlags, fetchBatch, searchSince, type Fetched } from './imap-fetch.js';
import type { Session } from './imap-session.js';
import { workerPool, defaultWorkerCount, type ParseJob, type ParsePool } from '../parse/pool.js';
import type { ImapReadOptions, ImapStats, MailboxStats } from './imap-types.js';

export interface Ctx {
  name: string;
  opts: ImapReadOptions;
  session: Session;
  cache?: ImapCache;
  /** The cache's key for this login and these parse options (accountKey), never the config's name. */
  cacheKey: string;
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

export interface Group {
  path: string;
  entries: CachedEntry[];
}

export async function readMailbox(ctx: Ctx, path: string, results: Group[]): Promise<void> {
  const { session, cache, cacheKey: key, name, opts } = ctx;
  const mb: MailboxObject = await session.run(path, async () => session.mailbox!);
  const uidValidity = String(mb.uidValidity);
  const ms: MailboxStats = { path, uidValidity, inScope: 0, fetched: 0, fromCache: 0, removed: 0, flagUpdates: 0, rebuilt: false };
  ctx.stats.mailboxes.push(ms);
  ms.missing = mb.exists; // until the pass is through; a failure on the way leaves an estimate

  const state = cache?.state(key, path);
  if (cache && state?.uidValidity !== uidValidity) {
    ms.rebuilt = state !== undefined;
    cache.resetMailbox(key, path, uidValidity);
  }
  const empty = mb.exists === 0;
  const allUids = empty ? [] : ((await session.run(path, (c) => c.search({ all: true }, { uid: true }))) || []);
  const scopeUids = !opts.since || empty ? allUids : ((await session.run(path, (c) => c.search({ since: searchSince(opts.since!) }, { uid: true }))) || []);
  const scope = new Set(scopeUids);
  ms.inScope = scope.size;

  let have = new Set<number>();
  if (cache) {
    const all = new Set(allUids);
    const known = cache.uids(key, path, uidValidity);
    const gone = known.filter((u) => !all.has(u));
    if (gone.length) cache.remove(key, path, uidValidity, gone);
    ms.removed = gone.length;
    // Flags of cached messages: only what changed since the last scan, when the server can tell us.
    const lastModseq = state?.uidValidity === uidValidity ? state.highestModseq : undefined;
    if (lastModseq && mb.highestModseq !== undefined && mb.highestModseq > BigInt(lastModseq) && known.length > gone.length) {
      const changes = await session.run(path, (c) => changedFlags(c, BigInt(lastModseq), allUids));
      ms.flagUpdates = cache.updateFlags(key, path, uidValidity, changes);
    }
    have = new Set(cache.uids(key, path, uidValidity).filter((u) => scope.has(u)));
  }
  ms.fromCache = have.size;
  ctx.stats.fromCache += have.size;

  const todo = scopeUids.filter((u) => !have.has(u)).sort((a, b) => a - b);
  ms.missing = todo.length;
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
      if (cache) cache.put(key, path, uidValidity, entries);
      else results.push({ path, entries });
      read += rows.length;
      ms.fetched += rows.length;
      ctx.stats.fetched += rows.length;
    }
  } catch (e) {
    ms.missing = todo.length - read;
    throw e;
  } finally {
    // With a cache, new messages were stored as they came: the mailbox's result is read back in one go.
    if (cache) results.push({ path, entries: cache.load(key, path, uidValidity, scope, name) });
  }
  ms.missing = undefined;
  // Only a complete pass may record the modseq: flags of messages we did not reach would be missed.
  if (cache) cache.setModseq(key, path, mb.highestModseq !== undefined ? String(mb.highestModseq) : undefined);
}
