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
import { resolveRules, type ResolvedRule } from './settings.js';
import { MessageBudgets } from './budget.js';
import { MessageText, type AnalysisRows } from './facts-text.js';

export { type EngineInput } from './report-finding.js';

export interface EngineResult {
  findings: Finding[];
  facts: ThreadFacts[];
  errors: RunError[];
}

/** A colleague's address: its domain is one of `internalDomains` or a subdomain of one. */
function internalMatcher(domains: string[]): (address: string) => boolean {
  const ds = domains.map((d) => d.trim().toLowerCase().replace(/^\*?@?\.?/, '')).filter(Boolean);
  return (address) => {
    const domain = address.slice(address.lastIndexOf('@') + 1).toLowerCase();
    return address.includes('@') && ds.some((d) => domain === d || domain.endsWith('.' + d));
  };
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
    broadcastRecipients: config.analysis.broadcastRecipients,
    isInternal: internalMatcher(config.internalDomains),
  };
}

/** Runs the thread rules over threads; `analysis`: the analysis cache's rows, when the run has one (facts-text.ts). */
export function runRules(threads: Thread[], input: EngineInput, analysis?: AnalysisRows): EngineResult {
  const resolved = resolveRules(input.rules, input.config.rules, input.config.filepath).filter((r) => isThreadRule(r.rule));
  const env = {
    now: input.now,
    bt: input.businessTime,
    options: factsOptions(input.config),
    outgoingTo: outgoingIndex(threads.flatMap((t) => t.messages)),
    isMe: addressMatcher(input.config.me),
    isTeam: addressMatcher(Object.keys(input.config.team ?? {})),
    budget: new MessageBudgets(input.analysisBudget),
    text: new MessageText(analysis),
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
  return { findings: dropSuperseded(findings, resolved), facts: [...memo.values()], errors: [...env.budget.errors, ...errors] };
}

/** The incoming message a finding is about: its own, or the one a reply answered (slow-reply). */
function concerns(f: Finding): string {
  const to = f.data?.repliesTo;
  return typeof to === 'string' ? to : f.messageId;
}

/** Drops a finding when a rule that supersedes its rule reported the same incoming message. */
function dropSuperseded(findings: Finding[], resolved: ResolvedRule[]): Finding[] {
  const by = new Map(resolved.filter((r) => r.rule.supersededBy?.length).map((r) => [r.rule.id, r.rule.supersededBy!]));
  if (by.size === 0) return findings;
  const reported = new Set(findings.map((f) => `${f.ruleId}\0${concerns(f)}`));
  return findings.filter((f) => !(by.get(f.ruleId) ?? []).some((id) => reported.has(`${id}\0${concerns(f)}`)));
}
