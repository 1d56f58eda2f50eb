/** The config's types, inferred from the one schema (schema.ts): nothing here is written by hand. */
import type { output } from 'zod';
import type { configSchema } from './schema.js';

export type { RuleSetting, Weekday } from './schema.js';

export type Config = output<ReturnType<typeof configSchema>> & {
  /** Path of the config file this came from, if any (the project file when the user-wide one was merged under it). */
  filepath?: string;
  /** Every file merged into this config, user-wide first (--print-config shows them). */
  filepaths?: string[];
  /** The --rule settings of this run (already merged into `rules`), so their mistakes are blamed on --rule. */
  ruleFlags?: Record<string, unknown>;
};
export type BusinessHoursConfig = Config['businessHours'];
export type AccountConfig = Config['accounts'][string];
