/**
 * Problems (a source that could not be read, a message that could not be parsed, a warning about an account) as
 * data: a code, where it happened, and its text in both languages. The text is chosen where a person reads it
 * (stylish output, stderr); JSON carries the English `message`, so it is the same whatever LANG or --lang say.
 */
import { ReplycheckError } from './errors.js';
import type { Bilingual, Language, RunError } from './model.js';
import type { SourceSummary } from './scan-result.js';

/** Both languages of what went wrong: a replycheck error's own texts, else the error's message. */
export function problemTexts(err: unknown): Bilingual {
  if (err instanceof ReplycheckError) return err.texts;
  const m = err instanceof Error ? err.message : String(err);
  return { en: m, nl: m };
}

export function runError(source: string, code: string, texts: Bilingual): RunError {
  return { source, code, message: texts.en, texts };
}

/** The text for a person reading in `lang`. */
export const problemText = (p: { message: string; texts?: Bilingual }, lang: Language): string => p.texts?.[lang] ?? p.message;

export const sourceFailure = (s: SourceSummary, lang: Language): string | undefined =>
  s.failedTexts?.[lang] ?? s.failed;

export const sourceWarnings = (s: SourceSummary, lang: Language): string[] =>
  s.warningTexts?.map((w) => w[lang]) ?? s.warnings ?? [];

/** What a run did not read of a source: all of it, or some of its mailboxes ('imap:work/Sent'). */
export function unreadParts(s: SourceSummary): string[] {
  if (s.failed) return [s.source];
  return (s.missed ?? []).map((m) => `${s.source}/${m}`);
}

/** A run that read less than all of its sources: never a clean result, never exit 0. */
export const runIncomplete = (sources: readonly SourceSummary[]): boolean => sources.some((s) => unreadParts(s).length > 0);

/** One line that says the run is incomplete and what it missed; undefined when everything was read. */
export function incompleteText(sources: readonly SourceSummary[], lang: Language): string | undefined {
  const parts = sources.flatMap(unreadParts);
  if (!parts.length) return undefined;
  const list = parts.join(', ');
  return lang === 'nl'
    ? `Onvolledig: niet (helemaal) gelezen: ${list}. De uitkomst laat die mail weg: antwoorden daarin zijn niet gezien, dus wachttijden kunnen te lang lijken.`
    : `Incomplete: not (fully) read: ${list}. The results leave that mail out: replies in it were not seen, so waits may look longer than they are.`;
}

/** As JSON writes them: without the texts for people. */
export function errorToJson(e: RunError): Omit<RunError, 'texts'> {
  const { texts: _texts, ...rest } = e;
  return rest;
}

export function sourceToJson(s: SourceSummary): Omit<SourceSummary, 'failedTexts' | 'warningTexts'> {
  const { failedTexts: _f, warningTexts: _w, ...rest } = s;
  return rest;
}
