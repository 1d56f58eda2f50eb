/**
 * Commander's own words in the user's language: the help's headings, "(default: …)", the help and version
 * options, and the usage errors commander writes itself. The descriptions are ours and already bilingual.
 */
import { Help, type Command } from 'commander';
import { language } from '../i18n.js';

const TITLES: Record<string, string> = {
  'Usage:': 'Gebruik:',
  'Arguments:': 'Argumenten:',
  'Options:': 'Opties:',
  'Global Options:': 'Algemene opties:',
  'Commands:': 'Commando’s:',
};

/** "(default: "stylish", choices: …)" → Dutch words, the values untouched. */
function extras(text: string): string {
  if (language() !== 'nl') return text;
  return text.replace(/\((default|choices|preset|env): /g, (_m, w: string) => `(${EXTRA[w]}: `).replace(/, (default|choices|preset|env): /g, (_m, w: string) => `, ${EXTRA[w]}: `);
}
const EXTRA: Record<string, string> = { default: 'standaard', choices: 'keuze uit', preset: 'zonder waarde', env: 'omgeving' };

/** Commander's error lines: the common ones in Dutch; anything unknown stays as commander wrote it. */
const ERRORS: Array<[RegExp, string]> = [
  [/^error: unknown option '([^']*)'/, "fout: onbekende optie '$1'"],
  [/^error: unknown command '([^']*)'/, "fout: onbekend commando '$1'"],
  [/^error: missing required argument '([^']*)'/, "fout: verplicht argument '$1' ontbreekt"],
  [/^error: option '([^']*)' argument missing/, "fout: optie '$1' mist zijn waarde"],
  [/^error: option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are ([^.\n]*)\./, "fout: optie '$1' met waarde '$2' is ongeldig. Mogelijk: $3."],
  [/^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\./, 'fout: te veel argumenten. Verwacht $2, gekregen $3.'],
];

/** "(Did you mean --since?)" → "(Bedoelde u --since?)", by position: no pattern to backtrack over a long line. */
function didYouMean(line: string): string {
  const at = line.indexOf('(Did you mean ');
  const end = at < 0 ? -1 : line.indexOf('?)', at);
  return end < 0 ? line : `${line.slice(0, at)}(Bedoelde u ${line.slice(at + 14, end)}?)${line.slice(end + 2)}`;
}

export function localizeError(text: string): string {
  if (language() !== 'nl') return text;
  return text
    .split('\n')
    .map((line) => didYouMean(ERRORS.reduce((l, [re, nl]) => l.replace(re, nl), line)))
    .join('\n');
}

/** Applied to the program before its subcommands are added: commander copies these settings to each of them. */
export function localizeHelp(program: Command): void {
  const nl = language() === 'nl';
  program
    .helpOption('-h, --help', nl ? 'toon de hulp bij dit commando' : 'display help for command')
    .helpCommand('help [command]', nl ? 'toon de hulp bij een commando' : 'display help for a command')
    .configureHelp({
      // every command's help also lists -c, --lang, --no-color and --debug
      showGlobalOptions: true,
      styleTitle: (title: string) => (nl ? (TITLES[title] ?? title) : title),
      optionDescription(this: Help, option) {
        return extras(Help.prototype.optionDescription.call(this, option));
      },
      argumentDescription(this: Help, argument) {
        return extras(Help.prototype.argumentDescription.call(this, argument));
      },
    })
    .configureOutput({ outputError: (text, write) => write(localizeError(text)) });
}
