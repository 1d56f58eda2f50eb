/**
 * Builds the bundled demo mailbox in fixtures/demo/ from scripts/demo/threads.ts:
 *   Maildir/{cur,new,tmp}, replycheck.config.json, expected.json and README.md.
 * Deterministic: the same definition gives byte-identical files. The output is committed, so users
 * never run this; edit the threads and rerun after changing them:
 *   npx tsc -p . && node dist/scripts/build-demo.js
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';
import {
  attachmentPart, buildMessage, formatAddress, formatAddressList, headerText, multipart, quoteLines, replyHeader,
  rfc5322Date, textPart, wrapAttribution,
} from './lib/mailwriter.js';
import type { Eol, Part, Person, TransferEncoding } from './lib/mailwriter.js';
import { DEMO_NOW, threads } from './demo/threads.js';
import type { Client, DemoMail, DemoThread } from './demo/types.js';
import { info, joan } from './demo/people.js';

const ZONE = 'Europe/Amsterdam';
const ME = [joan.address, info.address];

/** A demo mail with everything derived: date, ids, subject, full text, raw bytes. */
export interface BuiltMail {
  mail: DemoMail;
  thread: DemoThread;
  date: DateTime;
  messageId: string;
  inReplyTo?: string;
  references: string[];
  subject: string;
  /** The complete text/plain body as the client wrote it (own text, signature, quote). */
  text: string;
  raw: Buffer;
}

