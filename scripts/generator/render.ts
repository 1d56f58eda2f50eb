/** Turns generated message content into raw RFC 5322 bytes, the way each mail client would. */
import { DateTime, FixedOffsetZone } from 'luxon';
import {
  attachmentPart, buildMessage, formatAddress, formatAddressList, headerText, multipart, quoteLines, replyHeader, rfc5322Date,
  textPart,
} from '../lib/mailwriter.js';
import type { Part, Person, TransferEncoding } from '../lib/mailwriter.js';
import type { GenClient, Persona } from './content.js';
import type { Prng } from './prng.js';
import type { Lang } from './phrases.js';

export const ZONE = 'Europe/Amsterdam';

const offsetCache = new Map<number, number>();

/**
 * The instant `ms` as local Amsterdam time. Luxon's IANA zones ask Intl for every conversion, which
 * was most of the generator's run time; DST changes fall on whole UTC hours, so the offset is cached
 * per UTC hour and the DateTime gets a fixed-offset zone (exact for formatting Date headers).
 */
export function local(ms: number): DateTime {
  const h = Math.floor(ms / 3_600_000);
  let off = offsetCache.get(h);
  if (off === undefined) {
    off = DateTime.fromMillis(h * 3_600_000, { zone: ZONE }).offset;
    offsetCache.set(h, off);
  }
  return DateTime.fromMillis(ms, { zone: FixedOffsetZone.instance(off) }) as DateTime;
}

export interface Draft {
  from: Persona;
  to: Persona[];
  cc?: Persona[];
  subject: string;
  date: DateTime;
  messageId: string;
  inReplyTo?: string;
  references: string[];
  /** Full plain text: own text plus the quoted parent. */
  text: string;
  lang: Lang;
  attachment?: { filename: string; contentType: string; data: Buffer };
  extraHeaders?: Array<[string, string]>;
}

const NON_ASCII = /[^\x00-\x7f]/;

/** The parent quoted the way the replying client does it. */
export function quoteParent(client: GenClient, lang: Lang, own: string, parent: { from: Person; to: Person[]; date: DateTime; subject: string; text: string }): string {
  const q = parent.text.length > 30000 ? `${parent.text.slice(0, 30000)}\n[…]` : parent.text;
  switch (client) {
    case 'outlook':
    case 'norefs':
      return `${own}\n\n${replyHeader(lang === 'nl' ? 'outlook-nl' : 'outlook-en', parent.from, parent.date, { to: parent.to, subject: parent.subject })}\n\n${q}`;
    case 'apple':
    case 'spark':
      return `${own}\n\n${replyHeader(lang === 'nl' ? 'apple-nl' : 'apple-en', parent.from, parent.date)}\n\n${quoteLines(q)}`;
    case 'thunderbird':
      return `${own}\n\n${replyHeader(lang === 'nl' ? 'thunderbird-nl' : 'gmail-en', parent.from, parent.date)}\n${quoteLines(q)}`;
    default:
      return `${own}\n\n${replyHeader(lang === 'nl' ? 'gmail-nl' : 'gmail-en', parent.from, parent.date)}\n\n${quoteLines(q)}`;
  }
}

