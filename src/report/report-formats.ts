/** `report --format` names → formatter modules, loaded on demand. */
import { ConfigError } from '../errors.js';
import type { ReportFormatter } from './report-model.js';

const REPORT_FORMATS: Record<string, () => Promise<{ default: ReportFormatter }>> = {
  stylish: () => import('./report-stylish.js'),
  markdown: () => import('./report-markdown.js'),
  html: () => import('./report-html.js'),
  json: () => import('./report-json.js'),
  junit: () => import('./report-junit.js'),
};

export const reportFormatNames = () => Object.keys(REPORT_FORMATS);

export async function getReportFormatter(name: string): Promise<ReportFormatter> {
  const load = REPORT_FORMATS[name];
  if (!load)
    throw new ConfigError('UNKNOWN_FORMAT', {
      en: `Unknown report format "${name}". Use one of: ${reportFormatNames().join(', ')}.`,
      nl: `Onbekend rapportformaat "${name}". Gebruik een van: ${reportFormatNames().join(', ')}.`,
    });
  return (await load()).default;
}
