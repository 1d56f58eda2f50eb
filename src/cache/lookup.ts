/**
 * One cached message by its Message-ID, read-only: `lint`'s In-Reply-To lookup. Not `openCache`: that one opens
 * the file for writing, creates it and can reset it, and a send hook must never do that. Here beside the rest of
 * the cache's SQL, so that no other module reads the file behind the cache's back (.dependency-cruiser.cjs:
 * only src/cache loads better-sqlite3). Undefined when there is no cache, no such message, or any problem.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Message } from '../model.js';
import { CACHE_FILE, defaultCacheDir } from './paths.js';

export async function findCachedMessage(messageId: string, cacheDir?: string): Promise<Message | undefined> {
  const file = join(cacheDir ?? defaultCacheDir(), CACHE_FILE);
  if (!existsSync(file)) return undefined;
  try {
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const like = `%"messageId":${JSON.stringify(messageId).replace(/[%_\\]/g, '\\$&')}%`;
      const rows = db.prepare("SELECT message FROM messages WHERE message LIKE ? ESCAPE '\\' LIMIT 5").pluck().all(like) as string[];
      for (const row of rows) {
        const m = JSON.parse(row) as Message;
        if (m.messageId !== messageId) continue;
        m.date = new Date(m.date as unknown as string);
        if (m.origin?.receivedAt) m.origin.receivedAt = new Date(m.origin.receivedAt as unknown as string);
        return m;
      }
    } finally {
      db.close();
    }
  } catch {
    /* an unreadable or locked cache is no reason to stop a send */
  }
  return undefined;
}
