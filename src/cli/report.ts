/**
 * `replycheck report`: the weekly figures for a team lead or a scheduled CI job. Reads the same sources as `scan`
 * (or merges the JSON of several scans), computes the figures for the period and the one before it, checks the
 * thresholds and prints one of five formats. Exit 0 pass, 1 threshold breached or new failing findings,
 * 2 usage error (bad period, unreadable baseline or merge file), 3 a source could not be read.
 */
import { appendFile, writeFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { ConfigError } from '../errors.js';
import { language, t } from '../i18n.js';
import type { Config } from '../config/types.js';
import type { FailOn } from '../model.js';
import type { ReportData } from '../stats/report-model.js';

import { accountOption, analysisBudgetFromEnv, configAndSources, H, nowOption, rulesFor, usage, type GlobalOpts } from './shared.js';
import { sourceFailure } from '../problems.js';
import { notice, progressFor, wantColor } from './terminal.js';

interface ReportOpts extends GlobalOpts {
  since?: string;
  from?: string;
  to?: string;
  period?: string;
  now?: string;
  format: string;
  out?: string;
  stepSummary?: boolean;
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
    .option('-o, --out <file>', t(H('write the report to this file instead of standard output', 'schrijf het rapport naar dit bestand in plaats van de standaarduitvoer')))
    .option('--step-summary', t(H('also append the report as Markdown to $GITHUB_STEP_SUMMARY', 'voeg het rapport ook als Markdown toe aan $GITHUB_STEP_SUMMARY')))
    .addOption(new Option('--fail-on <level>', t(H('exit 1 on breached thresholds and new findings at this severity', 'exitcode 1 bij overschreden drempels en nieuwe bevindingen met deze ernst'))).choices(['error', 'warn', 'never']).default('error'))
    .option('--baseline <file>', t(H('only findings not in this baseline count as new', 'alleen bevindingen die niet in deze baseline staan tellen als nieuw')))
    .option('--write-baseline <file>', t(H('write the findings of this report as a baseline', 'schrijf de bevindingen van dit rapport als baseline')))
    .option('--redact', t(H('pseudonyms for addresses and names, no mail text: safe to publish', 'pseudoniemen voor adressen en namen, geen mailtekst: veilig om te publiceren')))
    .option('--merge <files...>', t(H('combine the JSON of several "scan --format json" runs instead of reading mail', 'voeg de JSON van meerdere "scan --format json"-runs samen in plaats van mail te lezen')))
    .option('--demo', t(H('report on the bundled demo mailbox', 'rapport over de meegeleverde demo-mailbox')))
    .addOption(accountOption())
    .option('--no-cache', t(H('do not use or update the local IMAP cache', 'de lokale IMAP-cache niet gebruiken of bijwerken')))
    .option('-q, --quiet', t(H('no progress output', 'geen voortgang tonen')))
    .addHelpText('after', t(H(`
Examples:
  replycheck report --demo --period last-week --format html --out report.html
  replycheck report ~/Mail/inbox.mbox --since 30d --format markdown --step-summary
  replycheck report --merge results/*.json --format junit --out junit.xml --baseline baseline.json`, `
Voorbeelden:
  replycheck report --demo --period last-week --format html --out rapport.html
  replycheck report ~/Mail/inbox.mbox --since 30d --format markdown --step-summary
  replycheck report --merge results/*.json --format junit --out junit.xml --baseline baseline.json`)))
    .action(async (paths: string[], _opts, cmd: Command) => {
      process.exitCode = await runReport(paths, cmd.optsWithGlobals() as ReportOpts);
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
      progress: progressFor(o.quiet), analysisBudget: analysisBudgetFromEnv(),
    });
    input = { records: recordsFromFacts(result.facts), findings: result.findings, sources: result.sources, errors: result.errors };
  }

  const allRules = await rulesFor(config);
  const { resolveRules } = await import('../analyze/settings.js');
  const ruleIds = resolveRules(allRules, config.rules, config.filepath).filter((r) => r.rule.check).map((r) => r.rule.id);
  const model = buildReport({ ...input, config, now, period, failOn: o.failOn, baseline, rules: ruleIds }, isMine);
  const code = exitCode({
    unreadable: incomplete({ sources: model.sources, errors: input.errors ?? [] }),
    findings: model.findings.filter((f) => f.isNew),
    failOn: o.failOn,
    breaches: model.verdict.breaches.length,
  });
  let data: ReportData = { ...model, verdict: { ...model.verdict, exitCode: code } };
  if (o.writeBaseline) await writeBaseline(o.writeBaseline, data.findings, now);
  if (o.redact) {
    const { redactReport } = await import('../stats/redact.js');
    data = redactReport(data, input.records.flatMap((r) => [{ address: r.from, name: r.name }, ...r.to.map((a) => ({ address: a }))]));
  }

  const lang = language();
  const text = formatter(data, { lang, color: !o.out && o.format === 'stylish' && wantColor(o.color), config });
  if (o.out) await writeOut(o.out, text);
  else process.stdout.write(text);
  if (o.stepSummary) {
    const md = (await getFormatter('report', 'markdown'))(data, { lang, color: false, config });
    await appendFile(process.env.GITHUB_STEP_SUMMARY!, md);
  }
  for (const s of data.sources) if (s.failed) notice(sourceFailure(s, lang)!);
  return data.verdict.exitCode;
}

async function writeOut(file: string, text: string): Promise<void> {
  try {
    await writeFile(file, text);
  } catch (err) {
    throw new ConfigError('OUT_UNWRITABLE', {
      en: `--out ${file}: cannot write (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}).`,
      nl: `--out ${file}: kan niet schrijven (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}).`,
    }, { cause: err });
  }
}
