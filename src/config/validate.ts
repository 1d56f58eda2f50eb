/**
 * Config validation by hand: small, fast at start-up (lint runs on every send), and every message names the key,
 * what was wrong and, for a typo, the closest valid key.
 */
import { ConfigError } from '../errors.js';
import type { AccountConfig, BusinessHoursConfig, Config, Weekday } from './types.js';
import { defaultConfig } from './defaults.js';

const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const TOP_KEYS = [
  'me', 'internalDomains', 'checkInternal', 'language', 'businessHours', 'accounts', 'rules', 'ignore',
  'phrases', 'team', 'thresholds', 'cacheDir', '$schema',
];
const BH_KEYS = ['timezone', 'days', 'start', 'end', 'holidays', 'extraDaysOff'];
export const ACCOUNT_KEYS = [
  'host', 'port', 'secure', 'user', 'passwordCommand', 'passwordEnv', 'password', 'tokenCommand', 'caFile',
  'insecureSkipVerify', 'mailboxes', 'allMail', 'timeoutSeconds',
];
export const THRESHOLD_KEYS = [
  'p90FirstReplyBusinessHours', 'medianFirstReplyBusinessHours', 'p90ReplyBusinessHours',
  'minQuestionsAnsweredPercent', 'minRepliedPercent', 'maxBrokenPromises', 'maxAwaitingOver3Days', 'maxUnansweredQuestions',
];

/** Levenshtein distance, for "did you mean" hints. */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

export function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(word, c);
    if (d < bestD) [best, bestD] = [c, d];
  }
  return bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

export function unknownKeyError(where: string, key: string, valid: string[], file?: string): ConfigError {
  const hint = closest(key, valid);
  const inFile = file ? ` (${file})` : '';
  return new ConfigError('CONFIG_UNKNOWN_KEY', {
    en: `Unknown config key "${where}${key}"${inFile}.` + (hint ? ` Did you mean "${where}${hint}"?` : ` Valid keys: ${valid.join(', ')}.`),
    nl: `Onbekende config-sleutel "${where}${key}"${inFile}.` + (hint ? ` Bedoelt u "${where}${hint}"?` : ` Geldige sleutels: ${valid.join(', ')}.`),
  });
}

function bad(key: string, en: string, nl: string, file?: string): ConfigError {
  const inFile = file ? ` (${file})` : '';
  return new ConfigError('CONFIG_INVALID', {
    en: `Invalid config value at "${key}"${inFile}: ${en}`,
    nl: `Ongeldige config-waarde bij "${key}"${inFile}: ${nl}`,
  });
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

class Checker {
  constructor(private file?: string) {}
  keys(obj: Record<string, unknown>, valid: string[], where: string) {
    for (const k of Object.keys(obj)) if (!valid.includes(k)) throw unknownKeyError(where, k, valid, this.file);
  }
  obj(v: unknown, key: string): Record<string, unknown> {
    if (!isObj(v)) throw bad(key, 'expected an object.', 'verwacht een object.', this.file);
    return v;
  }
  str(v: unknown, key: string): string {
    if (typeof v !== 'string' || v.trim() === '') throw bad(key, 'expected a non-empty text.', 'verwacht een niet-lege tekst.', this.file);
    return v;
  }
  bool(v: unknown, key: string): boolean {
    if (typeof v !== 'boolean') throw bad(key, 'expected true or false.', 'verwacht true of false.', this.file);
    return v;
  }
  num(v: unknown, key: string, min = 0, max = Number.MAX_SAFE_INTEGER): number {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max)
      throw bad(key, `expected a number from ${min} to ${max}.`, `verwacht een getal van ${min} tot ${max}.`, this.file);
    return v;
  }
  strs(v: unknown, key: string): string[] {
    if (typeof v === 'string') v = [v];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
      throw bad(key, 'expected a list of texts.', 'verwacht een lijst met teksten.', this.file);
    return v as string[];
  }
  time(v: unknown, key: string): string {
    const s = this.str(v, key);
    if (!/^([01]?\d|2[0-3]):[0-5]\d$/.test(s)) throw bad(key, `"${s}" is not a time like "09:00".`, `"${s}" is geen tijd zoals "09:00".`, this.file);
    return s.padStart(5, '0');
  }
}

