/**
 * For a person at eight in the morning: per thread, most urgent first; who is waiting and for how long,
 * the question or promise quoted. Colour only when the terminal wants it (see src/cli/terminal.ts).
 */
import { Chalk } from 'chalk';
import type { Finding, Language } from '../../model.js';
import { t } from '../../i18n.js';
import { formatMoment } from '../../text/format.js';
import { incompleteText, problemText } from '../../problems.js';
import type { ScanResult } from '../../scan-result.js';
import type { Formatter } from '../types.js';
import { counted } from '../counts.js';
import { groupByThread } from './urgency.js';

const L = {
  none: { en: 'No lapses found: nobody is waiting on you.', nl: 'Geen steken laten vallen: niemand wacht op u.' },
  nothing: { en: 'Nothing was judged: no message was read.', nl: 'Niets beoordeeld: er is geen bericht gelezen.' },
  partial: { en: 'No lapses found in what could be read.', nl: 'Geen steken laten vallen in wat gelezen kon worden.' },
  problems: {
    en: '{n} ({errors}, {warnings}, {infos}) in {threads}',
    nl: '{n} ({errors}, {warnings}, {infos}) in {threads}',
  },
  read: {
    en: '{messages} in {threads} read, {auto} automated ignored',
    nl: '{messages} in {threads} gelezen, {auto} automatische genegeerd',
  },
  errors: { en: 'Could not read:', nl: 'Kon niet lezen:' },
  perSource: { en: 'per source: {list}', nl: 'per bron: {list}' },
  due: { en: 'due', nl: 'uiterlijk' },
  expected: { en: 'answer expected by', nl: 'antwoord verwacht uiterlijk' },
  others: { en: 'Waiting on others', nl: 'Wachten op anderen' },
  today: { en: 'Due today', nl: 'Vandaag af te handelen' },
  ignored: { en: '{n} ignored (replycheck ignore --list)', nl: '{n} genegeerd (replycheck ignore --list)' },
  sev: {
    error: { en: 'error', nl: 'fout' },
    warn: { en: 'warn', nl: 'waarsch.' },
    info: { en: 'info', nl: 'info' },
  },
};


interface Item {
  head: Finding;
  also: Finding[];
  evidence: string[];
}

/**
 * One lapse often carries several findings. A waiting message: a reminder that someone waits, one that the mail
 * was never acknowledged and one per question left open. A late reply: that it was late, that the mail it answers
 * was acknowledged late, that it carries no apology. A person reads each as one item, the questions quoted
 * beneath; JSON keeps every finding. Rules say which findings belong together (`group`) and which one heads the
 * item (`lead`): a lead stands for its message and, for a reply, the message it answers (`data.repliesTo`).
 */
export function compact(findings: Finding[]): Item[] {
  const items: Item[] = [];
  const hosts = new Map<string, Item>();
  const key = (f: Finding, id: unknown) => `${f.group} ${String(id)}`;
  for (const f of findings) {
    if (!f.lead) continue;
    const item: Item = { head: f, also: [], evidence: [] };
    hosts.set(key(f, f.messageId), item);
    if (f.data?.repliesTo) hosts.set(key(f, f.data.repliesTo), item);
    items.push(item);
  }
  for (const f of findings) {
    if (f.lead) continue;
    const host = f.group ? hosts.get(key(f, f.messageId)) : undefined;
    if (host) {
      host.also.push(f);
      if (f.severity === 'error' && host.head.severity !== 'error') host.head = { ...host.head, severity: 'error' };
      continue;
    }
    items.push({ head: f, also: [], evidence: [] });
  }
  for (const item of items) {
    // a finding that stands for several questions of one mail (unanswered-question) names the others in data.alsoAsked
    const ev = [item.head, ...item.also].flatMap((f) => [f.evidence, ...(typeof f.data?.alsoAsked === 'string' ? f.data.alsoAsked.split('\n') : [])]).filter((e): e is string => !!e);
    item.evidence = ev.filter((e, i) => ev.indexOf(e) === i);
  }
  return items;
}

const count_ = counted;

