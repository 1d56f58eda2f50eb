/**
 * Whether an object is a complete rule: the checks every built-in rule passes (test/rules-meta.test.ts) and a custom
 * rule from `plugins` must pass before it runs. Returns the problems, in English and Dutch; none = a good rule.
 */
import type { Bilingual } from '../model.js';
import { zod } from '../config/zod.js';
import type { Rule } from './define-rule.js';

export const RULE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const bilingual = (v: unknown): v is Bilingual => isObj(v) && typeof v.en === 'string' && v.en.trim() !== '' && typeof v.nl === 'string' && v.nl.trim() !== '';

export function ruleProblems(r: unknown): Bilingual[] {
  const out: Bilingual[] = [];
  const no = (en: string, nl: string) => out.push({ en, nl });
  if (!isObj(r)) return [{ en: 'it does not export a rule object (use defineRule)', nl: 'het exporteert geen regel-object (gebruik defineRule)' }];
  const rule = r as unknown as Rule;
  if (typeof rule.id !== 'string' || !RULE_ID.test(rule.id)) no(`the id ${JSON.stringify(rule.id)} is not kebab-case like "my-rule"`, `de id ${JSON.stringify(rule.id)} is geen kebab-case zoals "mijn-regel"`);
  if (!bilingual(rule.description)) no('the description needs non-empty en and nl', 'de beschrijving heeft een niet-lege en en nl nodig');
  if (!['info', 'warn', 'error'].includes(rule.defaultSeverity as string)) no('defaultSeverity must be info, warn or error', 'defaultSeverity moet info, warn of error zijn');
  if (!Array.isArray(rule.tags) || rule.tags.some((t) => typeof t !== 'string')) no('tags must be a list of texts', 'tags moet een lijst met teksten zijn');
  if (typeof rule.check !== 'function' && typeof rule.checkDraft !== 'function') no('it needs check(thread, ctx) or checkDraft(draft, ctx)', 'de regel heeft check(thread, ctx) of checkDraft(draft, ctx) nodig');
  if (!isObj(rule.texts) || Object.keys(rule.texts).length === 0) no('it needs texts: { id: { en, nl } }', 'de regel heeft texts nodig: { id: { en, nl } }');
  else
    for (const [id, text] of Object.entries(rule.texts)) {
      if (!bilingual(text)) no(`text "${id}" needs non-empty en and nl`, `tekst "${id}" heeft een niet-lege en en nl nodig`);
      else if (placeholders(text.en) !== placeholders(text.nl)) no(`text "${id}" has other {placeholders} in en and nl`, `tekst "${id}" heeft andere {plaatshouders} in en en nl`);
    }
  if (!isObj(rule.defaultOptions)) no('defaultOptions must be an object ({} for none)', 'defaultOptions moet een object zijn ({} voor geen)');
  else {
    const names = Object.keys(rule.defaultOptions);
    const shape = names.length && typeof rule.optionSchema === 'function' ? (rule.optionSchema(zod()) as Record<string, { safeParse(v: unknown): { success: boolean } }>) : {};
    if (names.length && typeof rule.optionSchema !== 'function') no('options need an optionSchema: (z) => ({ name: z.number() … })', 'opties hebben een optionSchema nodig: (z) => ({ naam: z.number() … })');
    for (const name of names) {
      if (typeof rule.optionSchema === 'function' && !shape[name]) no(`option "${name}" has no schema`, `optie "${name}" heeft geen schema`);
      else if (shape[name] && !shape[name].safeParse(rule.defaultOptions[name]).success) no(`the default of option "${name}" does not fit its schema`, `de standaardwaarde van optie "${name}" past niet bij het schema`);
      if (!bilingual((rule.optionDocs as Record<string, unknown> | undefined)?.[name])) no(`option "${name}" needs optionDocs in en and nl`, `optie "${name}" heeft optionDocs in en en nl nodig`);
    }
  }
  return out;
}
