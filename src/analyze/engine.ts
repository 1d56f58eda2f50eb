/**
 * The rule engine: runs each enabled rule over each thread (or draft), isolates crashes, and turns what a rule
 * reports into Findings with ruleId, severity and docs link. Rules never print.
 */
import type { Config } from '../config/types.js';
import type { Draft, Finding, Message, RunError, Thread, Waited } from '../model.js';
import { fillBoth } from '../i18n.js';
import { addressMatcher } from '../address.js';
import type { BusinessTime } from '../text/business-time.js';
import { formatDuration } from '../text/format.js';
import type { RuleContext, ReportInput } from './context.js';
import { isDraftRule, isThreadRule, type Rule } from './define-rule.js';
import { analyzeThread, correspondentOf, outgoingIndex, type FactsOptions, type ThreadFacts } from './facts.js';
import { minSeverity, resolveRules, type ResolvedRule } from './settings.js';

export interface EngineInput {
  config: Config;
  rules: Rule[];
  now: Date;
  businessTime: BusinessTime;
}

export interface EngineResult {
  findings: Finding[];
  facts: ThreadFacts[];
  errors: RunError[];
}

export function addressLabel(a: { address: string; name?: string } | undefined): string {
  if (!a) return '?';
  return a.name && a.name !== a.address ? `${a.name} <${a.address}>` : a.address;
}

export function factsOptions(config: Config, resolved: ResolvedRule[]): FactsOptions {
  const promise = resolved.find((r) => r.rule.id === 'broken-promise')?.options;
  const question = resolved.find((r) => r.rule.id === 'unanswered-question')?.options;
  return {
    timezone: config.businessHours.timezone,
    defaultDueBusinessDays: Number(promise?.defaultDueBusinessDays ?? 2),
    answerOverlap: Number(question?.answerOverlap ?? 0.34),
    ignoreFrom: addressMatcher(config.ignore.from),
    ignoreSubject: config.ignore.subject.map((s) => new RegExp(s.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*'), 'i')),
    checkInternal: config.checkInternal,
  };
}

function makeContext(
  r: ResolvedRule,
  input: EngineInput,
  facts: (t: Thread) => ThreadFacts,
  sink: Finding[],
  threadOf: (m: Message) => string,
): RuleContext<any, string> {
  const { rule } = r;
  return {
    ruleId: rule.id,
    options: r.options,
    now: input.now,
    config: input.config,
    businessTime: input.businessTime,
    facts,
    formatDuration: (w: Waited) => ({ en: formatDuration(w, 'en'), nl: formatDuration(w, 'nl') }),
    report(f: ReportInput<string>) {
      const wording = rule.texts[f.text];
      if (!wording) throw new Error(`rule ${rule.id} reported unknown text id "${f.text}"`);
      const m = f.message;
      const finding: Finding = {
        ruleId: rule.id,
        severity: f.severity ? minSeverity(r.severity, f.severity) : r.severity,
        textId: f.text,
        text: fillBoth(wording, f.data ?? {}),
        messageId: m.messageId,
        threadId: f.thread?.id ?? threadOf(m),
        subject: m.subject,
        correspondent: f.correspondent ?? addressLabel(correspondentOf(m)),
        date: m.date.toISOString(),
        docsUrl: rule.docsUrl,
      };
      if (f.evidence) finding.evidence = f.evidence.replace(/\s+/g, ' ').trim();
      if (f.due) finding.due = f.due.toISOString();
      if (f.waited) finding.waited = { businessHours: round1(f.waited.businessHours), wallHours: round1(f.waited.wallHours) };
      if (f.extra) finding.data = f.extra;
      if (f.location) finding.location = f.location;
      sink.push(finding);
    },
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Runs the thread rules over threads. */
export function runRules(threads: Thread[], input: EngineInput): EngineResult {
  const resolved = resolveRules(input.rules, input.config.rules, input.config.filepath).filter((r) => isThreadRule(r.rule));
  const env = {
    now: input.now,
    bt: input.businessTime,
    options: factsOptions(input.config, resolveRules(input.rules, input.config.rules, input.config.filepath)),
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
      const ctx = makeContext(r, input, facts, findings, (m) => threadIdOf.get(m.messageId) ?? t.id);
      try {
        r.rule.check!(t, ctx);
      } catch (err) {
        errors.push({ source: `rule ${r.rule.id}, thread ${t.id}`, code: 'RULE_CRASH', message: (err as Error).message });
      }
    }
  }
  return { findings, facts: [...memo.values()], errors };
}

/** Runs the draft rules over one draft (lint). */
export function runDraftRules(draft: Draft, input: EngineInput): { findings: Finding[]; errors: RunError[] } {
  const resolved = resolveRules(input.rules, input.config.rules, input.config.filepath).filter((r) => isDraftRule(r.rule));
  const findings: Finding[] = [];
  const errors: RunError[] = [];
  const noFacts = () => {
    throw new Error('thread facts are not available to draft rules');
  };
  for (const r of resolved) {
    const ctx = makeContext(r, input, noFacts, findings, (m) => m.references[0] ?? m.inReplyTo ?? m.messageId);
    try {
      r.rule.checkDraft!(draft, ctx);
    } catch (err) {
      errors.push({ source: `rule ${r.rule.id}, ${draft.path}`, code: 'RULE_CRASH', message: (err as Error).message });
    }
  }
  return { findings, errors };
}
