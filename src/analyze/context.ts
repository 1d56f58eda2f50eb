import type { Config } from '../config/types.js';
import type { Bilingual, Finding, Message, Thread, Waited } from '../model.js';
import type { BusinessTime } from '../text/business-time.js';
import type { ThreadFacts } from './facts.js';

export interface ReportInput<T extends string> {
  /** Key of the rule's texts. */
  text: T;
  data?: Record<string, unknown>;
  /** The message the finding is about. */
  message: Message;
  thread?: Thread;
  evidence?: string;
  due?: Date;
  waited?: Waited;
  /** Who is waiting / to whom it was promised; default the message's other party. */
  correspondent?: string;
  /** Report below the rule's severity (a promise that is only due soon). Never above it. */
  severity?: 'info' | 'warn';
  extra?: Finding['data'];
  location?: Finding['location'];
}

export interface RuleContext<O, T extends string> {
  ruleId: string;
  options: O;
  now: Date;
  config: Config;
  businessTime: BusinessTime;
  /** Shared per-thread analysis (memoised). */
  facts(thread: Thread): ThreadFacts;
  report(input: ReportInput<T>): void;
  formatDuration(w: Waited): Bilingual;
}
