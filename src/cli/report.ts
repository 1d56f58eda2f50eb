/**
 * `replycheck report`: the weekly figures for a team lead or a scheduled CI job. Reads the same sources as `scan`
 * (or merges the JSON of several scans), computes the figures for the period and the one before it, checks the
 * thresholds and prints one of five formats. Exit 0 pass, 1 threshold breached or new failing findings,
 * 2 usage error (bad period, unreadable baseline or merge file), 3 a source could not be read.
 */
import { appendFile, stat } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { language, t } from '../i18n.js';
import type { Config } from '../config/types.js';
import type { FailOn } from '../model.js';
import type { ReportData } from '../stats/report-model.js';

import { accountOption, analysisBudgetFromEnv, configAndSources, H, maxWarningsOption, nowOption, rulesFor, usage, type GlobalOpts } from './shared.js';
import { addOutputOptions, emit, printConfig } from './output.js';
import { incompleteText, runIncomplete, sourceFailure } from '../problems.js';
import { notice, progressFor, wantColor } from './terminal.js';

interface ReportOpts extends GlobalOpts {
  since?: string;
  from?: string;
  to?: string;
  period?: string;
  now?: string;
  format: string;
  out?: string;
  outputFile?: string;
  rule?: string[];
  printConfig?: boolean;
  progress?: boolean;
  maxWarnings?: number;
  stepSummary?: boolean;
  redactSummary?: boolean;
  failOn: FailOn;
  baseline?: string;
  writeBaseline?: string;
  redact?: boolean;
  merge?: string[];
  demo?: boolean;
  account?: string[];
  cache?: boolean;
  quiet?: boolean;
}

/** GitHub refuses a job summary over 1 MiB (and shows nothing of it). */
const STEP_SUMMARY_LIMIT = 1024 * 1024;

/** Days read before the trend/previous period so that threads and waiting customers have their context. */
const LOOKBACK_DAYS = 14;

