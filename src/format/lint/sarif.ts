/** `lint --format sarif`: each finding at its line and column in the draft file. */
import type { LintResult } from '../../lint/lint.js';
import type { Formatter } from '../types.js';
import { sarifLog, toUri } from '../sarif.js';

const sarif: Formatter<LintResult> = (result, ctx) =>
  sarifLog(
    result.files.flatMap((file) =>
      file.findings.map((finding) => {
        const l = finding.location;
        const region = { startLine: l?.line ?? 1, startColumn: l?.column ?? 1, ...(l?.endLine && { endLine: l.endLine }), ...(l?.endColumn && { endColumn: l.endColumn }) };
        return { finding, location: file.path === '<stdin>' ? { logical: { name: '<stdin>', kind: 'draft' } } : { uri: toUri(file.path), region } };
      }),
    ),
    ctx.lang,
  );
export default sarif;
