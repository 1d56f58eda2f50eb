/**
 * The report as JUnit XML for CI dashboards: a "thresholds" suite (one case per configured threshold, failing when
 * breached), then one suite per rule with one failing case per finding (a finding already in the baseline is
 * "skipped", so dashboards show it without failing on it). A rule without findings has one passing case. Last a
 * "sources" suite: one case per source, failing when it (or one of its mailboxes) was not read, so a run that exits 3
 * never shows failures="0".
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

  const th = Object.entries(d.thresholds);
  const cases = th.map(([key, limit]) => {
    const b = d.verdict.breaches.find((x) => x.key === key);
    const name = `${key} ${THRESHOLDS[key]?.kind === 'min' ? '>=' : '<='} ${num(limit, 'en')}`;
    return `    <testcase classname="replycheck.thresholds" name="${xml(name)}">${b ? `<failure message="${xml(breachLine(b, lang))}" type="threshold"/>` : ''}</testcase>`;
  });
  const thFail = d.verdict.breaches.length;
  suites.push(`  <testsuite name="thresholds" tests="${th.length}" failures="${thFail}">\n${cases.join('\n')}${cases.length ? '\n' : ''}  </testsuite>`);
  tests += th.length;
  failures += thFail;

  for (const rule of d.rules) {
    const fs = d.findings.filter((f) => f.ruleId === rule);
    const lines = fs.map((f) => {
      const name = `${f.subject} — ${f.correspondent} (${f.messageId})`;
      const body = [f.text[lang], f.evidence && `“${f.evidence}”`, `${f.date}`, f.docsUrl].filter(Boolean).join('\n');
      const inner = f.isNew
        ? `<failure message="${xml(f.text[lang] || rule)}" type="${f.severity}">${xml(body)}</failure>`
        : `<skipped message="${xml(t(L.known, {}, lang))}"/>`;
      return `    <testcase classname="replycheck.${xml(rule)}" name="${xml(name)}">${inner}</testcase>`;
    });
    if (lines.length === 0) lines.push(`    <testcase classname="replycheck.${xml(rule)}" name="${xml(t(L.noFindings, {}, lang))}"/>`);
    const fails = fs.filter((f) => f.isNew).length;
    const skipped = fs.length - fails;
    suites.push(`  <testsuite name="${xml(rule)}" tests="${lines.length}" failures="${fails}" skipped="${skipped}">\n${lines.join('\n')}\n  </testsuite>`);
    tests += lines.length;
    failures += fails;
  }
  const src = d.sources.map((s) => {
    const missed = unreadParts(s).length ? incompleteText([s], lang)! : undefined;
    return `    <testcase classname="replycheck.sources" name="${xml(s.source)}">${missed ? `<failure message="${xml(missed)}" type="source"/>` : ''}</testcase>`;
  });
  const srcFail = d.sources.filter((s) => unreadParts(s).length).length;
  if (src.length) {
    suites.push(`  <testsuite name="sources" tests="${src.length}" failures="${srcFail}">\n${src.join('\n')}\n  </testsuite>`);
    tests += src.length;
    failures += srcFail;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="replycheck report" tests="${tests}" failures="${failures}">\n${suites.join('\n')}\n</testsuites>\n`;
};

export default junitReport;
