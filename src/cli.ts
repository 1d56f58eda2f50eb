/**
 * The command line: flags → options → run → formatter → process.exitCode. Nothing else lives here.
 */
import { Command, CommanderError, Option } from 'commander';
import { VERSION } from './meta.js';
import { ExitCode, ReplycheckError, SourceError, errorMessage } from './errors.js';
import { fromEnv, language, setLanguage, t } from './i18n.js';
import type { Bilingual, Language } from './model.js';
import type { Config } from './config/types.js';
import { registerReport } from './commands/report.js';
import { registerInit } from './commands/init.js';
import { accountOption, collect, configAndSources, H, maxWarningsOption, nowOption, usage } from './commands/shared.js';
import { registerLint } from './commands/lint.js';


/** Colour only for a terminal that wants it: NO_COLOR, FORCE_COLOR, --no-color and a non-TTY stdout all count. */
export function wantColor(flag: boolean | undefined, stream: { isTTY?: boolean } = process.stdout, env = process.env): boolean {
  if (flag === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return !!stream.isTTY;
}

interface GlobalOpts {
  config?: string;
  lang?: Language;
  debug?: boolean;
  color?: boolean;
}

export function buildProgram(): Command {
  const program = new Command('replycheck');
  // Before the subcommands are added, so they inherit it: every usage error becomes exit 2, not commander's 1.
  program.exitOverride();
  program
    .description(t(H(
      'Keeps email response discipline: finds unanswered questions, late replies and broken promises (Dutch and English).',
      'Bewaakt uw e-maildiscipline: vindt onbeantwoorde vragen, late antwoorden en vergeten toezeggingen (Nederlands en Engels).',
    )))
    .version(VERSION, '-V, --version')
    .option('-c, --config <file>', t(H('config file (default: searched with cosmiconfig, module "replycheck")', 'config-bestand (standaard: gezocht met cosmiconfig, module "replycheck")')))
    .addOption(new Option('--lang <lang>', t(H('language of the output', 'taal van de uitvoer'))).choices(['nl', 'en']))
    .option('--no-color', t(H('no colours (also when NO_COLOR is set or output is not a terminal)', 'geen kleuren (ook als NO_COLOR gezet is of de uitvoer geen terminal is)')))
    .option('--debug', t(H('show stack traces of internal errors', 'toon stacktraces bij interne fouten')))
    .showHelpAfterError(t(H('(run with --help for usage)', '(gebruik --help voor uitleg)')))
    .addHelpText('after', t(H(`
Examples:
  replycheck scan --demo                 the bundled demo mailbox, no account needed
  replycheck scan ~/Mail/inbox.mbox      a local mbox, Maildir, .eml file or folder of .eml files
  replycheck scan --since 7d             the IMAP accounts in your config
  replycheck report --period last-week   last week's figures, with the trend
  replycheck lint draft.eml              check a draft before you send it
  replycheck rules                       the rules, with their defaults and docs

Exit codes: 0 clean, 1 findings at error severity, 2 usage or config error, 3 a source could not be read.`, `
Voorbeelden:
  replycheck scan --demo                 de meegeleverde demo-mailbox, geen account nodig
  replycheck scan ~/Mail/inbox.mbox      een lokale mbox, Maildir, .eml-bestand of map met .eml-bestanden
  replycheck scan --since 7d             de IMAP-accounts uit uw config
  replycheck report --period last-week   de cijfers van vorige week, met de trend
  replycheck lint concept.eml            controleer een concept voordat u het verstuurt
  replycheck rules                       de regels, met standaardinstellingen en documentatie

Exitcodes: 0 schoon, 1 bevindingen met ernst error, 2 gebruiks- of configfout, 3 een bron kon niet gelezen worden.`)));

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
    .action(async (paths: string[], opts, cmd: Command) => {
      const g = cmd.optsWithGlobals() as GlobalOpts & typeof opts;
      const { resolveNow, parseSince } = await import('./time-args.js');
      const { default: rules } = await import('../rules/index.js');
      const { scan } = await import('./run.js');
      const { getFormatter } = await import('./report/index.js');
      const { exitCodeFor } = await import('./exit-code.js');
      if (g.demo && paths.length) throw usage('--demo takes no sources.', '--demo neemt geen bronnen.');
      const loaded = await configAndSources(g, paths);
      const config = loaded.config;
      paths = loaded.paths;
      const nowFlag = loaded.nowFlag;
      const formatter = await getFormatter(g.format);
      const now = resolveNow(nowFlag);
      const since = g.since ? parseSince(g.since, now) : paths.length === 0 ? parseSince('30d', now) : undefined;
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
      const result = await scan({ config, rules, paths, accountNames: g.account, mailboxes: g.mailbox, since, now, useCache: g.cache, quiet: g.quiet || !process.stderr.isTTY || !!process.env.CI });
      process.stdout.write(formatter(result, { lang: language(), color: wantColor(g.color), config }));
      // Warnings (a plain password in the config, TLS checks off) and failures go to stderr in every format.
      for (const s of result.sources) {
        for (const w of s.warnings ?? []) process.stderr.write(`replycheck: ${w}\n`);
        if (s.failed) process.stderr.write(`replycheck: ${s.failed}\n`);
      }
      for (const n of result.notices ?? []) process.stderr.write(`replycheck: ${t(n)}\n`);
      process.exitCode = exitCodeFor(result.findings, result.sources, { maxWarnings: g.maxWarnings });
    });

  program
    .command('rules')
    .description(t(H('list the rules with their default severity, options and docs', 'toon de regels met standaardernst, opties en documentatie')))
    .option('-f, --format <name>', t(H('stylish or json', 'stylish of json')), 'stylish')
    .action(async (opts) => {
      const { default: rules } = await import('../rules/index.js');
      if (opts.format === 'json') {
        process.stdout.write(JSON.stringify(rules.map((r) => ({
          id: r.id, description: r.description, defaultSeverity: r.defaultSeverity, tags: r.tags,
          kinds: [r.check && 'thread', r.checkDraft && 'draft'].filter(Boolean), defaultOptions: r.defaultOptions, docsUrl: r.docsUrl,
        })), null, 2) + '\n');
        return;
      }
      const lang = language();
      for (const r of rules) {
        const kinds = [r.check && 'scan/report', r.checkDraft && 'lint'].filter(Boolean).join(', ');
        process.stdout.write(`${r.id.padEnd(22)} ${r.defaultSeverity.padEnd(5)} ${r.description[lang]}  [${kinds}]\n`);
        for (const [k, v] of Object.entries(r.defaultOptions as Record<string, unknown>)) {
          const doc = (r.optionDocs as Record<string, Bilingual> | undefined)?.[k];
          process.stdout.write(`${''.padEnd(28)}${k} = ${JSON.stringify(v)}${doc ? `  ${doc[lang]}` : ''}\n`);
        }
        process.stdout.write(`${''.padEnd(28)}${r.docsUrl}\n`);
      }
    });

  registerInit(program);
  registerReport(program);
  registerLint(program);
  return program;
}

/** Reads --lang before commander runs, so --help itself is in the right language. */
function earlyLanguage(argv: string[]): Language {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i >= 0) {
    const v = argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
    if (v === 'nl' || v === 'en') return v;
  }
  return fromEnv(process.env);
}

export async function main(argv: string[] = process.argv): Promise<void> {
  setLanguage(earlyLanguage(argv));
  const debug = argv.includes('--debug');
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version exit 0; every other commander complaint is a usage error
      process.exitCode = err.exitCode === 0 ? 0 : ExitCode.Usage;
      return;
    }
    if (err instanceof ReplycheckError) {
      process.stderr.write(`replycheck: ${err.localized()}\n`);
      if (debug && err.cause) process.stderr.write(String((err.cause as Error).stack ?? err.cause) + '\n');
      process.exitCode = err instanceof SourceError ? ExitCode.Source : ExitCode.Usage;
      return;
    }
    process.stderr.write(`replycheck: ${t(H('internal error', 'interne fout'))}: ${errorMessage(err)}\n`);
    if (debug) process.stderr.write(String((err as Error).stack) + '\n');
    else process.stderr.write(t(H('(run again with --debug for the stack trace)', '(opnieuw met --debug voor de stacktrace)')) + '\n');
    process.exitCode = ExitCode.Usage;
  }
}
