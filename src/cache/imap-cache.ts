/**
 * The incremental IMAP cache: one SQLite file (better-sqlite3, loaded lazily) keyed by login (user, host, port) plus
 * what parsing depends on (me, internalDomains, replycheck version), then mailbox, UIDVALIDITY and UID, holding the
 * parsed Message as JSON plus the message's flags. Never by the config's account name: two accounts on one server,
 * or one user on two servers, never share rows, and neither do two configs with another `me` (so two scans at once
 * cannot undo each other's rows). A scan fetches only the UIDs it does not have; a UIDVALIDITY change drops that
 * mailbox. Concurrent scans: WAL plus a busy timeout, every write one short transaction. A file that is not a
 * readable database is named and rebuilt. No secret is ever written here; the file can be deleted at any time.
 */
import { chmodSync, closeSync, mkdirSync, openSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Bilingual, Message } from '../model.js';
import { CACHE_FILE, defaultCacheDir } from './paths.js';
import { SourceError } from '../errors.js';

/** Bump when the stored Message shape changes, so old rows are not read as new ones. */
const SCHEMA = 3; // 2: Message gained disclaimer and bulk, and the quote split changed; 3: keyed by login, not name

/** Parse-option variants kept per login (another `me` in a second config); older ones are dropped. */
const VARIANTS = 3;

/** How long a write waits for another scan's transaction before it gives up (ms). */
const BUSY_MS = 30_000;

export interface MailboxState {
  uidValidity: string;
  highestModseq?: string;
}

export interface CachedEntry {
  uid: number;
  flags: string[];
  /** The parsed message, or undefined when it could not be parsed (error says why). */
  message?: Message;
  /** The message already serialised by storeMessage (from a parser worker); stored as is. */
  json?: string;
  /** Why it could not be parsed; `texts` in both languages (rows stored by older versions have the English only). */
  error?: { code: string; message: string; texts?: Bilingual };
}

type Db = import('better-sqlite3').Database;

export class ImapCache {
  readonly path: string;
  private db: Db;

  constructor(db: Db, path: string) {
    this.db = db;
    this.path = path;
  }

  /** One write transaction, taking the write lock at its start (BEGIN IMMEDIATE): with another scan writing, it waits. */
  private tx(fn: () => void): void {
    this.db.transaction(fn).immediate();
  }

  /**
   * Start using `key` (see accountKey) for a scan of `login`: marks it used now, and drops the rows of this login's
   * older parse-option variants beyond the most recent few.
   */
  useAccount(key: string, login: string): void {
    this.tx(() => {
      this.db.prepare('INSERT OR REPLACE INTO accounts(account, login, last_used) VALUES (?, ?, ?)').run(key, login, Date.now());
      const stale = this.db
        .prepare('SELECT account FROM accounts WHERE login = ? ORDER BY last_used DESC, rowid DESC LIMIT -1 OFFSET ?')
        .pluck()
        .all(login, VARIANTS) as string[];
      for (const old of stale) {
        this.db.prepare('DELETE FROM messages WHERE account = ?').run(old);
        this.db.prepare('DELETE FROM mailboxes WHERE account = ?').run(old);
        this.db.prepare('DELETE FROM accounts WHERE account = ?').run(old);
      }
    });
  }

  state(account: string, mailbox: string): MailboxState | undefined {
    const row = this.db
      .prepare('SELECT uid_validity, highest_modseq FROM mailboxes WHERE account = ? AND mailbox = ?')
      .get(account, mailbox) as { uid_validity: string; highest_modseq: string | null } | undefined;
    if (!row) return undefined;
    return row.highest_modseq ? { uidValidity: row.uid_validity, highestModseq: row.highest_modseq } : { uidValidity: row.uid_validity };
  }

  /** Start (or restart, after a UIDVALIDITY change) a mailbox: its old rows go. */
  resetMailbox(account: string, mailbox: string, uidValidity: string): void {
    this.tx(() => {
      this.db.prepare('DELETE FROM messages WHERE account = ? AND mailbox = ?').run(account, mailbox);
      this.db
        .prepare('INSERT OR REPLACE INTO mailboxes(account, mailbox, uid_validity, highest_modseq) VALUES (?, ?, ?, NULL)')
        .run(account, mailbox, uidValidity);
    });
  }

  setModseq(account: string, mailbox: string, modseq: string | undefined): void {
    this.db.prepare('UPDATE mailboxes SET highest_modseq = ? WHERE account = ? AND mailbox = ?').run(modseq ?? null, account, mailbox);
  }

