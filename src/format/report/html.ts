/**
 * The report as one self-contained HTML file: inline CSS, inline SVG charts, no script, no fonts, no images from
 * anywhere (a Content-Security-Policy forbids every fetch). Readable on a phone: one column, tables scroll.
 */
import type { Language } from '../../model.js';
import { t } from '../../i18n.js';
import type { ReportData } from '../../stats/report-model.js';
import { problemText } from '../../problems.js';
import type { Formatter } from '../types.js';
import {
  BUCKET_LABELS, L, breachLine, bySeverity, changeText, figureRows, formatDate, hours, nameOf, num, pct, periodLabel, severityName, timingLine, verdictLine,
  weekLabel,
} from './text.js';

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const CSS = `
:root{--fg:#1d2330;--muted:#5b6475;--bg:#fff;--card:#f4f6f9;--line:#d9dee7;--ok:#1a7f37;--bad:#c62828;--warn:#b26a00;--bar:#3b6fd8;--grey:#8a93a3}
@media (prefers-color-scheme:dark){:root{--fg:#e6e9ef;--muted:#a3acbb;--bg:#14171c;--card:#1d2229;--line:#303744;--bar:#6d9cf5}}
*{box-sizing:border-box}body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
main{max-width:980px;margin:0 auto;padding:16px}h1{font-size:1.35rem;margin:.2rem 0}h2{font-size:1.1rem;margin:1.6rem 0 .5rem}
.muted{color:var(--muted);font-size:.9rem}.verdict{padding:10px 12px;border-radius:8px;font-weight:600;margin:12px 0}
.pass{background:#e6f4ea;color:var(--ok)}.fail{background:#fdecea;color:var(--bad)}
@media (prefers-color-scheme:dark){.pass{background:#173a22}.fail{background:#3f1a1a}}
.breaches{margin:.3rem 0 0;padding-left:1.2rem;font-weight:400}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(200px,1fr));gap:10px}
.card{background:var(--card);border-radius:8px;padding:10px 12px}.card b{display:block;font-size:1.3rem}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(280px,1fr));gap:14px}
figure{margin:0;background:var(--card);border-radius:8px;padding:10px}figcaption{font-weight:600;margin-bottom:6px}
svg{display:block;width:100%;max-width:420px;height:auto}svg text{fill:var(--fg);font:12px system-ui,sans-serif}svg .axis{fill:var(--muted)}
.scroll{overflow-x:auto}table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:6px 5px;border-bottom:1px solid var(--line);vertical-align:top}
td.n,th.n{text-align:right}td.n{white-space:nowrap}.good{color:var(--ok)}.badc{color:var(--bad)}
.sev{font-weight:600}.error{color:var(--bad)}.warn{color:var(--warn)}.info{color:var(--bar)}
.ev{color:var(--muted);font-style:italic}.findings{list-style:none;padding:0;margin:0}.findings li{background:var(--card);border-radius:8px;padding:10px 12px;margin:0 0 8px;border-left:4px solid var(--grey)}
.findings li.f-error{border-color:var(--bad)}.findings li.f-warn{border-color:var(--warn)}.findings li.f-info{border-color:var(--bar)}.empty{background:var(--card);padding:12px;border-radius:8px}
`;

function chart(name: string, title: string, w: number, h: number, body: string): string {
  return `<svg data-chart="${name}" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="${esc(title)}"><title>${esc(title)}</title>${body}</svg>`;
}

/**
 * Chart width in SVG units. A chart is never drawn narrower than this many CSS pixels (the grid's narrowest column
 * at phone width), so 12-unit text is never rendered below 12 px.
 */
const W = 260;

