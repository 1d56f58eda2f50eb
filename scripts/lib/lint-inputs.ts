/**
 * Drafts that `lint` must get through quickly, shared by the hang guard (test/lint/speed.test.ts) and the
 * `lint-worst` row of `npm run bench`: every draft of the fixtures, drafts with absurd dates (in the Date header, in
 * the reply header above the quote, as --now), pasted walls of text (capitals, reproaches, promises: repeated and
 * varied, Dutch and English), drafts made of the fuzz corpus (scripts/lib/fuzz-corpus.ts) and the drafts of
 * eval/drafts (run only: their labels are never read here).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../src/meta.js';
import { fuzzCorpus } from './fuzz-corpus.js';
import { mulberry32 } from './mulberry32.js';

export interface LintInput {
  name: string;
  raw: Buffer;
  /** The clock; with `nowGiven` it is --now and overrides the draft's own Date. */
  now: Date;
  nowGiven: boolean;
  /** --reply-to: the message the draft answers. */
  replyTo?: string;
}

/** Every draft file of fixtures/lint and of the draft cases in fixtures/rules. */
export function fixtureDraftFiles(): string[] {
  const files = readdirSync(join(ROOT, 'fixtures', 'lint')).filter((f) => f.startsWith('draft-')).map((f) => join(ROOT, 'fixtures', 'lint', f));
  const rulesDir = join(ROOT, 'fixtures', 'rules');
  for (const rule of readdirSync(rulesDir))
    for (const c of readdirSync(join(rulesDir, rule)).filter((d) => d.startsWith('draft-')))
      for (const f of ['draft.eml', 'draft.txt']) if (existsSync(join(rulesDir, rule, c, f))) files.push(join(rulesDir, rule, c, f));
  return files;
}

/** The clocks a draft is judged at: the real one (its own Date counts), a fixed --now, and one long ago. */
export const NOWS: Array<[Date, boolean]> = [
  [new Date(), false],
  [new Date('2026-03-05T16:00:00+01:00'), true],
  [new Date('1990-01-01T00:00:00Z'), true],
];

export function fixtureDrafts(): LintInput[] {
  return fixtureDraftFiles().flatMap((file) =>
    NOWS.map(([now, nowGiven]) => ({ name: `${file.slice(ROOT.length + 1)} @${nowGiven ? now.toISOString().slice(0, 10) : 'clock'}`, raw: readFileSync(file), now, nowGiven })),
  );
}

/** A reply by Joan to Jan with one promise, the given Date header (none when undefined) and attribution line. */
export function replyDraft(date: string | undefined, attribution: string): Buffer {
  return Buffer.from(
    [
      'From: Joan Prins <joan@prinsweb.example>',
      'To: Jan de Vries <jan.devries@klant.example>',
      'Subject: Re: Offerte',
      ...(date === undefined ? [] : [`Date: ${date}`]),
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=UTF-8',
      '',
      'Hoi Jan,',
      '',
      'De website kost ongeveer 6.500 euro. Ik kom er nog op terug wanneer we kunnen beginnen.',
      '',
      'Groet,',
      'Joan',
      '',
      attribution,
      '> Wat kost de website? En wanneer kunnen jullie beginnen?',
      '',
    ].join('\n'),
  );
}

export const ABSURD_DATES = [undefined, 'Mon, 2 Mar 2026 11:40:00 +0100', 'Mon, 2 Mar 0100 09:14:00 +0100', 'Fri, 31 Dec 9999 23:59:59 +0000', 'Thu, 1 Jan 1970 00:00:00 +0000', 'not a date'];
export const ATTRIBUTIONS = [
  'On Mon, Mar 02, 2026 at 09:14:00AM +0100, Jan de Vries wrote:',
  'On Thu, Jan 01, 0100 at 09:14:00AM +0100, Jan wrote:',
  'Op 31-12-9999 om 23:59 schreef Jan:',
  'On 1/1/1900 0:00, Jan wrote:',
  'Op 02-03-1991 om 09:14 schreef Jan:',
  'Am 00.00.0000 um 25:61 schrieb Jan:',
  'On Mon, Mar 02, 2026 at 99:99:99PM -9999, Jan wrote:',
  'Jan wrote:',
];

