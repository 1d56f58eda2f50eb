/**
 * luxon on first use: ~15 ms of start-up that `lint` of a fresh draft never needs. Synchronous (luxon ships a
 * CommonJS build), so the time helpers keep their synchronous signatures.
 */
import { createRequire } from 'node:module';
import type * as Luxon from 'luxon';

let mod: typeof Luxon | undefined;

export function luxon(): typeof Luxon {
  return (mod ??= createRequire(import.meta.url)('luxon') as typeof Luxon);
}
