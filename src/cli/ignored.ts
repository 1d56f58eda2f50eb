/**
 * scan and report honour the ignore file (`replycheck ignore`): the findings get their short ids, the ignored ones
 * are left out, and a finding that a new incoming message reopened is named on stderr.
 */
import type { Config } from '../config/types.js';
import type { Finding } from '../model.js';
import type { ThreadFacts } from '../analyze/facts.js';
import type { IgnoredFinding } from '../scan-result.js';
import { t } from '../i18n.js';
import { H } from './shared.js';
import { notice } from './terminal.js';

export async function honourIgnores(
  findings: Finding[], facts: ThreadFacts[], config: Config, now: Date, demo: boolean | undefined,
): Promise<{ findings: Finding[]; ignored: IgnoredFinding[] }> {
  const { readIgnoreFile, ignoreFilePath } = await import('../ignore/file.js');
  const { applyIgnores } = await import('../ignore/apply.js');
  const entries = await readIgnoreFile(ignoreFilePath(demo ? undefined : config.filepath));
  const threads = new Map(facts.map((f) => [f.thread.id, f.thread.messages]));
  const applied = applyIgnores(findings, entries, threads, now, config.businessHours.timezone);
  for (const e of applied.reopened)
    notice(t(H(`${e.id} is shown again: a new message came in since it was ignored.`, `${e.id} wordt weer getoond: er kwam een nieuw bericht binnen sinds het genegeerd werd.`)));
  const ignored = applied.ignored.map(({ finding, entry }) => ({
    id: entry.id, ruleId: finding.ruleId, messageId: finding.messageId, ...(entry.until && { until: entry.until }), ...(entry.reason && { reason: entry.reason }),
  }));
  return { findings: applied.findings, ignored };
}
