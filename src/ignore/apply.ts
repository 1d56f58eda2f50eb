/**
 * Honouring the ignore file in scan and report: every finding gets its short id (the first characters of its
 * baseline fingerprint: rule, message and evidence, so the same lapse keeps its id from run to run); a finding
 * whose id is ignored is left out while the entry holds: until its `until` day has passed, and only while no new
 * incoming message has come into its thread since it was ignored (a new message reopens it, as "mark done" does in
 * a mail client).
 */
import type { Finding, Message } from '../model.js';
import { fingerprint } from '../stats/baseline.js';
import type { IgnoreEntry } from './file.js';

/** Characters of the fingerprint in a short id: 16^7 ids, ample for one mailbox's findings. */
export const SHORT_ID_LENGTH = 7;

export const shortId = (f: Pick<Finding, 'ruleId' | 'messageId' | 'evidence'>): string => fingerprint(f).slice(0, SHORT_ID_LENGTH);

/** The calendar date (YYYY-MM-DD) of `d` in `timeZone`. */
export const dayIn = (d: Date, timeZone: string): string =>
  new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(d);

/** The entry has run out: its `until` day is over. */
export const expired = (e: IgnoreEntry, now: Date, timeZone: string): boolean => e.until !== undefined && dayIn(now, timeZone) > e.until;

export interface Applied {
  /** The findings to show, each with its id. */
  findings: Finding[];
  /** The findings left out, with the entry that hides them. */
  ignored: { finding: Finding; entry: IgnoreEntry }[];
  /** Entries a new incoming message reopened (their finding is shown again). */
  reopened: IgnoreEntry[];
}

/**
 * Applies the ignore entries to a run's findings; `threads` are the run's messages per thread id. Ignoring a finding
 * that leads its group (awaiting-reply, slow-reply) also hides the findings scan shows folded under it (same group,
 * same message: src/format/scan/stylish.ts compact), since the person dismissed the item, not one line of it.
 */
export function applyIgnores(findings: Finding[], entries: IgnoreEntry[], threads: Map<string, Message[]>, now: Date, timeZone: string): Applied {
  const byId = new Map(entries.filter((e) => !expired(e, now, timeZone)).map((e) => [e.id, e]));
  const out: Applied = { findings: [], ignored: [], reopened: [] };
  const withIds = findings.map((f) => ({ ...f, id: f.id ?? shortId(f) }));
  const hiddenLeads = new Map<string, IgnoreEntry>();
  const hold = (f: Finding): IgnoreEntry | undefined => {
    const entry = byId.get(f.id!);
    if (!entry) return undefined;
    const since = Date.parse(entry.lastMessage);
    const fresh = (threads.get(f.threadId) ?? []).some((m) => m.direction === 'in' && m.date.getTime() > since);
    if (!fresh) return entry;
    if (!out.reopened.includes(entry)) out.reopened.push(entry);
    return undefined;
  };
  for (const f of withIds) {
    if (!f.lead) continue;
    const entry = hold(f);
    if (!entry) continue;
    hiddenLeads.set(`${f.group} ${f.messageId}`, entry);
    if (typeof f.data?.repliesTo === 'string') hiddenLeads.set(`${f.group} ${f.data.repliesTo}`, entry);
  }
  for (const f of withIds) {
    const entry = f.lead ? hiddenLeads.get(`${f.group} ${f.messageId}`) ?? hold(f) : hold(f) ?? hiddenLeads.get(`${f.group} ${f.messageId}`);
    if (entry) out.ignored.push({ finding: f, entry });
    else out.findings.push(f);
  }
  return out;
}
