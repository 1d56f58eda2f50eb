/**
 * For a person about to press Send: per draft, each finding with line:column, the text, the rule id, and the
 * draft line with the offending words highlighted (colour on a terminal; a ^^^ line under it otherwise).
 */
import { Chalk } from 'chalk';
import type { Finding } from '../../model.js';
import { t } from '../../i18n.js';
import type { LintFileResult } from '../../lint/lint.js';
import type { LintResult } from '../../lint/lint.js';
import type { Formatter } from '../types.js';
import { counted } from '../counts.js';
import { problemText } from '../../problems.js';

const L = {
  clean: { en: 'No problems found: ready to send.', nl: 'Geen problemen gevonden: klaar om te versturen.' },
  // worded as scan's summary: "3 problems (1 error, 2 warnings, 0 info)"
  problems: { en: '{n} ({errors}, {warnings}, {infos})', nl: '{n} ({errors}, {warnings}, {infos})' },
  notChecked: { en: 'not checked: {reason}', nl: 'niet gecontroleerd: {reason}' },
  fromHtml: { en: '(HTML-only draft: positions are in its text version)', nl: '(concept alleen in HTML: posities in de tekstversie)' },
  crashed: { en: 'rule failed', nl: 'regel mislukt' },
};

const WIDTH = 100;

/** The draft line, cut to WIDTH characters around the finding, with the [from, to) columns (1-based) marked. */
function excerpt(line: string, from: number, to: number): { text: string; from: number; to: number } {
  const chars = [...line];
  let start = 0;
  if (chars.length > WIDTH && from > WIDTH - 20) start = Math.min(from - 30, chars.length - WIDTH);
  start = Math.max(0, start);
  const text = (start > 0 ? '…' : '') + chars.slice(start, start + WIDTH).join('') + (chars.length > start + WIDTH ? '…' : '');
  const shift = start > 0 ? start - 1 : 0;
  return { text, from: from - shift, to: Math.min(to, start + WIDTH + 1) - shift };
}

const stylish: Formatter<LintResult> = (result, ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const lang = ctx.lang;
  const sevColor = { error: c.red, warn: c.yellow, info: c.blue };
  const out: string[] = [];
  const all: Finding[] = [];

  for (const file of result.files) {
    if (!file.checked) {
      out.push(c.underline(file.path), `  ${c.dim(t(L.notChecked, { reason: file.reason?.[lang] ?? '' }, lang))}`, '');
      continue;
    }
    if (!file.findings.length && !file.errors.length) continue;
    out.push(c.underline(file.path) + (file.fromHtml ? c.dim('  ' + t(L.fromHtml, {}, lang)) : ''));
    const bodyLines = file.body?.split('\n') ?? [];
    for (const f of file.findings) {
      all.push(f);
      const pos = f.location ? `${f.location.line}:${f.location.column}` : '';
      out.push(`  ${c.dim(pos.padEnd(7))} ${sevColor[f.severity](f.severity.padEnd(5))}  ${f.text[lang]}  ${c.dim(f.ruleId)}`);
      const loc = f.location;
      const line = loc ? bodyLines[loc.line - file.lineOffset - 1] : undefined;
      if (loc && line !== undefined && line.trim()) {
        const end = loc.endLine === loc.line && loc.endColumn !== undefined && loc.endColumn > loc.column ? loc.endColumn : loc.column;
        const ex = excerpt(line, loc.column, end);
        const chars = [...ex.text];
        const before = chars.slice(0, ex.from - 1).join('');
        const hit = chars.slice(ex.from - 1, ex.to - 1).join('');
        const after = chars.slice(ex.to - 1).join('');
        out.push(`          ${c.dim('│')} ${before}${c.red.bold.underline(hit)}${after}`);
        if (!ctx.color && hit.length) out.push(`          ${'│'} ${' '.repeat([...before].length)}${'^'.repeat([...hit].length)}`);
      }
      if (f.evidence && (!loc || f.group === 'draft-answer')) out.push(`          ${c.italic('“' + f.evidence + '”')}`);
    }
    for (const e of file.errors) out.push(`  ${c.red(t(L.crashed, {}, lang))}: ${e.source}: ${problemText(e, lang)}`);
    out.push('');
  }

  const count = (s: Finding['severity']) => all.filter((f) => f.severity === s).length;
  const checked = result.files.some((f: LintFileResult) => f.checked);
  if (all.length) {
    const mark = count('error') ? c.red.bold('✖') : c.yellow.bold('⚠');
    out.push(mark + ' ' + c.bold(t(L.problems, { n: counted(all.length, 'problem', lang), errors: counted(count('error'), 'error', lang), warnings: counted(count('warn'), 'warning', lang), infos: counted(count('info'), 'info', lang) }, lang)));
  } else if (checked) out.push(c.green('✔ ' + t(L.clean, {}, lang)));
  return out.length ? out.join('\n') + '\n' : '';
};

export default stylish;
