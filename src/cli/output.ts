/**
 * The options every reading command shares, as ESLint users expect them: `-o, --output-file`, `--rule 'id: …'`
 * overrides and `--print-config`; and writing a formatter's text to the file or to standard output.
 */
import { Option, type Command } from 'commander';
import { writeFile } from 'node:fs/promises';
import { t } from '../i18n.js';
import type { Config } from '../config/types.js';
import { collect, H, usage } from './shared.js';

export interface OutputOpts {
  outputFile?: string;
  rule?: string[];
  printConfig?: boolean;
}

export function addOutputOptions(cmd: Command, opts: { outputFile?: boolean } = {}): Command {
  if (opts.outputFile !== false)
    cmd.addOption(new Option('-o, --output-file <file>', t(H('write the output to this file instead of standard output', 'schrijf de uitvoer naar dit bestand in plaats van de standaarduitvoer'))));
  return cmd
    .addOption(new Option('--rule <rule>', t(H(`override one rule for this run, as in the config: 'slow-reply: off' or 'slow-reply: ["warn", {"maxBusinessHours": 8}]' (repeatable)`, `één regel voor deze run overschrijven, zoals in de config: 'slow-reply: off' of 'slow-reply: ["warn", {"maxBusinessHours": 8}]' (herhaalbaar)`))).argParser(collect))
    .addOption(new Option('--print-config', t(H('print the config this run would use (which files, merged, with --rule applied) and stop', 'toon de config die deze run zou gebruiken (welke bestanden, samengevoegd, met --rule) en stop'))));
}

/** --print-config: the merged config as JSON, with the files it came from first. */
export function printConfig(config: Config): string {
  const { filepath, filepaths, ruleFlags: _flags, ...rest } = config;
  const files = filepaths ?? (filepath ? [filepath] : []);
  return JSON.stringify({ files, config: rest }, null, 2) + '\n';
}

/** The formatter's text to --output-file (named when it cannot be written) or to standard output. */
export async function emit(text: string, file: string | undefined, flag = '--output-file'): Promise<void> {
  if (!file) {
    process.stdout.write(text);
    return;
  }
  try {
    await writeFile(file, text);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw usage(`${flag} ${file}: cannot write (${code}).`, `${flag} ${file}: kan niet schrijven (${code}).`);
  }
}
