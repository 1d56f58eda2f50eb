/**
 * A scan as the CLI runs it: the pipeline (src/pipeline.ts: source → parse → thread → analyze → rules) and the
 * words for what it reports as data, in Dutch and English, assembled into the ScanResult the formatters print.
 */
import type { Bilingual, Message, RunError } from './model.js';
import { runError } from './problems.js';
import { MAX_ANALYSED_CHARS } from './parse/limits.js';
import { readSources, runPipeline, type Problem, type ScanInput, type SourceRead } from './pipeline.js';
import type { ScanResult, SourceSummary } from './scan-result.js';

export type { ScanInput } from './pipeline.js';

const mb = (n: number, lang: string) => (n / 1024 / 1024).toLocaleString(lang, { maximumFractionDigits: 1 });
const num = (v: unknown, lang: string) => Number(v).toLocaleString(lang);

/** The words for the pipeline's own problem codes; `a` holds the problem's args. */
const TEXTS: Record<string, (a: Record<string, string | number>) => Bilingual> = {
  EACCES: (a) => ({ en: `Cannot read ${a.path}: permission denied`, nl: `Kan ${a.path} niet lezen: geen toegang` }),
  ENOENT: (a) => ({ en: `No such file or directory: ${a.path}`, nl: `Bestand of map bestaat niet: ${a.path}` }),
  NO_MESSAGES: () => ({ en: 'no messages found here', nl: 'hier geen berichten gevonden' }),
  NO_MAIL_READ: (a) => ({ en: `No mail could be read from ${a.path}`, nl: `Uit ${a.path} kon geen mail gelezen worden` }),
  TEXT_CAPPED: (a) => ({
    en: `the text is ${num(a.length, 'en')} characters long: only the first ${num(MAX_ANALYSED_CHARS, 'en')} were analysed`,
    nl: `de tekst is ${num(a.length, 'nl')} tekens lang: alleen de eerste ${num(MAX_ANALYSED_CHARS, 'nl')} zijn geanalyseerd`,
  }),
  MESSAGE_CAPPED: (a) => ({
    en: `the message is ${mb(Number(a.size), 'en')} MB: only its first ${mb(Number(a.read), 'en')} MB were read`,
    nl: `het bericht is ${mb(Number(a.size), 'nl')} MB: alleen de eerste ${mb(Number(a.read), 'nl')} MB zijn gelezen`,
  }),
  NO_ME: (a) => {
    const hint = a.top
      ? { en: ` The most frequent sender here is ${a.top} (${a.count} messages): is that you?`, nl: ` De vaakste afzender hier is ${a.top} (${a.count} berichten): bent u dat?` }
      : { en: '', nl: '' };
    return {
      en: `No "me" addresses configured, so every message counts as incoming. Add your addresses to the config, e.g. "me": ["you@example.com"] (replycheck init writes one).${hint.en}`,
      nl: `Geen "me"-adressen ingesteld, dus elk bericht telt als binnenkomend. Zet uw adressen in de config, bijv. "me": ["u@example.com"] (replycheck init maakt er een).${hint.nl}`,
    };
  },
  // Mail dated after the run's clock is left out (--now replays the past); say how much, so a wrong --now shows.
  AFTER_NOW: (a) =>
    a.later === a.total
      ? { en: `All ${a.total} messages are dated after --now (${a.now}), so nothing could be judged. Is --now right?`, nl: `Alle ${a.total} berichten zijn van na --now (${a.now}), dus er viel niets te beoordelen. Klopt --now?` }
      : { en: `${a.later} of ${a.total} messages are dated after --now (${a.now}) and were left out.`, nl: `${a.later} van de ${a.total} berichten zijn van na --now (${a.now}) en zijn buiten beschouwing gelaten.` },
};

/** A problem in both languages: the stage's own words, else the catalogue's (a path that failed `stat` as ENOENT). */
export function problemWords(p: Problem): Bilingual {
  if (p.texts) return p.texts;
  const words = TEXTS[p.code] ?? (p.args?.path !== undefined ? TEXTS.ENOENT : undefined);
  return words ? words(p.args ?? {}) : { en: p.code, nl: p.code };
}

const worded = (p: Problem): RunError =>
  p.texts || p.message === undefined ? runError(p.source, p.code, problemWords(p)) : { source: p.source, code: p.code, message: p.message };

/** The source as the formatters list it (the keys in the order JSON has always written them). */
function summaryOf(s: SourceRead): SourceSummary {
  const { incomplete, missed, ...counts } = s.summary;
  const summary: SourceSummary = { ...counts };
  if (s.failure) {
    const texts = problemWords(s.failure);
    Object.assign(summary, { failed: texts.en, failedTexts: texts });
  }
  if (s.warnings?.length) Object.assign(summary, { warnings: s.warnings.map((w) => w.en), warningTexts: s.warnings });
  return { ...summary, ...(incomplete && { incomplete }), ...(missed && { missed }) };
}

/** Reads every source (no threading, no rules): for scripts that need the parsed messages. */
export async function collectMessages(input: ScanInput): Promise<{ messages: Message[]; sources: SourceSummary[]; errors: RunError[] }> {
  const c = await readSources(input);
  return { messages: c.messages, sources: c.sources.map(summaryOf), errors: c.problems.map(worded) };
}

export async function scan(input: ScanInput): Promise<ScanResult> {
  const p = await runPipeline(input);
  const threadMessages = p.threads.flatMap((t) => t.messages);
  return {
    notices: p.notices.map(problemWords),
    now: input.now,
    since: input.since,
    sources: p.sources.map(summaryOf),
    findings: p.engine.findings,
    facts: p.engine.facts,
    errors: [...p.problems.map(worded), ...p.engine.errors],
    ...(p.later > 0 && p.later === p.mail ? { nothingBeforeNow: true } : {}),
    stats: {
      messages: threadMessages.length,
      threads: p.threads.length,
      incoming: threadMessages.filter((m) => m.direction === 'in').length,
      outgoing: threadMessages.filter((m) => m.direction === 'out').length,
      automated: threadMessages.filter((m) => m.automated).length,
      needingReply: p.engine.facts.reduce((n, f) => n + f.incoming.filter((i) => i.needsReply).length, 0),
      duplicates: p.inWindow.length - threadMessages.length,
    },
  };
}
