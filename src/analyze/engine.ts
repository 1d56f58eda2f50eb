/**
 * The rule engine: runs each enabled rule over each thread (or draft), isolates crashes, and turns what a rule
 * reports into Findings with ruleId, severity and docs link. Rules never print.
 */
import type { Config } from '../config/types.js';
import type { Finding, RunError, Thread } from '../model.js';
import { addressMatcher } from '../address.js';
import { isThreadRule } from './define-rule.js';
import { analyzeThread, correspondentOf, outgoingIndex, type FactsOptions, type ThreadFacts } from './facts.js';
import { addressLabel, makeContext, type EngineInput } from './report-finding.js';
import { resolveRules } from './settings.js';

export { addressLabel, type EngineInput } from './report-finding.js';
/** The draft runner lives apart (run-draft.ts) so that `lint` need not load the thread facts. */
export { runDraftRules } from './run-draft.js';

export interface EngineResult {
  findings: Finding[];
  facts: ThreadFacts[];
  errors: RunError[];
}

/** The analysis settings every rule shares: config `analysis`, `ignore`, `checkInternal` (never a rule's options). */
export function factsOptions(config: Config): FactsOptions {
  return {
    timezone: config.businessHours.timezone,
    defaultDueBusinessDays: config.analysis.defaultDueBusinessDays,
    answerOverlap: config.analysis.answerOverlap,
    ignoreFrom: addressMatcher(config.ignore.from),
    ignoreSubject: config.ignore.subject.map((s) => new RegExp(s.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*'), 'i')),
    checkInternal: config.checkInternal,
  };
}

/** Runs the thread rules over threads. */
export function runRules(threads: Thread[], input: EngineInput): EngineResult {
  const resolved = resolveRules(input.rules, input.config.rules, input.config.filepath).filter((r) => isThreadRule(r.rule));
  const env = {
    now: input.now,
    bt: input.businessTime,
    options: factsOptions(input.config),
    outgoingTo: outgoingIndex(threads.flatMap((t) => t.messages)),
    isMe: addressMatcher(input.config.me),
  };
  const memo = new Map<Thread, ThreadFacts>();
  const errors: RunError[] = [];
  const facts = (t: Thread) => {
    let f = memo.get(t);
    if (!f) memo.set(t, (f = analyzeThread(t, env)));
    return f;
  };
  const threadIdOf = new Map<string, string>();
  for (const t of threads) for (const m of t.messages) threadIdOf.set(m.messageId, t.id);
  const findings: Finding[] = [];
  for (const t of threads) {
    try {
      facts(t);
    } catch (err) {
      errors.push({ source: `thread ${t.id}`, code: 'ANALYZE_CRASH', message: (err as Error).message });
      continue;
    }
    for (const r of resolved) {
      const ctx = makeContext(r, input, facts, findings, {
        threadOf: (m) => threadIdOf.get(m.messageId) ?? t.id,
        correspondentOf: (m) => addressLabel(correspondentOf(m)),
      });
      try {
        r.rule.check!(t, ctx);
      } catch (err) {
        errors.push({ source: `rule ${r.rule.id}, thread ${t.id}`, code: 'RULE_CRASH', message: (err as Error).message });
      }
    }
  }
  return { findings, facts: [...memo.values()], errors };
}
