/**
 * What the language helpers find in one message's text, as the facts ask for it: questions and requests, promises
 * with their due text and due time, apology, holding reply, job concluded, aftercare. Each depends only on the
 * message's new text, its language (and for promises its date and the working week), the phrase lists and the
 * helpers' code. With an analysis cache (src/cache/analysis-store.ts, versioned by all of those) a result found
 * in an earlier scan is read back instead of computed; without one, every call computes, as before.
 * A result is stored only when the helper finished: one stopped by the message's time budget throws past this.
 */
import { hash } from 'node:crypto';
import type { Message } from '../model.js';
import type { BusinessTime } from '../text/business-time.js';
import type { Span } from '../text/sentences.js';
import { findQuestions, type Question } from '../text/questions.js';
import { findCommitments, type Commitment } from '../text/commitments.js';
import { findAftercare, findApology, findJobConcluded, isHoldingReply } from '../text/acknowledge.js';

/** Results by key as JSON text (src/cache/analysis-store.ts AnalysisRows). */
export interface AnalysisRows {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
}

type Revive<T> = (json: unknown) => T;
const asIs = <T>(v: unknown) => v as T;
const span: Revive<Span | undefined> = (v) => (v === null ? undefined : (v as Span));
const commitments: Revive<Commitment[]> = (v) =>
  (v as Array<Commitment & { due?: string }>).map((c) => (c.due === undefined ? c : { ...c, due: new Date(c.due) }));

export class MessageText {
  private readonly hashes = new WeakMap<Message, string>();

  constructor(private readonly rows?: AnalysisRows) {}

  /** The content key of a message: its language and new text (what every helper here reads). */
  private keyOf(m: Message): string {
    let h = this.hashes.get(m);
    if (h === undefined) this.hashes.set(m, (h = hash('sha1', `${m.language}\0${m.newText}`)));
    return h;
  }

  private memo<T>(m: Message, helper: string, compute: () => T, revive: Revive<T>): T {
    if (!this.rows) return compute();
    const key = `${helper}:${this.keyOf(m)}`;
    const hit = this.rows.get(key);
    if (hit !== undefined) return revive(JSON.parse(hit));
    const value = compute();
    this.rows.set(key, JSON.stringify(value ?? null));
    return value;
  }

  questions(m: Message): Question[] {
    return this.memo(m, 'q', () => findQuestions(m.newText, m.language), asIs<Question[]>);
  }

  holding(m: Message): boolean {
    return this.memo(m, 'h', () => isHoldingReply(m.newText, m.language), asIs<boolean>);
  }

  apology(m: Message): Span | undefined {
    return this.memo(m, 'a', () => findApology(m.newText, m.language), span);
  }

  jobConcluded(m: Message): Span | undefined {
    return this.memo(m, 'j', () => findJobConcluded(m.newText, m.language), span);
  }

  aftercare(m: Message): Span | undefined {
    return this.memo(m, 'c', () => findAftercare(m.newText, m.language), span);
  }

  /** Whether something a helper of the facts finds holds for m's text (`name` says what, and the inputs beside it). */
  flag(m: Message, name: string, compute: () => boolean): boolean {
    return this.memo(m, `f ${name}`, compute, asIs<boolean>);
  }

  /** Promises with their due time, read as of the message's date in `timezone` (the working week is in the version). */
  commitments(m: Message, timezone: string, bt: BusinessTime): Commitment[] {
    const compute = () => findCommitments(m.newText, m.language, m.date, timezone, { businessTime: bt });
    return this.memo(m, `p${m.date.toISOString()}@${timezone}`, compute, commitments);
  }
}
