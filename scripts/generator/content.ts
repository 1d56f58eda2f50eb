/** Who writes the generated mail and what they write: personas and message bodies. */
import type { Person } from '../lib/mailwriter.js';
import type { Prng } from './prng.js';
import { COMPANIES, FIRST_NAMES, LAST_NAMES, POOLS, logLine } from './phrases.js';
import type { Lang } from './phrases.js';

export type GenClient = 'gmail' | 'outlook' | 'apple' | 'thunderbird' | 'spark' | 'webmail-html' | 'norefs';

export interface Persona {
  person: Person;
  first: string;
  lang: Lang;
  client: GenClient;
  sig: string;
  domain: string;
  isMe: boolean;
  internal: boolean;
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '');
}

/** Me: the first configured address; my signature and Gmail as client. */
export function mePersona(address: string): Persona {
  const local = address.split('@')[0]!;
  const first = local.charAt(0).toUpperCase() + local.slice(1).replace(/[._-].*$/, '');
  const domain = address.split('@')[1]!;
  return {
    person: { name: `${first} Prins`, address },
    first,
    lang: 'nl',
    client: 'gmail',
    sig: `-- \n${first} Prins\n${domain}\n030 220 1948`,
    domain,
    isMe: true,
    internal: false,
  };
}

export function colleaguePersona(meDomain: string): Persona {
  return {
    person: { name: 'Sander de Vries', address: `sander@${meDomain}` },
    first: 'Sander',
    lang: 'nl',
    client: 'outlook',
    sig: 'Sander de Vries\n030 220 1948',
    domain: meDomain,
    isMe: false,
    internal: true,
  };
}

/** A customer with a stable name, company domain, mail client and signature. */
export function customerPersona(rng: Prng, index: number): Persona {
  const lang: Lang = rng.chance(0.68) ? 'nl' : 'en';
  const first = rng.pick(FIRST_NAMES[lang]);
  const last = rng.pick(LAST_NAMES[lang]);
  const kind = rng.pick(COMPANIES[lang]);
  const company = lang === 'nl' ? `${kind} ${last.replace(/^(de|van|el) /, '').replace(/^\w/, (c) => c.toUpperCase())}` : `${last} ${kind}`;
  const domain = `${slug(company)}${index}.example`;
  const client = rng.weighted<GenClient>([['gmail', 30], ['outlook', 28], ['apple', 18], ['thunderbird', 6], ['spark', 6], ['webmail-html', 6], ['norefs', 6]]);
  const address = rng.chance(0.7) ? `${slug(first)}@${domain}` : `${slug(first).charAt(0)}.${slug(last)}@${domain}`;
  const sigStyle = rng.int(0, 3);
  const sig =
    client === 'apple' && sigStyle < 2
      ? lang === 'nl' ? 'Verstuurd vanaf mijn iPhone' : 'Sent from my iPhone'
      : sigStyle === 3
        ? ''
        : `${client === 'gmail' || client === 'thunderbird' ? '-- \n' : ''}${first} ${last}\n${company}\n${lang === 'nl' ? 'T' : 'Phone'} 0${rng.int(10, 79)} ${rng.int(100, 999)} ${rng.int(1000, 9999)}\nhttps://www.${domain}`;
  return { person: { name: `${first} ${last}`, address }, first, lang, client, sig, domain, isMe: false, internal: false };
}

export interface Slots {
  first: string;
  site: string;
}

/** Fill {slots} with random but plausible values. */
export function fill(rng: Prng, lang: Lang, s: string, slots: Slots): string {
  const p = POOLS[lang];
  return s.replace(/\{(\w+)\}/g, (_m, k: string) => {
    switch (k) {
      case 'first':
        return slots.first;
      case 'page':
        return rng.pick(p.pages);
      case 'feature':
        return rng.pick(p.features);
      case 'Feature': {
        const f = rng.pick(p.features);
        return f.charAt(0).toUpperCase() + f.slice(1);
      }
      case 'day':
        return rng.pick(p.days);
      case 'price':
        return String(rng.int(3, 40) * 25);
      case 'url':
        return rng.chance(0.3) ? `https://${slots.site}/?p=${rng.int(2, 900)}` : `https://${slots.site}/${rng.pick(['nieuws', 'contact', 'over-ons', 'shop', 'blog'])}`;
      default:
        return k;
    }
  });
}

