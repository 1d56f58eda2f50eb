/** "Did you mean" for config keys, rule ids and option names: the closest candidate by edit distance. */
import { ConfigError } from '../errors.js';

/** Levenshtein distance, case-insensitive. */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(word, c);
    if (d < bestD) [best, bestD] = [c, d];
  }
  return bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

export function unknownKeyError(where: string, key: string, valid: string[], file?: string): ConfigError {
  const hint = closest(key, valid);
  const inFile = file ? ` (${file})` : '';
  return new ConfigError('CONFIG_UNKNOWN_KEY', {
    en: `Unknown config key "${where}${key}"${inFile}.` + (hint ? ` Did you mean "${where}${hint}"?` : ` Valid keys: ${valid.join(', ')}.`),
    nl: `Onbekende config-sleutel "${where}${key}"${inFile}.` + (hint ? ` Bedoelt u "${where}${hint}"?` : ` Geldige sleutels: ${valid.join(', ')}.`),
  });
}
