/**
 * "Not a conversation", decided in one place: a folder of spam, trash or drafts is not read (local sources), a draft
 * is no reply (left out before threading), and mail the server or Gmail marked as spam or trash never waits for
 * an answer (needs-reply), and one Message-ID read twice is one message (`dedupe`, when threads are built). An IMAP
 * account also skips a second copy across its own mailboxes while it reads (Gmail's All Mail), to count them.
 */
import type { Message } from '../model.js';

/** Folder names (Dutch and English, as clients create them) of mail that is not a conversation. */
const NOISE_FOLDER = /^(junk|spam|ongewenst|ongewenste e-mail|bulk mail|trash|deleted|deleted items|deleted messages|prullenbak|verwijderd|verwijderde items|drafts|concepten|templates|outbox|postvak uit)$/i;

/** A folder name ("Spam", ".Trash", Maildir++ ".Drafts.Old"): the first part of the name decides. */
export function isNoiseFolder(name: string): boolean {
  const first = name.replace(/^\./, '').split('.')[0] ?? '';
  return NOISE_FOLDER.test(first);
}

/** Gmail Takeout's labels of one message, lower-cased. */
function labels(m: Message): string[] {
  const raw = m.headers['x-gmail-labels'];
  return raw ? raw.split(',').map((l) => l.trim().replace(/^"|"$/g, '').toLowerCase()) : [];
}

/** A draft is not a reply (Maildir "D" flag, IMAP \\Draft, Gmail Takeout's "Drafts" label; a chat is no mail). */
export function isDraft(m: Message): boolean {
  if (m.origin.flags?.some((f) => f.toLowerCase() === '\\draft')) return true;
  return labels(m).some((l) => l === 'drafts' || l === 'concepten' || l === 'chat');
}

/** Marked as spam by the server (X-Spam-Flag) or as spam or trash by Gmail: never a customer waiting. */
export function isMarkedSpam(m: Message): boolean {
  return /^yes/i.test(m.headers['x-spam-flag'] ?? '') || labels(m).some((l) => l === 'spam' || l === 'trash' || l === 'prullenbak');
}

/** The same Message-ID seen twice (two folders, two exports) is one message; the copy with the most text wins. */
export function dedupe(messages: Message[]): Message[] {
  const byId = new Map<string, Message>();
  for (const m of messages) {
    const prev = byId.get(m.messageId);
    if (!prev || prev.text.length < m.text.length) byId.set(m.messageId, m);
  }
  return [...byId.values()];
}
