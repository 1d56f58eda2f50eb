/**
 * Message[] → Thread[].
 * 1. Same Message-ID seen twice (INBOX copy + Sent copy, two folders) is one message.
 * 2. References / In-Reply-To link messages, also through ids of messages we never saw (a missing root).
 * 3. Clients that drop those headers: a message with a reply prefix ("Re:", "Antw:", "Doorst:") joins the most
 *    recent earlier thread with the same normalised subject and a shared correspondent, within `subjectWindowDays`.
 */
import type { Message, Thread } from '../model.js';
import { hasReplyPrefix, normalizeSubject } from './subject.js';
import { dedupe } from '../parse/noise.js';

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    // path compression
    let cur = x;
    while (cur !== root) {
      const next = this.parent.get(cur) ?? root;
      this.parent.set(cur, root);
      cur = next;
    }
    if (!this.parent.has(root)) this.parent.set(root, root);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

export interface ThreadOptions {
  /** How far back a subject-only match may reach. */
  subjectWindowDays?: number;
  /** My addresses (lower-case), so that shared correspondents exclude me. */
  me?: (address: string) => boolean;
}

function others(m: Message, isMe: (a: string) => boolean): string[] {
  return [m.from, ...m.to, ...m.cc].map((a) => a.address).filter((a) => a && !isMe(a));
}

export function buildThreads(input: Message[], opts: ThreadOptions = {}): Thread[] {
  const isMe = opts.me ?? (() => false);
  const windowMs = (opts.subjectWindowDays ?? 60) * 86_400_000;
  const messages = dedupe(input).sort((a, b) => a.date.getTime() - b.date.getTime());
  const uf = new UnionFind();
  const known = new Set(messages.map((m) => m.messageId));

  for (const m of messages) {
    uf.find(m.messageId);
    const refs = [...m.references, ...(m.inReplyTo ? [m.inReplyTo] : [])];
    for (const r of refs) uf.union(r, m.messageId);
  }

  // Subject fallback for messages whose headers link to nothing we know.
  const lastBySubject = new Map<string, Message[]>();
  for (const m of messages) {
    const subj = normalizeSubject(m.subject);
    const refs = [...m.references, ...(m.inReplyTo ? [m.inReplyTo] : [])];
    const linked = refs.some((r) => known.has(r));
    if (subj && !linked && hasReplyPrefix(m.subject)) {
      const mine = new Set(others(m, isMe));
      const candidates = lastBySubject.get(subj) ?? [];
      for (let i = candidates.length - 1; i >= 0; i--) {
        const c = candidates[i]!;
        if (m.date.getTime() - c.date.getTime() > windowMs) break;
        if (others(c, isMe).some((a) => mine.has(a))) {
          uf.union(c.messageId, m.messageId);
          break;
        }
      }
    }
    if (subj) {
      const list = lastBySubject.get(subj) ?? [];
      list.push(m);
      lastBySubject.set(subj, list);
    }
  }

  const groups = new Map<string, Message[]>();
  for (const m of messages) {
    const root = uf.find(m.messageId);
    const g = groups.get(root);
    if (g) g.push(m);
    else groups.set(root, [m]);
  }

  const threads: Thread[] = [];
  for (const msgs of groups.values()) {
    // already sorted by date; ties broken by reference order (a reply after what it references)
    msgs.sort((a, b) => a.date.getTime() - b.date.getTime() || (b.references.includes(a.messageId) ? -1 : a.references.includes(b.messageId) ? 1 : 0));
    const first = msgs[0]!;
    const id = first.references[0] ?? first.inReplyTo ?? first.messageId;
    threads.push({ id, subject: first.subject, messages: msgs });
  }
  threads.sort((a, b) => a.messages[0]!.date.getTime() - b.messages[0]!.date.getTime());
  return threads;
}