export type Role = 'first-in' | 'first-out' | 'reply-out' | 'reply-in' | 'nudge-in' | 'internal';

export interface BodyOptions {
  role: Role;
  lang: Lang;
  author: Persona;
  reader: Persona;
  site: string;
  /** Business-day-ish gap since the message being answered, in hours. */
  gapHours: number;
  /** Make this one of the rare very long mails (~50 KB pasted log). */
  huge: boolean;
  dateLabel: string;
}

/** The author's own text of one message: greeting, paragraphs, sign-off, signature. */
export function composeBody(rng: Prng, o: BodyOptions): string {
  const p = POOLS[o.lang];
  const slots: Slots = { first: o.reader.first, site: o.site };
  const f = (s: string) => fill(rng, o.lang, s, slots);
  const paras: string[] = [];
  const greet = rng.chance(0.92);
  if (greet) paras.push(f(rng.pick(p.greetings)));

  if (o.role === 'reply-in' && rng.chance(0.35)) {
    // A short closing: "Top, dank je wel!"
    const lines = [rng.pick(p.closings)];
    return withSig(lines.concat([o.author.first]).join('\n\n'), o.author);
  }
  if (o.role === 'nudge-in') {
    paras.push(rng.pick(p.followUps));
  } else if (o.role === 'first-in' || o.role === 'reply-in' || o.role === 'internal') {
    if (rng.chance(0.35)) paras.push(rng.pick(p.openers));
    const body: string[] = [];
    for (let i = rng.int(1, 3); i > 0; i--) body.push(f(rng.pick(p.statements)));
    paras.push(body.join(' '));
    for (let i = rng.weighted([[0, 3], [1, 4], [2, 2], [3, 1]]); i > 0; i--) paras.push(f(rng.pick(p.details)));
    const nq = rng.weighted([[0, 3], [1, 5], [2, 3], [3, 1]]);
    const qs = rng.sample(p.questions, nq).map(f);
    if (qs.length) paras.push(qs.join(' '));
  } else {
    // Mine: a first message or a reply.
    if (o.role === 'reply-out' && o.gapHours > 20 && rng.chance(0.55)) paras.push(rng.pick(p.apologies));
    if (o.role === 'reply-out' && rng.chance(0.12)) {
      paras.push(rng.pick(p.holding));
    } else {
      const ans: string[] = [];
      for (let i = rng.int(1, 3); i > 0; i--) ans.push(f(rng.pick(p.answers)));
      paras.push(ans.join(' '));
      if (o.role === 'first-out' && rng.chance(0.3)) paras.push(f(rng.pick(p.delivered)));
      if (rng.chance(0.06)) paras.push(rng.pick(p.checkins));
    }
    if (rng.chance(0.25)) paras.push(f(rng.pick(p.promises)));
    if (rng.chance(0.2)) paras.push(f(rng.pick(p.questions)));
  }
  if (o.huge) paras.push(hugePaste(rng, o.dateLabel, o.lang));
  paras.push(`${rng.pick(p.signoffs)}\n${o.author.first}`);
  return withSig(paras.join('\n\n'), o.author);
}

function withSig(text: string, a: Persona): string {
  return a.sig ? `${text}\n\n${a.sig}` : text;
}

/** ~50 KB pasted server log, the kind customers paste into a mail. */
function hugePaste(rng: Prng, dateLabel: string, lang: Lang): string {
  const n = rng.int(560, 640);
  const lines = [lang === 'nl' ? 'Hieronder de foutmeldingen uit het logboek:' : 'Here is the error log:', ''];
  for (let i = 0; i < n; i++) lines.push(logLine(i, `${dateLabel} ${String(8 + (i % 10)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}`));
  return lines.join('\n');
}

export function subjectFor(rng: Prng, lang: Lang, site: string): string {
  return fill(rng, lang, rng.pick(POOLS[lang].subjects), { first: '', site });
}
