/** `lint --format github`: annotations on the draft's lines, for a CI job that lints drafts or templates. */
import type { LintResult } from '../../lint/lint.js';
import type { Formatter } from '../types.js';
import { githubAnnotation } from '../sarif.js';

const github: Formatter<LintResult> = (result, ctx) =>
  result.files
    .flatMap((file) =>
      file.findings.map((f) =>
        githubAnnotation(f, ctx.lang, file.path === '<stdin>' ? {} : { file: file.path, line: f.location?.line ?? 1, col: f.location?.column ?? 1, endLine: f.location?.endLine, endColumn: f.location?.endColumn }),
      ),
    )
    .map((l) => l + '\n')
    .join('');
export default github;
