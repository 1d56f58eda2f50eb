import type { Language } from '../model.js';
import type { LintFileResult } from '../lint/lint.js';

/** What `lint` produced: one entry per draft (file, stdin or Drafts-folder message). */
export interface LintResult {
  files: LintFileResult[];
  now: Date;
}

export interface LintFormatContext {
  lang: Language;
  color: boolean;
}

/** A lint formatter: like the scan formatters, pure (result → text), never printing itself. */
export type LintFormatter = (result: LintResult, ctx: LintFormatContext) => string;

/** Lint formats by --format name, loaded on demand. */
export const LINT_FORMATS: Record<string, () => Promise<{ default: LintFormatter }>> = {
  stylish: () => import('./lint-stylish.js'),
  unix: () => import('./lint-unix.js'),
  json: () => import('./lint-json.js'),
};