export function registerReport(program: Command): void {
  program
    .command('report')
    .description(t(H(
      'team figures for a period: reply times, questions answered, promises kept, trend; built for CI',
      'teamcijfers over een periode: antwoordtijden, beantwoorde vragen, nagekomen toezeggingen, trend; gemaakt voor CI',
    )))
    .argument('[sources...]', t(H('mbox files, Maildir folders, .eml files or folders; none = the configured IMAP accounts', 'mbox-bestanden, Maildir-mappen, .eml-bestanden of -mappen; geen = de IMAP-accounts uit de config')))
    .option('--since <age>', t(H('the period: the last 7d, 2w, 36h … up to now (default 7d)', 'de periode: de laatste 7d, 2w, 36h … tot nu (standaard 7d)')))
    .option('--from <date>', t(H('start of the period (a bare date is midnight in the configured time zone)', 'begin van de periode (een kale datum is middernacht in de ingestelde tijdzone)')))
    .option('--to <date>', t(H('last day of the period, inclusive (default now)', 'laatste dag van de periode, inclusief (standaard nu)')))
    .option('--period <name>', t(H('last-week (previous Monday–Sunday), this-week, last-month, this-month, yesterday, today', 'last-week (vorige maandag–zondag), this-week, last-month, this-month, yesterday, today')))
    .addOption(nowOption())
    .option('-f, --format <name>', t(H('stylish, markdown, html, json or junit', 'stylish, markdown, html, json of junit')), 'stylish')
    .option('-o, --output-file <file>', t(H('write the report to this file instead of standard output', 'schrijf het rapport naar dit bestand in plaats van de standaarduitvoer')))
    .addOption(new Option('--out <file>', 'same as --output-file').hideHelp())
    .option('--step-summary', t(H('also append the report as Markdown to $GITHUB_STEP_SUMMARY (redacted, under GitHub\'s 1 MiB limit)', 'voeg het rapport ook als Markdown toe aan $GITHUB_STEP_SUMMARY (geanonimiseerd, onder de grens van 1 MiB van GitHub)')))
    .option('--no-redact-summary', t(H('with --step-summary: real names and addresses in the summary', 'met --step-summary: echte namen en adressen in de samenvatting')))
    .addOption(new Option('--fail-on <level>', t(H('exit 1 on breached thresholds and new findings at this severity', 'exitcode 1 bij overschreden drempels en nieuwe bevindingen met deze ernst'))).choices(['error', 'warn', 'never']).default('error'))
    .option('--baseline <file>', t(H('only findings not in this baseline count as new', 'alleen bevindingen die niet in deze baseline staan tellen als nieuw')))
    .option('--write-baseline <file>', t(H('write the findings of this report as a baseline', 'schrijf de bevindingen van dit rapport als baseline')))
    .option('--redact', t(H('pseudonyms for addresses and names, no mail text: safe to publish', 'pseudoniemen voor adressen en namen, geen mailtekst: veilig om te publiceren')))
    .option('--merge <files...>', t(H('combine the JSON of several "scan --format json" runs instead of reading mail', 'voeg de JSON van meerdere "scan --format json"-runs samen in plaats van mail te lezen')))
    .option('--demo', t(H('report on the bundled demo mailbox', 'rapport over de meegeleverde demo-mailbox')))
    .addOption(accountOption())
    .option('--no-cache', t(H('do not use or update the local IMAP cache', 'de lokale IMAP-cache niet gebruiken of bijwerken')))
    .option('-q, --quiet', t(H('list findings at error severity only (the figures stay whole), no progress', 'alleen bevindingen met ernst error tonen (de cijfers blijven volledig), geen voortgang')))
    .option('--no-progress', t(H('no progress bars on stderr', 'geen voortgangsbalken op stderr')))
    .addOption(maxWarningsOption())
    .addHelpText('after', t(H(`
Examples:
  replycheck report --demo --period last-week --format html -o report.html
  replycheck report ~/Mail/inbox.mbox --since 30d --format markdown --step-summary
  replycheck report --merge results/*.json --format junit -o junit.xml --baseline baseline.json`, `
Voorbeelden:
  replycheck report --demo --period last-week --format html -o rapport.html
  replycheck report ~/Mail/inbox.mbox --since 30d --format markdown --step-summary
  replycheck report --merge results/*.json --format junit -o junit.xml --baseline baseline.json`)));
  addOutputOptions(program.commands.at(-1)!, { outputFile: false })
    .action(async (paths: string[], _opts, cmd: Command) => {
      const { spoolStdin } = await import('./stdin-source.js');
      const input = await spoolStdin(paths);
      try {
        process.exitCode = await runReport(input.paths, cmd.optsWithGlobals() as ReportOpts);
      } finally {
        await input.cleanup();
      }
    });
}

async function loadConfigFor(o: ReportOpts, paths: string[]): Promise<{ config: Config; paths: string[]; nowFlag?: string }> {
  if (o.demo && (paths.length || o.merge)) throw usage('--demo takes no sources and no --merge.', '--demo neemt geen bronnen en geen --merge.');
  return configAndSources(o, paths);
}

