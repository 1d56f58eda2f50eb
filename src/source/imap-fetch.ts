/**
 * The FETCH and SEARCH commands of one mailbox pass. Every function collects its results before it returns:
 * another command inside a `for await` over a fetch deadlocks imapflow.
 */
import type { FetchMessageObject, ImapFlow } from 'imapflow';
import { fetchKeys, planMessage, type BodyNode, type MessagePlan } from './imap-raw.js';
import { compactUids } from './imap-uids.js';

const stripRecent = (flags: Set<string> | undefined) => [...(flags ?? [])].filter((f) => f !== '\\Recent');

/** What one FETCH round brought back for one message. */
export interface Fetched {
  uid: number;
  flags: string[];
  internalDate?: Date;
  headers: Buffer;
  structure?: BodyNode;
  plan: MessagePlan;
  parts: Map<string, Buffer>;
}

export async function fetchBatch(client: ImapFlow, uids: number[]): Promise<Fetched[]> {
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

/** Flags changed since the last scan (CONDSTORE), as UID → flags. */
export async function changedFlags(client: ImapFlow, since: bigint, allUids: number[]): Promise<Array<{ uid: number; flags: string[] }>> {
  const rows = await client.fetchAll('1:*', { uid: true, flags: true }, { uid: true, changedSince: since });
  const out: Array<{ uid: number; flags: string[] }> = [];
  for (const r of rows) {
    // Dovecot can answer a CHANGEDSINCE fetch with a row without UID: sequence numbers follow UID order.
    const uid = r.uid ?? allUids[r.seq - 1];
    if (uid !== undefined) out.push({ uid, flags: stripRecent(r.flags) });
  }
  return out;
}

export function searchSince(since: Date): Date {
  // SEARCH SINCE compares dates (not times) in the server's zone: ask one day earlier, cut exactly later.
  return new Date(since.getTime() - 86_400_000);
}
