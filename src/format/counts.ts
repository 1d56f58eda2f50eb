/**
 * Counted nouns for every formatter, so "1 message" and "3 messages", "1 bevinding" and "3 bevindingen" read right
 * and scan, report and lint word their counts the same way.
 */
import type { Language } from '../model.js';

const WORDS = {
  finding: { en: ['finding', 'findings'], nl: ['bevinding', 'bevindingen'] },
  problem: { en: ['problem', 'problems'], nl: ['probleem', 'problemen'] },
  error: { en: ['error', 'errors'], nl: ['fout', 'fouten'] },
  warning: { en: ['warning', 'warnings'], nl: ['waarschuwing', 'waarschuwingen'] },
  info: { en: ['info', 'info'], nl: ['info', 'info'] },
  thread: { en: ['thread', 'threads'], nl: ['thread', 'threads'] },
  message: { en: ['message', 'messages'], nl: ['bericht', 'berichten'] },
  draft: { en: ['draft', 'drafts'], nl: ['concept', 'concepten'] },
} satisfies Record<string, Record<Language, [string, string]>>;

export type CountedWord = keyof typeof WORDS;

/** "1 finding", "3 findings"; "1 bevinding", "3 bevindingen". */
export function counted(n: number, word: CountedWord, lang: Language): string {
  return `${n.toLocaleString(lang)} ${WORDS[word][lang][n === 1 ? 0 : 1]}`;
}
