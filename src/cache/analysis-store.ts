/**
 * The analysis cache (issue 10): what the language helpers found in one message's text (its questions and
 * requests, promises with their due text, apology, holding reply, job concluded, aftercare), kept in the same
 * SQLite file as the parsed IMAP messages, so a warm scan only threads and runs the rules.
 *
 * Rows are keyed by the analyser version (src/cache/analyser-version.ts: a hash of the phrase lists, the helpers'
 * code, the libraries they use and the settings they depend on) and by a hash of the helper's input (the message's
 * new text and language, for due dates also its date). A row is only ever read under the version it was written
 * with, so a changed phrase list or detector can never be answered from the cache. The rows of the few most
 * recently used versions stay (two installs or configs at once do not wipe each other); older ones are dropped.
 * One scan reads its version's rows once and writes what it found new in one transaction at the end.
 */
import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_FILE, defaultCacheDir } from './paths.js';

/** Analyser versions kept; the rows of older ones are dropped when a scan starts under a new one. */
const VERSIONS = 3;
/** More rows than this under one version (a mailbox far larger than any inbox): start that version afresh. */
const MAX_ROWS = 1_000_000;
const BUSY_MS = 30_000;

type Db = import('better-sqlite3').Database;

/** The rows of one analyser version: results by key as JSON text (what src/analyze/facts-text.ts reads and writes). */
export class AnalysisStore {
  private readonly rows: Map<string, string>;
  private readonly added = new Map<string, string>();

  private constructor(private readonly db: Db, readonly version: string) {
    const all = db.prepare('SELECT key, value FROM analysis WHERE version = ?').raw().all(version) as Array<[string, string]>;
    this.rows = new Map(all);
  }

  /** Opens the analysis rows of `version` in the cache folder (the file is made as the IMAP cache makes it). */
  static async open(version: string, dir = defaultCacheDir()): Promise<AnalysisStore> {
    const { default: Database } = await import('better-sqlite3');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const path = join(dir, CACHE_FILE);
    closeSync(openSync(path, 'a', 0o600));
    chmodSync(path, 0o600);
    const db = new Database(path, { timeout: BUSY_MS });
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.exec(`
        CREATE TABLE IF NOT EXISTS analysis_versions (version TEXT PRIMARY KEY, last_used INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS analysis (version TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,
          PRIMARY KEY (version, key)) WITHOUT ROWID;`);
      db.transaction(() => {
        db.prepare('INSERT OR REPLACE INTO analysis_versions(version, last_used) VALUES (?, ?)').run(version, Date.now());
        const stale = db.prepare('SELECT version FROM analysis_versions ORDER BY last_used DESC LIMIT -1 OFFSET ?').pluck().all(VERSIONS) as string[];
        const rows = db.prepare('SELECT count(*) FROM analysis WHERE version = ?').pluck().get(version) as number;
        if (rows > MAX_ROWS) stale.push(version);
        for (const v of stale) {
          db.prepare('DELETE FROM analysis WHERE version = ?').run(v);
          if (v !== version) db.prepare('DELETE FROM analysis_versions WHERE version = ?').run(v);
        }
      }).immediate();
      return new AnalysisStore(db, version);
    } catch (e) {
      db.close();
      throw e;
    }
  }

  get(key: string): string | undefined {
    return this.rows.get(key) ?? this.added.get(key);
  }

  set(key: string, value: string): void {
    if (!this.rows.has(key)) this.added.set(key, value);
  }

  /** How many rows were read, and how many are new in this scan. */
  get counts(): { read: number; added: number } {
    return { read: this.rows.size, added: this.added.size };
  }

  /** Writes the new rows (one transaction) and closes the file. */
  close(): void {
    try {
      if (this.added.size) {
        const stmt = this.db.prepare('INSERT OR IGNORE INTO analysis(version, key, value) VALUES (?, ?, ?)');
        this.db.transaction(() => {
          for (const [k, v] of this.added) stmt.run(this.version, k, v);
        }).immediate();
      }
    } finally {
      this.db.close();
    }
  }
}
