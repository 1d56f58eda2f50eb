/** `--rule 'slow-reply: off'` / `--rule 'slow-reply: ["warn", {…}]'`: one rule setting from the command line. */
import { ConfigError } from '../errors.js';

const usage = (en: string, nl: string) => new ConfigError('USAGE', { en, nl });

/** "slow-reply: off" / "slow-reply: [\"warn\", {…}]" → [id, value]; the value is checked by the config validator. */
export function parseRuleFlag(text: string): [string, unknown] {
  const i = text.indexOf(':');
  const id = (i < 0 ? '' : text.slice(0, i)).trim();
  const raw = i < 0 ? '' : text.slice(i + 1).trim();
  if (!id || !raw)
    throw usage(`--rule '${text}': write it as 'rule-id: off' or 'rule-id: ["warn", {…}]'.`, `--rule '${text}': schrijf het als 'regel-id: off' of 'regel-id: ["warn", {…}]'.`);
  if (/^(off|info|warn|error)$/.test(raw)) return [id, raw];
  try {
    return [id, JSON.parse(raw) as unknown];
  } catch (err) {
    throw usage(`--rule '${text}': the value is neither a severity nor JSON (${(err as Error).message}).`, `--rule '${text}': de waarde is geen ernst en geen JSON (${(err as Error).message}).`);
  }
}

