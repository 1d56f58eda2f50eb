import type { Bilingual, Language } from './model.js';

/** The language everything user-facing is written in: --lang, config `language`, then LANG/LC_*. */
let current: Language = fromEnv(process.env);

export function fromEnv(env: NodeJS.ProcessEnv): Language {
  if (env.REPLYCHECK_LANG) return /^nl([_.-]|$)/i.test(env.REPLYCHECK_LANG) ? 'nl' : 'en';
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  // as gettext: LANGUAGE ("nl:en") comes first, unless the locale is C/POSIX, which turns translation off
  const first = locale === 'C' || locale === 'POSIX' ? '' : (env.LANGUAGE ?? '').split(':').find((l) => l.trim()) ?? '';
  return /^nl([_.-]|$)/i.test(first || locale) ? 'nl' : 'en';
}

export function setLanguage(l: Language): void {
  current = l;
}

export function language(): Language {
  return current;
}

/** Pick the current language's text; fills {placeholders} from data. */
export function t(text: Bilingual | string, data: Record<string, unknown> = {}, lang: Language = current): string {
  const s = typeof text === 'string' ? text : text[lang];
  return fill(s, data, lang);
}

/** Replaces {key} with data[key]; a Bilingual value gives its `lang` text. */
export function fill(s: string, data: Record<string, unknown>, lang: Language = current): string {
  return s.replace(/\{(\w+)\}/g, (m, k: string) => {
    if (!(k in data)) return m;
    const v = data[k];
    if (v && typeof v === 'object' && 'en' in v && 'nl' in v) return String((v as Bilingual)[lang]);
    return String(v);
  });
}

/** Fill both languages at once. */
export function fillBoth(text: Bilingual, data: Record<string, unknown>): Bilingual {
  return { en: fill(text.en, data, 'en'), nl: fill(text.nl, data, 'nl') };
}
