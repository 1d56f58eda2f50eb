/**
 * `replycheck scan`: what needs me today. Reads the sources (files, the demo or the configured IMAP accounts), runs
 * the thread rules and prints the findings; exit code from exit-code.ts.
 */
import type { Command } from 'commander';
import { language, t } from '../i18n.js';
import { accountOption, analysisBudgetFromEnv, collect, configAndSources, H, maxWarningsOption, nowOption, rulesFor, usage, type GlobalOpts } from './shared.js';
import { problemText, sourceFailure, sourceWarnings } from '../problems.js';
import { notice, progressFor, wantColor } from './terminal.js';

interface ScanOpts extends GlobalOpts {
  since?: string;
  now?: string;
  format: string;
  demo?: boolean;
  account?: string[];
  mailbox?: string[];
  cache?: boolean;
  quiet?: boolean;
  maxWarnings?: number;
}

export function registerScan(program: Command): void {
  program
    .command('scan')
    .description(t(H('what needs me today: waiting customers, unanswered questions, promises falling due', 'wat vraagt vandaag mijn aandacht: wachtende klanten, open vragen, toezeggingen die verlopen')))
    .argument('[sources...]', t(H('mbox files, Maildir folders, .eml files or folders; none = the configured IMAP accounts', 'mbox-bestanden, Maildir-mappen, .eml-bestanden of -mappen; geen = de IMAP-accounts uit de config')))
    .option('--since <age>', t(H('only mail since then: 14d, 2w, 36h or a date (default: 30d for IMAP, everything in files)', 'alleen mail sinds dan: 14d, 2w, 36h of een datum (standaard: 30d voor IMAP, alles in bestanden)')))
    .addOption(nowOption())
    .option('-f, --format <name>', t(H('stylish or json', 'stylish of json')), 'stylish')
    .option('--demo', t(H('scan the bundled demo mailbox (a week of a small Dutch web studio)', 'scan de meegeleverde demo-mailbox (een week van een kleine Nederlandse webstudio)')))
    .addOption(accountOption())
    .option('--mailbox <path>', t(H('IMAP: read this mailbox instead of INBOX + Sent (repeatable)', 'IMAP: lees deze mailbox in plaats van INBOX + Verzonden (herhaalbaar)')), collect)
    .option('--no-cache', t(H('do not use or update the local IMAP cache', 'de lokale IMAP-cache niet gebruiken of bijwerken')))
    .option('-q, --quiet', t(H('no progress output', 'geen voortgang tonen')))
    .addOption(maxWarningsOption())
    .action(async (paths: string[], _opts, cmd: Command) => {
      process.exitCode = await runScan(paths, cmd.optsWithGlobals() as ScanOpts);
    });
}

async function runScan(argPaths: string[], g: ScanOpts): Promise<number> {
  const { resolveNow, parseSince } = await import('../time-args.js');
  const { scan } = await import('../run.js');
  const { getFormatter } = await import('../format/registry.js');
  const { exitCode, incomplete } = await import('./exit-code.js');
  if (g.demo && argPaths.length) throw usage('--demo takes no sources.', '--demo neemt geen bronnen.');
  const { config, paths, nowFlag } = await configAndSources(g, argPaths);
  const rules = await rulesFor(config);
  const formatter = await getFormatter('scan', g.format);
  const now = resolveNow(nowFlag);
  const since = g.since ? parseSince(g.since, now) : paths.length === 0 ? parseSince('30d', now) : undefined;
  if (since && since.getTime() > now.getTime())
    throw usage(`--since ${g.since} lies after --now (${now.toISOString()}): nothing could be read.`, `--since ${g.since} ligt na --now (${now.toISOString()}): er valt niets te lezen.`);
  if (paths.length === 0) {
    const names = Object.keys(config.accounts);
    if (names.length === 0)
      throw usage(
        'Nothing to scan: give a mailbox path (mbox, Maildir, .eml), use --demo, or configure IMAP accounts (see "replycheck init").',
        'Niets te scannen: geef een mailbox-pad (mbox, Maildir, .eml), gebruik --demo, of stel IMAP-accounts in (zie "replycheck init").',
      );
    for (const a of g.account ?? [])
      if (!names.includes(a))
        throw usage(`Unknown account "${a}". Configured: ${names.join(', ')}.`, `Onbekend account "${a}". In de config: ${names.join(', ')}.`);
  }
  const result = await scan({
    config, rules, paths, accountNames: g.account, mailboxes: g.mailbox, since, now, useCache: g.cache, progress: progressFor(g.quiet),
    analysisBudget: analysisBudgetFromEnv(),
  });
  process.stdout.write(formatter(result, { lang: language(), color: wantColor(g.color), config }));
  // Warnings (a plain password in the config, TLS checks off) and failures go to stderr in every format.
  for (const s of result.sources) {
    for (const w of sourceWarnings(s, language())) notice(w);
    const failed = sourceFailure(s, language());
    if (failed) notice(failed);
  }
  for (const n of result.notices ?? []) notice(t(n));
  // a message whose analysis was cut makes the run incomplete (exit 3): say which, in every format
  for (const e of result.errors) if (e.code === 'ANALYSIS_BUDGET') notice(problemText(e, language()));
  return exitCode({ unreadable: incomplete(result) || result.nothingBeforeNow === true, findings: result.findings, maxWarnings: g.maxWarnings });
}
