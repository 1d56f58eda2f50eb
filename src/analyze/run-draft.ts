/**
 * Runs the draft rules over one draft (`lint`): resolved settings, crash isolation, findings in line order.
 * Imports no thread facts, so a draft check loads only what its rules use.
 */
import type { Draft, Finding, RunError } from '../model.js';
import { isDraftRule } from './define-rule.js';
import { addressLabel, makeContext, type EngineInput } from './report-finding.js';
import { resolveRules } from './settings.js';
import { MAX_FINDINGS_PER_RULE } from './draft-location.js';

export function runDraftRules(draft: Draft, input: EngineInput): { findings: Finding[]; errors: RunError[] } {
  const resolved = resolveRules(input.rules, input.config.rules, input.config.filepath).filter((r) => isDraftRule(r.rule));
  const findings: Finding[] = [];
  const errors: RunError[] = [];
  const m = draft.message;
  // Every finding is about this draft: one thread, one other party (the original's author, else the addressee).
  const threadId = m.references[0] ?? m.inReplyTo ?? draft.original?.messageId ?? m.messageId;
  const correspondent = addressLabel(draft.original?.direction === 'in' ? draft.original.from : (m.to[0] ?? m.cc[0]));
  const noFacts = () => {
    throw new Error('thread facts are not available to draft rules');
  };
  const defaults = { threadOf: () => threadId, correspondentOf: () => correspondent, origin: draft.path };
  for (const r of resolved) {
    const mine: Finding[] = [];
    const ctx = makeContext(r, input, noFacts, mine, defaults);
    try {
      r.rule.checkDraft!(draft, ctx);
    } catch (err) {
      errors.push({ source: `rule ${r.rule.id}, ${draft.path}`, code: 'RULE_CRASH', message: (err as Error).message });
    }
    // a pasted wall of text can hold thousands of matches: a draft gets at most this many findings per rule
    findings.push(...mine.slice(0, MAX_FINDINGS_PER_RULE));
  }
  findings.sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0) || (a.location?.column ?? 0) - (b.location?.column ?? 0));
  return { findings, errors };
}
