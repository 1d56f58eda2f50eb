import { ExitCode } from './errors.js';
import type { Finding } from './model.js';
import type { SourceSummary } from './report/types.js';

export type FailOn = 'error' | 'warn' | 'never';

/**
 * 3 when a whole source could not be read; else 1 when a finding reaches the failing severity or there are more
 * warnings than --max-warnings allows; else 0. (Usage and config errors exit 2 before anything is read.)
 */
export function exitCodeFor(findings: Finding[], sources: SourceSummary[], opts: { failOn?: FailOn; maxWarnings?: number } = {}): number {
  if (sources.some((s) => s.failed)) return ExitCode.Source;
  const failOn = opts.failOn ?? 'error';
  if (failOn === 'never') return ExitCode.Ok;
  if (findings.some((f) => f.severity === 'error')) return ExitCode.Findings;
  if (failOn === 'warn' && findings.some((f) => f.severity === 'warn')) return ExitCode.Findings;
  if (opts.maxWarnings !== undefined && opts.maxWarnings >= 0 && findings.filter((f) => f.severity === 'warn').length > opts.maxWarnings)
    return ExitCode.Findings;
  return ExitCode.Ok;
}
