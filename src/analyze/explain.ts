/**
 * How each message was read: the split into new text, quote, signature and disclaimer, the language, whether it is
 * automated or bulk, whether it needs a reply from me and why, the questions and promises found and what became of
 * them, and the findings about it. `replycheck explain` prints this; its JSON is a documented contract
 * (docs/explain-json.md), the stable way for other tools to read how replycheck understood a mail.
 */
import type { Finding, Message } from '../model.js';
import { findQuestions } from '../text/questions.js';
import type { PromiseStatus, ThreadFacts } from './facts.js';
import type { NoReplyReason } from './needs-reply.js';

export interface ExplainedQuestion {
  text: string;
  kind: 'question' | 'request';
  /** Message-ID of the reply that answers it; null when none did; absent when not judged (no reply needed). */
  answeredBy?: string | null;
  /** How the reply answers it (see QuestionFact.how); absent when unanswered or not judged. */
  answeredHow?: string;
}

export interface ExplainedPromise {
  text: string;
  dueText?: string;
  due: string;
  explicitDue: boolean;
  status: PromiseStatus;
  followUp?: string;
}

export interface ExplainedMessage {
  messageId: string;
  threadId: string;
  subject: string;
  from: string;
  to: string[];
  cc: string[];
  date: string;
  direction: 'in' | 'out';
  language: 'nl' | 'en';
  automated: string | false;
  bulk: string | false;
  internal: boolean;
  /** Incoming only: needs a reply from me, and when not, why. */
  needsReply?: boolean;
  noReplyReason?: NoReplyReason;
  /** Incoming only: Message-ID of the first response that reached the sender. */
  firstResponse?: string;
  split: { newText: string; quotedText: string; signature: string; disclaimer: string };
  questions: ExplainedQuestion[];
  promises: ExplainedPromise[];
  /** Rule ids of the findings about this message. */
  findings: string[];
}

const addr = (a: { address: string; name?: string }) => (a.name && a.name !== a.address ? `${a.name} <${a.address}>` : a.address);

export function explainMessages(facts: ThreadFacts[], findings: Finding[], select: (m: Message) => boolean = () => true): ExplainedMessage[] {
  const byMessage = new Map<string, string[]>();
  for (const f of findings) {
    for (const id of new Set([f.messageId, typeof f.data?.repliesTo === 'string' ? f.data.repliesTo : f.messageId])) {
      const l = byMessage.get(id) ?? [];
      if (!l.includes(f.ruleId)) l.push(f.ruleId);
      byMessage.set(id, l);
    }
  }
  const out: ExplainedMessage[] = [];
  for (const tf of facts) {
    for (const m of tf.thread.messages) {
      if (!select(m)) continue;
      const inc = tf.incoming.find((i) => i.message === m);
      const judged = new Map((inc?.questions ?? []).map((q) => [q.question.text, q.answeredBy?.messageId ?? null]));
      const how = new Map((inc?.questions ?? []).map((q) => [q.question.text, q.how]));
      const e: ExplainedMessage = {
        messageId: m.messageId,
        threadId: tf.thread.id,
        subject: m.subject,
        from: addr(m.from),
        to: m.to.map(addr),
        cc: m.cc.map(addr),
        date: m.date.toISOString(),
        direction: m.direction,
        language: m.language,
        automated: m.automated,
        bulk: m.bulk ?? false,
        internal: m.internal,
        split: { newText: m.newText, quotedText: m.quotedText, signature: m.signature, disclaimer: m.disclaimer ?? '' },
        questions: (m.direction === 'in' ? findQuestions(m.newText, m.language) : []).map((q) => ({
          text: q.text,
          kind: q.kind,
          ...(judged.has(q.text) && { answeredBy: judged.get(q.text)! }),
          ...(how.get(q.text) && { answeredHow: how.get(q.text)! }),
        })),
        promises: tf.commitments
          .filter((c) => c.message === m)
          .map((c) => ({
            text: c.commitment.text,
            ...(c.commitment.dueText && { dueText: c.commitment.dueText }),
            due: c.due.toISOString(),
            explicitDue: c.explicitDue,
            status: c.status,
            ...(c.followUp && { followUp: c.followUp.messageId }),
          })),
        findings: byMessage.get(m.messageId) ?? [],
      };
      if (inc) {
        e.needsReply = inc.needsReply;
        if (inc.reason) e.noReplyReason = inc.reason;
        if (inc.firstResponse) e.firstResponse = inc.firstResponse.messageId;
      }
      out.push(e);
    }
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.messageId.localeCompare(b.messageId));
}
