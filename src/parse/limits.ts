/** Bounds on what one message may cost a run; a module of its own so that importing it loads nothing else. */

/**
 * The most body text of one message that is analysed: 300,000 characters, some 70 pages of prose (and what `lint`
 * has always refused beyond). What lies beyond
 * is no mail a person wrote to be answered (a log, a pasted export, an attack); it is cut off so that no message
 * can hold a run for long or fill its memory, and the cut is reported (Message.capped, `errors` code TEXT_CAPPED).
 */
export const MAX_ANALYSED_CHARS = 300_000;

/**
 * The most time the analysis of one message may take (its questions, promises, answers), in ms: the same as its
 * parse may take (src/parse/mime.ts). A message over it is named under `errors` (ANALYSIS_BUDGET) and the run goes on.
 */
export const MESSAGE_ANALYSIS_MS = 15_000;
