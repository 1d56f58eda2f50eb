/**
 * The report as JSON: figures + findings, a versioned contract (docs/report-json.md). `kind: "report"` tells it
 * apart from scan JSON; `version` changes only when a field is removed or changes meaning.
 */
import { VERSION } from '../../meta.js';
import { findingToJson } from '../scan/json.js';
import { errorToJson, runIncomplete, sourceToJson } from '../../problems.js';
import type { ReportData } from '../../stats/report-model.js';
import type { Formatter } from '../types.js';

export const REPORT_JSON_VERSION = 1;

const iso = (w: { from: Date; to: Date; cutoff: Date }) => ({ from: w.from.toISOString(), to: w.to.toISOString(), cutoff: w.cutoff.toISOString() });

export function reportToJson(d: ReportData, lang: 'en' | 'nl') {
  return {
    kind: 'report',
    version: REPORT_JSON_VERSION,
    tool: { name: 'replycheck', version: VERSION },
    generatedAt: new Date().toISOString(),
    now: d.now.toISOString(),
    period: { ...iso(d.period), ...(d.period.name && { name: d.period.name }) },
    previousPeriod: iso(d.period.previous),
    verdict: d.verdict,
    stats: d.current,
    previousStats: d.previous,
    changes: d.changes,
    trend: d.trend,
    findings: d.findings.map((f) => ({ ...findingToJson(f, lang), fingerprint: f.fingerprint, new: f.isNew })),
    ...(d.baseline && { baseline: d.baseline }),
    thresholds: d.thresholds,
    rules: d.rules,
    sources: d.sources.map(sourceToJson),
    // false when a source or one of its mailboxes was not read (to the end): the figures leave that mail out.
    complete: !runIncomplete(d.sources),
    errors: d.errors.map(errorToJson),
    redacted: d.redacted,
    ...(d.merged !== undefined && { merged: d.merged }),
  };
}

const jsonReport: Formatter<ReportData> = (d, ctx) => JSON.stringify(reportToJson(d, ctx.lang), null, 2) + '\n';
export default jsonReport;
