/**
 * SARIF 2.1.0 (the OASIS format GitHub code scanning and editors read) for `scan` and `lint`: one run, the rules
 * that fired as `tool.driver.rules` with their docs page, one result per finding. Pure: data in, text out.
 */
import { VERSION } from '../meta.js';
import type { ActiveSeverity, Finding, Language } from '../model.js';

const LEVEL: Record<ActiveSeverity, 'error' | 'warning' | 'note'> = { error: 'error', warn: 'warning', info: 'note' };

export interface SarifLocation {
  /** A file path (relative paths stay relative to the working directory, as code scanning expects). */
  uri?: string;
  region?: { startLine: number; startColumn: number; endLine?: number; endColumn?: number };
  /** Where there is no file position: the message (Message-ID) the finding is about. */
  logical?: { name: string; kind: string };
}

/** A path as a SARIF URI: forward slashes, each segment percent-encoded; absolute paths become file:// URIs. */
export function toUri(path: string): string {
  const parts = path.replace(/\\/g, '/').split('/').map((s) => encodeURIComponent(s));
  return path.startsWith('/') ? `file://${parts.join('/')}` : parts.join('/');
}

export function sarifLog(items: Array<{ finding: Finding; location: SarifLocation }>, lang: Language): string {
  const ruleIds = [...new Set(items.map((i) => i.finding.ruleId))].sort();
  const rules = ruleIds.map((id) => {
    const f = items.find((i) => i.finding.ruleId === id)!.finding;
    return { id, helpUri: f.docsUrl, ...(f.group && { properties: { group: f.group } }) };
  });
  const results = items.map(({ finding: f, location }) => ({
    ruleId: f.ruleId,
    ruleIndex: ruleIds.indexOf(f.ruleId),
    level: LEVEL[f.severity],
    message: { text: f.evidence ? `${f.text[lang]}: “${f.evidence}”` : f.text[lang] },
    locations: [
      {
        ...(location.uri && { physicalLocation: { artifactLocation: { uri: location.uri }, ...(location.region && { region: location.region }) } }),
        ...(location.logical && { logicalLocations: [location.logical] }),
      },
    ],
    // the baseline identity's parts: the same lapse keeps the same fingerprint from run to run
    partialFingerprints: { 'replycheck/v1': `${f.ruleId}|${f.messageId}|${f.evidence ?? ''}` },
    properties: {
      ...(f.id && { id: f.id }),
      subject: f.subject,
      correspondent: f.correspondent,
      date: f.date,
      ...(f.due && { due: f.due }),
      ...(f.waited && { waited: f.waited }),
    },
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'replycheck', version: VERSION, informationUri: 'https://github.com/replycheck/replycheck', rules } },
        language: lang,
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/** GitHub Actions workflow commands: `::warning file=…,line=…,col=…,title=…::text`, escaped as the runner expects. */
export function githubAnnotation(f: Finding, lang: Language, where: { file?: string; line?: number; col?: number; endLine?: number; endColumn?: number } = {}): string {
  const prop = (v: string) => v.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/:/g, '%3A').replace(/,/g, '%2C');
  const data = (v: string) => v.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const cmd = f.severity === 'error' ? 'error' : f.severity === 'warn' ? 'warning' : 'notice';
  const props: string[] = [];
  if (where.file) props.push(`file=${prop(where.file)}`);
  if (where.line) props.push(`line=${where.line}`);
  if (where.endLine) props.push(`endLine=${where.endLine}`);
  if (where.col) props.push(`col=${where.col}`);
  if (where.endColumn) props.push(`endColumn=${where.endColumn}`);
  props.push(`title=${prop(`${f.ruleId}${f.subject ? ` · ${f.subject}` : ''}${f.id ? ` · ${f.id}` : ''}`)}`);
  const text = f.evidence ? `${f.text[lang]}: “${f.evidence}”` : f.text[lang];
  return `::${cmd} ${props.join(',')}::${data(text)}`;
}