  uids(account: string, mailbox: string, uidValidity: string): number[] {
    return (
      this.db
        .prepare('SELECT uid FROM messages WHERE account = ? AND mailbox = ? AND uid_validity = ? ORDER BY uid')
        .pluck()
        .all(account, mailbox, uidValidity) as number[]
    );
  }

  /** Entries of one mailbox, optionally only those whose UID is in `only`; `name` is the config's name for the account. */
  load(account: string, mailbox: string, uidValidity: string, only?: Set<number>, name?: string): CachedEntry[] {
    const rows = this.db
      .prepare('SELECT uid, flags, message, error FROM messages WHERE account = ? AND mailbox = ? AND uid_validity = ? ORDER BY uid')
      .raw()
      .all(account, mailbox, uidValidity) as Array<[number, string, string | null, string | null]>;
    const out: CachedEntry[] = [];
    for (const [uid, flags, message, error] of rows) {
      if (only && !only.has(uid)) continue;
      const entry: CachedEntry = { uid, flags: flags ? flags.split(' ') : [] };
      if (message) entry.message = reviveMessage(JSON.parse(message), entry.flags, name);
      if (error) entry.error = JSON.parse(error);
      out.push(entry);
    }
    return out;
  }

  put(account: string, mailbox: string, uidValidity: string, entries: CachedEntry[]): void {
    const stmt = this.db.prepare(
      'INSERT OR REPLACE INTO messages(account, mailbox, uid_validity, uid, flags, message, error) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.tx(() => {
      for (const e of entries) {
        stmt.run(account, mailbox, uidValidity, e.uid, e.flags.join(' '), e.json ?? (e.message ? storeMessage(e.message) : null), e.error ? JSON.stringify(e.error) : null);
      }
    });
  }

  updateFlags(account: string, mailbox: string, uidValidity: string, changes: Array<{ uid: number; flags: string[] }>): number {
    const stmt = this.db.prepare('UPDATE messages SET flags = ? WHERE account = ? AND mailbox = ? AND uid_validity = ? AND uid = ?');
    let n = 0;
    this.tx(() => {
      for (const c of changes) n += stmt.run(c.flags.join(' '), account, mailbox, uidValidity, c.uid).changes;
    });
    return n;
  }

  remove(account: string, mailbox: string, uidValidity: string, uids: number[]): void {
    const stmt = this.db.prepare('DELETE FROM messages WHERE account = ? AND mailbox = ? AND uid_validity = ? AND uid = ?');
    this.tx(() => {
      for (const uid of uids) stmt.run(account, mailbox, uidValidity, uid);
    });
  }

  close(): void {
    this.db.close();
  }
}

/** The stored form of a Message. Flags live in their own column (they change without the message changing). */
export function storeMessage(m: Message): string {
  const { flags: _flags, ...origin } = m.origin;
  return JSON.stringify({ ...m, origin });
}

/** JSON → Message: Dates revived by hand (a JSON reviver on 10,000 messages costs more than the parse). */
function reviveMessage(m: Message, flags: string[], name: string | undefined): Message {
  m.date = new Date(m.date as unknown as string);
  // The same login may be named otherwise in another config: the name is this run's.
  if (name !== undefined && m.origin.kind === 'imap') m.origin.account = name;
  if (m.origin.receivedAt) m.origin.receivedAt = new Date(m.origin.receivedAt as unknown as string);
  m.origin.flags = flags;
  return m;
}

/** The cache's name for one login on one server under one set of parse options: never the config's account name. */
export function accountKey(login: string, parseKey: string): string {
  return `${login}#${parseKey}`;
}

/** user@host:port, host in lower case: what identifies a mailbox owner on a server. */
export const loginOf = (user: string, host: string, port: number): string => `${user}@${host.toLowerCase()}:${port}`;

/** SQLite's "this is no database" and "the database is damaged": a cache to rebuild, not a run to fail. */
const CORRUPT = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT']);

