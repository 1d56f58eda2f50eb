import type { Formatter } from './types.js';
import { ConfigError } from '../errors.js';

/** Formatter name → module; loaded on demand so a command pays only for what it prints. */
const FORMATTERS: Record<string, () => Promise<{ default: Formatter }>> = {
  stylish: () => import('./stylish.js'),
  json: () => import('./json.js'),
};

export const formatNames = () => Object.keys(FORMATTERS);

export function registerFormatter(name: string, load: () => Promise<{ default: Formatter }>): void {
  FORMATTERS[name] = load;
}

export async function getFormatter(name: string): Promise<Formatter> {
  const load = FORMATTERS[name];
  if (!load)
    throw new ConfigError('UNKNOWN_FORMAT', {
      en: `Unknown format "${name}". Use one of: ${formatNames().join(', ')}.`,
      nl: `Onbekend formaat "${name}". Gebruik een van: ${formatNames().join(', ')}.`,
    });
  return (await load()).default;
}
