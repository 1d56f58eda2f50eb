/** The config's types, inferred from the one schema (schema.ts): nothing here is written by hand. */
import type { output } from 'zod';
import type { configSchema } from './schema.js';

export type { RuleSetting, Weekday } from './schema.js';

export type Config = output<ReturnType<typeof configSchema>> & {
  /** Path of the config file this came from, if any. */
  filepath?: string;
};
export type BusinessHoursConfig = Config['businessHours'];
export type AccountConfig = Config['accounts'][string];
