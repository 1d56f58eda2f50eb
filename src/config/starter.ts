/** `replycheck init`'s starter config, made from the schema: its defaults, and its examples for accounts and rules. */
import { defaultConfig } from './defaults.js';
import { ownDomains } from './own-domains.js';
import { configSchema } from './schema.js';
import { zod } from './zod.js';

const example = (key: 'accounts' | 'rules'): Record<string, unknown> =>
  ((configSchema(zod()).in.shape[key].meta()?.examples as unknown[] | undefined)?.[0] ?? {}) as Record<string, unknown>;

export function starterConfig(me: string[]): Record<string, unknown> {
  const d = defaultConfig();
  const accounts = Object.fromEntries(
    Object.entries(example('accounts')).map(([name, a]) => [name, { ...(a as object), ...(me[0] && { user: me[0] }) }]),
  );
  return {
    me: me.length ? me : ['you@example.com'],
    internalDomains: ownDomains(me),
    businessHours: d.businessHours,
    accounts,
    rules: example('rules'),
    ignore: d.ignore,
  };
}
