/** Errors with stable codes. The CLI maps them to exit codes; none prints a stack unless --debug. */
import type { Bilingual } from './model.js';
import { t } from './i18n.js';

export const ExitCode = {
  Ok: 0,
  Findings: 1,
  Usage: 2,
  Source: 3,
} as const;

export class ReplycheckError extends Error {
  readonly code: string;
  readonly texts: Bilingual;
  constructor(code: string, text: Bilingual | string, options?: { cause?: unknown }) {
    const texts = typeof text === 'string' ? { en: text, nl: text } : text;
    super(texts.en, options);
    this.code = code;
    this.texts = texts;
    this.name = new.target.name;
  }
  /** The message in the user's language. */
  localized(): string {
    return t(this.texts);
  }
}

/** A user mistake: bad flag, bad config key or value. Exit 2. */
export class ConfigError extends ReplycheckError {}

/** A source that could not be read: missing file, IMAP auth, connection. Exit 3. */
export class SourceError extends ReplycheckError {}

/** One message that could not be parsed; recorded in report.errors, the run goes on. */
export class MessageError extends ReplycheckError {}

export function errorMessage(err: unknown): string {
  if (err instanceof ReplycheckError) return err.localized();
  if (err instanceof Error) return err.message;
  return String(err);
}
