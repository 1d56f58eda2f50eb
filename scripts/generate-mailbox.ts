/**
 * A realistic, deterministic mailbox generator for benchmarks and robustness tests.
 *
 *   node dist/scripts/generate-mailbox.js --count 10000 --out /tmp/x --format maildir|mbox --seed 1
 *
 * Threads of 1–8 messages with proper References/In-Reply-To, quoted earlier text under nl/en reply
 * headers of Gmail, Outlook, Apple Mail and Thunderbird, Dutch and English, questions, promises and
 * apologies; ~15% newsletters, notifications, auto-replies and bounces; HTML-only, multipart/alternative,
 * base64, quoted-printable and 8bit bodies; small attachments; a few ~50 KB mails. The same options
 * always give the same bytes (own PRNG; `now` defaults to a fixed date, not the clock).
 * Messages are yielded thread by thread; thread start times rise through the span, so the output is
 * roughly but not strictly in date order.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DateTime } from 'luxon';
import type { Person } from './lib/mailwriter.js';
import { colleaguePersona, composeBody, customerPersona, mePersona, subjectFor } from './generator/content.js';
import type { Persona, Role } from './generator/content.js';
import { Prng } from './generator/prng.js';
import type { Lang } from './generator/phrases.js';
import {
  attachmentFor, local, quoteParent, render, renderAutoReply, renderBounce, renderNewsletter, renderNotification, replyPrefix,
} from './generator/render.js';

export interface GenOptions {
  count: number;
  seed?: number;
  me?: string[];
  now?: Date;
  spanDays?: number;
}

export interface GeneratedMessage {
  folder: 'INBOX' | 'Sent';
  raw: Buffer;
  date: Date;
  messageId: string;
}

export const DEFAULT_NOW = new Date('2026-11-16T08:30:00+01:00');
export const DEFAULT_ME = ['joan@prinsweb.example', 'info@prinsweb.example'];
export const DEFAULT_SPAN_DAYS = 90;

interface Ctx {
  rng: Prng;
  me: Persona[];
  colleague: Persona;
  customers: Persona[];
  newsletters: Person[];
  notifiers: Person[];
  now: number;
  seq: number;
}

interface Prev {
  from: Person;
  to: Person[];
  date: DateTime;
  subject: string;
  text: string;
  messageId: string;
}

function messageIdFor(ctx: Ctx, p: Persona): string {
  const n = (++ctx.seq).toString(36);
  const r = ctx.rng;
  switch (p.client) {
    case 'gmail':
      return `<CA${n}.${r.hex(22)}@mail.gmail.com>`;
    case 'outlook':
      return `<AM${n}PR04MB${r.hex(24).toUpperCase()}@AM9PR04MB${r.int(1000, 9999)}.eurprd04.prod.outlook.com>`;
    case 'spark':
      return `<${n}.${r.hex(8)}-${r.hex(4)}-${r.hex(4)}@Spark>`;
    default:
      return `<${n}.${r.hex(8).toUpperCase()}-${r.hex(4).toUpperCase()}-${r.hex(12).toUpperCase()}@${p.domain}>`;
  }
}

const isWorkTime = (d: DateTime) => d.weekday <= 5 && d.hour >= 8 && d.hour < 18;

/** Move a time into working hours (next working morning) with probability p, as people mostly mail at work. */
function workHours(rng: Prng, d: DateTime, p: number): DateTime {
  if (isWorkTime(d) || !rng.chance(p)) return d;
  let x = d.hour >= 18 ? d.plus({ days: 1 }) : d;
  while (x.weekday > 5) x = x.plus({ days: 1 });
  return local(x.set({ hour: 8, minute: 30, second: 0 }).toMillis() + rng.int(0, 240) * 60_000 + rng.int(0, 59) * 1000);
}

/** Sometimes write from one of my other addresses (info@…). */
function meSender(ctx: Ctx): Persona {
  return ctx.me.length > 1 && ctx.rng.chance(0.15) ? ctx.rng.pick(ctx.me.slice(1)) : ctx.me[0]!;
}

