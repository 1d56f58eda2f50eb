/**
 * THE description of the config: one zod schema from which come the types (types.ts), the defaults (defaults.ts,
 * generated), the validation and its messages (validate.ts, issues.ts), the published JSON Schema, `init`'s output
 * and the option tables of docs/configuration.md (scripts/build-config-docs.ts). Every key carries its explanation
 * in English (`description`) and Dutch (`nl`). zod is passed in (see zod.ts): this module loads nothing heavy.
 *
 * Custom messages are codes (`error: 'time'`) that issues.ts turns into bilingual text.
 */
import type { ZodType } from 'zod';
import type { Severity } from '../model.js';
import { THRESHOLDS } from '../stats/thresholds.js';
import { ownDomains } from './own-domains.js';
import type { Zod } from './zod.js';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
const DAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export const SEVERITIES = ['off', 'info', 'warn', 'error'] as const satisfies readonly Severity[];
export type RuleSetting = Severity | [Severity] | [Severity, Record<string, unknown>];

/** Old rule options that are now `analysis` keys; still read when the `analysis` key is not set. */
export const ANALYSIS_ALIASES = { defaultDueBusinessDays: 'broken-promise', answerOverlap: 'unanswered-question' } as const;

const doc = (en: string, nl: string) => ({ description: en, nl });

function validTimezone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** One rule setting, ESLint-style: a severity, [severity] or [severity, options]. */
export function ruleSettingSchema(z: Zod, options: ZodType = z.record(z.string(), z.unknown())) {
  const severity = z.enum(SEVERITIES, { error: 'severity' });
  return z.union([severity, z.tuple([severity]), z.tuple([severity, options])]);
}

function thresholdsSchema(z: Zod) {
  const field = (en: string, nl: string) => z.number().min(0).optional().meta(doc(en, nl));
  const fields = Object.entries(THRESHOLDS).map(([k, s]) => [
    k,
    s.kind === 'max'
      ? field(`Highest allowed ${s.label.en}.`, `Hoogst toegestane ${s.label.nl}.`)
      : field(`Lowest allowed ${s.label.en}.`, `Laagst toegestane ${s.label.nl}.`),
  ]);
  // Keyed like THRESHOLDS; absent keys are simply not checked.
  return z.strictObject(Object.fromEntries(fields) as Record<string, ReturnType<typeof field>>).transform((t) => t as Record<string, number>);
}

/**
 * The config schema. `rules` is checked by the rule engine against the rules it knows (built-ins and plugins),
 * so validation takes any rule id here; the published schema passes the per-rule settings instead.
 */
