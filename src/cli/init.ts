import type { Command } from 'commander';
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError } from '../errors.js';
import { ROOT } from '../meta.js';
import { t } from '../i18n.js';

export function registerInit(program: Command): void {
  program
    .command('init')
    .description(t({ en: 'write a starter config (.replycheckrc.json) in this folder', nl: 'schrijf een start-config (.replycheckrc.json) in deze map' }))
    .option('--me <address...>', t({ en: 'your own addresses', nl: 'uw eigen adressen' }))
    .option('--force', t({ en: 'overwrite an existing file', nl: 'een bestaand bestand overschrijven' }))
    .action(async (opts: { me?: string[]; force?: boolean }) => {
      const file = resolve('.replycheckrc.json');
      if (existsSync(file) && !opts.force)
        throw new ConfigError('EXISTS', {
          en: `${file} already exists; use --force to overwrite it.`,
          nl: `${file} bestaat al; gebruik --force om het te overschrijven.`,
        });
      const { starterConfig } = await import('../config/starter.js');
      const me = (opts.me ?? []).map((s) => s.toLowerCase());
      const config = { $schema: schemaRef(), ...starterConfig(me) };
      writeFileSync(file, JSON.stringify(config, null, 2) + '\n', { mode: 0o600 });
      const todo = me.length ? t({ en: 'Set the account', nl: 'Vul het account in' }) : t({ en: 'Set "me" and the account', nl: 'Vul "me" en het account in' });
      process.stdout.write(t({
        en: `Wrote ${file}. ${todo}, then run: replycheck scan\nEvery key is explained in docs/configuration.md; editors check the file against its $schema.\n`,
        nl: `${file} geschreven. ${todo} en draai daarna: replycheck scan\nAlle sleutels staan uitgelegd in docs/configuration.md; editors controleren het bestand met het $schema.\n`,
      }));
    });
}

/**
 * The published JSON Schema as this install has it: a relative path when replycheck is installed in the project
 * (it moves with the project), else a file URL to the installed copy (a global install, or a clone).
 */
function schemaRef(cwd = process.cwd()): string {
  const schema = join(ROOT, 'docs', 'replycheck.schema.json');
  const rel = relative(cwd, schema);
  if (rel.startsWith(`node_modules${sep}`)) return `./${rel.split(sep).join('/')}`;
  return pathToFileURL(schema).href;
}
