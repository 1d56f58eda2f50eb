import { JSON_VERSION, VERSION } from '../../meta.js';
import type { Finding } from '../../model.js';
import type { ScanResult } from '../../scan-result.js';
import { errorToJson, runIncomplete, sourceToJson } from '../../problems.js';
import type { Formatter } from '../types.js';
import { recordsFromFacts } from '../../stats/records.js';

export function findingToJson(f: Finding, lang: 'en' | 'nl') {
  return {
    ...(f.id !== undefined && { id: f.id }),
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.text[lang],
    texts: f.text,
    textId: f.textId,
    messageId: f.messageId,
    threadId: f.threadId,
    subject: f.subject,
    correspondent: f.correspondent,
    date: f.date,
    ...(f.evidence !== undefined && { evidence: f.evidence }),
    ...(f.due !== undefined && { due: f.due }),
    ...(f.waited !== undefined && { waited: f.waited }),
    ...(f.data !== undefined && { data: f.data }),
    ...(f.location !== undefined && { location: f.location }),
    ...(f.origin !== undefined && { origin: f.origin }),
    docsUrl: f.docsUrl,
  };
}

export function scanToJson(result: ScanResult, lang: 'en' | 'nl') {
  return {
    version: JSON_VERSION,
    tool: { name: 'replycheck', version: VERSION },
    generatedAt: new Date().toISOString(),
    now: result.now.toISOString(),
    ...(result.since && { since: result.since.toISOString() }),
    sources: result.sources.map(sourceToJson),
    // false when a source or one of its mailboxes was not read (to the end): see sources[].failed / .missed and errors.
    complete: !runIncomplete(result.sources),
    findings: result.findings.map((f) => findingToJson(f, lang)),
    // left out by the ignore file (`replycheck ignore`): id, rule, message, and until when and why
    ...(result.ignored?.length && { ignored: result.ignored }),
    stats: result.stats,
    errors: result.errors.map(errorToJson),
    // Text-free per-message facts: `report --merge` rebuilds every figure from these (docs/report-json.md).
    records: recordsFromFacts(result.facts),
  };
}

const json: Formatter<ScanResult> = (result, ctx) => JSON.stringify(scanToJson(result, ctx.lang), null, 2) + '\n';
export default json;
