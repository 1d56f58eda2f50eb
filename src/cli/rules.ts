/** `replycheck rules`: the rules with their default severity, options and docs, as text or JSON. */
import type { Command } from 'commander';
import { language, t } from '../i18n.js';
import type { Bilingual } from '../model.js';
import { H, loadUserConfig, rulesFor, type GlobalOpts } from './shared.js';

export function registerRules(program: Command): void {
  program
    .command('rules')
    .description(t(H('list the rules with their default severity, options and docs', 'toon de regels met standaardernst, opties en documentatie')))
    .option('-f, --format <name>', t(H('stylish or json', 'stylish of json')), 'stylish')
    .action(async (opts: { format: string }, cmd: Command) => {
      // The built-in rules, and the config's custom rules (plugins) when there is a config.
      const rules = await rulesFor(await loadUserConfig(cmd.optsWithGlobals() as GlobalOpts));
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
}