/** Vertical bars with labels below, values above, and optionally a y-axis caption and an x-axis caption. */
function bars(name: string, title: string, items: { label: string; value: number; colour?: string; note?: string }[], axes?: { y: string; x: string }): string {
  const w = W;
  const h = axes ? 200 : 170;
  const top = axes ? 34 : 18;
  const base = h - (axes ? 48 : 34);
  const max = Math.max(1, ...items.map((i) => i.value));
  const slot = w / Math.max(1, items.length);
  const bw = Math.min(44, slot * 0.62);
  const body = items.map((it, i) => {
    const x = i * slot + (slot - bw) / 2;
    const bh = it.value > 0 ? Math.max(2, ((base - top) * it.value) / max) : 0;
    const cx = x + bw / 2;
    return `<rect x="${x.toFixed(1)}" y="${(base - bh).toFixed(1)}" width="${bw.toFixed(1)}" height="${bh.toFixed(1)}" rx="3" style="fill:${it.colour ?? 'var(--bar)'}"/>` +
      `<text x="${cx.toFixed(1)}" y="${(base - bh - 4).toFixed(1)}" text-anchor="middle">${esc(it.note ?? String(it.value))}</text>` +
      `<text x="${cx.toFixed(1)}" y="${base + 14}" text-anchor="middle">${esc(it.label)}</text>`;
  }).join('');
  const captions = axes
    ? `<text class="axis" x="0" y="12">${esc(axes.y)}</text><text class="axis" x="${w / 2}" y="${h - 4}" text-anchor="middle">${esc(axes.x)}</text>`
    : '';
  return chart(name, title, w, h, `${captions}<line x1="0" y1="${base}" x2="${w}" y2="${base}" style="stroke:var(--line)"/>${body}`);
}

/** Horizontal bars, one row each: label left, bar, value; reads well at phone width. */
function hbars(name: string, title: string, items: { label: string; value: number; colour?: string }[]): string {
  const w = W;
  const row = 26;
  const labelW = 96;
  const max = Math.max(1, ...items.map((i) => i.value));
  const body = items.map((it, i) => {
    const y = i * row + 4;
    const bw = it.value > 0 ? Math.max(3, ((w - labelW - 36) * it.value) / max) : 0;
    return `<text x="0" y="${y + 14}">${esc(it.label)}</text>` +
      `<rect x="${labelW}" y="${y + 2}" width="${bw.toFixed(1)}" height="16" rx="3" style="fill:${it.colour ?? 'var(--bar)'}"/>` +
      `<text x="${(labelW + bw + 6).toFixed(1)}" y="${y + 14}">${it.value}</text>`;
  }).join('');
  return chart(name, title, w, items.length * row + 6, body);
}

/** One stacked bar of promise outcomes with a legend. */
function outcomes(d: ReportData, lang: Language, title: string): string {
  const p = d.current.promises;
  const parts = [
    { label: t(L.kept, {}, lang), value: p.kept, colour: 'var(--ok)' },
    { label: t(L.keptLate, {}, lang), value: p.keptLate, colour: 'var(--warn)' },
    { label: t(L.broken, {}, lang), value: p.broken, colour: 'var(--bad)' },
    { label: t(L.open, {}, lang), value: p.open, colour: 'var(--grey)' },
  ];
  const w = W;
  let x = 0;
  let body = `<rect x="0" y="10" width="${w}" height="28" rx="4" style="fill:var(--line)"/>`;
  if (p.made === 0) body += `<text x="${w / 2}" y="29" text-anchor="middle">${esc(t(L.none, {}, lang))}</text>`;
  for (const part of parts) {
    if (!part.value) continue;
    const pw = (w * part.value) / p.made;
    body += `<rect x="${x.toFixed(1)}" y="10" width="${pw.toFixed(1)}" height="28" style="fill:${part.colour}"/>`;
    x += pw;
  }
  parts.forEach((part, i) => {
    const lx = (i % 2) * (w / 2);
    const ly = 60 + Math.floor(i / 2) * 20;
    body += `<rect x="${lx}" y="${ly - 10}" width="12" height="12" rx="2" style="fill:${part.colour}"/><text x="${lx + 18}" y="${ly}">${esc(`${part.label}: ${part.value}`)}</text>`;
  });
  return chart('promises', title, w, 100, body);
}

