import type { Command } from 'commander';
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError } from '../errors.js';
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
      writeFileSync(file, JSON.stringify(starterConfig((opts.me ?? []).map((s) => s.toLowerCase())), null, 2) + '\n', { mode: 0o600 });
      process.stdout.write(t({
        en: `Wrote ${file}. Set "me" and the account, then run: replycheck scan\nEvery key is explained in docs/configuration.md.\n`,
        nl: `${file} geschreven. Vul "me" en het account in en draai daarna: replycheck scan\nAlle sleutels staan uitgelegd in docs/configuration.md.\n`,
      }));
    });
}
