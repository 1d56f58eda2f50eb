/** Lint results as JSON: the same finding shape as `scan --format json` (docs/json-output.md), per draft. */
import { JSON_VERSION, VERSION } from '../../meta.js';
import { findingToJson } from '../scan/json.js';
import { errorToJson } from '../../problems.js';
import type { LintResult } from '../../lint/lint.js';
import type { Formatter } from '../types.js';

export function lintToJson(result: LintResult, lang: 'en' | 'nl') {
  return {
    version: JSON_VERSION,
    tool: { name: 'replycheck', version: VERSION },
    command: 'lint',
    now: result.now.toISOString(),
    files: result.files.map((f) => ({
      path: f.path,
      checked: f.checked,
      ...(f.code !== undefined && { code: f.code }),
      ...(f.reason !== undefined && { reason: f.reason[lang], reasons: f.reason }),
      original: f.original,
      ...(f.now && { now: f.now.toISOString() }),
      ...(f.fromHtml && { fromHtml: true }),
      findings: f.findings.map((x) => findingToJson(x, lang)),
      errors: f.errors.map(errorToJson),
    })),
  };
}

const json: Formatter<LintResult> = (result, ctx) => JSON.stringify(lintToJson(result, ctx.lang), null, 2) + '\n';
export default json;
