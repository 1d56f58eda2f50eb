/**
 * The one exit-code decision for `scan`, `report` and `lint` (pure; usage and config errors exit 2 before anything
 * is read, in main.ts): 3 when a source (mailbox, account, draft file) could not be read; else 1 when a finding
 * reaches the failing severity, a report threshold is breached, or there are more warnings than --max-warnings
 * allows; else 0.
 */
import { ExitCode } from '../errors.js';
import type { ActiveSeverity, FailOn } from '../model.js';
import { ANALYSIS_BUDGET } from '../analyze/budget.js';

export interface ExitInput {
  /** A whole source could not be read. */
  unreadable: boolean;
  /** The findings that can fail the run (for `report`: those not in the baseline). */
  findings: readonly { severity: ActiveSeverity }[];
  /** Default 'error'. */
  failOn?: FailOn;
  maxWarnings?: number;
  /** Report thresholds breached. */
  breaches?: number;
}

/**
 * Whether a run got less than all of its input: a whole source could not be read, or the analysis of a message was
 * stopped at its time budget (src/analyze/budget.ts). Such a run exits 3 like an unreadable source (`unreadable`).
 */
export function incomplete(run: { sources: readonly { failed?: string }[]; errors: readonly { code: string }[] }): boolean {
  return run.sources.some((s) => s.failed) || run.errors.some((e) => e.code === ANALYSIS_BUDGET);
}

export function exitCode(input: ExitInput): number {
  if (input.unreadable) return ExitCode.Source;
  const failOn = input.failOn ?? 'error';
  if (failOn === 'never') return ExitCode.Ok;
  if ((input.breaches ?? 0) > 0) return ExitCode.Findings;
  if (input.findings.some((f) => f.severity === 'error')) return ExitCode.Findings;
  if (failOn === 'warn' && input.findings.some((f) => f.severity === 'warn')) return ExitCode.Findings;
  const warnings = input.findings.filter((f) => f.severity === 'warn').length;
  if (input.maxWarnings !== undefined && input.maxWarnings >= 0 && warnings > input.maxWarnings) return ExitCode.Findings;
  return ExitCode.Ok;
}
