/**
 * The command line: the program, its global flags and one file per command beside this one; errors become exit
 * codes here (a usage or config error 2, an unreadable source 3).
 */
import { Command, CommanderError, Option } from 'commander';
import { VERSION } from '../meta.js';
import { ExitCode, ReplycheckError, SourceError, errorMessage } from '../errors.js';
import { fromEnv, setLanguage, t } from '../i18n.js';
import type { Language } from '../model.js';
import { registerScan } from './scan.js';
import { registerRules } from './rules.js';
import { registerReport } from './report.js';
import { registerInit } from './init.js';
import { registerLint } from './lint.js';
import { registerExplain } from './explain.js';
import { registerIgnore } from './ignore.js';
import { H } from './shared.js';
import { notice } from './terminal.js';
import { localizeHelp } from './help-text.js';

export function buildProgram(): Command {
  const program = new Command('replycheck');
  // Before the subcommands are added, so they inherit it: every usage error becomes exit 2, not commander's 1.
  program.exitOverride();
  localizeHelp(program);
  program
    .description(t(H(
      'Keeps email response discipline: finds unanswered questions, late replies and broken promises (Dutch and English).',
      'Bewaakt uw e-maildiscipline: vindt onbeantwoorde vragen, late antwoorden en vergeten toezeggingen (Nederlands en Engels).',
    )))
    .version(VERSION, '-V, --version', t(H('output the version number', 'toon het versienummer')))
    .option('-c, --config <file>', t(H('config file (default: searched with cosmiconfig, module "replycheck")', 'config-bestand (standaard: gezocht met cosmiconfig, module "replycheck")')))
    .addOption(new Option('--lang <lang>', t(H('language of the output', 'taal van de uitvoer'))).choices(['nl', 'en']))
    .option('--color', t(H('colours even when the output is not a terminal (also FORCE_COLOR=1)', 'kleuren, ook als de uitvoer geen terminal is (ook FORCE_COLOR=1)')))
    .option('--no-color', t(H('no colours (also when NO_COLOR is set, TERM=dumb or output is not a terminal)', 'geen kleuren (ook als NO_COLOR gezet is, TERM=dumb of de uitvoer geen terminal is)')))
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
  replycheck explain inbox.mbox --message-id '<id>'   how one message was read, and why it needs a reply or not
  replycheck ignore 3f2a1b0 --until 2026-12-10   snooze one finding (its id is shown by scan)

Exit codes: 0 clean, 1 findings at error severity, 2 usage or config error, 3 a source could not be read.`, `
Voorbeelden:
  replycheck scan --demo                 de meegeleverde demo-mailbox, geen account nodig
  replycheck scan ~/Mail/inbox.mbox      een lokale mbox, Maildir, .eml-bestand of map met .eml-bestanden
  replycheck scan --since 7d             de IMAP-accounts uit uw config
  replycheck report --period last-week   de cijfers van vorige week, met de trend
  replycheck lint concept.eml            controleer een concept voordat u het verstuurt
  replycheck rules                       de regels, met standaardinstellingen en documentatie
  replycheck explain inbox.mbox --message-id '<id>'   hoe één bericht gelezen is, en waarom het wel of geen antwoord vraagt
  replycheck ignore 3f2a1b0 --until 2026-12-10   één bevinding uitstellen (scan toont haar id)

Exitcodes: 0 schoon, 1 bevindingen met ernst error, 2 gebruiks- of configfout, 3 een bron kon niet gelezen worden.`)));

  registerScan(program);
  registerRules(program);
  registerInit(program);
  registerReport(program);
  registerLint(program);
  registerExplain(program);
  registerIgnore(program);
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
  // `replycheck … | head`: a reader that stops early is not an error (as for any Unix filter), so no stack trace
  for (const stream of [process.stdout, process.stderr])
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
      throw err;
    });
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
      notice(err.localized());
      if (debug && err.cause) process.stderr.write(String((err.cause as Error).stack ?? err.cause) + '\n');
      process.exitCode = err instanceof SourceError ? ExitCode.Source : ExitCode.Usage;
      return;
    }
    notice(`${t(H('internal error', 'interne fout'))}: ${errorMessage(err)}`);
    if (debug) process.stderr.write(String((err as Error).stack) + '\n');
    else process.stderr.write(t(H('(run again with --debug for the stack trace)', '(opnieuw met --debug voor de stacktrace)')) + '\n');
    process.exitCode = ExitCode.Usage;
  }
}