export function replyPrefix(client: GenClient, lang: Lang): string {
  if (client === 'norefs') return lang === 'nl' ? 'Antw: ' : 'RE: ';
  if (client === 'outlook') return 'RE: ';
  return 'Re: ';
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Plain text to simple HTML (paragraphs, <br>, ">" runs as blockquote). */
export function textToHtml(text: string): string {
  const out: string[] = [];
  let quote: string[] = [];
  const flush = () => {
    if (quote.length) out.push(`<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">${textToHtml(quote.join('\n'))}</blockquote>`);
    quote = [];
  };
  for (const para of text.split('\n\n')) {
    const lines = para.split('\n');
    if (lines.every((l) => l.startsWith('>'))) {
      quote.push(...lines.map((l) => l.replace(/^> ?/, '')), '');
      continue;
    }
    flush();
    out.push(`<div>${lines.map(escapeHtml).join('<br>')}</div><div><br></div>`);
  }
  flush();
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="auto">${out.join('\n')}</body></html>`;
}

function cteFor(client: GenClient, text: string): TransferEncoding {
  if (client === 'spark') return 'base64';
  if (client === 'thunderbird') return NON_ASCII.test(text) ? '8bit' : '7bit';
  if (NON_ASCII.test(text) || /^.{77,}$/m.test(text)) return 'quoted-printable';
  return '7bit';
}

/** How often each client sends text + HTML (multipart/alternative) rather than text only. */
const ALTERNATIVE_SHARE: Partial<Record<GenClient, number>> = { gmail: 0.85, outlook: 0.95, apple: 0.5, spark: 0.6 };

const CLIENT_HEADERS: Partial<Record<GenClient, Array<[string, string]>>> = {
  outlook: [['X-Mailer', 'Microsoft Outlook 16.0'], ['Thread-Index', 'AQHZ']],
  apple: [['X-Mailer', 'iPhone Mail (22B91)']],
  thunderbird: [['User-Agent', 'Mozilla Thunderbird']],
  'webmail-html': [['User-Agent', 'Roundcube Webmail/1.6.9']],
  norefs: [['X-Mailer', 'Kantoor Webmail 4.2']],
};

/** Received + DKIM lines as an incoming message would carry them; they make up much of real header size. */
function transportHeaders(rng: Prng, d: Draft, incoming: boolean): Array<[string, string]> {
  if (!incoming) return [];
  const when = rfc5322Date(d.date.plus({ seconds: rng.int(1, 20) }));
  const ip = `203.0.113.${rng.int(2, 250)}`;
  const h: Array<[string, string]> = [
    ['Return-Path', `<${d.from.person.address}>`],
    ['Delivered-To', d.to[0]!.person.address],
    ['Received', `from mail.${d.from.domain} (mail.${d.from.domain} [${ip}]) by mx1.${d.to[0]!.domain} (Postfix) with ESMTPS id ${rng.hex(10).toUpperCase()} for <${d.to[0]!.person.address}>; ${when}`],
    ['Received', `by mail.${d.from.domain} with SMTP id ${rng.hex(16)}; ${rfc5322Date(d.date)}`],
  ];
  const b64 = (bytes: number) => Buffer.from(rng.hex(bytes * 2), 'hex').toString('base64');
  const folded = (v: string) => v.replace(/.{1,64}/g, '$& ').trim();
  const t = Math.floor(d.date.toSeconds());
  const dom = d.from.domain;
  h.push(['Received-SPF', `pass (mx1.${d.to[0]!.domain}: domain of ${d.from.person.address} designates ${ip} as permitted sender) client-ip=${ip};`]);
  h.push(['Authentication-Results', `mx1.${d.to[0]!.domain}; dkim=pass header.d=${dom} header.s=mail header.b=${b64(6)}; spf=pass (mx1.${d.to[0]!.domain}: domain of ${d.from.person.address} designates ${ip} as permitted sender) smtp.mailfrom=${d.from.person.address}; dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=${dom}`]);
  if (rng.chance(0.5)) {
    // Forwarded through a relay that adds an ARC set: real mail often carries 2–4 KB of these.
    h.push(['ARC-Seal', `i=1; a=rsa-sha256; t=${t}; cv=none; d=${d.to[0]!.domain}; s=arc-20240605; b=${folded(b64(256))}`]);
    h.push(['ARC-Message-Signature', `i=1; a=rsa-sha256; c=relaxed/relaxed; d=${d.to[0]!.domain}; s=arc-20240605; h=to:subject:message-id:date:from:mime-version:dkim-signature; bh=${b64(32)}; b=${folded(b64(256))}`]);
    h.push(['ARC-Authentication-Results', `i=1; mx1.${d.to[0]!.domain}; dkim=pass header.d=${dom}; spf=pass smtp.mailfrom=${d.from.person.address}; dmarc=pass header.from=${dom}`]);
  }
  if (rng.chance(0.7)) {
    h.push(['DKIM-Signature', `v=1; a=rsa-sha256; c=relaxed/relaxed; d=${dom}; s=mail; t=${t}; h=from:to:subject:date:message-id:mime-version:content-type; bh=${b64(32)}; b=${folded(b64(256))}`]);
  }
  return h;
}

export function render(rng: Prng, d: Draft): Buffer {
  const client = d.from.client;
  const incoming = !d.from.isMe;
  let part: Part;
  const cte = cteFor(client, d.text);
  if (client === 'webmail-html') {
    part = textPart(textToHtml(d.text), 'html', 'quoted-printable');
  } else if (rng.chance(ALTERNATIVE_SHARE[client] ?? 0)) {
    part = multipart('alternative', [textPart(d.text, 'plain', cte), textPart(textToHtml(d.text), 'html', 'quoted-printable')], `_000_${rng.hex(32)}_`);
  } else {
    part = textPart(d.text, 'plain', cte);
  }
  if (d.attachment) {
    part = multipart('mixed', [part, attachmentPart(d.attachment.filename, d.attachment.contentType, d.attachment.data)], `----=_Part_${rng.int(1000, 99999)}_${rng.hex(12)}`);
  }
  const headers: Array<[string, string | undefined]> = [
    ...transportHeaders(rng, d, incoming),
    ['Date', rfc5322Date(d.date)],
    ['From', formatAddress(d.from.person)],
    ['To', formatAddressList(d.to.map((p) => p.person))],
    ['Cc', d.cc?.length ? formatAddressList(d.cc.map((p) => p.person)) : undefined],
    ['Subject', headerText(d.subject)],
    ['Message-ID', d.messageId],
    ['In-Reply-To', d.inReplyTo],
    ['References', d.references.length ? d.references.join(' ') : undefined],
    ...(CLIENT_HEADERS[client] ?? []),
    ...(d.extraHeaders ?? []),
  ];
  return buildMessage(headers, part);
}

/** A newsletter: multipart/alternative with a table-heavy HTML part and the list headers. */
export function renderNewsletter(rng: Prng, o: { from: Person; to: Person; date: DateTime; messageId: string; lang: Lang; issue: number }): Buffer {
  const nl = o.lang === 'nl';
  const items = Array.from({ length: rng.int(4, 9) }, (_, i) =>
    nl
      ? { t: `Artikel ${i + 1}: ${rng.pick(['Vijf tips voor snellere sites', 'Wat verandert er aan de btw?', 'Zo schrijf je een goede productpagina', 'Toegankelijkheid: ben jij er klaar voor?', 'Webinar: SEO in 2027'])}`, b: 'Lees in drie minuten wat dit voor jouw bedrijf betekent en hoe je er vandaag mee aan de slag gaat. Wil je meer weten? Kijk op onze site.' }
      : { t: `Story ${i + 1}: ${rng.pick(['Five tips for faster sites', 'What changes in e-commerce law?', 'How to write a product page', 'Accessibility: are you ready?', 'Webinar: SEO in 2027'])}`, b: 'Read in three minutes what this means for your business and how to get started today. Want to know more? Visit our site.' },
  );
  const base = `https://${o.from.address.split('@')[1]}`;
  const text = [
    `${nl ? 'Nieuwsbrief' : 'Newsletter'} #${o.issue}`,
    '',
    ...items.flatMap((it, i) => [it.t, it.b, `${base}/a/${o.issue}/${i}?utm_source=mail&utm_medium=newsletter`, '']),
    nl ? 'Afmelden? Klik hier: ' : 'Unsubscribe: ',
    `${base}/unsubscribe?u=${rng.hex(12)}`,
  ].join('\n');
  const rows = items
    .map((it, i) => `<tr><td style="padding:16px 24px;font-family:Arial,sans-serif"><h2 style="font-size:18px;color:#1a1a1a;margin:0 0 8px">${escapeHtml(it.t)}</h2><p style="font-size:14px;line-height:22px;color:#444;margin:0 0 12px">${escapeHtml(it.b)}</p><a href="${base}/a/${o.issue}/${i}?utm_source=mail&amp;utm_medium=newsletter" style="background:#0a66c2;color:#fff;padding:8px 14px;border-radius:4px;text-decoration:none">${nl ? 'Lees verder' : 'Read more'}</a></td></tr>`)
    .join('\n');
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{margin:0;background:#f4f4f4}table{border-collapse:collapse}</style></head><body><table width="100%" bgcolor="#f4f4f4"><tr><td align="center"><table width="600" bgcolor="#ffffff">\n${rows}\n<tr><td style="padding:24px;font-size:12px;color:#888"><a href="${base}/unsubscribe">${nl ? 'Afmelden' : 'Unsubscribe'}</a></td></tr></table></td></tr></table><img src="${base}/open/${rng.hex(16)}.gif" width="1" height="1" alt=""></body></html>`;
  const part = multipart('alternative', [textPart(text, 'plain', 'quoted-printable'), textPart(html, 'html', 'quoted-printable')], `b1_${rng.hex(24)}`);
  const listId = `${o.from.address.split('@')[1]}`;
  return buildMessage(
    [
      ['Return-Path', `<bounce-${rng.hex(10)}@${listId}>`],
      ['Date', rfc5322Date(o.date)],
      ['From', formatAddress(o.from)],
      ['To', o.to.address],
      ['Subject', headerText(items[0]!.t)],
      ['Message-ID', o.messageId],
      ['List-Id', `<news.${listId}>`],
      ['List-Unsubscribe', `<${base}/unsubscribe?u=${rng.hex(12)}>, <mailto:unsubscribe@${listId}>`],
      ['List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'],
      ['Precedence', 'bulk'],
      ['X-Mailer', 'Mailchimp Mailer'],
    ],
    part,
  );
}

/** A noreply / notifications@ message. */
export function renderNotification(rng: Prng, o: { from: Person; to: Person; date: DateTime; messageId: string; lang: Lang }): Buffer {
  const nl = o.lang === 'nl';
  const n = rng.int(1000, 9999);
  const subject = nl ? rng.pick([`Factuur ${n} is betaald`, `Nieuwe bestelling #${n}`, 'Uw domeinnaam wordt over 30 dagen verlengd', 'Back-up voltooid']) : rng.pick([`Invoice ${n} has been paid`, `New order #${n}`, 'Your domain renews in 30 days', 'Backup completed']);
  const text = nl
    ? `${subject}.\n\nBekijk de details in je account: https://app.${o.from.address.split('@')[1]}/items?id=${n}\n\nWil je deze meldingen niet meer ontvangen? Pas je instellingen aan.\n\nDit is een automatisch bericht, je kunt hier niet op antwoorden.`
    : `${subject}.\n\nSee the details in your account: https://app.${o.from.address.split('@')[1]}/items?id=${n}\n\nDon't want these notifications? Change your settings.\n\nThis is an automated message, please do not reply.`;
  return buildMessage(
    [
      ['Return-Path', `<bounces+${rng.hex(8)}@${o.from.address.split('@')[1]}>`],
      ['Date', rfc5322Date(o.date)],
      ['From', formatAddress(o.from)],
      ['To', o.to.address],
      ['Subject', headerText(subject)],
      ['Message-ID', o.messageId],
      ['Auto-Submitted', 'auto-generated'],
    ],
    rng.chance(0.5) ? textPart(text, 'plain', 'quoted-printable') : textPart(textToHtml(text), 'html', 'quoted-printable'),
  );
}

/** An out-of-office reply to one of my messages. */
export function renderAutoReply(rng: Prng, o: { from: Persona; to: Person; date: DateTime; messageId: string; inReplyTo: string; subject: string; lang: Lang }): Buffer {
  const nl = o.lang === 'nl';
  const back = o.date.plus({ days: rng.int(2, 14) }).setLocale(nl ? 'nl' : 'en-GB').toFormat('cccc d LLLL');
  const text = nl
    ? `Ik ben afwezig tot en met ${back} en lees mijn e-mail dan niet. Voor dringende zaken kunt u bellen met 030 ${rng.int(100, 999)} ${rng.int(1000, 9999)}.\n\nMet vriendelijke groet,\n${o.from.person.name}`
    : `I am out of the office until ${back} with limited access to email. For urgent matters please call +31 30 ${rng.int(100, 999)} ${rng.int(1000, 9999)}.\n\nKind regards,\n${o.from.person.name}`;
  return buildMessage(
    [
      ['Return-Path', '<>'],
      ['Date', rfc5322Date(o.date)],
      ['From', formatAddress(o.from.person)],
      ['To', formatAddress(o.to)],
      ['Subject', headerText(`${nl ? 'Automatisch antwoord' : 'Automatic reply'}: ${o.subject}`)],
      ['Message-ID', o.messageId],
      ['In-Reply-To', o.inReplyTo],
      ['References', o.inReplyTo],
      ['Auto-Submitted', 'auto-replied'],
      ['X-Autoreply', 'yes'],
    ],
    textPart(text, 'plain', 'quoted-printable'),
  );
}

/** A delivery status report (RFC 3464) for one of my messages. */
export function renderBounce(rng: Prng, o: { to: Person; failed: string; date: DateTime; messageId: string; original: string; subject: string }): Buffer {
  const b = `${rng.hex(8)}.${Math.floor(o.date.toSeconds())}/mx1.example`;
  const when = rfc5322Date(o.date);
  const body = [
    `--${b}`,
    'Content-Description: Notification',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'This is the mail system at host mx1.example.',
    '',
    "I'm sorry to have to inform you that your message could not",
    'be delivered to one or more recipients.',
    '',
    `<${o.failed}>: host mx.${o.failed.split('@')[1]} said: 550 5.1.1 User unknown`,
    '',
    `--${b}`,
    'Content-Description: Delivery report',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx1.example',
    `Arrival-Date: ${when}`,
    '',
    `Final-Recipient: rfc822; ${o.failed}`,
    'Action: failed',
    'Status: 5.1.1',
    'Diagnostic-Code: smtp; 550 5.1.1 User unknown',
    '',
    `--${b}`,
    'Content-Description: Undelivered Message Headers',
    'Content-Type: text/rfc822-headers',
    '',
    `From: ${formatAddress(o.to)}`,
    `To: ${o.failed}`,
    `Subject: ${headerText(o.subject)}`,
    `Message-ID: ${o.original}`,
    '',
    `--${b}--`,
    '',
  ].join('\n');
  return buildMessage(
    [
      ['Return-Path', '<>'],
      ['Date', when],
      ['From', 'MAILER-DAEMON@mx1.example (Mail Delivery System)'],
      ['To', o.to.address],
      ['Subject', 'Undelivered Mail Returned to Sender'],
      ['Message-ID', o.messageId],
      ['Auto-Submitted', 'auto-replied'],
    ],
    { headers: [['Content-Type', `multipart/report; report-type=delivery-status; boundary="${b}"`]], body },
  );
}

/** Small pseudo-random attachment bytes (not meant to open; size and encoding are what matter). */
export function attachmentFor(rng: Prng, lang: Lang): { filename: string; contentType: string; data: Buffer } {
  const kind = rng.weighted([['pdf', 5], ['png', 3], ['ics', 1], ['docx', 1]] as const);
  const size = kind === 'ics' ? rng.int(600, 1200) : rng.int(2000, 40000);
  const words = new Uint32Array(Math.ceil(size / 4));
  for (let i = 0; i < words.length; i++) words[i] = rng.next() * 0x100000000;
  const data = Buffer.from(words.buffer, 0, size);
  const head = { pdf: '%PDF-1.4\n', png: '\x89PNG\r\n\x1a\n', ics: 'BEGIN:VCALENDAR\r\n', docx: 'PK\x03\x04' }[kind];
  data.write(head, 0, 'latin1');
  const names = {
    pdf: lang === 'nl' ? 'offerte.pdf' : 'proposal.pdf',
    png: 'screenshot.png',
    ics: 'uitnodiging.ics',
    docx: lang === 'nl' ? 'teksten-website.docx' : 'website-copy.docx',
  };
  const types = { pdf: 'application/pdf', png: 'image/png', ics: 'text/calendar', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };
  return { filename: names[kind], contentType: types[kind], data };
}