function prepare(db: Db): void {
  db.pragma('journal_mode = WAL'); // WAL/SHM files get the database file's permissions
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)');
  const schemaOf = () => db.prepare("SELECT value FROM meta WHERE key = 'schema'").pluck().get() as string | undefined;
  if (schemaOf() !== String(SCHEMA)) {
    db.transaction(() => {
      if (schemaOf() === String(SCHEMA)) return; // another scan made it meanwhile
      // An older layout: its tables go (the accounts table changed shape), the new ones are made.
      db.exec('DROP TABLE IF EXISTS messages; DROP TABLE IF EXISTS mailboxes; DROP TABLE IF EXISTS accounts;');
      prepareTables(db);
      db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema', ?)").run(String(SCHEMA));
    }).immediate();
  }
  // Reads every page once: a truncated or damaged file shows here, not halfway through a scan.
  db.prepare('SELECT count(*) FROM messages').pluck().get();
}

function prepareTables(db: Db): void {
  db.exec(`
    CREATE TABLE accounts (account TEXT PRIMARY KEY, login TEXT NOT NULL, last_used INTEGER NOT NULL);
    CREATE TABLE mailboxes (
      account TEXT NOT NULL, mailbox TEXT NOT NULL, uid_validity TEXT NOT NULL, highest_modseq TEXT,
      PRIMARY KEY (account, mailbox));
    CREATE TABLE messages (
      account TEXT NOT NULL, mailbox TEXT NOT NULL, uid_validity TEXT NOT NULL, uid INTEGER NOT NULL,
      flags TEXT NOT NULL, message TEXT, error TEXT,
      PRIMARY KEY (account, mailbox, uid_validity, uid)) WITHOUT ROWID;
  `);
}

/**
 * better-sqlite3 without its native part (an install that skipped the build, a Node upgrade since, another platform's
 * node_modules): "Could not locate the bindings file", "…was compiled against a different Node.js version", "invalid
 * ELF header". One clear line (exit 3) instead of the loader's stack; undefined for any other error.
 */
export function nativeMissing(e: unknown): SourceError | undefined {
  const err = e as NodeJS.ErrnoException;
  const msg = String(err?.message ?? '');
  const native =
    err?.code === 'ERR_DLOPEN_FAILED' ||
    msg.includes('Could not locate the bindings file') ||
    msg.includes('NODE_MODULE_VERSION') ||
    msg.includes('better_sqlite3.node') ||
    ((err?.code === 'ERR_MODULE_NOT_FOUND' || err?.code === 'MODULE_NOT_FOUND') && msg.includes('better-sqlite3'));
  if (!native) return undefined;
  const why = msg.split('\n')[0]!.slice(0, 200);
  return new SourceError(
    'CACHE_NATIVE_MISSING',
    {
      en: `The IMAP cache needs better-sqlite3 (reinstall, or use --no-cache): ${why}`,
      nl: `De IMAP-cache heeft better-sqlite3 nodig (installeer opnieuw, of gebruik --no-cache): ${why}`,
    },
    { cause: e },
  );
}

export interface OpenedCache {
  cache: ImapCache;
  /** Set when the file was unreadable and has been rebuilt: what was wrong with it (for a notice naming the file). */
  rebuilt?: string;
}

/**
 * Open (creating when needed) the cache file with mode 0600 in a 0700 folder. A file that is not a database or is
 * damaged is removed and made anew: the cache only saves downloads, so the scan goes on (the caller says so).
 */
type Sqlite = { default: new (file: string, options?: { timeout?: number }) => Db };

/** `load`: how better-sqlite3 is loaded (a test hands in one whose native part is missing). */
export async function openCache(dir = defaultCacheDir(), load: () => Promise<Sqlite> = () => import('better-sqlite3')): Promise<OpenedCache> {
  let Database: Sqlite['default'];
  try {
    Database = (await load()).default;
  } catch (e) {
    throw nativeMissing(e) ?? e;
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const path = join(dir, CACHE_FILE);
  const open = (): Db => {
    // Create the file ourselves first so it never exists with a wider mode, even for an instant.
    closeSync(openSync(path, 'a', 0o600));
    chmodSync(path, 0o600);
    let db: Db;
    try {
      db = new Database(path, { timeout: BUSY_MS });
    } catch (e) {
      // the native part is loaded by the first Database: missing, or built for another Node
      throw nativeMissing(e) ?? e;
    }
    try {
      prepare(db);
    } catch (e) {
      db.close();
      throw e;
    }
    return db;
  };
  try {
    return { cache: new ImapCache(open(), path) };
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    if (!CORRUPT.has(code)) throw e;
    for (const f of [path, `${path}-wal`, `${path}-shm`]) rmSync(f, { force: true });
    return { cache: new ImapCache(open(), path), rebuilt: (e as Error).message };
  }
}