function* conversation(ctx: Ctx, t0: number): Generator<GeneratedMessage> {
  const { rng } = ctx;
  const other = rng.chance(0.04) ? ctx.colleague : rng.pick(ctx.customers);
  const lang: Lang = other.lang;
  const site = `www.${other.domain}`;
  const len = rng.weighted([[1, 16], [2, 30], [3, 20], [4, 13], [5, 8], [6, 6], [7, 4], [8, 3]]);
  let fromMe = rng.chance(0.28);
  const baseSubject = subjectFor(rng, lang, site);
  const refs: string[] = [];
  let prev: Prev | undefined;
  let date = local(t0);
  const cc = rng.chance(0.08) ? rng.pick(ctx.customers) : undefined;
  for (let i = 0; i < len; i++) {
    let gapHours = 0;
    if (i > 0) {
      const sameSender = rng.chance(0.12);
      if (!sameSender) fromMe = !fromMe;
      const minutes = Math.exp(rng.next() * Math.log(60 * 24 * 6));
      date = local(date.toMillis() + Math.round(minutes * 60_000) + rng.int(0, 59) * 1000);
      gapHours = minutes / 60;
      if (sameSender && !fromMe) gapHours = 0;
    }
    date = workHours(rng, date, fromMe ? 0.85 : 0.7);
    if (date.toMillis() > ctx.now) return;
    const author = fromMe ? meSender(ctx) : other;
    const reader = fromMe ? other : ctx.me[0]!;
    const role: Role = other.internal ? 'internal' : i === 0 ? (fromMe ? 'first-out' : 'first-in') : fromMe ? 'reply-out' : prev && prev.from.address === author.person.address ? 'nudge-in' : 'reply-in';
    const own = composeBody(rng, { role, lang, author, reader, site, gapHours, huge: rng.chance(0.003), dateLabel: date.toFormat('yyyy-LL-dd') });
    const quote = prev && rng.chance(0.9);
    const text = quote ? quoteParent(author.client, lang, own, prev!) : own;
    const subject = i === 0 ? baseSubject : /^(re|antw|aw):/i.test(prev!.subject) ? prev!.subject : replyPrefix(author.client, lang) + prev!.subject;
    const dropRefs = author.client === 'norefs';
    const messageId = messageIdFor(ctx, author);
    const to = [reader];
    const raw = render(rng, {
      from: author,
      to,
      cc: cc && i === 0 ? [cc] : undefined,
      subject,
      date,
      messageId,
      inReplyTo: prev && !dropRefs ? prev.messageId : undefined,
      references: prev && !dropRefs ? refs.slice(-10) : [],
      text,
      lang,
      attachment: rng.chance(0.04) ? attachmentFor(rng, lang) : undefined,
    });
    yield { folder: author.isMe ? 'Sent' : 'INBOX', raw, date: date.toJSDate(), messageId };
    refs.push(messageId);
    prev = { from: author.person, to: to.map((p) => p.person), date, subject, text, messageId };
  }
}

/** One of my mails, followed by an out-of-office reply or a bounce. */
function* mineThenAutomated(ctx: Ctx, t0: number, kind: 'autoreply' | 'bounce'): Generator<GeneratedMessage> {
  const { rng } = ctx;
  const other = rng.pick(ctx.customers);
  const date = workHours(rng, local(t0), 0.9);
  if (date.toMillis() > ctx.now - 60_000) return;
  const author = meSender(ctx);
  const subject = subjectFor(rng, other.lang, `www.${other.domain}`);
  const target = kind === 'bounce' ? { ...other, person: { ...other.person, address: other.person.address.replace('@', '.old@') } } : other;
  const text = composeBody(rng, { role: 'first-out', lang: other.lang, author, reader: other, site: `www.${other.domain}`, gapHours: 0, huge: false, dateLabel: '' });
  const messageId = messageIdFor(ctx, author);
  yield { folder: 'Sent', raw: render(rng, { from: author, to: [target], subject, date, messageId, references: [], text, lang: other.lang }), date: date.toJSDate(), messageId };
  const when = local(date.toMillis() + rng.int(2, 40) * 1000);
  const id2 = `<${(++ctx.seq).toString(36)}.${rng.hex(16)}@${kind === 'bounce' ? 'mx1.example' : other.domain}>`;
  const raw =
    kind === 'bounce'
      ? renderBounce(rng, { to: author.person, failed: target.person.address, date: when, messageId: id2, original: messageId, subject })
      : renderAutoReply(rng, { from: other, to: author.person, date: when, messageId: id2, inReplyTo: messageId, subject, lang: other.lang });
  yield { folder: 'INBOX', raw, date: when.toJSDate(), messageId: id2 };
}

