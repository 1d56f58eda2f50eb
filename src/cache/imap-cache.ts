/**
 * The incremental IMAP cache: one SQLite file (better-sqlite3, loaded lazily) keyed by account, mailbox,
 * UIDVALIDITY and UID, holding the parsed Message as JSON plus the message's flags. A scan fetches only the
 * UIDs it does not have; a UIDVALIDITY change drops that mailbox; a change of what parsing depends on
 * (me, internalDomains, replycheck version) drops the account. No secret is ever written here, and the
 * file can be deleted at any time.
 */
import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import type { Bilingual, Message } from '../model.js';
import { CACHE_FILE, defaultCacheDir } from './paths.js';

/** Bump when the stored Message shape changes, so old rows are not read as new ones. */
const SCHEMA = 2; // 2: Message gained disclaimer and bulk, and the quote split changed

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

  /** Forget an account's rows when the parse options (or our version) differ from the ones that made them. */
  checkParseKey(account: string, key: string): boolean {
    const row = this.db.prepare('SELECT parse_key FROM accounts WHERE account = ?').get(account) as { parse_key: string } | undefined;
    if (row?.parse_key === key) return true;
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM messages WHERE account = ?').run(account);
      this.db.prepare('DELETE FROM mailboxes WHERE account = ?').run(account);
      this.db.prepare('INSERT OR REPLACE INTO accounts(account, parse_key) VALUES (?, ?)').run(account, key);
    })();
    return row === undefined;
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
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM messages WHERE account = ? AND mailbox = ?').run(account, mailbox);
      this.db
        .prepare('INSERT OR REPLACE INTO mailboxes(account, mailbox, uid_validity, highest_modseq) VALUES (?, ?, ?, NULL)')
        .run(account, mailbox, uidValidity);
    })();
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

  /** Entries of one mailbox, optionally only those whose UID is in `only`. */
  load(account: string, mailbox: string, uidValidity: string, only?: Set<number>): CachedEntry[] {
    const rows = this.db
      .prepare('SELECT uid, flags, message, error FROM messages WHERE account = ? AND mailbox = ? AND uid_validity = ? ORDER BY uid')
      .raw()
      .all(account, mailbox, uidValidity) as Array<[number, string, string | null, string | null]>;
    const out: CachedEntry[] = [];
    for (const [uid, flags, message, error] of rows) {
      if (only && !only.has(uid)) continue;
      const entry: CachedEntry = { uid, flags: flags ? flags.split(' ') : [] };
      if (message) entry.message = reviveMessage(JSON.parse(message), entry.flags);
      if (error) entry.error = JSON.parse(error);
      out.push(entry);
    }
    return out;
  }

  put(account: string, mailbox: string, uidValidity: string, entries: CachedEntry[]): void {
    const stmt = this.db.prepare(
      'INSERT OR REPLACE INTO messages(account, mailbox, uid_validity, uid, flags, message, error) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.db.transaction(() => {
      for (const e of entries) {
        stmt.run(account, mailbox, uidValidity, e.uid, e.flags.join(' '), e.json ?? (e.message ? storeMessage(e.message) : null), e.error ? JSON.stringify(e.error) : null);
      }
    })();
  }

  updateFlags(account: string, mailbox: string, uidValidity: string, changes: Array<{ uid: number; flags: string[] }>): number {
    const stmt = this.db.prepare('UPDATE messages SET flags = ? WHERE account = ? AND mailbox = ? AND uid_validity = ? AND uid = ?');
    let n = 0;
    this.db.transaction(() => {
      for (const c of changes) n += stmt.run(c.flags.join(' '), account, mailbox, uidValidity, c.uid).changes;
    })();
    return n;
  }

  remove(account: string, mailbox: string, uidValidity: string, uids: number[]): void {
    const stmt = this.db.prepare('DELETE FROM messages WHERE account = ? AND mailbox = ? AND uid_validity = ? AND uid = ?');
    this.db.transaction(() => {
      for (const uid of uids) stmt.run(account, mailbox, uidValidity, uid);
    })();
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
function reviveMessage(m: Message, flags: string[]): Message {
  m.date = new Date(m.date as unknown as string);
  if (m.origin.receivedAt) m.origin.receivedAt = new Date(m.origin.receivedAt as unknown as string);
  m.origin.flags = flags;
  return m;
}

/** Open (creating when needed) the cache file with mode 0600 in a 0700 folder. */
export async function openCache(dir = defaultCacheDir()): Promise<ImapCache> {
  const { default: Database } = await import('better-sqlite3');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const path = join(dir, CACHE_FILE);
  // Create the file ourselves first so it never exists with a wider mode, even for an instant.
  closeSync(openSync(path, 'a', 0o600));
  chmodSync(path, 0o600);
  const db = new Database(path);
  db.pragma('journal_mode = WAL'); // WAL/SHM files get the database file's permissions
  db.pragma('synchronous = NORMAL');
  db.exec(`
    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
    CREATE TABLE IF NOT EXISTS accounts (account TEXT PRIMARY KEY, parse_key TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS mailboxes (
      account TEXT NOT NULL, mailbox TEXT NOT NULL, uid_validity TEXT NOT NULL, highest_modseq TEXT,
      PRIMARY KEY (account, mailbox));
    CREATE TABLE IF NOT EXISTS messages (
      account TEXT NOT NULL, mailbox TEXT NOT NULL, uid_validity TEXT NOT NULL, uid INTEGER NOT NULL,
      flags TEXT NOT NULL, message TEXT, error TEXT,
      PRIMARY KEY (account, mailbox, uid_validity, uid)) WITHOUT ROWID;
  `);
  const schema = db.prepare("SELECT value FROM meta WHERE key = 'schema'").pluck().get() as string | undefined;
  if (schema !== String(SCHEMA)) {
    db.exec('DELETE FROM messages; DELETE FROM mailboxes; DELETE FROM accounts;');
    db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema', ?)").run(String(SCHEMA));
  }
  return new ImapCache(db, path);
}