const htmlReport: Formatter<ReportData> = (d, ctx) => {
  const lang: Language = ctx.lang;
  const tx = (b: { en: string; nl: string }, data: Record<string, unknown> = {}) => t(b, data, lang);
  const zone = ctx.config.businessHours.timezone;
  const s = d.current;
  const h: string[] = [];
  const title = `${tx(L.title)}: ${periodLabel(d.period.from, d.period.to, lang, zone)}`;
  const table = (head: string[], numeric: boolean[], rows: string[][]) =>
    `<div class="scroll"><table><thead><tr>${head.map((x, i) => `<th${numeric[i] ? ' class="n"' : ''}>${x}</th>`).join('')}</tr></thead><tbody>` +
    rows.map((r) => `<tr>${r.map((x, i) => `<td${numeric[i] ? ' class="n"' : ''}>${x}</td>`).join('')}</tr>`).join('') + '</tbody></table></div>';

  h.push(`<h1>${esc(title)}</h1>`);
  const notes = [`${tx(L.previous)}: ${periodLabel(d.period.previous.from, d.period.previous.to, lang, zone)}`];
  if (d.period.cutoff < d.period.to) notes.push(tx(L.notEnded, { t: formatDate(d.period.cutoff, lang, zone, true) }));
  if (d.merged) notes.push(tx(L.merged, { n: d.merged }));
  if (d.redacted) notes.push(tx(L.redacted));
  h.push(`<p class="muted">${esc(notes.join(' · '))}</p>`);

  const pass = d.verdict.exitCode === 0;
  let verdict = `<div class="verdict ${pass ? 'pass' : 'fail'}">${pass ? '✔' : '✖'} ${esc(verdictLine(d, lang))}`;
  if (d.verdict.breaches.length)
    verdict += `<div>${esc(tx(L.breached))}:</div><ul class="breaches">${d.verdict.breaches.map((b) => `<li>${esc(breachLine(b, lang))}</li>`).join('')}</ul>`;
  else if (Object.keys(d.thresholds).length) verdict += `<div style="font-weight:400">${esc(tx(L.thresholdsMet, { n: Object.keys(d.thresholds).length }))}</div>`;
  h.push(verdict + '</div>');
  if (s.empty) h.push(`<p class="empty">${esc(tx(L.empty))}</p>`);

  const card = (label: string, value: string, sub: string) => `<div class="card">${esc(label)}<b>${esc(value)}</b><span class="muted">${esc(sub)}</span></div>`;
  h.push('<div class="cards">' + [
    card(`${tx(L.firstReply)} (${tx(L.median)})`, hours(s.firstReply.medianBusinessHours, s.firstReply.medianWallHours, lang), `p90 ${hours(s.firstReply.p90BusinessHours, s.firstReply.p90WallHours, lang)}`),
    card(`${tx(L.everyReply)} (${tx(L.median)})`, hours(s.everyReply.medianBusinessHours, s.everyReply.medianWallHours, lang), `p90 ${hours(s.everyReply.p90BusinessHours, s.everyReply.p90WallHours, lang)}`),
    card(tx(L.needing), `${s.everyReply.replied}/${s.incoming.needingReply} ${tx(L.replied)}`, `${pct(s.everyReply.repliedPercent, lang)} · ${s.everyReply.unanswered} ${tx(L.unanswered)}`),
    card(tx(L.questions), `${s.questions.answered}/${s.questions.asked} ${tx(L.answered)}`, pct(s.questions.answeredPercent, lang)),
    card(tx(L.promises), `${s.promises.made} ${tx(L.made)}`, `${s.promises.broken} ${tx(L.broken)} · ${s.promises.keptLate} ${tx(L.keptLate)} · ${s.promises.open} ${tx(L.open)}`),
    card(tx(L.awaiting), String(s.awaiting.total), `${tx(L.underOneDay)}: ${s.awaiting.underOneDay} · ${tx(L.oneToThree)}: ${s.awaiting.oneToThreeDays} · ${tx(L.overThree)}: ${s.awaiting.overThreeDays}`),
  ].join('') + '</div>');

  const distTitle = tx(L.distribution);
  const trendTitle = tx(L.trend);
  const outTitle = tx(L.outcomes);
  h.push('<h2>' + esc(tx(L.replyTimes)) + '</h2><div class="charts">');
  h.push(`<figure><figcaption>${esc(distTitle)}</figcaption>${hbars('distribution', distTitle, s.distribution.map((x) => ({
    label: tx(BUCKET_LABELS[x.bucket]), value: x.count,
    colour: x.bucket === 'unanswered' ? 'var(--bad)' : x.bucket === 'over3d' ? 'var(--warn)' : undefined,
  })))}</figure>`);
  const week = (w: string) => weekLabel(w, lang, zone);
  h.push(`<figure><figcaption>${esc(trendTitle)}</figcaption>${bars('trend', trendTitle, (d.trend.length ? d.trend : []).map((x) => ({
    label: week(x.week), value: x.medianBusinessHours ?? 0, note: x.medianBusinessHours === null ? '–' : num(x.medianBusinessHours, lang),
  })), { y: tx(L.trendAxis), x: tx(L.weekOf) })}<div class="muted">${esc(d.trend.map((x) => `${week(x.week)}: ${x.replied}/${x.needed} ${tx(L.replied)}`).join(' · '))}</div></figure>`);
  h.push(`<figure><figcaption>${esc(outTitle)}</figcaption>${outcomes(d, lang, outTitle)}</figure>`);
  h.push('</div>');
  h.push(`<p class="muted">${esc(tx(L.firstReply))}: ${esc(timingLine(s.firstReply, lang))}<br>${esc(tx(L.everyReply))}: ${esc(timingLine(s.everyReply, lang))}</p>`);

  h.push(`<h2>${esc(tx(L.figures))}</h2>`);
  h.push(table([tx(L.figure), tx(L.thisPeriod), tx(L.prevPeriod), tx(L.change)].map(esc), [false, true, true, true], figureRows(d, lang).map((r) => {
    const ch = changeText(r.change, lang);
    return [esc(r.label), esc(r.current), esc(r.previous), `<span class="${ch.good === null ? 'muted' : ch.good ? 'good' : 'badc'}">${esc(ch.text)}</span>`];
  })));

  if (s.team.length) {
    h.push(`<h2>${esc(tx(L.team))}</h2>`);
    h.push(table([tx(L.member), tx(L.received), tx(L.unanswered), tx(L.sent), tx(L.firstResponses), tx(L.median), 'p90', `${tx(L.broken)}/${tx(L.made)}`].map(esc),
      [false, true, true, true, true, true, true, true],
      s.team.map((m) => [esc(m.name), String(m.received), String(m.unanswered), String(m.repliesSent), String(m.firstResponses), num(m.medianBusinessHours, lang), num(m.p90BusinessHours, lang), `${m.promisesBroken}/${m.promisesMade}`])));
  }

  if (s.correspondents.byMessages.length) {
    h.push(`<h2>${esc(tx(L.busiest))}</h2>`);
    const list = (xs: typeof s.correspondents.byMessages) => table([esc(tx(L.correspondent)), '#'], [false, true], xs.map((c) => [esc(nameOf(c)), String(c.count)]));
    h.push(`<div class="charts"><div><b>${esc(tx(L.byMessages))}</b>${list(s.correspondents.byMessages)}</div><div><b>${esc(tx(L.byMyReplies))}</b>${list(s.correspondents.byMyReplies)}</div></div>`);
  }

  h.push(`<h2>${esc(tx(L.findings))} (${d.findings.length})</h2>`);
  if (d.baseline) h.push(`<p class="muted">${esc(tx(L.newFindings, d.baseline))}</p>`);
  if (d.findings.length === 0) h.push(`<p>${esc(tx(L.noFindings))}</p>`);
  else
    h.push('<ul class="findings">' + bySeverity(d.findings).map((f) => `<li class="f-${f.severity}">` +
      `<span class="sev ${f.severity}">${esc(severityName(f.severity, lang))}</span> ${esc(f.text[lang] || f.ruleId)}` +
      `${d.baseline ? ` <b>${esc(tx(f.isNew ? L.new : L.known))}</b>` : ''}` +
      `${f.evidence ? `<br><span class="ev">“${esc(f.evidence)}”</span>` : ''}` +
      `<br><span class="muted">${esc(f.correspondent)} · ${esc(f.subject)} · ${esc(formatDate(f.date, lang, zone, true))} · ${esc(f.ruleId)}</span></li>`).join('') + '</ul>');

  if (d.errors.length) h.push(`<h2>${esc(tx(L.errors))}</h2><ul>${d.errors.map((e) => `<li><code>${esc(e.source)}</code> ${esc(problemText(e, lang))}</li>`).join('')}</ul>`);
  h.push(`<p class="muted">${esc(tx(L.generated))} · ${esc(formatDate(d.now, lang, zone, true))}</p>`);

  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="referrer" content="no-referrer">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body><main>
${h.join('\n')}
</main></body>
</html>
`;
};

export default htmlReport;
