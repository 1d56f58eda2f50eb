/**
 * `replycheck ignore`: dismiss or snooze one finding by its short id (shown by scan and report), list what is
 * ignored, clean up what ran out. Writes only the local ignore file beside the config (src/ignore/file.ts); nothing
 * is written to the mailbox. To find the finding, it reads the same sources as `scan`.
 */
import type { Command } from 'commander';
import { t } from '../i18n.js';
import { accountOption, analysisBudgetFromEnv, configAndSources, H, nowOption, rulesFor, usage, type GlobalOpts } from './shared.js';

interface IgnoreOpts extends GlobalOpts {
  until?: string;
  reason?: string;
  list?: boolean;
  expired?: boolean;
  remove?: boolean;
  since?: string;
  now?: string;
  demo?: boolean;
  account?: string[];
  cache?: boolean;
}

const HELP_AFTER = H(`
Every finding of scan and report has a short id (after the finding; "id" in JSON). Ignoring one hides it in scan
and report until --until has passed (a day, in the configured time zone), or for good without it, but a new
incoming message in its thread reopens it. The ignore file (.replycheck-ignore.json beside your config, or in the
current folder without one) is plain JSON you may read, edit or delete; nothing is written to your mailbox.

Examples:
  replycheck ignore 3f2a1b0 ~/Mail/inbox.mbox                  ignore for good (until a new message comes in)
  replycheck ignore 3f2a1b0 --until 2026-12-10 --reason "calls back next week"
  replycheck ignore --list                                     what is ignored, and until when
  replycheck ignore --expired                                  remove the entries that ran out
  replycheck ignore 3f2a1b0 --remove                           show it again`, `
Elke bevinding van scan en report heeft een korte id (achter de bevinding; "id" in JSON). Een genegeerde bevinding
verdwijnt uit scan en report tot --until voorbij is (een dag, in de ingestelde tijdzone), of voorgoed zonder, maar
een nieuw binnenkomend bericht in de thread zet haar weer open. Het negeerbestand (.replycheck-ignore.json naast uw
config, of zonder config in de huidige map) is gewone JSON die u mag lezen, aanpassen of weggooien; er wordt niets
naar uw mailbox geschreven.

Voorbeelden:
  replycheck ignore 3f2a1b0 ~/Mail/inbox.mbox                  voorgoed negeren (tot er een nieuw bericht komt)
  replycheck ignore 3f2a1b0 --until 2026-12-10 --reason "belt volgende week"
  replycheck ignore --list                                     wat genegeerd wordt, en tot wanneer
  replycheck ignore --expired                                  verwijder wat verlopen is
  replycheck ignore 3f2a1b0 --remove                           weer tonen`);

export function registerIgnore(program: Command): void {
  program
    .command('ignore')
    .description(t(H('dismiss or snooze a finding by its id; list and clean up what is ignored', 'een bevinding negeren of uitstellen met haar id; tonen en opruimen wat genegeerd wordt')))
    .argument('[id]', t(H('the short id of a finding, as scan and report show it', 'de korte id van een bevinding, zoals scan en report die tonen')))
    .argument('[sources...]', t(H('the sources to find it in, as for scan (none = the configured IMAP accounts)', 'de bronnen om haar in te vinden, zoals bij scan (geen = de IMAP-accounts uit de config)')))
    .option('--until <date>', t(H('ignore through this day (YYYY-MM-DD); without it, until a new message comes in', 'negeer tot en met deze dag (JJJJ-MM-DD); zonder: tot er een nieuw bericht komt')))
    .option('--reason <text>', t(H('why, for whoever reads the ignore file (you, later)', 'waarom, voor wie het negeerbestand leest (u, later)')))
    .option('--list', t(H('list what is ignored, until when and why', 'toon wat genegeerd wordt, tot wanneer en waarom')))
    .option('--expired', t(H('remove the entries whose --until day has passed', 'verwijder de regels waarvan de --until-dag voorbij is')))
    .option('--remove', t(H('stop ignoring this id', 'deze id niet langer negeren')))
    .option('--since <age>', t(H('as for scan: only mail since then', 'zoals bij scan: alleen mail sinds dan')))
    .addOption(nowOption())
    .option('--demo', t(H('find it in the bundled demo mailbox', 'zoek haar in de meegeleverde demo-mailbox')))
    .addOption(accountOption())
    .option('--no-cache', t(H('do not use or update the local IMAP cache', 'de lokale IMAP-cache niet gebruiken of bijwerken')))
    .addHelpText('after', t(HELP_AFTER))
    .action(async (id: string | undefined, paths: string[], _opts, cmd: Command) => {
      process.exitCode = await runIgnore(id, paths, cmd.optsWithGlobals() as IgnoreOpts);
    });
}

