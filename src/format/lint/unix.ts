/**
 * One line per finding, `file:line:col: severity rule-id: text`, the shape compilers print, so editors' quickfix
 * lists (vim `errorformat=%f:%l:%v:\ %m`), grep and CI annotations read it. Drafts that could not be checked are
 * not findings: the CLI says why on stderr.
 */
import type { LintResult } from '../../lint/lint.js';
import type { Formatter } from '../types.js';

const unix: Formatter<LintResult> = (result, ctx) => {
  const out: string[] = [];
  for (const file of result.files) {
    for (const f of file.findings) {
      const line = f.location?.line ?? 1;
      const col = f.location?.column ?? 1;
      // the question of the original is not in the draft's own words: quote it, or the line says nothing
      const evidence = f.evidence && (!f.location || f.group === 'draft-answer') ? `: “${f.evidence}”` : '';
      out.push(`${file.path}:${line}:${col}: ${f.severity} ${f.ruleId}: ${f.text[ctx.lang]}${evidence}`);
    }
  }
  return out.length ? out.join('\n') + '\n' : '';
};

export default unix;
