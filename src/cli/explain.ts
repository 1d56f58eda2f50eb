/**
 * `replycheck explain`: how each message was read — new text, quote, signature and disclaimer, language, automated
 * or bulk, whether it needs a reply from me and why, the questions and promises found and what became of them.
 * The quickest way to check a false alarm; `--format json` is a documented contract (docs/explain-json.md).
 */
import type { Command } from 'commander';
import { language, t } from '../i18n.js';
import { collect, configAndSources, H, nowOption, usage, type GlobalOpts } from './shared.js';
import { sourceFailure } from '../problems.js';
import { notice, wantColor } from './terminal.js';

interface ExplainOpts extends GlobalOpts {
  now?: string;
  format: string;
  demo?: boolean;
  messageId?: string[];
  findings?: boolean;
}

export function registerExplain(program: Command): void {
  program
    .command('explain')
    .description(t(H(
      'show how each message was read: split, language, needs-a-reply with its reason, questions and promises',
      'toon hoe elk bericht gelezen is: opsplitsing, taal, of het antwoord vraagt en waarom, vragen en toezeggingen',
    )))
    .argument('[sources...]', t(H('mbox files, Maildir folders, .eml files or folders', 'mbox-bestanden, Maildir-mappen, .eml-bestanden of -mappen')))
    .option('--message-id <id>', t(H('only this message (repeatable; with or without <>)', 'alleen dit bericht (herhaalbaar; met of zonder <>)')), collect)
    .option('--findings', t(H('only messages that a finding is about', 'alleen berichten waar een bevinding over gaat')))
    .addOption(nowOption())
    .option('-f, --format <name>', t(H('stylish or json', 'stylish of json')), 'stylish')
    .option('--demo', t(H('explain the bundled demo mailbox', 'licht de meegeleverde demo-mailbox toe')))
    .addHelpText('after', t(H(`
Examples:
  replycheck explain inbox.mbox --message-id '<abc@example.com>'   why this mail did (not) give a finding
  replycheck explain --demo --findings                              every message the demo reports on
  replycheck explain ~/Mail/cur -f json | jq '.messages[] | select(.needsReply == false) | .noReplyReason'`, `
Voorbeelden:
  replycheck explain inbox.mbox --message-id '<abc@example.com>'   waarom deze mail wel of geen bevinding gaf
  replycheck explain --demo --findings                              elk bericht waarover de demo iets meldt
  replycheck explain ~/Mail/cur -f json | jq '.messages[] | select(.needsReply == false) | .noReplyReason'`)))
    .action(async (paths: string[], _opts, cmd: Command) => {
      process.exitCode = await runExplain(paths, cmd.optsWithGlobals() as ExplainOpts);
    });
}

const bracket = (id: string) => (id.startsWith('<') ? id : `<${id}>`);

async function runExplain(argPaths: string[], g: ExplainOpts): Promise<number> {
  const { resolveNow } = await import('../time-args.js');
  const { default: rules } = await import('../../rules/index.js');
  const { scan } = await import('../run.js');
  const { getFormatter } = await import('../format/registry.js');
  const { explainMessages } = await import('../analyze/explain.js');
  if (g.demo && argPaths.length) throw usage('--demo takes no sources.', '--demo neemt geen bronnen.');
  const { config, paths, nowFlag } = await configAndSources(g, argPaths);
  if (paths.length === 0) throw usage('Give a mailbox path (mbox, Maildir, .eml) or --demo.', 'Geef een mailbox-pad (mbox, Maildir, .eml) of --demo.');
  const formatter = await getFormatter('explain', g.format);
  const now = resolveNow(nowFlag);
  const result = await scan({ config, rules, paths, now });
  const ids = new Set((g.messageId ?? []).map(bracket));
  const about = new Set(result.findings.flatMap((f) => [f.messageId, typeof f.data?.repliesTo === 'string' ? f.data.repliesTo : f.messageId]));
  const messages = explainMessages(result.facts, result.findings, (m) => (ids.size === 0 || ids.has(m.messageId)) && (!g.findings || about.has(m.messageId)));
  process.stdout.write(formatter({ now, sources: result.sources, messages, errors: result.errors }, { lang: language(), color: wantColor(g.color), config }));
  for (const s of result.sources) if (s.failed) notice(sourceFailure(s, language())!);
  if (result.sources.some((s) => s.failed)) return 3;
  // A message id that matched nothing is a usage mistake, not a clean result.
  const missing = [...ids].filter((id) => !messages.some((m) => m.messageId === id));
  if (missing.length) {
    notice(t(H(`No message with Message-ID ${missing.join(', ')} in these sources.`, `Geen bericht met Message-ID ${missing.join(', ')} in deze bronnen.`)));
    return 2;
  }
  return 0;
}