export async function runReport(argPaths: string[], o: ReportOpts): Promise<number> {
  const { resolveNow } = await import('../time-args.js');
  const { resolvePeriod } = await import('../stats/period.js');
  const { getFormatter } = await import('../format/registry.js');
  const { buildReport } = await import('../stats/report-model.js');
  const { exitCode, incomplete } = await import('./exit-code.js');
  const { config, paths, nowFlag } = await loadConfigFor(o, argPaths);
  if (o.printConfig) {
    await emit(printConfig(config), o.outputFile ?? o.out);
    return 0;
  }
  if (o.merge && paths.length) throw usage('Give sources or --merge, not both.', 'Geef bronnen of --merge, niet allebei.');
  const formatter = await getFormatter('report', o.format);
  if (o.stepSummary && !process.env.GITHUB_STEP_SUMMARY)
    throw usage('--step-summary: GITHUB_STEP_SUMMARY is not set (it is set inside GitHub Actions).', '--step-summary: GITHUB_STEP_SUMMARY is niet gezet (dat gebeurt binnen GitHub Actions).');
  const zone = config.businessHours.timezone;

  // Read the cheap, fallible inputs first: a bad baseline or merge file stops the run before any mail is read.
  const { readBaseline, writeBaseline } = await import('../stats/baseline.js');
  const baseline = o.baseline ? await readBaseline(o.baseline) : undefined;
  const merged = o.merge ? await (await import('../stats/merge.js')).readMergeInputs(o.merge) : undefined;

  const now = resolveNow(nowFlag ?? (merged?.now && !process.env.REPLYCHECK_NOW ? merged.now.toISOString() : undefined));
  const period = resolvePeriod({ since: o.since, from: o.from, to: o.to, period: o.period, now, timezone: zone });
  const { addressMatcher } = await import('../parse/parse-message.js');
  const isMine = addressMatcher(config.me);

  let input;
  if (merged) input = { ...merged, merged: merged.files };
  else {
    if (paths.length === 0 && Object.keys(config.accounts).length === 0)
      throw usage(
        'Nothing to report on: give a mailbox path, use --demo or --merge, or configure IMAP accounts.',
        'Niets om over te rapporteren: geef een mailbox-pad, gebruik --demo of --merge, of stel IMAP-accounts in.',
      );
    const rules = await rulesFor(config);
    const { scan } = await import('../run.js');
    const { recordsFromFacts } = await import('../stats/records.js');
    const weeksBack = new Date(period.cutoff.getTime() - 7 * 7 * 86_400_000);
    const start = Math.min(period.previous.from.getTime(), weeksBack.getTime()) - LOOKBACK_DAYS * 86_400_000;
    // One clock: the findings are judged as of the period's end, the moment its figures are computed at, so a
    // report on last week lists what was open then, not what is open today.
    const result = await scan({
      config, rules, paths, accountNames: o.account, since: new Date(start), now: period.cutoff, useCache: o.cache,
      progress: progressFor(o.quiet || o.progress === false), analysisBudget: analysisBudgetFromEnv(),
    });
    const { honourIgnores } = await import('./ignored.js');
    const { findings } = await honourIgnores(result.findings, result.facts, config, period.cutoff, o.demo);
    input = { records: recordsFromFacts(result.facts), findings, sources: result.sources, errors: result.errors };
  }

  const allRules = await rulesFor(config);
  const { resolveRules } = await import('../analyze/settings.js');
  const ruleIds = resolveRules(allRules, config.rules, config.filepath).filter((r) => r.rule.check).map((r) => r.rule.id);
  const model = buildReport({ ...input, config, now, period, failOn: o.failOn, baseline, rules: ruleIds }, isMine);
  const code = exitCode({
    unreadable: runIncomplete(model.sources) || incomplete({ sources: model.sources, errors: input.errors ?? [] }),
    findings: model.findings.filter((f) => f.isNew),
    failOn: o.failOn,
    breaches: model.verdict.breaches.length,
    maxWarnings: o.maxWarnings,
  });
  let data: ReportData = { ...model, verdict: { ...model.verdict, exitCode: code } };
  if (o.writeBaseline) await writeBaseline(o.writeBaseline, data.findings, now);
  const people = () => input.records.flatMap((r) => [{ address: r.from, name: r.name }, ...r.to.map((a) => ({ address: a }))]);
  const unredacted = data;
  if (o.redact) {
    const { redactReport } = await import('../stats/redact.js');
    data = redactReport(data, people());
  }

  if (o.quiet) data = { ...data, findings: data.findings.filter((f) => f.severity === 'error') };
  const lang = language();
  const out = o.outputFile ?? o.out;
  const text = formatter(data, { lang, color: !out && o.format === 'stylish' && wantColor(o.color), config });
  await emit(text, out);
  if (o.stepSummary) {
    // a job summary is seen by everyone who can read the run: redacted unless --no-redact-summary says otherwise
    let shown = data;
    if (!o.redact && o.redactSummary !== false) shown = (await import('../stats/redact.js')).redactReport(unredacted, people());
    if (o.quiet) shown = { ...shown, findings: shown.findings.filter((f) => f.severity === 'error') };
    const md = (await getFormatter('report', 'markdown'))(shown, { lang, color: false, config });
    const file = process.env.GITHUB_STEP_SUMMARY!;
    const { fitSummary } = await import('../format/report/step-summary.js');
    const used = await stat(file).then((st) => st.size, () => 0);
    await appendFile(file, fitSummary(md, STEP_SUMMARY_LIMIT - used, lang));
  }
  for (const s of data.sources) if (s.failed) notice(sourceFailure(s, lang)!);
  const missed = incompleteText(data.sources, lang);
  if (missed) notice(missed);
  return data.verdict.exitCode;
}

