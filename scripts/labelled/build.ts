/**
 * Writes the labelled thread mailboxes: for every eval/labelled/<mailbox>/<half>/threads.json a Maildir of real
 * RFC 5322 files and a labels.json with the labels keyed by real Message-IDs. Deterministic (same source, same
 * bytes); the output is committed so the eval never builds it:
 *   npx tsc -p . && node dist/scripts/labelled/build.js
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';
import {
  buildMessage, formatAddress, formatAddressList, headerText, multipart, quoteLines, rfc5322Date, textPart, wrapAttribution,
} from '../lib/mailwriter.js';
import type { Eol, Part, Person } from '../lib/mailwriter.js';
import { businessHoursBetween } from './business-hours.js';
import type { Client, Labels, MailboxInfo, SourceHalf, SourceMessage, SourceThread } from './types.js';

export const LABELLED_ROOT = 'eval/labelled';

const hash = (s: string) => createHash('sha256').update(s).digest('hex');

export interface BuiltMessage {
  src: SourceMessage;
  thread: SourceThread;
  date: DateTime;
  messageId: string;
  inReplyTo?: string;
  references: string[];
  subject: string;
  /** The whole text/plain body: own text, signature, quote or forward. */
  text: string;
  /** The author's own text (body + signature), where every labelled substring must be found. */
  own: string;
  direction: 'in' | 'out' | 'internal';
  raw: Buffer;
}