function* single(ctx: Ctx, t0: number, kind: 'newsletter' | 'notification'): Generator<GeneratedMessage> {
  const { rng } = ctx;
  const date = local(t0);
  const lang: Lang = rng.chance(0.7) ? 'nl' : 'en';
  const from = kind === 'newsletter' ? rng.pick(ctx.newsletters) : rng.pick(ctx.notifiers);
  const messageId = `<${(++ctx.seq).toString(36)}.${rng.hex(20)}@${from.address.split('@')[1]}>`;
  const to = ctx.me[0]!.person;
  const raw =
    kind === 'newsletter'
      ? renderNewsletter(rng, { from, to, date, messageId, lang, issue: 100 + (ctx.seq % 300) })
      : renderNotification(rng, { from, to, date, messageId, lang });
  yield { folder: 'INBOX', raw, date: date.toJSDate(), messageId };
}

/** Generate `count` messages (exactly), deterministic for the same options. */
export function* generateMailbox(opts: GenOptions): Generator<GeneratedMessage> {
  const count = Math.floor(opts.count);
  if (!Number.isFinite(count) || count < 0) throw new RangeError(`count must be a number >= 0, got ${opts.count}`);
  const rng = new Prng(opts.seed ?? 1);
  const meAddrs = opts.me?.length ? opts.me : DEFAULT_ME;
  const now = (opts.now ?? DEFAULT_NOW).getTime();
  const spanMs = (opts.spanDays ?? DEFAULT_SPAN_DAYS) * 86_400_000;
  const me = meAddrs.map((a) => mePersona(a));
  const meDomain = meAddrs[0]!.split('@')[1]!;
  const ctx: Ctx = {
    rng,
    me,
    colleague: colleaguePersona(meDomain),
    customers: Array.from({ length: Math.max(12, Math.min(600, Math.ceil(count / 20))) }, (_, i) => customerPersona(rng, i)),
    newsletters: [
      { name: 'Webdesign Weekly', address: 'nieuwsbrief@webdesignweekly.example' },
      { name: 'Frontend Digest', address: 'digest@frontenddigest.example' },
      { name: 'Ondernemersplein', address: 'nieuws@ondernemersplein.example' },
      { name: 'Hosting Nieuws', address: 'news@hostingnieuws.example' },
    ],
    notifiers: [
      { name: 'HostPaneel', address: 'noreply@hostpaneel.example' },
      { name: 'Boekhoudtool', address: 'notifications@boekhoudtool.example' },
      { name: 'Webshop', address: 'no-reply@shopsysteem.example' },
    ],
    now,
    seq: 0,
  };
  let emitted = 0;
  while (emitted < count) {
    // Thread start times rise with the share of messages already written, spread over the span.
    const t0 = Math.min(now - 60_000, now - spanMs + (emitted / Math.max(1, count)) * spanMs + rng.int(0, 4 * 3_600_000));
    // Per thread; conversations average ~2.9 messages, so this gives ~15% automated messages.
    const kind = rng.weighted([['conversation', 65.5], ['newsletter', 19], ['notification', 10], ['autoreply', 4], ['bounce', 1.5]] as const);
    const gen =
      kind === 'conversation' ? conversation(ctx, t0)
        : kind === 'newsletter' || kind === 'notification' ? single(ctx, t0, kind)
          : mineThenAutomated(ctx, t0, kind);
    for (const m of gen) {
      yield m;
      if (++emitted >= count) return;
    }
  }
}

