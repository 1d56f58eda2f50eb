/**
 * Issue 9: analysis runs under a per-message time budget, as parsing does. Every call of a text helper for a message
 * (its questions, promises, holding reply, apology, the judgement of its answers) runs under what is left of that
 * message's budget; once spent, the message is not analysed further, the helpers' answers for it are empty, and it is
 * named under `errors` (code ANALYSIS_BUDGET, with its Message-ID). The rest of the run goes on; the run counts as
 * incomplete (exit 3, src/cli/exit-code.ts).
 */
import type { Message, RunError } from '../model.js';
import { describeOrigin } from '../model.js';
import { MESSAGE_ANALYSIS_MS } from '../parse/limits.js';
import { OverBudget, withDeadline } from '../text/budget.js';

export const ANALYSIS_BUDGET = 'ANALYSIS_BUDGET';

export interface AnalysisBudgetOptions {
  /** Milliseconds of analysis one message may take (default MESSAGE_ANALYSIS_MS). */
  ms?: number;
  /** The clock, in ms (default performance.now): a test can count steps instead of time. */
  clock?: () => number;
}

export class MessageBudgets {
  readonly ms: number;
  private readonly clock: () => number;
  private readonly spent = new WeakMap<Message, number>();
  private readonly over = new WeakSet<Message>();
  readonly errors: RunError[] = [];

  constructor(opts: AnalysisBudgetOptions = {}) {
    this.ms = opts.ms ?? MESSAGE_ANALYSIS_MS;
    this.clock = opts.clock ?? (() => performance.now());
  }

  /** f() for message m within what is left of m's budget; `fallback` once the budget is spent. */
  run<T>(m: Message, fallback: T, f: () => T): T {
    if (this.over.has(m)) return fallback;
    const start = this.clock();
    const left = this.ms - (this.spent.get(m) ?? 0);
    try {
      return withDeadline(() => this.clock() - start > left, f);
    } catch (err) {
      if (!(err instanceof OverBudget)) throw err;
      this.over.add(m);
      this.errors.push(overBudgetError(m, this.ms));
      return fallback;
    } finally {
      this.spent.set(m, (this.spent.get(m) ?? 0) + (this.clock() - start));
    }
  }
}

function overBudgetError(m: Message, ms: number): RunError {
  const s = (lang: string) => (ms / 1000).toLocaleString(lang, { maximumFractionDigits: 3 });
  const texts = {
    en: `message ${m.messageId}: analysis stopped after its time budget of ${s('en')} s; its questions, promises and answers are not all known`,
    nl: `bericht ${m.messageId}: analyse gestopt na de tijdslimiet van ${s('nl')} s; de vragen, toezeggingen en antwoorden ervan zijn niet alle bekend`,
  };
  return { source: describeOrigin(m.origin), code: ANALYSIS_BUDGET, message: texts.en, texts };
}