function messageIdFor(client: Client, key: string, from: Person): string {
  const h = hash(`labelled:${key}`);
  const b64 = Buffer.from(h, 'hex').toString('base64').replace(/[+/=]/g, '');
  const domain = from.address.split('@')[1]!;
  const uuid = `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
  switch (client) {
    case 'gmail': return `<CA${b64.slice(0, 12)}+${b64.slice(12, 30)}=${b64.slice(30, 38)}@mail.gmail.com>`;
    case 'outlook': {
      const box = `DB9PR0${(parseInt(h.slice(0, 2), 16) % 9) + 1}MB${parseInt(h.slice(2, 6), 16) % 9000 + 1000}`;
      return `<${box}${h.slice(6, 38).toUpperCase()}@${box}.eurprd0${(parseInt(h.slice(0, 2), 16) % 9) + 1}.prod.outlook.com>`;
    }
    case 'applemail': case 'iphone': return `<${uuid.toUpperCase()}@${domain}>`;
    case 'thunderbird': return `<${uuid}@${domain}>`;
    case 'mutt': return `<${h.slice(0, 14)}.GA${h.slice(14, 19)}@${domain}>`;
    case 'outlook-old': return `<${h.slice(0, 12).toUpperCase()}$${h.slice(12, 20).toUpperCase()}@${domain}>`;
    case 'webmail': return `<${h.slice(0, 32)}@${domain}>`;
    case 'system': return `<${h.slice(0, 20)}.${h.slice(20, 28)}@mailer.${domain}>`;
  }
}

const CLIENT_HEADERS: Partial<Record<Client, Array<[string, string]>>> = {
  outlook: [['X-Mailer', 'Microsoft Outlook 16.0'], ['Thread-Index', 'AQHb']],
  'outlook-old': [['X-Mailer', 'Microsoft Office Outlook 12.0']],
  applemail: [['X-Mailer', 'Apple Mail (2.3826.400.131.1.6)']],
  iphone: [['X-Mailer', 'iPhone Mail (22D72)']],
  thunderbird: [['User-Agent', 'Mozilla Thunderbird']],
  mutt: [['User-Agent', 'NeoMutt/20231103']],
  webmail: [['User-Agent', 'Roundcube Webmail/1.6.10']],
};
const REPLY_PREFIX: Record<Client, string> = {
  gmail: 'Re: ', outlook: 'RE: ', 'outlook-old': 'RE: ', applemail: 'Re: ', iphone: 'Re: ', thunderbird: 'Re: ', mutt: 'Re: ', webmail: 'Re: ', system: '',
};
const EOL: Partial<Record<Client, Eol>> = { outlook: '\r\n', 'outlook-old': '\r\n' };

const NL_DAYS_SHORT = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];
const NL_MONTHS_SHORT = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

const who = (p: Person) => `${p.name} <${p.address}>`;
const en = (dt: DateTime, f: string) => dt.setLocale('en-GB').toFormat(f);
const nl = (dt: DateTime, f: string) => dt.setLocale('nl').toFormat(f);

/** The attribution line(s) and quoted text a client writes under a reply. */
function quoteBlock(style: string, p: BuiltMessage, from: Person, to: Person[]): string {
  const d = p.date;
  switch (style) {
    case 'gmail-nl':
      return `${wrapAttribution(`Op ${NL_DAYS_SHORT[d.weekday - 1]} ${d.day} ${NL_MONTHS_SHORT[d.month - 1]} ${d.year} om ${d.toFormat('HH:mm')} schreef ${who(from)}:`)}\n\n${quoteLines(p.text)}`;
    case 'gmail-en':
      return `${wrapAttribution(`On ${en(d, 'ccc, d LLL yyyy')} at ${en(d, 'HH:mm')}, ${who(from)} wrote:`)}\n\n${quoteLines(p.text)}`;
    case 'apple-nl':
      return `> Op ${d.day} ${NL_MONTHS_SHORT[d.month - 1]} ${d.year}, om ${d.toFormat('HH:mm')} heeft ${who(from)} het volgende geschreven:\n>\n${quoteLines(p.text)}`;
    case 'apple-en':
      return `> On ${en(d, 'd LLL yyyy')}, at ${d.toFormat('HH:mm')}, ${who(from)} wrote:\n>\n${quoteLines(p.text)}`;
    case 'thunderbird-nl':
      return `Op ${d.toFormat('dd-LL-yyyy')} om ${d.toFormat('HH:mm')} schreef ${from.name}:\n${quoteLines(p.text)}`;
    case 'thunderbird-en':
      return `On ${d.toFormat('dd/LL/yyyy HH:mm')}, ${from.name} wrote:\n${quoteLines(p.text)}`;
    case 'mutt':
      return `On ${en(d, 'ccc, LLL dd, yyyy')} at ${d.toFormat('hh:mm:ss')}${d.hour < 12 ? 'AM' : 'PM'} ${d.toFormat('ZZZ')}, ${from.name} wrote:\n${quoteLines(p.text)}`;
    case 'outlook-nl':
      return ['________________________________', `Van: ${who(from)}`, `Verzonden: ${nl(d, 'cccc d LLLL yyyy HH:mm')}`,
        `Aan: ${to.map(who).join('; ')}`, `Onderwerp: ${p.subject}`, '', p.text].join('\n');
    case 'outlook-en':
      return ['________________________________', `From: ${who(from)}`, `Sent: ${en(d, 'cccc, d LLLL yyyy HH:mm')}`,
        `To: ${to.map(who).join('; ')}`, `Subject: ${p.subject}`, '', p.text].join('\n');
    case 'outlook-old-en':
      return ['-----Original Message-----', `From: ${from.name} [mailto:${from.address}]`, `Sent: ${en(d, 'cccc, d LLLL yyyy HH:mm')}`,
        `To: ${to.map((x) => x.name).join('; ')}`, `Subject: ${p.subject}`, '', p.text].join('\n');
    case 'outlook-old-nl':
      return ['-----Oorspronkelijk bericht-----', `Van: ${from.name} [mailto:${from.address}]`, `Verzonden: ${nl(d, 'cccc d LLLL yyyy HH:mm')}`,
        `Aan: ${to.map((x) => x.name).join('; ')}`, `Onderwerp: ${p.subject}`, '', p.text].join('\n');
    default:
      throw new Error(`unknown quote style ${style}`);
  }
}

function forwardBlock(client: Client, f: NonNullable<SourceMessage['forward']>, people: MailboxInfo['people'], zone: string): string {
  const from = people[f.from]!;
  const d = DateTime.fromFormat(f.at, 'yyyy-MM-dd HH:mm', { zone });
  const to = (f.to ?? []).map((k) => people[k]!);
  if (client === 'outlook' || client === 'outlook-old') {
    return ['________________________________', `Van: ${who(from)}`, `Verzonden: ${nl(d, 'cccc d LLLL yyyy HH:mm')}`,
      `Aan: ${to.map(who).join('; ')}`, `Onderwerp: ${f.subject}`, '', f.body].join('\n');
  }
  return ['---------- Forwarded message ---------', `From: ${who(from)}`, `Date: ${en(d, 'ccc, d LLL yyyy')} at ${d.toFormat('HH:mm')}`,
    `Subject: ${f.subject}`, `To: ${to.map(who).join(', ')}`, '', f.body].join('\n');
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function bodyPart(client: Client, key: string, text: string): Part {
  const cte = /[^\x00-\x7f]/.test(text) || /^.{77,}$/m.test(text) ? 'quoted-printable' : '7bit';
  if (client === 'outlook') {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n${text
      .split('\n').map((l) => `<p class="MsoNormal">${escapeHtml(l) || '&nbsp;'}</p>`).join('\n')}\n</body></html>`;
    return multipart('alternative', [textPart(text, 'plain', 'quoted-printable'), textPart(html, 'html', 'quoted-printable')], `_000_${hash(`b:${key}`).slice(0, 30)}_`);
  }
  return textPart(text, 'plain', cte);
}