export function absurdDateDrafts(): LintInput[] {
  const out: LintInput[] = [];
  for (const date of ABSURD_DATES)
    for (const a of ATTRIBUTIONS)
      for (const [now, nowGiven] of NOWS)
        out.push({ name: `Date ${date ?? '(none)'} / ${a} @${nowGiven ? now.toISOString().slice(0, 10) : 'clock'}`, raw: replyDraft(date, a), now, nowGiven });
  return out;
}

const PROMISES = {
  nl: [
    'Ik kom erop terug.', 'U hoort morgen van ons.', 'Ik stuur de offerte uiterlijk woensdag.', 'We bellen u vanmiddag.', 'Ik laat het u binnen twee werkdagen weten.',
    'De monteur komt dinsdagochtend langs.', 'Ik zoek het uit en laat het u weten.', 'Volgende week stuur ik de planning.', 'Ik mail u de factuur vóór vrijdag.',
    'We kijken ernaar en komen er zo snel mogelijk op terug.', 'Ruben belt u morgen terug.', 'Ik regel het deze week nog.',
  ],
  en: [
    "I'll get back to you.", "You'll hear from us tomorrow.", 'I will send the quote by Wednesday.', 'We will call you this afternoon.', "I'll let you know within two business days.",
    'The engineer will come by on Tuesday morning.', "I'll look into it and let you know.", 'Next week I will send the schedule.', "I'll email the invoice before Friday.",
    "We'll look into it and get back to you as soon as we can.", 'Ruben will call you back tomorrow.', "I'll sort it out this week.",
  ],
};
const SUBJECTS = { nl: ['offerte', 'website', 'factuur', 'planning', 'keuken', 'fiets', 'server', 'contract'], en: ['quote', 'website', 'invoice', 'schedule', 'kitchen', 'bike', 'server', 'contract'] };

/** A wall of text about `chars` long, with a greeting and a sign-off. */
function wall(lang: 'nl' | 'en', body: string): Buffer {
  return Buffer.from(lang === 'nl' ? `Hoi Jan,\n\n${body}\n\nGroet,\nJoan\n` : `Hi Jan,\n\n${body}\n\nBest,\nJoan\n`);
}
const fill = (unit: string, chars: number) => unit.repeat(Math.ceil(chars / unit.length));

/** Pasted walls: the same promises over and over, and varied ones (seeded), nl and en; reproaches and capitals. */
export function wallDrafts(chars = 240_000): LintInput[] {
  const now = new Date('2026-03-03T10:00:00+01:00');
  const out: LintInput[] = [];
  const add = (name: string, raw: Buffer) => out.push({ name: `${name}, ${Math.round(raw.length / 1000)} KB`, raw, now, nowGiven: true });
  add('wall of capitals nl', wall('nl', fill('De XYZ en QRS gaan mee naar de klant. ', chars)));
  add('wall of reproaches nl', wall('nl', fill('Zoals ik u al eerder heb uitgelegd in mijn vorige mail. ', chars)));
  add('wall of reproaches en', wall('en', fill('As I explained before, per my last email. ', chars)));
  add('wall of the same promises nl', wall('nl', fill('Ik kom erop terug. U hoort morgen van ons. ', chars)));
  add('wall of the same promises en', wall('en', fill("I will get back to you. You'll hear from us shortly. ", chars)));
  for (const lang of ['nl', 'en'] as const) add(`wall of quoted questions ${lang}`, questionWall(lang, chars * 0.75));
  for (const lang of ['nl', 'en'] as const) {
    const rnd = mulberry32(lang === 'nl' ? 15 : 16);
    const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
    const parts: string[] = [];
    for (let n = 0; n < chars; ) {
      // a promise about a subject, now and then a number (chrono reads every sentence with a digit)
      const p = pick(PROMISES[lang]).replace(/\.$/, ` (${pick(SUBJECTS[lang])}${rnd() < 0.3 ? ` ${Math.floor(rnd() * 1000)}` : ''}).`);
      parts.push(p);
      n += p.length + 1;
    }
    add(`wall of varied promises ${lang}`, wall(lang, parts.join(rnd() < 0.5 ? ' ' : '\n')));
  }
  return out;
}