/** Maildir++: INBOX in dir/{cur,new,tmp}, Sent in dir/.Sent/. Returns the number of messages written. */
export async function writeMaildir(dir: string, opts: GenOptions): Promise<number> {
  const sent = join(dir, '.Sent');
  for (const d of [dir, sent]) for (const sub of ['cur', 'new', 'tmp']) await mkdir(join(d, sub), { recursive: true });
  await writeFile(join(sent, 'maildirfolder'), '');
  const now = (opts.now ?? DEFAULT_NOW).getTime();
  let n = 0;
  let batch: Array<Promise<void>> = [];
  for (const m of generateMailbox(opts)) {
    n++;
    const unix = Math.floor(m.date.getTime() / 1000);
    // Incoming mail of the last day is still unread: new/ without info suffix.
    const unread = m.folder === 'INBOX' && now - m.date.getTime() < 86_400_000;
    const base = m.folder === 'Sent' ? sent : dir;
    const file = unread ? join(base, 'new', `${unix}.G${n}.replycheck-gen`) : join(base, 'cur', `${unix}.G${n}.replycheck-gen:2,S`);
    batch.push(writeFile(file, m.raw));
    if (batch.length >= 128) {
      await Promise.all(batch);
      batch = [];
    }
  }
  await Promise.all(batch);
  return n;
}

function asctime(d: Date): string {
  return DateTime.fromJSDate(d, { zone: 'UTC' }).setLocale('en-US').toFormat('ccc LLL d HH:mm:ss yyyy').replace(/ (\d) /, '  $1 ');
}

/** One mbox (mboxrd: body lines matching /^>*From / get one more ">"). Returns the number written. */
export async function writeMbox(file: string, opts: GenOptions): Promise<number> {
  await mkdir(dirname(resolve(file)), { recursive: true });
  const out = createWriteStream(file);
  let n = 0;
  try {
    for (const m of generateMailbox(opts)) {
      n++;
      const s = m.raw.toString('latin1');
      const sender = /^From:[^\n]*?([^\s<>"()]+@[^\s<>"()]+)/m.exec(s)?.[1] ?? 'MAILER-DAEMON';
      const body = s.replace(/^(>*From )/gm, '>$1');
      const chunk = `From ${sender} ${asctime(m.date)}\n${body}${body.endsWith('\n') ? '' : '\n'}\n`;
      if (!out.write(Buffer.from(chunk, 'latin1'))) await once(out, 'drain');
    }
  } finally {
    out.end();
    await once(out, 'close');
  }
  return n;
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      count: { type: 'string', default: '1000' },
      out: { type: 'string' },
      format: { type: 'string', default: 'maildir' },
      seed: { type: 'string', default: '1' },
      now: { type: 'string' },
      'span-days': { type: 'string' },
      me: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const usage = 'usage: generate-mailbox --count N --out PATH [--format maildir|mbox] [--seed N] [--now ISO] [--span-days N] [--me a@x,b@x]';
  if (values.help) {
    console.log(usage);
    return;
  }
  if (!values.out || !['maildir', 'mbox'].includes(values.format!)) {
    console.error(usage);
    process.exitCode = 2;
    return;
  }
  const opts: GenOptions = {
    count: Number(values.count),
    seed: Number(values.seed),
    now: values.now ? new Date(values.now) : undefined,
    spanDays: values['span-days'] ? Number(values['span-days']) : undefined,
    me: values.me ? values.me.split(',').map((s) => s.trim()) : undefined,
  };
  if (!Number.isInteger(opts.count) || opts.count < 0 || !Number.isFinite(opts.seed) || (opts.now && Number.isNaN(opts.now.getTime()))) {
    console.error(`bad option value\n${usage}`);
    process.exitCode = 2;
    return;
  }
  const t = performance.now();
  const n = values.format === 'mbox' ? await writeMbox(values.out, opts) : await writeMaildir(values.out, opts);
  console.log(`wrote ${n} messages (${values.format}) to ${values.out} in ${Math.round(performance.now() - t)} ms`);
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  });
}