async function runIgnore(id: string | undefined, argPaths: string[], g: IgnoreOpts): Promise<number> {
  const { readIgnoreFile, writeIgnoreFile, ignoreFilePath } = await import('../ignore/file.js');
  const { expired, dayIn } = await import('../ignore/apply.js');
  const { resolveNow } = await import('../time-args.js');
  const modes = [g.list, g.expired, g.remove].filter(Boolean).length;
  if (modes > 1) throw usage('Give one of --list, --expired and --remove.', 'Geef één van --list, --expired en --remove.');
  if ((g.list || g.expired) && id) throw usage(`--${g.list ? 'list' : 'expired'} takes no id.`, `--${g.list ? 'list' : 'expired'} neemt geen id.`);
  if (!g.list && !g.expired && !id)
    throw usage('Which finding? Give its id (scan shows it after each finding), or --list or --expired.', 'Welke bevinding? Geef haar id (scan toont die achter elke bevinding), of --list of --expired.');
  if ((g.list || g.expired || g.remove) && (g.until || g.reason))
    throw usage('--until and --reason go with an id to ignore.', '--until en --reason horen bij een id om te negeren.');
  const { config, paths, nowFlag } = await configAndSources(g, argPaths);
  const file = ignoreFilePath(g.demo ? undefined : config.filepath);
  const tz = config.businessHours.timezone;
  const now = resolveNow(nowFlag);
  const entries = await readIgnoreFile(file);
  const out = (en: string, nl: string) => process.stdout.write(t(H(en, nl)) + '\n');

  if (g.list) {
    if (entries.length === 0) out(`Nothing is ignored (${file}).`, `Er wordt niets genegeerd (${file}).`);
    for (const e of entries) {
      const state = expired(e, now, tz)
        ? t(H(`ran out ${e.until}`, `verlopen ${e.until}`))
        : e.until ? t(H(`until ${e.until}`, `tot en met ${e.until}`)) : t(H('until a new message comes in', 'tot er een nieuw bericht komt'));
      process.stdout.write(`${e.id}  ${e.ruleId}  ${e.subject || '(no subject)'}  ${e.correspondent}  ${state}${e.reason ? `  “${e.reason}”` : ''}\n`);
    }
    return 0;
  }
  if (g.expired) {
    const left = entries.filter((e) => !expired(e, now, tz));
    if (left.length !== entries.length) await writeIgnoreFile(file, left);
    const n = entries.length - left.length;
    out(`Removed ${n} ran-out ${n === 1 ? 'entry' : 'entries'}; ${left.length} left (${file}).`, `${n} verlopen ${n === 1 ? 'regel' : 'regels'} verwijderd; ${left.length} over (${file}).`);
    return 0;
  }
  const want = id!.trim().toLowerCase().replace(/^#/, '');
  if (!/^[0-9a-f]{4,24}$/.test(want))
    throw usage(`"${id}" is not a finding id: ids are 7 characters 0-9 and a-f, like 3f2a1b0.`, `"${id}" is geen id van een bevinding: ids zijn 7 tekens 0-9 en a-f, zoals 3f2a1b0.`);
  if (g.remove) {
    const left = entries.filter((e) => !e.id.startsWith(want));
    if (left.length === entries.length) throw usage(`${want} is not in ${file} (see replycheck ignore --list).`, `${want} staat niet in ${file} (zie replycheck ignore --list).`);
    await writeIgnoreFile(file, left);
    out(`No longer ignoring ${want}.`, `${want} wordt niet langer genegeerd.`);
    return 0;
  }
  let until: string | undefined;
  if (g.until !== undefined) {
    const { parseInstant } = await import('../time-args.js');
    if (!/^\d{4}-\d\d-\d\d$/.test(g.until.trim()))
      throw usage(`--until: "${g.until}" is not a day. Use YYYY-MM-DD, like 2026-12-10.`, `--until: "${g.until}" is geen dag. Gebruik JJJJ-MM-DD, zoals 2026-12-10.`);
    parseInstant(g.until.trim(), '--until'); // a day that is not on the calendar
    until = g.until.trim();
    if (until < dayIn(now, tz)) throw usage(`--until ${until} has passed already (today is ${dayIn(now, tz)}).`, `--until ${until} is al voorbij (vandaag is het ${dayIn(now, tz)}).`);
  }
  const found = await findingsById(config, paths, g, now, want);
  if (found.matches.length === 0)
    throw usage(
      `No finding with id ${want} in ${found.read}. The ids are in replycheck scan (after each finding) and its JSON ("id"); give the same sources as to scan.`,
      `Geen bevinding met id ${want} in ${found.read}. De ids staan in replycheck scan (achter elke bevinding) en in de JSON ("id"); geef dezelfde bronnen als aan scan.`,
    );
  const ids = [...new Set(found.matches.map((m) => m.finding.id!))];
  if (ids.length > 1) throw usage(`${want} fits several findings (${ids.join(', ')}): give more of the id.`, `${want} past bij meerdere bevindingen (${ids.join(', ')}): geef meer van de id.`);
  const { finding, lastMessage } = found.matches[0]!;
  const entry = {
    id: finding.id!, ruleId: finding.ruleId, threadId: finding.threadId, subject: finding.subject, correspondent: finding.correspondent,
    ...(until && { until }), ...(g.reason && { reason: g.reason }), ignoredAt: now.toISOString(), lastMessage,
  };
  await writeIgnoreFile(file, [...entries.filter((e) => e.id !== entry.id), entry]);
  const what = `${entry.id} (${entry.ruleId}, “${entry.subject}”, ${entry.correspondent})`;
  out(
    `Ignoring ${what} ${until ? `through ${until}` : 'until a new message comes in'}. Written to ${file}.`,
    `${what} wordt genegeerd ${until ? `tot en met ${until}` : 'tot er een nieuw bericht komt'}. Geschreven naar ${file}.`,
  );
  return 0;
}

/** Scans the sources as `scan` does and returns the findings whose id starts with `want`, with their thread's newest message. */
async function findingsById(config: Parameters<typeof rulesFor>[0], paths: string[], g: IgnoreOpts, now: Date, want: string) {
  const { parseSince } = await import('../time-args.js');
  const { scan } = await import('../run.js');
  const { applyIgnores } = await import('../ignore/apply.js');
  const since = g.since ? parseSince(g.since, now) : paths.length === 0 ? parseSince('30d', now) : undefined;
  if (paths.length === 0 && Object.keys(config.accounts).length === 0)
    throw usage('Where is the finding? Give the same sources as to scan (mbox, Maildir, .eml) or use --demo.', 'Waar staat de bevinding? Geef dezelfde bronnen als aan scan (mbox, Maildir, .eml) of gebruik --demo.');
  const result = await scan({ config, rules: await rulesFor(config), paths, accountNames: g.account, since, now, useCache: g.cache, analysisBudget: analysisBudgetFromEnv() });
  const threads = new Map(result.facts.map((f) => [f.thread.id, f.thread.messages]));
  const { findings } = applyIgnores(result.findings, [], threads, now, config.businessHours.timezone);
  const matches = findings
    .filter((f) => f.id!.startsWith(want))
    .map((finding) => {
      const msgs = threads.get(finding.threadId) ?? [];
      const last = msgs.reduce((a, m) => Math.max(a, m.date.getTime()), 0);
      return { finding, lastMessage: new Date(last || now.getTime()).toISOString() };
    });
  const read = paths.length ? paths.join(', ') : t(H('the configured accounts', 'de accounts uit de config'));
  return { matches, read };
}