export function configSchema(z: Zod, rules?: ZodType) {
  const text = z.string().regex(/\S/, { error: 'text' });
  const list = <T extends ZodType<string>>(item: T) =>
    z.union([item, z.array(item)]).transform((v): string[] => (Array.isArray(v) ? v : [v]));
  const time = z.string().regex(/^([01]?\d|2[0-3]):[0-5]\d$/, { error: 'time' }).transform((s) => s.padStart(5, '0'));
  const secret = (en: string, nl: string) => text.optional().meta(doc(en, nl));

  const businessHours = z
    .strictObject({
      timezone: z.string().refine(validTimezone, { error: 'timezone' }).default('Europe/Amsterdam')
        .meta(doc('IANA time zone of the working day.', 'IANA-tijdzone van de werkdag.')),
      days: list(z.enum([...WEEKDAYS, ...DAY_NAMES], { error: 'weekday' }))
        .transform((d) => d.map((x) => x.slice(0, 3) as Weekday))
        .refine((d) => d.length > 0, { error: 'oneDay' })
        .default(['mon', 'tue', 'wed', 'thu', 'fri'])
        .meta(doc('Working days: mon … sun (or monday … sunday).', 'Werkdagen: mon … sun (of monday … sunday).')),
      start: time.default('09:00').meta(doc('Start of the working day, "HH:MM".', 'Begin van de werkdag, "UU:MM".')),
      end: time.default('17:30').meta(doc('End of the working day, "HH:MM".', 'Einde van de werkdag, "UU:MM".')),
      holidays: z.union([text.transform((s) => s.toUpperCase()), z.literal(false)]).default('NL')
        .meta(doc('Country code for public holidays (date-holidays), or false for none.', 'Landcode voor feestdagen (date-holidays), of false voor geen.')),
      extraDaysOff: list(z.string().regex(/^\d{4}-\d\d-\d\d$/, { error: 'date' })).default([])
        .meta(doc('Extra days off, ISO dates like "2026-12-24".', 'Extra vrije dagen, ISO-datums zoals "2026-12-24".')),
    })
    .superRefine((bh, ctx) => {
      if (bh.start >= bh.end) ctx.addIssue({ code: 'custom', message: 'endAfterStart', path: ['end'], params: { start: bh.start, end: bh.end } });
    });

  const account = z
    .strictObject({
      host: text.meta(doc('IMAP server.', 'IMAP-server.')),
      port: z.number().int().min(1).max(65535).optional().meta(doc('IMAP port (default 993, or 143 without TLS).', 'IMAP-poort (standaard 993, of 143 zonder TLS).')),
      secure: z.boolean().optional().meta(doc('true = implicit TLS (993); false = STARTTLS, required before login unless allowPlaintext.', 'true = directe TLS (993); false = STARTTLS, verplicht voor het inloggen tenzij allowPlaintext.')),
      user: text.meta(doc('Login name.', 'Gebruikersnaam.')),
      passwordCommand: secret('Shell command whose output is the password (like mutt/aerc).', 'Shell-opdracht die het wachtwoord geeft (zoals bij mutt/aerc).'),
      passwordEnv: secret('Name of an environment variable holding the password.', 'Naam van een omgevingsvariabele met het wachtwoord.'),
      password: secret('Plain password in the config file: works, but earns a warning.', 'Wachtwoord in het config-bestand: werkt, maar geeft een waarschuwing.'),
      tokenCommand: secret('Shell command whose output is an OAuth2 access token.', 'Shell-opdracht die een OAuth2-toegangstoken geeft.'),
      caFile: secret("PEM file with the CA of a self-hosted server's certificate.", 'PEM-bestand met de CA van het certificaat van een eigen server.'),
      allowPlaintext: z.boolean().optional().meta(doc('With secure: false, log in even when the server offers no STARTTLS (the password then travels unencrypted; warned).', 'Met secure: false ook inloggen als de server geen STARTTLS aanbiedt (het wachtwoord gaat dan onversleuteld; met waarschuwing).')),
      insecureSkipVerify: z.boolean().optional().meta(doc('Turn TLS certificate checks off (shown in the output).', 'TLS-certificaatcontrole uit (staat in de uitvoer).')),
      mailboxes: list(z.string()).optional().meta(doc('Mailboxes to read; default INBOX and the Sent folder.', 'Te lezen mailboxen; standaard INBOX en de map Verzonden.')),
      allMail: z.boolean().optional().meta(doc("Also read Gmail's All Mail, without counting a message twice.", 'Lees ook Gmails Alle berichten, zonder een bericht dubbel te tellen.')),
      timeoutSeconds: z.number().min(1).max(3600).optional().meta(doc('Seconds before a connection attempt or a silent server gives up.', 'Seconden voordat een verbindingspoging of een stille server opgeeft.')),
    })
    .refine((a) => a.passwordCommand !== undefined || a.passwordEnv !== undefined || a.password !== undefined || a.tokenCommand !== undefined, { error: 'secret' });

  const rulesField = (rules ?? z.record(z.string(), ruleSettingSchema(z))) as ZodType<Record<string, RuleSetting>>;

  return z
    .strictObject({
      $schema: z.string().optional().meta(doc('Where the JSON Schema is, for editors.', 'Waar het JSON Schema staat, voor editors.')),
      me: list(z.string()).transform((a) => a.map((s) => s.trim().toLowerCase())).default([])
        .meta(doc('My own addresses and aliases; "*@example.com" matches a whole domain.', 'Mijn eigen adressen en aliassen; "*@example.com" telt een heel domein mee.')),
      internalDomains: list(z.string()).transform((a) => a.map((s) => s.trim().toLowerCase().replace(/^@/, ''))).optional()
        .meta(doc("Colleagues' domains: their mail is not customer mail. Default: the domains of `me`, except public providers.", "Domeinen van collega's: hun mail is geen klantmail. Standaard: de domeinen van `me`, behalve publieke providers.")),
      checkInternal: z.boolean().default(false).meta(doc("Check colleagues' mail like customers'.", "Mail van collega's controleren zoals die van klanten.")),
      language: z.enum(['nl', 'en'], { error: 'language' }).optional().meta(doc('Output language; default from LANG.', 'Taal van de uitvoer; standaard uit LANG.')),
      businessHours: businessHours.prefault({}).meta(doc('The working week that delays are counted in.', 'De werkweek waarin vertragingen geteld worden.')),
      accounts: z.record(z.string(), account).default({}).meta({
        ...doc('IMAP accounts by name, read-only.', 'IMAP-accounts op naam, alleen-lezen.'),
        examples: [{ work: { host: 'imap.example.com', port: 993, user: 'you@example.com', passwordCommand: 'pass show mail/work' } }],
      }),
      rules: rulesField.default({}).meta({
        ...doc('Rule settings: off | info | warn | error, or [severity, { options }] (see docs/rules/).', 'Regelinstellingen: off | info | warn | error, of [ernst, { opties }] (zie docs/rules/).'),
        examples: [{ 'slow-reply': ['warn', { maxBusinessHours: 8 }], 'missing-aftercare': 'info' }],
      }),
      plugins: list(text).default([])
        .meta(doc('Custom rules: files (relative to this config) or package names (docs/custom-rules.md).', 'Eigen regels: bestanden (ten opzichte van deze config) of pakketnamen (docs/custom-rules.md).')),
      analysis: z
        .strictObject({
          defaultDueBusinessDays: z.number().int().min(0).default(2)
            .meta(doc('Business days after which a promise without a date falls due.', 'Werkdagen waarna een toezegging zonder datum verloopt.')),
          answerOverlap: z.number().min(0).max(1).default(0.34)
            .meta(doc("Share (0-1) of a question's key words a reply must address to count as an answer.", 'Deel (0-1) van de kernwoorden van een vraag dat een antwoord moet noemen om als antwoord te tellen.')),
          broadcastRecipients: z.number().int().min(1).default(5)
            .meta(doc(
              'Other recipients (not me, not my team) from which a mail that does not greet me by name is a broadcast that needs no reply (with 15 or more it is one whatever the greeting).',
              'Aantal andere ontvangers (niet ik, niet mijn team) vanaf waar een mail die mij niet bij naam aanspreekt een rondzendmail is die geen antwoord hoeft (vanaf 15 altijd, wat de aanhef ook is).',
            )),
        })
        .prefault({})
        .meta(doc('How threads are judged, shared by all rules and the report.', 'Hoe threads beoordeeld worden, gedeeld door alle regels en het rapport.')),
      ignore: z
        .strictObject({
          from: list(z.string()).default([]).meta(doc('Senders to leave out; "*" is a wildcard.', 'Afzenders om over te slaan; "*" is een joker.')),
          subject: list(z.string()).default([]).meta(doc('Subjects to leave out; "*" is a wildcard.', 'Onderwerpen om over te slaan; "*" is een joker.')),
        })
        .prefault({})
        .meta(doc('Mail to leave out.', 'Mail om over te slaan.')),
      phrases: z
        .strictObject({
          nl: z.record(z.string(), list(z.string())).default({}).meta(doc('Dutch phrases: list name → phrases.', 'Nederlandse zinnen: lijstnaam → zinnen.')),
          en: z.record(z.string(), list(z.string())).default({}).meta(doc('English phrases: list name → phrases.', 'Engelse zinnen: lijstnaam → zinnen.')),
        })
        .prefault({})
        .meta(doc('Extra phrases per language and list name (jargon, commitments…), added to rules/phrases/.', 'Extra zinnen per taal en lijstnaam (jargon, toezeggingen…), bovenop rules/phrases/.')),
      team: z.record(z.string(), text).transform((t) => Object.fromEntries(Object.entries(t).map(([a, n]) => [a.toLowerCase(), n]))).default({})
        .meta(doc('Team members for the report: address → name.', 'Teamleden voor het rapport: adres → naam.')),
      thresholds: thresholdsSchema(z).default({}).meta(doc('Report limits for the CI verdict.', 'Grenzen van het rapport voor het CI-oordeel.')),
      cacheDir: text.optional().meta(doc("Where the IMAP cache lives; default the user's cache folder.", 'Waar de IMAP-cache staat; standaard de cachemap van de gebruiker.')),
    })
    .transform((c) => ({ ...c, internalDomains: c.internalDomains ?? ownDomains(c.me) }));
}