function hash(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

function uuid(h: string): string {
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function domainOf(p: Person): string {
  return p.address.split('@')[1]!;
}

/** Message-ID in the shape each client really uses. */
function messageIdFor(client: Client, key: string, from: Person): string {
  const h = hash(`demo:${key}`);
  const b64 = Buffer.from(h, 'hex').toString('base64').replace(/[+/=]/g, '');
  switch (client) {
    case 'gmail':
      return `<CA${b64.slice(0, 10)}+${b64.slice(10, 30)}=${b64.slice(30, 36)}@mail.gmail.com>`;
    case 'outlook': {
      const box = `AM9PR04MB${parseInt(h.slice(0, 4), 16) % 9000 + 1000}`;
      return `<${box}${h.slice(4, 36).toUpperCase()}@${box}.eurprd04.prod.outlook.com>`;
    }
    case 'iphone':
    case 'applemail':
      return `<${uuid(h).toUpperCase()}@${domainOf(from)}>`;
    case 'thunderbird':
      return `<${uuid(h)}@${domainOf(from)}>`;
    case 'spark':
      return `<${uuid(h)}@Spark>`;
    case 'roundcube-html':
      return `<${h.slice(0, 32)}@${domainOf(from)}>`;
    case 'webmail-norefs':
      return `<${h.slice(0, 8).toUpperCase()}.${h.slice(8, 12).toUpperCase()}@${domainOf(from)}>`;
    case 'list':
      return `<${h.slice(0, 24)}@mail.${domainOf(from)}>`;
    case 'system':
    case 'outlook-old':
      return `<${h.slice(0, 20)}.${h.slice(20, 26)}@${domainOf(from)}>`;
  }
}

const REPLY_PREFIX: Record<Client, string> = {
  gmail: 'Re: ', outlook: 'RE: ', 'outlook-old': 'RE: ', iphone: 'Re: ', applemail: 'Re: ', thunderbird: 'Re: ',
  'roundcube-html': 'Re: ', spark: 'Re: ', 'webmail-norefs': 'Antw: ', list: 'Re: ', system: '',
};

/** Headers each client adds, beyond the standard ones. */
const CLIENT_HEADERS: Partial<Record<Client, Array<[string, string]>>> = {
  outlook: [['X-MS-Has-Attach', ''], ['X-Mailer', 'Microsoft Outlook 16.0']],
  iphone: [['X-Mailer', 'iPhone Mail (22B91)']],
  applemail: [['X-Mailer', 'Apple Mail (2.3826.300.87.4.3)']],
  thunderbird: [['User-Agent', 'Mozilla Thunderbird']],
  'roundcube-html': [['User-Agent', 'Roundcube Webmail/1.6.9']],
  'webmail-norefs': [['X-Mailer', 'Kantoor Webmail 4.2']],
};

const EOL: Partial<Record<Client, Eol>> = { outlook: '\r\n', 'outlook-old': '\r\n' };

function replySubject(client: Client, parentSubject: string): string {
  const prefix = REPLY_PREFIX[client];
  if (!prefix || /^(re|antw|aw):/i.test(parentSubject)) return parentSubject;
  return prefix + parentSubject;
}

function nlLongDate(dt: DateTime): string {
  return dt.setLocale('nl').toFormat("cccc d LLLL yyyy HH:mm");
}

/** The body text a client writes for a reply: own text, signature and the quoted parent. */
function composeText(m: DemoMail, parent: BuiltMail | undefined): string {
  const own = m.sig ? `${m.body}\n\n${m.sig}` : m.body;
  if (!parent || !m.quote || m.quote === 'none' || m.quote === 'custom') return own;
  const p = parent.mail;
  switch (m.quote) {
    case 'gmail-nl':
    case 'gmail-en': {
      let line = replyHeader(m.quote, p.from, parent.date);
      if (m.wrapAttribution) line = wrapAttribution(line);
      return `${own}\n\n${line}\n\n${quoteLines(parent.text)}`;
    }
    case 'apple-nl':
    case 'apple-en':
      return `${own}\n\n${replyHeader(m.quote, p.from, parent.date)}\n\n${quoteLines(parent.text)}`;
    case 'apple-ios-nl':
      return `${own}\n\n${quoteLines(`${replyHeader('apple-nl', p.from, parent.date)}\n\n${parent.text}`)}`;
    case 'thunderbird-nl':
      return `${own}\n\n${replyHeader('thunderbird-nl', p.from, parent.date)}\n${quoteLines(parent.text)}`;
    case 'outlook-nl':
    case 'outlook-en':
      return `${own}\n\n${replyHeader(m.quote, p.from, parent.date, { to: p.to, subject: parent.subject })}\n\n${parent.text}`;
    case 'outlook-old-nl':
      return [
        own, '',
        '-----Oorspronkelijk bericht-----',
        `Van: ${p.from.name} [mailto:${p.from.address}]`,
        `Verzonden: ${nlLongDate(parent.date)}`,
        `Aan: ${p.to.map((x) => x.name).join('; ')}`,
        `Onderwerp: ${parent.subject}`,
        '', parent.text,
      ].join('\n');
    case 'roundcube-nl':
      return `${own}\n\nOp ${parent.date.toFormat('dd-LL-yyyy HH:mm')}, schreef ${p.from.name}:\n${quoteLines(parent.text)}`;
    default:
      return own;
  }
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Plain text → the HTML a webmail or Outlook would send: paragraphs, <br>, links, blockquote for ">" runs. */
function toHtml(text: string): string {
  const out: string[] = [];
  const lines = text.split('\n');
  let i = 0;
  while (i < lines.length) {
    if (lines[i]!.startsWith('>')) {
      const q: string[] = [];
      while (i < lines.length && lines[i]!.startsWith('>')) q.push(lines[i++]!.replace(/^> ?/, ''));
      out.push(`<blockquote type="cite" style="padding-left:5px;border-left:#1010ff 2px solid;margin-left:5px">${toHtml(q.join('\n'))}</blockquote>`);
      continue;
    }
    const para: string[] = [];
    while (i < lines.length && lines[i] !== '' && !lines[i]!.startsWith('>')) para.push(lines[i++]!);
    if (para.length) {
      const html = para
        .map((l) => escapeHtml(l).replace(/https?:\/\/[^\s<]+/g, (u) => `<a href="${u}">${u}</a>`))
        .join('<br>\n');
      out.push(`<p>${html}</p>`);
    } else i++;
  }
  return out.join('\n');
}

function htmlDocument(body: string): string {
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>\n<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n${body}\n</body></html>`;
}

function defaultCte(client: Client, text: string): TransferEncoding {
  if (client === 'spark') return 'base64';
  if (client === 'thunderbird') return /[^\x00-\x7f]/.test(text) ? '8bit' : '7bit';
  if (/[^\x00-\x7f]/.test(text) || /^.{77,}$/m.test(text)) return 'quoted-printable';
  return '7bit';
}

/** A small but valid one-page PDF (few hundred bytes) with the given title. */
export function tinyPdf(title: string): Buffer {
  const stream = `BT /F1 18 Tf 72 760 Td (${title}) Tj ET`;
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) pdf += `${String(off).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

function bodyPart(m: DemoMail, text: string): Part {
  const cte = m.cte ?? defaultCte(m.client, text);
  let part: Part;
  if (m.format === 'html-only') {
    part = textPart(htmlDocument(toHtml(text)), 'html', cte === '7bit' ? 'quoted-printable' : cte);
  } else if (m.format === 'alternative') {
    const b = `_000_${hash(`alt:${m.key}`).slice(0, 28)}_`;
    part = multipart('alternative', [textPart(text, 'plain', cte), textPart(htmlDocument(toHtml(text)), 'html', 'quoted-printable')], b);
  } else {
    part = textPart(text, 'plain', cte);
  }
  if (m.attachment) {
    const data = m.attachment.data.length ? m.attachment.data : tinyPdf('Kerstmenu 2026 - De Gouden Lepel');
    const b = `Apple-Mail=_${uuid(hash(`mix:${m.key}`)).toUpperCase()}`;
    part = multipart('mixed', [part, attachmentPart(m.attachment.filename, m.attachment.contentType, data)], b);
  }
  return part;
}

const isMe = (p: Person) => ME.includes(p.address);

/** Resolve every mail of every thread (in thread order, parents first). */
export function buildAll(): BuiltMail[] {
  const built = new Map<string, BuiltMail>();
  const all: BuiltMail[] = [];
  for (const thread of threads) {
    for (const mail of thread.mails) {
      if (built.has(mail.key)) throw new Error(`duplicate key ${mail.key}`);
      const parent = mail.parent ? built.get(mail.parent) : undefined;
      if (mail.parent && !parent) throw new Error(`${mail.key}: parent ${mail.parent} not defined before it`);
      const parsed = DateTime.fromFormat(mail.at, 'yyyy-MM-dd HH:mm', { zone: ZONE });
      if (!parsed.isValid) throw new Error(`${mail.key}: bad date ${mail.at}`);
      let date: DateTime = parsed.set({ second: parseInt(hash(`s:${mail.key}`).slice(0, 4), 16) % 50 });
      if (parent && date <= parent.date) date = parent.date.plus({ seconds: 4 + (parseInt(hash(mail.key).slice(0, 2), 16) % 6) });
      const messageId = messageIdFor(mail.client, mail.key, mail.from);
      const subject = mail.subject ?? replySubject(mail.client, parent?.subject ?? '');
      const dropRefs = mail.client === 'webmail-norefs';
      const references = parent && !dropRefs ? [...parent.references, parent.messageId].slice(-12) : [];
      const inReplyTo = parent && !dropRefs ? parent.messageId : undefined;
      const text = composeText(mail, parent);
      const b: BuiltMail = { mail, thread, date, messageId, inReplyTo, references, subject, text, raw: Buffer.alloc(0) };
      if (mail.raw) {
        b.raw = Buffer.from(mail.raw({ messageIdOf: (k) => built.get(k)!.messageId, date: rfc5322Date(date) }), 'utf8');
        b.messageId = /^Message-ID: (.*)$/m.exec(b.raw.toString('utf8'))?.[1] ?? messageId;
      } else {
        b.raw = renderRaw(b);
      }
      built.set(mail.key, b);
      all.push(b);
    }
  }
  return all;
}

function renderRaw(b: BuiltMail): Buffer {
  const m = b.mail;
  const incoming = !isMe(m.from);
  const automatedReturnPath = m.headers?.some(([k]) => k === 'Auto-Submitted');
  const headers: Array<[string, string | undefined]> = [
    ['Return-Path', incoming ? (automatedReturnPath ? '<>' : `<${m.from.address}>`) : undefined],
    ['Delivered-To', incoming ? (m.to.find(isMe) ?? joan).address : undefined],
    ['Date', rfc5322Date(b.date)],
    ['From', formatAddress(m.from)],
    ['To', formatAddressList(m.to)],
    ['Cc', m.cc?.length ? formatAddressList(m.cc) : undefined],
    ['Subject', headerText(b.subject)],
    ['Message-ID', b.messageId],
    ['In-Reply-To', b.inReplyTo],
    ['References', b.references.length ? b.references.join(' ') : undefined],
    ...(CLIENT_HEADERS[m.client] ?? []),
    ...(m.headers ?? []),
  ];
  return buildMessage(headers, bodyPart(m, b.text), EOL[m.client] ?? '\n');
}

/** The copy of an outgoing mail as delivered to the shared inbox: same bytes plus delivery headers. */
function inboxCopy(b: BuiltMail): Buffer {
  const d = rfc5322Date(b.date.plus({ seconds: 2 }));
  const prefix = `Delivered-To: ${info.address}\nReceived: by 2002:a05:6a10:8f0b:b0:5c4:1d2e:9a31 with SMTP id q11csp204117pxh;\n        ${d}\n`;
  return Buffer.concat([Buffer.from(prefix, 'utf8'), b.raw]);
}

// ---------------------------------------------------------------------------------------------
// Business hours, only to print the expected waits in the README (Mon–Fri 09:00–17:30; the
// demo period has no Dutch public holidays).

function businessHours(from: DateTime, to: DateTime): number {
  let total = 0;
  let day = from.startOf('day');
  while (day < to) {
    if (day.weekday <= 5) {
      const s = DateTime.max(day.set({ hour: 9 }), from);
      const e = DateTime.min(day.set({ hour: 17, minute: 30 }), to);
      if (e > s) total += e.diff(s, 'hours').hours;
    }
    day = day.plus({ days: 1 });
  }
  return total;
}

const fmtH = (h: number) => (Math.round(h * 10) / 10).toString();

function waitFor(rule: string, on: BuiltMail, all: BuiltMail[], now: DateTime): string {
  const later = all.filter((x) => x.thread === on.thread && x.date > on.date);
  if (rule === 'awaiting-reply' || rule === 'no-acknowledgement') {
    const firstOut = later.find((x) => isMe(x.mail.from));
    const end = firstOut ? firstOut.date : now;
    return `${fmtH(businessHours(on.date, end))} business h (${fmtH(end.diff(on.date, 'hours').hours)} wall h)`;
  }
  if (rule === 'slow-reply' || rule === 'late-without-apology') {
    const asked = all.find((x) => x.mail.key === on.mail.parent)!;
    return `${fmtH(businessHours(asked.date, on.date))} business h (${fmtH(on.date.diff(asked.date, 'hours').hours)} wall h)`;
  }
  if (rule === 'missing-aftercare') return `${fmtH(now.diff(on.date, 'days').days)} days ago`;
  return '';
}

// ---------------------------------------------------------------------------------------------

async function clean(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const f of await readdir(dir)) if (f !== '.gitkeep') await rm(join(dir, f));
}

function readme(all: BuiltMail[], files: number, now: DateTime): string {
  const byThread = new Map<DemoThread, BuiltMail[]>();
  for (const b of all) byThread.set(b.thread, [...(byThread.get(b.thread) ?? []), b]);
  const key = new Map(all.map((b) => [b.mail.key, b]));
  const rules = new Map<string, string[]>();
  const rows: string[] = [];
  let n = 0;
  for (const [thread, mails] of byThread) {
    n++;
    const exp = thread.expect.map((e) => {
      const on = key.get(e.on)!;
      const wait = waitFor(e.rule, on, all, now);
      const parts = [`**${e.rule}**${e.optional ? ' (optional)' : ''}`, e.status ? `status \`${e.status}\`` : '', `on ${on.mail.key}`, wait, e.evidence ? `“${e.evidence}”` : '', e.note ?? '']
        .filter(Boolean);
      if (!e.optional) rules.set(e.rule, [...(rules.get(e.rule) ?? []), `${n}. ${thread.id} (${e.status ?? on.mail.key})`]);
      return parts.join(' · ');
    });
    const first = mails[0]!;
    rows.push(
      `### ${n}. ${thread.id}: “${first.subject}”\n\n${thread.story}\n\n` +
        `Messages (${mails.length}): ${mails.map((b) => `${b.mail.key} (${b.date.toFormat('ccc d LLL HH:mm')}${isMe(b.mail.from) ? ', out' : ''})`).join(', ')}\n\n` +
        `- Expected: ${exp.length ? `\n  - ${exp.join('\n  - ')}` : 'no findings.'}\n` +
        (thread.ignore ? `- Must not report: ${thread.ignore}\n` : ''),
    );
  }
  const ruleIds = ['unanswered-question', 'awaiting-reply', 'slow-reply', 'no-acknowledgement', 'broken-promise', 'late-without-apology', 'missing-aftercare'];
  const summary = ruleIds.map((r) => `| \`${r}\` | ${(rules.get(r) ?? []).join('<br>')} |`).join('\n');
  return `# The demo mailbox: Prinsweb, one working week

Generated by \`scripts/build-demo.ts\` from \`scripts/demo/threads.ts\` — edit those, not the files here.
Rebuild: \`npx tsc -p . && node dist/scripts/build-demo.js\`.

Prinsweb is a two-person web studio in Utrecht: Joan Prins (\`joan@prinsweb.example\`, also reads the
shared \`info@prinsweb.example\`) and her colleague Sander de Vries (\`sander@prinsweb.example\`). This is
an export of Joan's mailbox, incoming and sent mail together, as a Maildir: the working week of
Monday 9 to Friday 13 November 2026, the week before it, and two website deliveries from late October
(for \`missing-aftercare\`). Customers write in Dutch and English from Gmail, Outlook (CRLF, HTML + text,
"Van: … Verzonden: …"), Apple Mail on iPhone and Mac, Thunderbird, an HTML-only webmail, Spark (base64)
and a webmail that drops \`In-Reply-To\`/\`References\`.

- \`Maildir/cur/\`, \`Maildir/new/\` (unread), \`Maildir/tmp/\`: ${files} files, ${all.length} distinct messages
  (one outgoing mail is stored twice: the Sent copy and the copy delivered to info@), ${byThread.size} threads.
- \`replycheck.config.json\`: \`me\`, \`internalDomains\`, \`checkInternal: false\`; \`clock.json\`: the demo's
  \`now\` = \`${DEMO_NOW}\` (Monday 08:30), which \`--demo\` uses unless \`--now\` says otherwise. Business hours are the defaults (Mon–Fri 09:00–17:30, Europe/Amsterdam).
- \`expected.json\`: the same expectations as below, by Message-ID, for tests.

Waits below are computed with the default business hours (8.5 h a day, no holidays in this period).

## Where each rule fires

| rule | threads |
| --- | --- |
${summary}

Noise that must produce nothing: a newsletter (List-Unsubscribe, Precedence: bulk), a mailing-list
mail with questions (List-Id), an out-of-office auto-reply (Auto-Submitted), a bounce
(multipart/report from mailer-daemon), a noreply@ and a notifications@ message, closing messages
("Top, dank je wel!", "Thanks, that's all!", "Duidelijk, bedankt."), internal mail from Sander, a "?"
inside URLs, a question that appears only in quoted text, and three questions answered inline.

## Threads

${rows.join('\n')}`;
}

export async function buildDemo(outDir: string): Promise<{ files: number; messages: number; threads: number }> {
  const all = buildAll();
  const now = DateTime.fromISO(DEMO_NOW, { zone: ZONE });
  const maildir = join(outDir, 'Maildir');
  for (const sub of ['cur', 'new', 'tmp']) await clean(join(maildir, sub));
  await writeFile(join(maildir, 'tmp', '.gitkeep'), '');
  const sorted = [...all].sort((a, b) => a.date.toMillis() - b.date.toMillis());
  let seq = 0;
  let files = 0;
  for (const b of sorted) {
    if (b.date > now) throw new Error(`${b.mail.key} is after now`);
    const unix = Math.floor(b.date.toSeconds());
    const name = `${unix}.${++seq}.demo`;
    if (b.mail.unread) await writeFile(join(maildir, 'new', name), b.raw);
    else await writeFile(join(maildir, 'cur', `${name}:2,S`), b.raw);
    files++;
    if (b.mail.inboxCopy) {
      await writeFile(join(maildir, 'cur', `${unix + 2}.${++seq}.demo:2,S`), inboxCopy(b));
      files++;
    }
  }
  const config = { me: ME, internalDomains: ['prinsweb.example'], checkInternal: false };
  await writeFile(join(outDir, 'replycheck.config.json'), `${JSON.stringify(config, null, 2)}\n`);
  // the demo's own clock, beside (not inside) its config: the config must pass the validator as a user's would
  await writeFile(join(outDir, 'clock.json'), `${JSON.stringify({ now: DEMO_NOW }, null, 2)}\n`);
  const byKey = new Map(all.map((b) => [b.mail.key, b]));
  const expected = {
    now: DEMO_NOW,
    threads: threads.map((t) => {
      const ms = all.filter((b) => b.thread === t);
      return {
        id: t.id,
        subject: ms[0]!.subject,
        rootMessageId: ms[0]!.messageId,
        messageIds: ms.map((b) => b.messageId),
        expect: t.expect.map((e) => ({
          ruleId: e.rule,
          messageId: byKey.get(e.on)!.messageId,
          ...(e.evidence ? { evidence: e.evidence } : {}),
          ...(e.status ? { status: e.status } : {}),
          ...(e.optional ? { optional: true } : {}),
        })),
      };
    }),
  };
  await writeFile(join(outDir, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
  await writeFile(join(outDir, 'README.md'), readme(all, files, now));
  return { files, messages: all.length, threads: threads.length };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  // dist/scripts/build-demo.js → <root>/fixtures/demo
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const out = process.argv[2] ? resolve(process.argv[2]) : join(root, 'fixtures', 'demo');
  buildDemo(out).then(
    (r) => console.log(`demo mailbox: ${r.files} files, ${r.messages} messages, ${r.threads} threads → ${out}`),
    (e) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
