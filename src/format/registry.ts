/**
 * The one formatter registry: per command (`scan`, `report`, `lint`) the `--format` names and their modules,
 * loaded on demand so a command pays only for what it prints. Every formatter has one signature (types.ts).
 */
import { ConfigError } from '../errors.js';
import type { ScanResult } from '../scan-result.js';
import type { ReportData } from '../stats/report-model.js';
import type { LintResult } from '../lint/lint.js';
import type { ExplainResult } from './explain/types.js';
import type { Formatter } from './types.js';

/** What each command formats. */
interface FormatInput {
  scan: ScanResult;
  report: ReportData;
  lint: LintResult;
  explain: ExplainResult;
}

export type FormatKind = keyof FormatInput;

type Loaders = { [K in FormatKind]: Record<string, () => Promise<{ default: Formatter<FormatInput[K]> }>> };

const FORMATS: Loaders = {
  scan: {
    stylish: () => import('./scan/stylish.js'),
    json: () => import('./scan/json.js'),
    sarif: () => import('./scan/sarif.js'),
    github: () => import('./scan/github.js'),
  },
  report: {
    stylish: () => import('./report/stylish.js'),
    markdown: () => import('./report/markdown.js'),
    html: () => import('./report/html.js'),
    json: () => import('./report/json.js'),
    junit: () => import('./report/junit.js'),
  },
  explain: {
    stylish: () => import('./explain/stylish.js'),
    json: () => import('./explain/json.js'),
  },
  lint: {
    stylish: () => import('./lint/stylish.js'),
    unix: () => import('./lint/unix.js'),
    json: () => import('./lint/json.js'),
    sarif: () => import('./lint/sarif.js'),
    github: () => import('./lint/github.js'),
  },
};

export const formatNames = (kind: FormatKind): string[] => Object.keys(FORMATS[kind]);

export async function getFormatter<K extends FormatKind>(kind: K, name: string): Promise<Formatter<FormatInput[K]>> {
  const load = (FORMATS[kind] as Record<string, () => Promise<{ default: Formatter<FormatInput[K]> }>>)[name];
  if (!load) {
    const names = formatNames(kind).join(', ');
    throw new ConfigError('UNKNOWN_FORMAT', kind === 'report'
      ? { en: `Unknown report format "${name}". Use one of: ${names}.`, nl: `Onbekend rapportformaat "${name}". Gebruik een van: ${names}.` }
      : { en: `Unknown format "${name}". Use one of: ${names}.`, nl: `Onbekend formaat "${name}". Gebruik een van: ${names}.` });
  }
  return (await load()).default;
}