function validTimezone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Mail providers whose domain says nothing about who your colleagues are. */
const PUBLIC_MAIL = /^(gmail|googlemail|hotmail|outlook|live|msn|yahoo|ymail|icloud|me|mac|aol|gmx|web|proton|protonmail|pm|zoho|mail|fastmail|ziggo|kpnmail|kpnplanet|planet|xs4all|hetnet|home|casema|upcmail|chello|telfort|tele2|online|quicknet|zeelandnet|solcon|caiway|skynet|telenet)\./;

export function ownDomains(me: string[]): string[] {
  // "*@domain" already makes the whole domain me: nobody there is a colleague.
  const domains = me.filter((a) => !a.includes('*')).map((a) => a.slice(a.lastIndexOf('@') + 1)).filter((d) => d && !PUBLIC_MAIL.test(d));
  return [...new Set(domains)];
}

/** Validates a raw config object and merges it over the defaults. Throws ConfigError naming the key. */
export function validateConfig(input: unknown, file?: string): Config {
  const c = new Checker(file);
  const cfg = defaultConfig();
  if (input === undefined || input === null) return cfg;
  const raw = c.obj(input, '(root)');
  c.keys(raw, TOP_KEYS, '');
  if (raw.me !== undefined) cfg.me = c.strs(raw.me, 'me').map((s) => s.trim().toLowerCase());
  if (raw.internalDomains !== undefined)
    cfg.internalDomains = c.strs(raw.internalDomains, 'internalDomains').map((s) => s.trim().toLowerCase().replace(/^@/, ''));
  // Without internalDomains, the domains of my own addresses are my colleagues' (not for public mail providers).
  if (raw.internalDomains === undefined) cfg.internalDomains = ownDomains(cfg.me);
  if (raw.checkInternal !== undefined) cfg.checkInternal = c.bool(raw.checkInternal, 'checkInternal');
  if (raw.language !== undefined) {
    if (raw.language !== 'nl' && raw.language !== 'en') throw bad('language', 'expected "nl" or "en".', 'verwacht "nl" of "en".', file);
    cfg.language = raw.language;
  }
  if (raw.businessHours !== undefined) cfg.businessHours = businessHours(c, raw.businessHours, cfg.businessHours, file);
  if (raw.accounts !== undefined) {
    const accounts = c.obj(raw.accounts, 'accounts');
    for (const [name, a] of Object.entries(accounts)) cfg.accounts[name] = account(c, a, `accounts.${name}`, file);
  }
  if (raw.rules !== undefined) cfg.rules = c.obj(raw.rules, 'rules') as Config['rules']; // checked against the registry later
  if (raw.ignore !== undefined) {
    const ig = c.obj(raw.ignore, 'ignore');
    c.keys(ig, ['from', 'subject'], 'ignore.');
    if (ig.from !== undefined) cfg.ignore.from = c.strs(ig.from, 'ignore.from');
    if (ig.subject !== undefined) cfg.ignore.subject = c.strs(ig.subject, 'ignore.subject');
  }
  if (raw.phrases !== undefined) {
    const ph = c.obj(raw.phrases, 'phrases');
    c.keys(ph, ['nl', 'en'], 'phrases.');
    for (const lang of ['nl', 'en'] as const) {
      if (ph[lang] === undefined) continue;
      const lists = c.obj(ph[lang], `phrases.${lang}`);
      for (const [list, v] of Object.entries(lists)) cfg.phrases[lang][list] = c.strs(v, `phrases.${lang}.${list}`);
    }
  }
  if (raw.team !== undefined) {
    const team = c.obj(raw.team, 'team');
    for (const [addr, name] of Object.entries(team)) cfg.team[addr.toLowerCase()] = c.str(name, `team.${addr}`);
  }
  if (raw.thresholds !== undefined) {
    const th = c.obj(raw.thresholds, 'thresholds');
    c.keys(th, THRESHOLD_KEYS, 'thresholds.');
    for (const [k, v] of Object.entries(th)) cfg.thresholds[k] = c.num(v, `thresholds.${k}`);
  }
  if (raw.cacheDir !== undefined) cfg.cacheDir = c.str(raw.cacheDir, 'cacheDir');
  if (file) cfg.filepath = file;
  return cfg;
}

