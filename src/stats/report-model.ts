/**
 * What `replycheck report` prints, in every format: the period, its figures and the previous period's, the weekly
 * trend, the findings (new or known against a baseline) and the verdict. Built once; formatters only render it.
 */
import type { Config } from '../config/types.js';
import type { FailOn, Finding, RunError } from '../model.js';
import { BusinessTime } from '../text/business-time.js';
import type { MessageRecord } from './records.js';
import type { Period } from './period.js';
import type { Breach, Change, PeriodStats, WeekPoint } from './types.js';
import { RecordIndex, changes, computeStats, weeklyTrend, type StatsEnv } from './compute.js';
import { checkThresholds } from './thresholds.js';
import { fingerprint } from './baseline.js';
import type { SourceSummary } from '../scan-result.js';

export interface ReportFinding extends Finding {
  /** Identity across runs (rule + Message-ID + normalised evidence), see baseline.ts. */
  fingerprint: string;
  /** False when the finding is in the baseline; true otherwise (also when there is no baseline). */
  isNew: boolean;
}

export interface Verdict {
  failOn: FailOn;
  /** Thresholds breached: listed first in every format. */
  breaches: Breach[];
  /** Findings that fail the run: new ones at the failing severity. */
  failingFindings: number;
  /** Decided by the CLI (src/cli/exit-code.ts) from the rest of the report. */
  exitCode: number;
}

export interface ReportData {
  now: Date;
  period: Period;
  current: PeriodStats;
  previous: PeriodStats;
  changes: Change[];
  trend: WeekPoint[];
  findings: ReportFinding[];
  baseline?: { known: number; new: number };
  verdict: Verdict;
  sources: SourceSummary[];
  errors: RunError[];
  /** Number of scan results merged (--merge), when merged. */
  merged?: number;
  redacted: boolean;
  /** Thresholds as configured, for the "all thresholds met" line. */
  thresholds: Record<string, number>;
  /** The thread rules that ran (JUnit lists each, also those without findings). */
  rules: string[];
}

/** The report before the CLI has decided its exit code. */
export type ReportModel = Omit<ReportData, 'verdict'> & { verdict: Omit<Verdict, 'exitCode'> };

export interface BuildInput {
  records: MessageRecord[];
  findings: Finding[];
  sources: SourceSummary[];
  errors: RunError[];
  config: Config;
  now: Date;
  period: Period;
  failOn: FailOn;
  baseline?: Set<string>;
  merged?: number;
  /** Ids of the thread rules that ran. */
  rules?: string[];
  /** Weeks of trend to show before the period (default 8 weeks in all). */
  trendWeeks?: number;
}

export function statsEnv(config: Config, isMine: (a: string) => boolean): StatsEnv {
  return { bt: new BusinessTime(config.businessHours), team: config.team, isMine };
}

const RANK = { info: 1, warn: 2, error: 3 } as const;

export function buildReport(input: BuildInput, isMine: (a: string) => boolean = () => false): ReportModel {
  const env = statsEnv(input.config, isMine);
  const idx = new RecordIndex(input.records);
  const { period } = input;
  const current = computeStats(idx, period, env);
  const previous = computeStats(idx, period.previous, env);
  const weeks = input.trendWeeks ?? 8;
  const trendFrom = new Date(Math.min(period.previous.from.getTime(), period.cutoff.getTime() - (weeks - 1) * 7 * 86_400_000));
  // Weeks before the first one with mail are left out (and all of them when there is no mail at all).
  const weeksAll = weeklyTrend(idx, trendFrom, period.cutoff, env);
  const firstWithMail = weeksAll.findIndex((x) => x.needed > 0);
  const trend = firstWithMail < 0 ? [] : weeksAll.slice(firstWithMail);

  const from = period.from.getTime();
  const to = period.to.getTime();
  const findings: ReportFinding[] = input.findings
    .filter((f) => {
      const t = Date.parse(f.date);
      return t >= from && t < to;
    })
    .map((f) => {
      const fp = fingerprint(f);
      return { ...f, fingerprint: fp, isNew: !input.baseline?.has(fp) };
    });

  const breaches = checkThresholds(current, input.config.thresholds);
  const failAt = input.failOn === 'warn' ? RANK.warn : RANK.error;
  const failingFindings = input.failOn === 'never' ? 0 : findings.filter((f) => f.isNew && RANK[f.severity] >= failAt).length;

  return {
    now: input.now,
    period,
    current,
    previous,
    changes: changes(current, previous),
    trend,
    findings,
    ...(input.baseline && { baseline: { known: findings.filter((f) => !f.isNew).length, new: findings.filter((f) => f.isNew).length } }),
    verdict: { failOn: input.failOn, breaches, failingFindings },
    sources: input.sources,
    errors: input.errors,
    ...(input.merged !== undefined && { merged: input.merged }),
    redacted: false,
    thresholds: input.config.thresholds,
    rules: [...new Set([...(input.rules ?? []), ...findings.map((f) => f.ruleId)])],
  };
}
