/**
 * Runs the draft rules over one draft. Same contract as `runDraftRules` in analyze/engine.ts (resolved settings,
 * crash isolation, findings with ruleId/severity/docs link), but without importing the engine: engine.ts loads
 * the thread facts, which load chrono-node and the stemmers (~170 ms) that most drafts never need.
 */
import type { Config } from '../config/types.js';
import type { Draft, Finding, RunError, Waited } from '../model.js';
import { fillBoth } from '../i18n.js';
import type { BusinessTime } from '../text/business-time.js';
import { formatDuration } from '../text/format.js';
import type { RuleContext, ReportInput } from '../analyze/context.js';
import { isDraftRule, type Rule } from '../analyze/define-rule.js';
import { minSeverity, resolveRules } from '../analyze/settings.js';

export interface DraftRunInput {
  config: Config;
  rules: Rule[];
  now: Date;
  businessTime: BusinessTime;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const label = (a: { address: string; name?: string } | undefined) => (!a ? '?' : a.name && a.name !== a.address ? `${a.name} <${a.address}>` : a.address);

export function lintDraftRules(draft: Draft, input: DraftRunInput): { findings: Finding[]; errors: RunError[] } {
  const resolved = resolveRules(input.rules, input.config.rules, input.config.filepath).filter((r) => isDraftRule(r.rule));
  const findings: Finding[] = [];
  const errors: RunError[] = [];
  const m = draft.message;
  const threadId = m.references[0] ?? m.inReplyTo ?? draft.original?.messageId ?? m.messageId;
  const correspondent = label(draft.original && draft.original.direction === 'in' ? draft.original.from : (m.to[0] ?? m.cc[0]));
  for (const r of resolved) {
    const { rule } = r;
    const ctx: RuleContext<any, string> = {
      ruleId: rule.id,
      options: r.options,
      now: input.now,
      config: input.config,
      businessTime: input.businessTime,
      facts() {
        throw new Error('thread facts are not available to draft rules');
      },
      formatDuration: (w: Waited) => ({ en: formatDuration(w, 'en'), nl: formatDuration(w, 'nl') }),
      report(f: ReportInput<string>) {
        const wording = rule.texts[f.text];
        if (!wording) throw new Error(`rule ${rule.id} reported unknown text id "${f.text}"`);
        const finding: Finding = {
          ruleId: rule.id,
          severity: f.severity ? minSeverity(r.severity, f.severity) : r.severity,
          textId: f.text,
          text: fillBoth(wording, f.data ?? {}),
          messageId: f.message.messageId,
          threadId,
          subject: f.message.subject,
          correspondent: f.correspondent ?? correspondent,
          date: f.message.date.toISOString(),
          docsUrl: rule.docsUrl,
          origin: draft.path,
        };
        if (f.evidence) finding.evidence = f.evidence.replace(/\s+/g, ' ').trim();
        if (f.due) finding.due = f.due.toISOString();
        if (f.waited) finding.waited = { businessHours: round1(f.waited.businessHours), wallHours: round1(f.waited.wallHours) };
        if (f.extra) finding.data = f.extra;
        if (f.location) finding.location = f.location;
        findings.push(finding);
      },
    };
    try {
      rule.checkDraft!(draft, ctx);
    } catch (err) {
      errors.push({ source: `rule ${rule.id}, ${draft.path}`, code: 'RULE_CRASH', message: (err as Error).message });
    }
  }
  findings.sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0) || (a.location?.column ?? 0) - (b.location?.column ?? 0));
  return { findings, errors };
}
