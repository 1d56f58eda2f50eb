/**
 * zod, loaded on first use. It costs ~60 ms at start-up, so nothing imports it statically: `lint` without a config
 * file (and without rule options) never loads it. Loaded synchronously (zod ships CommonJS too) so that validation
 * stays a plain function call. Types come from `import type`, which costs nothing at run time.
 */
import { createRequire } from 'node:module';

export type Zod = typeof import('zod').z;

let loaded: Zod | undefined;

export function zod(): Zod {
  if (!loaded) loaded = (createRequire(import.meta.url)('zod') as typeof import('zod')).z;
  return loaded;
}