export function localTime(at: string, zone: string): DateTime {
  const d = DateTime.fromFormat(at, 'yyyy-MM-dd HH:mm', { zone });
  if (!d.isValid) throw new Error(`bad local time "${at}"`);
  return d;
}

/** Build every message of one half, in source order (a reply after the message it answers). */
export function buildHalf(info: MailboxInfo, half: SourceHalf): BuiltMessage[] {
  const people = info.people;
  const person = (k: string): Person => {
    const p = people[k];
    if (!p) throw new Error(`${half.mailbox}: unknown person "${k}"`);
    return p;
  };
  const built = new Map<string, BuiltMessage>();
  const out: BuiltMessage[] = [];
  for (const thread of half.threads) {
    for (const m of thread.messages) {
      if (built.has(m.key)) throw new Error(`${half.mailbox}: duplicate key ${m.key}`);
      const parent = m.replyTo ? built.get(m.replyTo) : undefined;
      if (m.replyTo && !parent) throw new Error(`${m.key}: replyTo ${m.replyTo} is not an earlier message of its half`);
      const from = person(m.from);
      const to = m.to.map(person);
      const cc = (m.cc ?? []).map(person);
      let date = localTime(m.at, info.timezone).set({ second: parseInt(hash(`s:${m.key}`).slice(0, 4), 16) % 60 });
      // an auto-reply leaves within seconds of the mail it answers
      if (parent && m.automated && date <= parent.date) date = parent.date.plus({ seconds: 3 + (parseInt(hash(m.key).slice(0, 2), 16) % 20) });
      if (parent && date <= parent.date) throw new Error(`${m.key}: dated before the message it answers`);
      const messageId = messageIdFor(m.client, `${half.mailbox}:${m.key}`, from);
      const subject = m.subject ?? (parent ? (/^(re|antw|aw|fw|fwd|doorst):/i.test(parent.subject) ? parent.subject : REPLY_PREFIX[m.client] + parent.subject) : thread.subject);
      const sig = m.sig === false ? '' : typeof m.sig === 'string' ? m.sig : (people[m.from]!.sig ?? '');
      const own = sig ? `${m.body}\n\n${sig}` : m.body;
      let text = own;
      if (m.forward) text = `${own}\n\n${forwardBlock(m.client, m.forward, people, info.timezone)}`;
      else if (parent && m.quote && m.quote !== 'none') {
        text = `${own}\n\n${quoteBlock(m.quote, parent, person(parent.src.from), parent.src.to.map(person))}`;
      }
      const team = (k: string) => Boolean(people[k]?.team);
      const recipients = [...m.to, ...(m.cc ?? [])];
      const direction = !team(m.from) ? 'in' : recipients.length > 0 && recipients.every(team) ? 'internal' : 'out';
      const references = parent ? [...parent.references, parent.messageId].slice(-10) : [];
      const headers: Array<[string, string | undefined]> = [
        ['Return-Path', m.automated ? '<>' : `<${from.address}>`],
        ['Date', rfc5322Date(date)],
        ['From', formatAddress(from)],
        ['To', to.length ? formatAddressList(to) : 'undisclosed-recipients:;'],
        ['Cc', cc.length ? formatAddressList(cc) : undefined],
        ['Subject', headerText(subject)],
        ['Message-ID', messageId],
        ['In-Reply-To', parent?.messageId],
        ['References', references.length ? references.join(' ') : undefined],
        ...(CLIENT_HEADERS[m.client] ?? []),
        ...(m.headers ?? []),
      ];
      const raw = buildMessage(headers, bodyPart(m.client, m.key, text), EOL[m.client] ?? '\n');
      const b: BuiltMessage = { src: m, thread, date, messageId, inReplyTo: parent?.messageId, references, subject, text, own, direction, raw };
      built.set(m.key, b);
      out.push(b);
    }
  }
  return out;
}

