/** The report in a terminal: breached thresholds first, then the figures with small text bar charts. */
import { Chalk } from 'chalk';
import type { Language } from '../../model.js';
import { t } from '../../i18n.js';
import type { ReportData } from '../../stats/report-model.js';
import { problemText } from '../../problems.js';
import type { Formatter } from '../types.js';
import {
  BUCKET_LABELS, L, bar, breachLine, bySeverity, changeText, figureRows, formatDate, hours, nameOf, num, pct, periodLabel, severityName, timingLine, verdictLine, weekLabel,
} from './text.js';

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const padL = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

const stylishReport: Formatter<ReportData> = (d, ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const lang: Language = ctx.lang;
  const tx = (b: { en: string; nl: string }, data: Record<string, unknown> = {}) => t(b, data, lang);
  const zone = ctx.config.businessHours.timezone;
  const s = d.current;
  const out: string[] = [];
  const heading = (h: string) => out.push('', c.bold.underline(h));

  out.push(c.bold(`${tx(L.title)} · ${periodLabel(d.period.from, d.period.to, lang, zone)}`) +
    c.dim(`  (${tx(L.previous)}: ${periodLabel(d.period.previous.from, d.period.previous.to, lang, zone)})`));
  if (d.period.cutoff < d.period.to) out.push(c.dim(tx(L.notEnded, { t: formatDate(d.period.cutoff, lang, zone, true) })));
  const v = verdictLine(d, lang);
  out.push(d.verdict.exitCode === 0 ? c.green('✔ ' + v) : c.red.bold('✖ ' + v));
  if (d.verdict.breaches.length) {
    out.push(c.red.bold(tx(L.breached) + ':'));
    for (const b of d.verdict.breaches) out.push(c.red(`  ✖ ${breachLine(b, lang)}`));
  } else if (Object.keys(d.thresholds).length) out.push(c.green(tx(L.thresholdsMet, { n: Object.keys(d.thresholds).length })));
  if (d.merged) out.push(c.dim(tx(L.merged, { n: d.merged })));
  if (d.redacted) out.push(c.dim(tx(L.redacted)));

  if (s.empty) out.push('', c.yellow(tx(L.empty)));

  heading(tx(L.replyTimes));
  out.push(`  ${pad(tx(L.firstReply), 18)}${timingLine(s.firstReply, lang)}`);
  out.push(`  ${pad(tx(L.everyReply), 18)}${timingLine(s.everyReply, lang)}`);
  const oldest = s.everyReply.oldestUnansweredBusinessHours !== null
    ? ` (${tx(L.oldestWaiting, { w: hours(s.everyReply.oldestUnansweredBusinessHours, s.everyReply.oldestUnansweredWallHours, lang) })})` : '';
  out.push(`  ${tx(L.needing)}: ${s.incoming.needingReply} · ${tx(L.replied)} ${s.everyReply.replied} (${pct(s.everyReply.repliedPercent, lang)}) · ${tx(L.unanswered)} ${s.everyReply.unanswered}${oldest}`);
  out.push(`  ${tx(L.questions)}: ${s.questions.asked} ${tx(L.asked)} · ${s.questions.answered} ${tx(L.answered)} (${pct(s.questions.answeredPercent, lang)})`);
  const p = s.promises;
  out.push(`  ${tx(L.promises)}: ${p.made} ${tx(L.made)} · ${p.kept} ${tx(L.kept)} · ${p.keptLate} ${tx(L.keptLate)} · ${p.broken} ${tx(L.broken)} · ${p.open} ${tx(L.open)}`);
  const a = s.awaiting;
  out.push(`  ${tx(L.awaiting)}: ${a.total} (${tx(L.underOneDay)}: ${a.underOneDay} · ${tx(L.oneToThree)}: ${a.oneToThreeDays} · ${tx(L.overThree)}: ${a.overThreeDays})`);

  heading(tx(L.distribution));
  const max = Math.max(...s.distribution.map((x) => x.count));
  for (const x of s.distribution) {
    const colour = x.bucket === 'unanswered' ? c.red : x.bucket === 'over3d' ? c.yellow : c.cyan;
    out.push(`  ${pad(tx(BUCKET_LABELS[x.bucket]), 12)} ${colour(bar(x.count, max))} ${x.count}`);
  }

  heading(tx(L.figures));
  const rows = figureRows(d, lang);
  const w = Math.max(...rows.map((r) => r.label.length)) + 2;
  out.push(c.dim(`  ${pad(tx(L.figure), w)}${padL(tx(L.thisPeriod), 13)}${padL(tx(L.prevPeriod), 10)}${padL(tx(L.change), 9)}`));
  for (const r of rows) {
    const ch = changeText(r.change, lang);
    const col = ch.good === null ? c.dim : ch.good ? c.green : c.red;
    out.push(`  ${pad(r.label, w)}${padL(r.current, 13)}${padL(r.previous, 10)}${col(padL(ch.text, 9))}`);
  }

  if (d.trend.length) {
    heading(tx(L.trend));
    const tmax = Math.max(...d.trend.map((p) => p.medianBusinessHours ?? 0));
    for (const pt of d.trend)
      out.push(`  ${pad(weekLabel(pt.week, lang, ctx.config.businessHours.timezone), 6)}  ${c.cyan(pad(bar(pt.medianBusinessHours ?? 0, tmax, 16), 16))} ${num(pt.medianBusinessHours, lang)} · ${pt.replied}/${pt.needed} ${tx(L.replied)}`);
  }

  if (s.team.length) {
    heading(tx(L.team));
    out.push(c.dim(`  ${pad(tx(L.member), 18)}${padL(tx(L.received), 10)}${padL(tx(L.unanswered), 13)}${padL(tx(L.sent), 11)}${padL(tx(L.firstResponses), 18)}${padL(tx(L.median), 9)}${padL('p90', 7)}${padL(tx(L.broken), 10)}`));
    for (const m of s.team)
      out.push(`  ${pad(m.name, 18)}${padL(String(m.received), 10)}${padL(String(m.unanswered), 13)}${padL(String(m.repliesSent), 11)}${padL(String(m.firstResponses), 18)}${padL(num(m.medianBusinessHours, lang), 9)}${padL(num(m.p90BusinessHours, lang), 7)}${padL(`${m.promisesBroken}/${m.promisesMade}`, 10)}`);
  }

  if (s.correspondents.byMessages.length) {
    heading(tx(L.busiest));
    for (const [label, list] of [[tx(L.byMessages), s.correspondents.byMessages], [tx(L.byMyReplies), s.correspondents.byMyReplies]] as const) {
      out.push(`  ${c.bold(label)}`);
      const cmax = Math.max(...list.map((x) => x.count));
      for (const x of list) out.push(`    ${pad(nameOf(x).slice(0, 44), 45)} ${c.cyan(bar(x.count, cmax, 12))} ${x.count}`);
    }
  }

  heading(`${tx(L.findings)} (${d.findings.length})`);
  if (d.baseline) out.push(c.dim('  ' + tx(L.newFindings, d.baseline)));
  if (d.findings.length === 0) out.push(c.green('  ' + tx(L.noFindings)));
  const sevCol = { error: c.red, warn: c.yellow, info: c.blue };
  for (const f of bySeverity(d.findings)) {
    const mark = d.baseline ? (f.isNew ? c.bold(` [${tx(L.new)}]`) : c.dim(` [${tx(L.known)}]`)) : '';
    out.push(`  ${sevCol[f.severity](pad(severityName(f.severity, lang), 12))}${f.text[lang] || f.ruleId}  ${c.dim(f.ruleId)}${mark}`);
    out.push(c.dim(`        ${f.subject} · ${f.correspondent} · ${formatDate(f.date, lang, zone, true)}${f.id ? ` · id ${f.id}` : ''}`));
  }

  if (d.errors.length) {
    heading(tx(L.errors));
    for (const e of d.errors) out.push(`  ${c.dim(e.source)}  ${problemText(e, lang)}`);
  }
  return out.join('\n') + '\n';
};

export default stylishReport;