function truncate(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

const stylish: Formatter<ScanResult> = (result, ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const lang = ctx.lang;
  const tz = ctx.config.businessHours.timezone;
  const sevColor = { error: c.red, warn: c.yellow, info: c.blue };
  const lines: string[] = [];
  // What others owe me ("Waiting on others") is a list of its own, below what I owe them.
  const onOthers = (f: Finding) => f.group === 'waiting-on-others';
  // Not late yet but falling due before today's close: a list of its own, so it can still be met.
  // The other findings about that message (its open question) go with it.
  const todayIds = new Set(result.findings.filter((f) => f.data?.dueToday === true).map((f) => `${f.threadId}|${f.messageId}`));
  const dueToday = (f: Finding) => !onOthers(f) && todayIds.has(`${f.threadId}|${f.messageId}`);
  const groups = groupByThread(result.findings.filter((f) => !onOthers(f) && !dueToday(f)));
  const today = groupByThread(result.findings.filter(dueToday));
  const others = groupByThread(result.findings.filter(onOthers));
  const threads = new Set(result.findings.map((f) => f.threadId)).size;
  const section = (gs: typeof groups) => {
    for (const g of gs) {
      const first = g.findings[0]!;
      lines.push(c.bold.underline(truncate(first.subject || '(no subject)', 70)) + c.dim(`  ${first.correspondent}`));
      for (const item of compact(g.findings)) lines.push(...itemLines(item));
      lines.push('');
    }
  };
  section(groups);
  if (today.length > 0) {
    lines.push(c.bold(`${t(L.today, {}, lang)} (${today.length})`), '');
    section(today);
  }
  if (others.length > 0) {
    lines.push(c.bold(`${t(L.others, {}, lang)} (${others.length})`), '');
    section(others);
  }

  function itemLines({ head, also, evidence }: Item): string[] {
    const f = head;
    const sev = sevColor[f.severity](t(L.sev[f.severity], {}, lang).padEnd(8));
    const ids = [f.ruleId, ...also.map((a) => a.ruleId)].filter((id, i, all) => all.indexOf(id) === i).join(', ');
    const out = [`  ${sev} ${f.text[lang]}  ${c.dim(ids)}`];
    for (const e of evidence) out.push(`           ${c.italic('“' + truncate(e, 110) + '”')}`);
    const meta: string[] = [c.dim(formatMoment(f.date, lang, tz))];
    if (f.due) meta.push(`${t(onOthers(f) ? L.expected : L.due, {}, lang)} ${formatMoment(f.due, lang, tz)}`);
    if (f.id) meta.push(c.dim(`id ${f.id}`));
    out.push(`           ${meta.join(c.dim(' · '))}`);
    return out;
  }

  const count = (s: string) => result.findings.filter((f) => f.severity === s).length;
  // A run that missed a source never looks clean: what it did not read comes first.
  const missed = incompleteText(result.sources, lang);
  if (missed) lines.push(c.red.bold('✖ ' + missed));
  if (result.findings.length === 0) {
    // a clean check only for a run that read its mail: an empty or unreadable source is not good news
    if (result.stats.messages === 0) lines.push(c.yellow('⚠ ' + t(L.nothing, {}, lang)));
    else if (missed) lines.push(c.yellow('⚠ ' + t(L.partial, {}, lang)));
    else lines.push(c.green('✔ ' + t(L.none, {}, lang)));
  }
  else {
    const mark = count('error') ? c.red.bold('✖') : c.yellow.bold('⚠');
    lines.push(mark + ' ' + c.bold(t(L.problems, {
      n: count_(result.findings.length, 'finding', lang), errors: count_(count('error'), 'error', lang),
      warnings: count_(count('warn'), 'warning', lang), infos: `${count('info')} info`, threads: count_(threads, 'thread', lang),
    }, lang)));
  }
  if (result.ignored?.length) lines.push(c.dim(t(L.ignored, { n: result.ignored.length }, lang)));
  lines.push(c.dim(t(L.read, { messages: counted(result.stats.messages, 'message', lang), threads: counted(result.stats.threads, 'thread', lang), auto: result.stats.automated }, lang)));
  if (result.sources.length > 1) lines.push(c.dim(t(L.perSource, { list: result.sources.map((s) => `${s.source} ${s.messages}`).join(' · ') }, lang)));
  if (result.errors.length) {
    lines.push('', c.red(t(L.errors, {}, lang)));
    for (const e of result.errors) lines.push(`  ${c.dim(e.source)}  ${problemText(e, lang)}`);
  }
  return lines.join('\n') + '\n';
};

export default stylish;