/** The flat labels of one half, keyed by Message-ID; throws on a label that points nowhere. */
export function labelsOf(info: MailboxInfo, half: SourceHalf, msgs: BuiltMessage[]): Labels {
  const byKey = new Map(msgs.map((b) => [b.src.key, b]));
  const idOf = (k: string | null, what: string): string | null => {
    if (k === null) return null;
    const b = byKey.get(k);
    if (!b) throw new Error(`${half.mailbox}/${half.half}: ${what} points at unknown message "${k}"`);
    return b.messageId;
  };
  const now = DateTime.fromISO(info.now);
  const labels: Labels = { mailbox: half.mailbox, half: half.half, now: info.now, threads: [], messages: [], questions: [], promises: [] };
  for (const t of half.threads) {
    const ids = t.messages.map((m) => byKey.get(m.key)!.messageId);
    const since = idOf(t.awaitingSince, `${t.id}.awaitingSince`);
    const bh = since ? businessHoursBetween(byKey.get(t.awaitingSince!)!.date.toISO()!, info.now, info) : null;
    labels.threads.push({ id: t.id, subject: t.subject, root: ids[0]!, messages: ids, awaitingSince: since, awaitingBusinessHours: bh, waitedOver8BusinessHours: bh !== null && bh > 8 });
  }
  for (const b of msgs) {
    const m = b.src;
    const incoming = b.direction === 'in';
    const earlierIncoming = msgs.some((x) => x.thread === b.thread && x.direction === 'in' && x.date < b.date);
    if (incoming && m.needsReply === undefined) throw new Error(`${m.key}: incoming message without needsReply`);
    if (!incoming && !m.automated && !m.member) throw new Error(`${m.key}: outgoing message without member`);
    labels.messages.push({
      messageId: b.messageId, key: m.key, thread: b.thread.id, date: b.date.toUTC().toISO()!, direction: b.direction,
      from: info.people[m.from]!.address, needsReply: incoming ? m.needsReply! : null, reason: incoming && !m.needsReply ? (m.reason ?? null) : null,
      member: incoming ? null : (m.member ?? null), automated: Boolean(m.automated), reply: b.direction === 'out' && !m.automated && earlierIncoming,
    });
    for (const q of m.questions ?? []) {
      if (!b.own.includes(q.text)) throw new Error(`${m.key}: question is not in the text: "${q.text}"`);
      const ans = q.answeredBy ? byKey.get(q.answeredBy) : undefined;
      if (ans && ans.date <= b.date) throw new Error(`${m.key}: answered before it was asked`);
      labels.questions.push({ messageId: b.messageId, text: q.text, answeredBy: idOf(q.answeredBy, `${m.key} question`) });
    }
    for (const p of m.promises ?? []) {
      if (!b.own.includes(p.text)) throw new Error(`${m.key}: promise is not in the text: "${p.text}"`);
      const due = localTime(p.due, info.timezone);
      const kept = p.keptBy ? byKey.get(p.keptBy) : undefined;
      if (p.keptBy && !kept) throw new Error(`${m.key}: keptBy points at unknown message "${p.keptBy}"`);
      if (kept && kept.date > now) throw new Error(`${m.key}: kept after now`);
      const status = p.status ?? (kept ? (kept.date <= due ? 'kept' : 'kept-late') : due < now ? 'broken' : 'open');
      labels.promises.push({ messageId: b.messageId, member: m.member ?? null, text: p.text, due: due.toUTC().toISO()!, status, keptBy: kept?.messageId ?? null });
    }
  }
  return labels;
}

