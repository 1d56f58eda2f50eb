/**
 * The report as JUnit XML for CI dashboards: a "thresholds" suite (one case per configured threshold, failing when
 * breached), then one suite per rule with one case per finding: a failure at error or warn severity, a passing case
 * with the text in <system-out> for info (information is not a failure), "skipped" for a finding already in the
 * baseline. A rule without findings has one passing case. Case names are unique within a suite (dashboards merge
 * cases of the same name); every suite carries the report's moment as `timestamp` and `time`. Last a "sources"
 * suite: one case per source, failing when it (or one of its mailboxes) was not read, so a run that exits 3 never
 * shows failures="0".
 */
import type { Language } from '../../model.js';
import { t } from '../../i18n.js';
import { THRESHOLDS } from '../../stats/thresholds.js';
import type { ReportData } from '../../stats/report-model.js';
import type { Formatter } from '../types.js';
import { L, breachLine, num } from './text.js';
import { incompleteText, unreadParts } from '../../problems.js';

export const xml = (s: string) =>
  s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const junitReport: Formatter<ReportData> = (d, ctx) => {
  const lang: Language = ctx.lang;
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  const stamp = d.now.toISOString().replace(/\.\d{3}Z$/, '');
  const suiteAttrs = `timestamp="${stamp}" time="0"`;

  const th = Object.entries(d.thresholds);
  const cases = th.map(([key, limit]) => {
    const b = d.verdict.breaches.find((x) => x.key === key);
    const name = `${key} ${THRESHOLDS[key]?.kind === 'min' ? '>=' : '<='} ${num(limit, 'en')}`;
    return `    <testcase classname="replycheck.thresholds" name="${xml(name)}" time="0">${b ? `<failure message="${xml(breachLine(b, lang))}" type="threshold"/>` : ''}</testcase>`;
  });
  const thFail = d.verdict.breaches.length;
  suites.push(`  <testsuite name="thresholds" tests="${th.length}" failures="${thFail}" ${suiteAttrs}>\n${cases.join('\n')}${cases.length ? '\n' : ''}  </testsuite>`);
  tests += th.length;
  failures += thFail;

  for (const rule of d.rules) {
    const fs = d.findings.filter((f) => f.ruleId === rule);
    const seen = new Map<string, number>();
    const lines = fs.map((f) => {
      const base = `${f.subject} — ${f.correspondent} (${f.messageId})`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      const name = n === 1 ? base : `${base} #${n}`;
      const body = [f.text[lang], f.evidence && `“${f.evidence}”`, `${f.date}`, f.docsUrl].filter(Boolean).join('\n');
      const inner = !f.isNew
        ? `<skipped message="${xml(t(L.known, {}, lang))}"/>`
        : f.severity === 'info'
          ? `<system-out>${xml(body)}</system-out>`
          : `<failure message="${xml(f.text[lang] || rule)}" type="${f.severity}">${xml(body)}</failure>`;
      return `    <testcase classname="replycheck.${xml(rule)}" name="${xml(name)}" time="0">${inner}</testcase>`;
    });
    if (lines.length === 0) lines.push(`    <testcase classname="replycheck.${xml(rule)}" name="${xml(t(L.noFindings, {}, lang))}" time="0"/>`);
    const fails = fs.filter((f) => f.isNew && f.severity !== 'info').length;
    const skipped = fs.filter((f) => !f.isNew).length;
    suites.push(`  <testsuite name="${xml(rule)}" tests="${lines.length}" failures="${fails}" skipped="${skipped}" ${suiteAttrs}>\n${lines.join('\n')}\n  </testsuite>`);
    tests += lines.length;
    failures += fails;
  }
  const src = d.sources.map((s) => {
    const missed = unreadParts(s).length ? incompleteText([s], lang)! : undefined;
    return `    <testcase classname="replycheck.sources" name="${xml(s.source)}" time="0">${missed ? `<failure message="${xml(missed)}" type="source"/>` : ''}</testcase>`;
  });
  const srcFail = d.sources.filter((s) => unreadParts(s).length).length;
  if (src.length) {
    suites.push(`  <testsuite name="sources" tests="${src.length}" failures="${srcFail}" ${suiteAttrs}>\n${src.join('\n')}\n  </testsuite>`);
    tests += src.length;
    failures += srcFail;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="replycheck report" tests="${tests}" failures="${failures}" ${suiteAttrs}>\n${suites.join('\n')}\n</testsuites>\n`;
};

export default junitReport;
