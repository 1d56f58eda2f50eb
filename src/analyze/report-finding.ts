/**
 * The context a rule runs with, and how what it reports becomes a Finding (ruleId, severity, wording, docs link).
 * Shared by the thread engine (engine.ts) and the draft runner (run-draft.ts). Deliberately light: no thread facts,
 * so `lint` can run rules without loading what the facts need (chrono-node, the stemmers).
 */
import type { Config } from '../config/types.js';
import type { Finding, Message, Thread, Waited } from '../model.js';
import { fillBoth } from '../i18n.js';
import type { BusinessTime } from '../text/business-time.js';
import { formatDuration } from '../text/format.js';
import type { RuleContext, ReportInput } from './context.js';
import { groupOf, type Rule } from './define-rule.js';
import type { ThreadFacts } from './facts.js';
import { minSeverity, type ResolvedRule } from './settings.js';
import type { AnalysisBudgetOptions } from './budget.js';

export interface EngineInput {
  config: Config;
  rules: Rule[];
  now: Date;
  businessTime: BusinessTime;
  /** The per-message analysis budget of the thread rules (src/analyze/budget.ts); a test can make it tiny. */
  analysisBudget?: AnalysisBudgetOptions;
}

/** What a finding gets when the rule's report does not say: its thread, its other party, where it was read. */
export interface FindingDefaults {
  threadOf(m: Message): string;
  correspondentOf(m: Message): string;
  /** The file or mailbox the finding is about (a draft's path). */
  origin?: string;
}

export function addressLabel(a: { address: string; name?: string } | undefined): string {
  if (!a) return '?';
  if (!a.address) return a.name || '?';
  return a.name && a.name !== a.address ? `${a.name} <${a.address}>` : a.address;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function makeContext(
  r: ResolvedRule,
  input: EngineInput,
  facts: (t: Thread) => ThreadFacts,
  sink: Finding[],
  defaults: FindingDefaults,
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
        group: groupOf(rule, f.text),
        ...(rule.leadsGroup && { lead: true }),
        text: fillBoth(wording, f.data ?? {}),
        messageId: m.messageId,
        threadId: f.thread?.id ?? defaults.threadOf(m),
        subject: m.subject,
        correspondent: f.correspondent ?? defaults.correspondentOf(m),
        date: m.date.toISOString(),
        docsUrl: rule.docsUrl,
      };
      if (defaults.origin) finding.origin = defaults.origin;
      if (f.evidence) finding.evidence = f.evidence.replace(/\s+/g, ' ').trim();
      if (f.due) finding.due = f.due.toISOString();
      if (f.waited) finding.waited = { businessHours: round1(f.waited.businessHours), wallHours: round1(f.waited.wallHours) };
      if (f.extra) finding.data = f.extra;
      if (f.location) finding.location = f.location;
      sink.push(finding);
    },
  };
}