function businessHours(c: Checker, v: unknown, base: BusinessHoursConfig, file?: string): BusinessHoursConfig {
  const o = c.obj(v, 'businessHours');
  c.keys(o, BH_KEYS, 'businessHours.');
  const bh = { ...base };
  if (o.timezone !== undefined) {
    bh.timezone = c.str(o.timezone, 'businessHours.timezone');
    if (!validTimezone(bh.timezone))
      throw bad('businessHours.timezone', `"${bh.timezone}" is not an IANA time zone such as "Europe/Amsterdam".`,
        `"${bh.timezone}" is geen IANA-tijdzone zoals "Europe/Amsterdam".`, file);
  }
  if (o.days !== undefined) {
    const days = c.strs(o.days, 'businessHours.days').map((d) => d.toLowerCase().slice(0, 3));
    for (const d of days)
      if (!WEEKDAYS.includes(d as Weekday))
        throw bad('businessHours.days', `"${d}" is not one of ${WEEKDAYS.join(', ')}.`, `"${d}" is niet een van ${WEEKDAYS.join(', ')}.`, file);
    if (days.length === 0) throw bad('businessHours.days', 'needs at least one working day.', 'minstens één werkdag nodig.', file);
    bh.days = days as Weekday[];
  }
  if (o.start !== undefined) bh.start = c.time(o.start, 'businessHours.start');
  if (o.end !== undefined) bh.end = c.time(o.end, 'businessHours.end');
  if (bh.start >= bh.end)
    throw bad('businessHours.end', `end (${bh.end}) must be after start (${bh.start}).`, `einde (${bh.end}) moet na begin (${bh.start}) liggen.`, file);
  if (o.holidays !== undefined) {
    if (o.holidays === false) bh.holidays = false;
    else bh.holidays = c.str(o.holidays, 'businessHours.holidays').toUpperCase();
  }
  if (o.extraDaysOff !== undefined) {
    bh.extraDaysOff = c.strs(o.extraDaysOff, 'businessHours.extraDaysOff');
    for (const d of bh.extraDaysOff)
      if (!/^\d{4}-\d\d-\d\d$/.test(d))
        throw bad('businessHours.extraDaysOff', `"${d}" is not a date like 2026-12-24.`, `"${d}" is geen datum zoals 2026-12-24.`, file);
  }
  return bh;
}

function account(c: Checker, v: unknown, key: string, file?: string): AccountConfig {
  const o = c.obj(v, key);
  c.keys(o, ACCOUNT_KEYS, `${key}.`);
  const a: AccountConfig = { host: c.str(o.host, `${key}.host`), user: c.str(o.user, `${key}.user`) };
  if (o.port !== undefined) a.port = c.num(o.port, `${key}.port`, 1, 65535);
  if (o.secure !== undefined) a.secure = c.bool(o.secure, `${key}.secure`);
  for (const k of ['passwordCommand', 'passwordEnv', 'password', 'tokenCommand', 'caFile'] as const)
    if (o[k] !== undefined) a[k] = c.str(o[k], `${key}.${k}`);
  if (o.insecureSkipVerify !== undefined) a.insecureSkipVerify = c.bool(o.insecureSkipVerify, `${key}.insecureSkipVerify`);
  if (o.mailboxes !== undefined) a.mailboxes = c.strs(o.mailboxes, `${key}.mailboxes`);
  if (o.allMail !== undefined) a.allMail = c.bool(o.allMail, `${key}.allMail`);
  if (o.timeoutSeconds !== undefined) a.timeoutSeconds = c.num(o.timeoutSeconds, `${key}.timeoutSeconds`, 1, 3600);
  const secrets = ['passwordCommand', 'passwordEnv', 'password', 'tokenCommand'].filter((k) => o[k] !== undefined);
  if (secrets.length === 0)
    throw bad(key, 'needs one of passwordCommand, passwordEnv, tokenCommand or password.',
      'heeft een van passwordCommand, passwordEnv, tokenCommand of password nodig.', file);
  return a;
}
