import type { Config } from '../config/types.js';
import type { Language } from '../model.js';

/** What every formatter is told besides its data: the language, whether to colour, and the config (time zone). */
export interface FormatContext {
  lang: Language;
  color: boolean;
  config: Config;
}

/** A formatter: pure (data → text), never printing itself. `D` is a scan result, a report or a lint result. */
export type Formatter<D> = (data: D, ctx: FormatContext) => string;
