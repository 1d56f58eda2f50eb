/** The report as GitHub-flavoured Markdown (a PR comment, a wiki page, $GITHUB_STEP_SUMMARY). */
import type { Language } from '../../model.js';
import { t } from '../../i18n.js';
import type { ReportData } from '../../stats/report-model.js';
import { problemText } from '../../problems.js';
import type { Formatter } from '../types.js';
import {
  BUCKET_LABELS, L, bar, breachLine, bySeverity, changeText, figureRows, formatDate, hours, nameOf, num, pct, periodLabel, severityName, timingLine, verdictLine, weekLabel,
} from './text.js';

/** Table cells: no pipes or line breaks from mail data can break the table. */
export const cell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));

const markdownReport: Formatter<ReportData> = (d, ctx) => {
  const lang: Language = ctx.lang;
  const tx = (b: { en: string; nl: string }, data: Record<string, unknown> = {}) => t(b, data, lang);
  const zone = ctx.config.businessHours.timezone;
  const s = d.current;
  const out: string[] = [];
  const table = (head: string[], align: string[], rows: string[][]) => {
    out.push(`| ${head.map(cell).join(' | ')} |`, `| ${align.join(' | ')} |`);
    for (const r of rows) out.push(`| ${r.join(' | ')} |`);
    out.push('');
  };

  out.push(`## ${tx(L.title)}: ${periodLabel(d.period.from, d.period.to, lang, zone)}`, '');
  out.push(`${d.verdict.exitCode === 0 ? '✅' : '❌'} **${verdictLine(d, lang)}**`, '');
  if (d.verdict.breaches.length) {
    out.push(`### ${tx(L.breached)}`, '');
    for (const b of d.verdict.breaches) out.push(`- ❌ ${cell(breachLine(b, lang))}`);
    out.push('');
  } else if (Object.keys(d.thresholds).length) out.push(`✅ ${tx(L.thresholdsMet, { n: Object.keys(d.thresholds).length })}`, '');
  const notes: string[] = [`${tx(L.previous)}: ${periodLabel(d.period.previous.from, d.period.previous.to, lang, zone)}`];
  if (d.period.cutoff < d.period.to) notes.push(tx(L.notEnded, { t: formatDate(d.period.cutoff, lang, zone, true) }));
  if (d.merged) notes.push(tx(L.merged, { n: d.merged }));
  if (d.redacted) notes.push(tx(L.redacted));
  out.push(`<sub>${notes.map(cell).join(' · ')}</sub>`, '');
  if (s.empty) out.push(`> ${tx(L.empty)}`, '');

  out.push(`### ${tx(L.figures)}`, '');
  table([tx(L.figure), tx(L.thisPeriod), tx(L.prevPeriod), tx(L.change)], ['---', '--:', '--:', '--:'],
    figureRows(d, lang).map((r) => {
      const ch = changeText(r.change, lang);
      return [r.label, r.current, r.previous, ch.good === null ? ch.text : `${ch.text} ${ch.good ? '🟢' : '🔴'}`];
    }));

  out.push(`### ${tx(L.replyTimes)}`, '');
  out.push(`- **${tx(L.firstReply)}**: ${timingLine(s.firstReply, lang)}`);
  out.push(`- **${tx(L.everyReply)}**: ${timingLine(s.everyReply, lang)}`);
  const oldest = s.everyReply.oldestUnansweredBusinessHours !== null
    ? ` (${tx(L.oldestWaiting, { w: hours(s.everyReply.oldestUnansweredBusinessHours, s.everyReply.oldestUnansweredWallHours, lang) })})` : '';
  out.push(`- **${tx(L.needing)}**: ${s.incoming.needingReply} · ${tx(L.replied)} ${s.everyReply.replied} (${pct(s.everyReply.repliedPercent, lang)}) · ${tx(L.unanswered)} ${s.everyReply.unanswered}${oldest}`);
  out.push(`- **${tx(L.questions)}**: ${s.questions.asked} ${tx(L.asked)} · ${s.questions.answered} ${tx(L.answered)} (${pct(s.questions.answeredPercent, lang)})`);
  const p = s.promises;
  out.push(`- **${tx(L.promises)}**: ${p.made} ${tx(L.made)} · ${p.kept} ${tx(L.kept)} · ${p.keptLate} ${tx(L.keptLate)} · ${p.broken} ${tx(L.broken)} · ${p.open} ${tx(L.open)}`);
  const a = s.awaiting;
  out.push(`- **${tx(L.awaiting)}**: ${a.total} (${tx(L.underOneDay)}: ${a.underOneDay} · ${tx(L.oneToThree)}: ${a.oneToThreeDays} · ${tx(L.overThree)}: ${a.overThreeDays})`, '');

  out.push(`### ${tx(L.distribution)}`, '');
  const max = Math.max(...s.distribution.map((x) => x.count));
  table(['', tx(L.count), ''], ['---', '--:', '---'], s.distribution.map((x) => [tx(BUCKET_LABELS[x.bucket]), String(x.count), bar(x.count, max, 16) ? `\`${bar(x.count, max, 16)}\`` : '']));

  if (d.trend.length) {
    out.push(`### ${tx(L.trend)}`, '');
    const tmax = Math.max(...d.trend.map((x) => x.medianBusinessHours ?? 0));
    table([tx(L.week), tx(L.median), 'p90', tx(L.replied), ''], ['---', '--:', '--:', '--:', '---'], d.trend.map((x) => [
      weekLabel(x.week, lang, ctx.config.businessHours.timezone), num(x.medianBusinessHours, lang), num(x.p90BusinessHours, lang), `${x.replied}/${x.needed}`,
      bar(x.medianBusinessHours ?? 0, tmax, 16) ? `\`${bar(x.medianBusinessHours ?? 0, tmax, 16)}\`` : '',
    ]));
  }

  if (s.team.length) {
    out.push(`### ${tx(L.team)}`, '');
    table([tx(L.member), tx(L.received), tx(L.unanswered), tx(L.sent), tx(L.firstResponses), tx(L.median), 'p90', `${tx(L.broken)}/${tx(L.made)}`],
      ['---', '--:', '--:', '--:', '--:', '--:', '--:', '--:'],
      s.team.map((m) => [cell(m.name), String(m.received), String(m.unanswered), String(m.repliesSent), String(m.firstResponses),
        num(m.medianBusinessHours, lang), num(m.p90BusinessHours, lang), `${m.promisesBroken}/${m.promisesMade}`]));
  }

  if (s.correspondents.byMessages.length) {
    out.push(`### ${tx(L.busiest)}`, '');
    const rows = Math.max(s.correspondents.byMessages.length, s.correspondents.byMyReplies.length);
    const fmt = (c?: { address: string; name?: string; count: number }) => (c ? [cell(nameOf(c)), String(c.count)] : ['', '']);
    table([tx(L.byMessages), '#', tx(L.byMyReplies), '#'], ['---', '--:', '---', '--:'],
      Array.from({ length: rows }, (_, i) => [...fmt(s.correspondents.byMessages[i]), ...fmt(s.correspondents.byMyReplies[i])]));
  }

  out.push(`### ${tx(L.findings)} (${d.findings.length})`, '');
  if (d.baseline) out.push(tx(L.newFindings, d.baseline), '');
  if (d.findings.length === 0) out.push(tx(L.noFindings), '');
  else {
    const icon = { error: '🔴', warn: '🟡', info: '🔵' };
    table(['', tx(L.correspondent), tx(L.findings), ''], ['---', '---', '---', '---'], bySeverity(d.findings).map((f) => [
      `${icon[f.severity]} ${severityName(f.severity, lang)}`,
      cell(f.correspondent),
      `${cell(f.text[lang] || f.ruleId)}${f.evidence ? `<br>“${cell(f.evidence)}”` : ''}`,
      `[${f.ruleId}](${f.docsUrl})${d.baseline ? ` ${f.isNew ? `**${tx(L.new)}**` : tx(L.known)}` : ''}`,
    ]));
  }

  if (d.errors.length) {
    out.push(`### ${tx(L.errors)}`, '');
    for (const e of d.errors) out.push(`- \`${cell(e.source)}\` ${cell(problemText(e, lang))}`);
    out.push('');
  }
  return out.join('\n') + '\n';
};

export default markdownReport;
