/**
 * `replycheck lint [draft.eml | draft.txt | -]`: check a draft reply before it goes out. Runs from send hooks and
 * editors, so everything beyond commander is imported inside the action, and only what a draft needs.
 */
import { Command, Option } from 'commander';
import type { Config } from '../config/types.js';
import { ConfigError } from '../errors.js';
import { language, t } from '../i18n.js';

import { accountOption, H, loadUserConfig, maxWarningsOption, nowOption, rulesFor, type GlobalOpts } from './shared.js';
import { problemText } from '../problems.js';
import { notice, wantColor } from './terminal.js';
import { addOutputOptions, emit, printConfig, type OutputOpts } from './output.js';

interface LintFlags extends GlobalOpts, OutputOpts {
  quiet?: boolean;
  replyTo?: string;
  drafts?: boolean;
  account?: string[];
  format: string;
  now?: string;
  maxWarnings?: number;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function registerLint(program: Command): void {
  program
    .command('lint')
    .description(t(H('check a draft reply before sending: unanswered questions, vague promises, tone', 'controleer een concept-antwoord voor verzending: onbeantwoorde vragen, vage beloftes, toon')))
    .argument('[drafts...]', t(H('draft files (.eml or plain text); "-" reads stdin', 'conceptbestanden (.eml of platte tekst); "-" leest stdin')))
    .option('--reply-to <file>', t(H('the message the draft answers (.eml); default: In-Reply-To in the local cache, else the quoted part of the draft', 'het bericht waarop het concept antwoordt (.eml); standaard: In-Reply-To in de lokale cache, anders het geciteerde deel van het concept')))
    .option('--drafts', t(H('check every draft in the \\Drafts folder of the configured IMAP accounts (read-only)', 'controleer elk concept in de map \\Drafts van de IMAP-accounts uit de config (alleen lezen)')))
    .addOption(accountOption(H('with --drafts: only this account (repeatable)', 'met --drafts: alleen dit account (herhaalbaar)')))
    .addOption(new Option('-f, --format <name>', t(H('output format', 'uitvoerformaat'))).choices(['stylish', 'unix', 'json', 'sarif', 'github']).default('stylish'))
    .addOption(nowOption())
    .addOption(maxWarningsOption())
    .option('-q, --quiet', t(H('report findings at error severity only (as ESLint)', 'alleen bevindingen met ernst error tonen (zoals ESLint)')))
    .addHelpText('after', t(H(`
Examples:
  replycheck lint draft.eml                      a draft saved from your mail client
  replycheck lint --reply-to question.eml -      the draft text on stdin, with the mail it answers
  replycheck lint -f unix draft.txt              file:line:col lines for an editor's quickfix list
  replycheck lint --drafts                       every draft in the IMAP Drafts folder

Exit codes: 0 nothing at error severity, 1 error findings (a send hook can stop the mail), 2 usage or config error, 3 a file could not be read.`, `
Voorbeelden:
  replycheck lint concept.eml                    een concept bewaard vanuit uw mailprogramma
  replycheck lint --reply-to vraag.eml -         de concepttekst op stdin, met de mail waarop die antwoordt
  replycheck lint -f unix concept.txt            bestand:regel:kolom-regels voor de quickfix-lijst van een editor
  replycheck lint --drafts                       elk concept in de IMAP-map Concepten

Exitcodes: 0 niets met ernst error, 1 bevindingen met ernst error (een verzendhook kan de mail tegenhouden), 2 gebruiks- of configfout, 3 een bestand kon niet gelezen worden.`)))
    ;
  addOutputOptions(program.commands.at(-1)!)
    .action(async (paths: string[], _opts, cmd: Command) => {
      const g = cmd.optsWithGlobals() as LintFlags;
      process.exitCode = await runLint(paths, g);
    });
}

async function runLint(paths: string[], g: LintFlags): Promise<number> {
  const { SourceError, ExitCode } = await import('../errors.js');
  const { exitCode } = await import('./exit-code.js');
  if (g.printConfig) {
    await emit(printConfig(await loadUserConfig(g)), g.outputFile);
    return 0;
  }
  if (g.drafts && paths.length)
    throw new ConfigError('USAGE', H('--drafts reads the Drafts folder: give no files with it.', '--drafts leest de map Concepten: geef er geen bestanden bij.'));
  if (!g.drafts && paths.length === 0)
    throw new ConfigError('USAGE', H(
      'Nothing to check: give a draft file, "-" for stdin, or --drafts (see replycheck lint --help).',
      'Niets te controleren: geef een conceptbestand, "-" voor stdin, of --drafts (zie replycheck lint --help).',
    ));
  if (g.replyTo && (g.drafts || paths.length > 1))
    throw new ConfigError('USAGE', H('--reply-to goes with one draft.', '--reply-to hoort bij één concept.'));
  if (paths.filter((p) => p === '-').length > 1) throw new ConfigError('USAGE', H('stdin ("-") can be read once.', 'stdin ("-") kan één keer gelezen worden.'));

  const config: Config = await loadUserConfig(g);
  const { resolveNow } = await import('../time-args.js');
  const now = resolveNow(g.now);
  const rules = await rulesFor(config);
  const { resolveRules } = await import('../analyze/settings.js');
  resolveRules(rules, config.rules, config.filepath); // config mistakes are exit 2, before any draft is read
  const { getFormatter } = await import('../format/registry.js');
  const formatter = await getFormatter('lint', g.format);
  const lint = await import('../lint/lint.js');
  // --now (or REPLYCHECK_NOW) is the clock for every draft; without it each draft is judged at its own Date
  const nowGiven = g.now !== undefined || !!process.env.REPLYCHECK_NOW;
  const opts = { config, rules, now, nowGiven, replyTo: g.replyTo };

  const files: import('../lint/lint.js').LintFileResult[] = [];
  let unreadable = false;
  if (g.drafts) {
    const names = Object.keys(config.accounts);
    if (!names.length)
      throw new ConfigError('USAGE', H('--drafts needs IMAP accounts in the config (see "replycheck init").', '--drafts heeft IMAP-accounts in de config nodig (zie "replycheck init").'));
    for (const a of g.account ?? [])
      if (!names.includes(a)) throw new ConfigError('USAGE', H(`Unknown account "${a}". Configured: ${names.join(', ')}.`, `Onbekend account "${a}". In de config: ${names.join(', ')}.`));
    const { readAccount } = await import('../source/imap.js');
    const { describeOrigin } = await import('../model.js');
    for (const name of g.account?.length ? g.account : names) {
      try {
        const res = await readAccount(name, config.accounts[name]!, {
          role: 'drafts',
          useCache: false,
          quiet: true,
          parse: { me: config.me, internalDomains: config.internalDomains, now },
          onProblem: (p) => notice(`${p.source}: ${problemText(p, language())}`),
        });
        for (const m of res.messages) files.push(await lint.lintMessage(m, describeOrigin(m.origin), opts));
        if (res.stats.missed.length) unreadable = true; // the Drafts folder was not read to the end (named by onProblem)
      } catch (err) {
        unreadable = true;
        notice(`imap:${name}: ${(err as Error & { localized?: () => string }).localized?.() ?? (err as Error).message}`);
      }
    }
  } else {
    const { readFile } = await import('node:fs/promises');
    for (const path of paths) {
      let raw: Buffer;
      try {
        raw = path === '-' ? await readStdin() : await readFile(path);
      } catch (err) {
        const e = err as NodeJS.ErrnoException;
        unreadable = true;
        const msg =
          e.code === 'EISDIR' ? H(`${path} is a folder, not a draft`, `${path} is een map, geen concept`)
          : e.code === 'EACCES' ? H(`cannot read ${path}: permission denied`, `kan ${path} niet lezen: geen toegang`)
          : H(`no such file: ${path}`, `bestand bestaat niet: ${path}`);
        notice(t(msg));
        continue;
      }
      try {
        files.push(await lint.lintBytes(raw, path, opts));
      } catch (err) {
        if (err instanceof SourceError) {
          unreadable = true;
          notice(err.localized());
          continue;
        }
        throw err;
      }
    }
  }

  const lang = language();
  const shown = g.quiet ? files.map((f) => ({ ...f, findings: f.findings.filter((x) => x.severity === 'error') })) : files;
  await emit(formatter({ files: shown, now }, { lang, color: !g.outputFile && g.format === 'stylish' && wantColor(g.color), config }), g.outputFile);
  if (g.format !== 'stylish')
    for (const f of files) if (!f.checked) notice(`${f.path}: ${t(H('not checked', 'niet gecontroleerd'))}: ${f.reason?.[lang] ?? ''}`);
  for (const f of files) for (const e of f.errors) notice(`${e.source}: ${problemText(e, lang)}`);

  const findings = files.flatMap((f) => f.findings);
  const code = exitCode({ unreadable, findings, maxWarnings: g.maxWarnings });
  const warnings = findings.filter((f) => f.severity === 'warn').length;
  // Say why when only --max-warnings made the run fail: nothing at error severity was found.
  if (code === ExitCode.Findings && !findings.some((f) => f.severity === 'error')) {
    const n = { n: warnings, max: g.maxWarnings };
    notice(t(H(
      `${n.n} ${n.n === 1 ? 'warning' : 'warnings'}, more than --max-warnings ${n.max} allows: exit 1`,
      `${n.n} ${n.n === 1 ? 'waarschuwing' : 'waarschuwingen'}, meer dan --max-warnings ${n.max} toestaat: exitcode 1`,
    )));
  }
  return code;
}