const QUESTIONS = {
  nl: ['Kunt u dat doen?', 'Wat kost dat?', 'Klopt dit?', 'Kunnen jullie daarnaar kijken?', 'Wanneer komt die?', 'Hoe lang duurt de levering van de {s}?'],
  en: ['Could you do that?', 'What does that cost?', 'Is this right?', 'Could you look into it?', 'When will it arrive?', 'How long does the {s} take?'],
};

/** A short reply above a quoted original that asks thousands of questions (many of them point back: "Klopt dit?"). */
function questionWall(lang: 'nl' | 'en', chars: number): Buffer {
  const qs: string[] = [];
  for (let i = 0, n = 0; n < chars; i++) {
    const q = QUESTIONS[lang][i % 6]!.replace('{s}', SUBJECTS[lang][i % 8]!).replace('?', ` (${i})?`);
    qs.push(q);
    n += q.length + 3;
  }
  const quoted: string[] = [];
  for (let i = 0; i < qs.length; i += 4) quoted.push(`> ${qs.slice(i, i + 4).join(' ')}`);
  const nl = lang === 'nl';
  return Buffer.from(
    [
      'From: Joan Prins <joan@prinsweb.example>',
      'To: Jan de Vries <jan@klant.example>',
      'Subject: Re: Offerte',
      'Date: Thu, 5 Mar 2026 16:02:00 +0100',
      'Content-Type: text/plain; charset=UTF-8',
      '',
      nl ? 'Hoi Jan,' : 'Hi Jan,',
      '',
      nl ? 'Ja, dat kan. De offerte stuur ik morgen.' : 'Yes, that works. I will send the quote tomorrow.',
      '',
      nl ? 'Groet,' : 'Best,',
      'Joan',
      '',
      nl ? 'Op ma 2 mrt 2026 om 09:14 schreef Jan de Vries <jan@klant.example>:' : 'On Mon, 2 Mar 2026 at 09:14, Jan de Vries <jan@klant.example> wrote:',
      ...quoted,
      '',
    ].join('\n'),
  );
}

/** One text as a reply draft: as the draft's own words, and again quoted under a Dutch reply header. */
export function ownAndQuotedDraft(text: string): string {
  return [
    'From: Joan Prins <joan@prinsweb.example>',
    'To: Jan de Vries <jan@klant.example>',
    'Subject: Re: Offerte',
    'Date: Thu, 5 Mar 2026 16:02:00 +0100',
    'Content-Type: text/plain; charset=UTF-8',
    '',
    text,
    '',
    'Op ma 2 mrt 2026 om 09:14 schreef Jan de Vries <jan@klant.example>:',
    ...text.split('\n').map((l) => `> ${l}`),
    '',
  ].join('\n');
}

/** The fuzz corpus as drafts: each input as the draft's own text and again quoted under a reply header. */
export function fuzzDrafts(scale = 1): LintInput[] {
  const now = new Date('2026-03-05T16:05:00+01:00');
  return fuzzCorpus(undefined, scale).map((c) => ({ name: `fuzz: ${c.label}`, raw: Buffer.from(ownAndQuotedDraft(c.text)), now, nowGiven: true }));
}

export function evalDrafts(): LintInput[] {
  const out: LintInput[] = [];
  for (const half of ['tune', 'test']) {
    const base = join(ROOT, 'eval', 'drafts', half);
    if (!existsSync(base)) continue;
    for (const id of readdirSync(base).sort()) {
      const draft = join(base, id, 'draft.eml');
      if (!existsSync(draft)) continue;
      const original = join(base, id, 'original.eml');
      out.push({ name: `eval/drafts/${half}/${id}`, raw: readFileSync(draft), now: new Date(), nowGiven: false, ...(existsSync(original) && { replyTo: original }) });
    }
  }
  return out;
}
