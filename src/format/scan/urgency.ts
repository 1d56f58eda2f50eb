import type { Finding } from '../../model.js';
import { severityRank } from '../../analyze/settings.js';

/** How pressing a finding is: severity first, then how long someone has waited or how overdue it is. */
export function urgency(f: Finding): number {
  return severityRank(f.severity) * 1e6 + (f.waited?.businessHours ?? 0);
}

/** Findings grouped per thread, the most urgent thread first and the most urgent finding first within it. */
export function groupByThread(findings: Finding[]): { threadId: string; findings: Finding[] }[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const g = groups.get(f.threadId);
    if (g) g.push(f);
    else groups.set(f.threadId, [f]);
  }
  const out = [...groups.entries()].map(([threadId, fs]) => ({ threadId, findings: fs.sort((a, b) => urgency(b) - urgency(a)) }));
  out.sort((a, b) => urgency(b.findings[0]!) - urgency(a.findings[0]!));
  return out;
}
