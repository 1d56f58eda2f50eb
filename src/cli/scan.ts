/**
 * `replycheck scan`: what needs me today. Reads the sources (files, the demo or the configured IMAP accounts), runs
 * the thread rules and prints the findings; exit code from exit-code.ts.
 */
import type { Command } from 'commander';
import { language, t } from '../i18n.js';
import { accountOption, analysisBudgetFromEnv, collect, configAndSources, H, maxWarningsOption, nowOption, rulesFor, usage, type GlobalOpts } from './shared.js';
import { incompleteText, problemText, runIncomplete, sourceFailure, sourceWarnings } from '../problems.js';
import { notice, progressFor, wantColor } from './terminal.js';
import { addOutputOptions, emit, printConfig, type OutputOpts } from './output.js';

interface ScanOpts extends GlobalOpts, OutputOpts {
  progress?: boolean;
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
    .argument('[sources...]', t(H('mbox files, Maildir folders (also mbsync layouts), .eml files or folders; "-" reads an mbox from stdin; none = the configured IMAP accounts', 'mbox-bestanden, Maildir-mappen (ook mbsync-indelingen), .eml-bestanden of -mappen; "-" leest een mbox van stdin; geen = de IMAP-accounts uit de config')))
    .option('--since <age>', t(H('only mail since then: 14d, 2w, 36h or a date (default: 30d for IMAP, everything in files)', 'alleen mail sinds dan: 14d, 2w, 36h of een datum (standaard: 30d voor IMAP, alles in bestanden)')))
    .addOption(nowOption())
    .option('-f, --format <name>', t(H('stylish, json, sarif (code scanning, editors) or github (Actions annotations)', 'stylish, json, sarif (code scanning, editors) of github (annotaties in Actions)')), 'stylish')
    .option('--demo', t(H('scan the bundled demo mailbox (a week of a small Dutch web studio)', 'scan de meegeleverde demo-mailbox (een week van een kleine Nederlandse webstudio)')))
    .addOption(accountOption())
    .option('--mailbox <path>', t(H('IMAP: read this mailbox instead of INBOX + Sent (repeatable)', 'IMAP: lees deze mailbox in plaats van INBOX + Verzonden (herhaalbaar)')), collect)
    .option('--no-cache', t(H('do not use or update the local IMAP cache', 'de lokale IMAP-cache niet gebruiken of bijwerken')))
    .option('-q, --quiet', t(H('report findings at error severity only (as ESLint), no progress', 'alleen bevindingen met ernst error tonen (zoals ESLint), geen voortgang')))
    .option('--no-progress', t(H('no progress bars on stderr', 'geen voortgangsbalken op stderr')))
    .addOption(maxWarningsOption());
  addOutputOptions(program.commands.at(-1)!)
    .action(async (paths: string[], _opts, cmd: Command) => {
      const { spoolStdin } = await import('./stdin-source.js');
      const input = await spoolStdin(paths);
      try {
        process.exitCode = await runScan(input.paths, cmd.optsWithGlobals() as ScanOpts);
      } finally {
        await input.cleanup();
      }
    });
}

async function runScan(argPaths: string[], g: ScanOpts): Promise<number> {
  const { resolveNow, parseSince } = await import('../time-args.js');
  const { scan } = await import('../run.js');
  const { getFormatter } = await import('../format/registry.js');
  const { exitCode, incomplete } = await import('./exit-code.js');
  if (g.demo && argPaths.length) throw usage('--demo takes no sources.', '--demo neemt geen bronnen.');
  const { config, paths, nowFlag } = await configAndSources(g, argPaths);
  if (g.printConfig) {
    await emit(printConfig(config), g.outputFile);
    return 0;
  }
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
  const scanned = await scan({
    config, rules, paths, accountNames: g.account, mailboxes: g.mailbox, since, now, useCache: g.cache, progress: progressFor(g.quiet || g.progress === false),
    analysisBudget: analysisBudgetFromEnv(),
  });
  const { honourIgnores } = await import('./ignored.js');
  const kept = { ...scanned, ...(await honourIgnores(scanned.findings, scanned.facts, config, now, g.demo)) };
  const result = g.quiet ? { ...kept, findings: kept.findings.filter((f) => f.severity === 'error') } : kept;
  await emit(formatter(result, { lang: language(), color: !g.outputFile && wantColor(g.color), config }), g.outputFile);
  // Warnings (a plain password in the config, TLS checks off) and failures go to stderr in every format.
  for (const s of result.sources) {
    for (const w of sourceWarnings(s, language())) notice(w);
    const failed = sourceFailure(s, language());
    if (failed) notice(failed);
  }
  const missed = incompleteText(result.sources, language());
  if (missed) notice(missed);
  for (const n of result.notices ?? []) notice(t(n));
  // a message whose analysis was cut makes the run incomplete (exit 3): say which, in every format
  for (const e of result.errors) if (e.code === 'ANALYSIS_BUDGET') notice(problemText(e, language()));
  return exitCode({ unreadable: runIncomplete(result.sources) || incomplete(result) || result.nothingBeforeNow === true, findings: result.findings, maxWarnings: g.maxWarnings });
}