/**
 * The split: thread ids sorted, shuffled (Fisher-Yates) with a SHA-256 stream seeded by the mailbox id, then
 * alternately test, tune, test, … Each half's threads.json must hold exactly the threads this assigns to it.
 */
export function splitThreads(mailbox: string, threadIds: string[]): Map<string, 'tune' | 'test'> {
  let h = createHash('sha256').update(`replycheck-labelled:${mailbox}`).digest();
  let i = 0;
  const rnd = () => {
    if (i + 4 > h.length) { h = createHash('sha256').update(h).digest(); i = 0; }
    const v = h.readUInt32BE(i);
    i += 4;
    return v / 2 ** 32;
  };
  const ids = [...threadIds].sort();
  for (let k = ids.length - 1; k > 0; k--) {
    const j = Math.floor(rnd() * (k + 1));
    [ids[k], ids[j]] = [ids[j]!, ids[k]!];
  }
  return new Map(ids.map((id, k) => [id, k % 2 === 0 ? 'test' : 'tune']));
}

/** The Maildir file name of a message: stable, sortable by date. */
function maildirName(b: BuiltMessage): string {
  return `${Math.floor(b.date.toSeconds())}.M${hash(b.messageId).slice(0, 8)}P1.labelled:2,S`;
}

export async function readMailbox(dir: string): Promise<{ info: MailboxInfo; halves: SourceHalf[] }> {
  const info = JSON.parse(await readFile(join(dir, 'mailbox.json'), 'utf8')) as MailboxInfo;
  const halves: SourceHalf[] = [];
  for (const h of ['tune', 'test'] as const) {
    try {
      halves.push(JSON.parse(await readFile(join(dir, h, 'threads.json'), 'utf8')) as SourceHalf);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }
  return { info, halves };
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  for (const name of (await readdir(LABELLED_ROOT, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const dir = join(LABELLED_ROOT, name);
    const { info, halves } = await readMailbox(dir);
    const split = splitThreads(info.id, halves.flatMap((h) => h.threads.map((t) => t.id)));
    for (const half of halves) {
      // the split is over all thread ids, so it can only be checked once both halves are there (the test half is
      // frozen and committed first, built from the full split)
      if (halves.length === 2) for (const t of half.threads) if (split.get(t.id) !== half.half) throw new Error(`${name}: thread ${t.id} belongs in the ${split.get(t.id)} half`);
      if (only.length && !only.includes(half.half)) continue;
      const msgs = buildHalf(info, half);
      const labels = labelsOf(info, half, msgs);
      const md = join(dir, half.half, 'Maildir');
      await rm(md, { recursive: true, force: true });
      for (const sub of ['cur', 'new', 'tmp']) await mkdir(join(md, sub), { recursive: true });
      for (const b of msgs) await writeFile(join(md, 'cur', maildirName(b)), b.raw);
      await writeFile(join(md, 'tmp', '.keep'), '');
      await writeFile(join(md, 'new', '.keep'), '');
      await writeFile(join(dir, half.half, 'labels.json'), `${JSON.stringify(labels, null, 2)}\n`);
      console.log(`${name}/${half.half}: ${half.threads.length} threads, ${msgs.length} messages, ${labels.questions.length} questions, ${labels.promises.length} promises`);
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
