/**
 * zod's issues → one bilingual ConfigError that names the key: a typo gets the closest valid key, a wrong value
 * says what was expected. The schema's own messages are codes (see schema.ts) looked up in CUSTOM.
 */
import type { ZodType } from 'zod';
import { ConfigError } from '../errors.js';
import type { Bilingual } from '../model.js';
import { WEEKDAYS } from './schema.js';
import { closest, unknownKeyError } from './suggest.js';

type Path = (string | number)[];
// zod's issue union, loosely: only the fields read here.
export interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  keys?: string[];
  values?: unknown[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  params?: Record<string, unknown>;
  errors?: Issue[][];
}

const show = (v: unknown) => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));
const hint = (v: unknown, candidates: readonly string[]): Bilingual => {
  const h = typeof v === 'string' ? closest(v, candidates) : undefined;
  return h ? { en: ` Did you mean "${h}"?`, nl: ` Bedoelt u "${h}"?` } : { en: '', nl: '' };
};
const plus = (a: Bilingual, b: Bilingual): Bilingual => ({ en: a.en + b.en, nl: a.nl + b.nl });

const CUSTOM: Record<string, (v: unknown, issue: Issue) => Bilingual> = {
  text: () => ({ en: 'expected a non-empty text.', nl: 'verwacht een niet-lege tekst.' }),
  time: (v) => ({ en: `${show(v)} is not a time like "09:00".`, nl: `${show(v)} is geen tijd zoals "09:00".` }),
  date: (v) => ({ en: `${show(v)} is not a date like 2026-12-24.`, nl: `${show(v)} is geen datum zoals 2026-12-24.` }),
  timezone: (v) => ({
    en: `${show(v)} is not an IANA time zone such as "Europe/Amsterdam".`,
    nl: `${show(v)} is geen IANA-tijdzone zoals "Europe/Amsterdam".`,
  }),
  weekday: (v) => plus({ en: `${show(v)} is not one of ${WEEKDAYS.join(', ')}.`, nl: `${show(v)} is niet een van ${WEEKDAYS.join(', ')}.` }, hint(v, WEEKDAYS)),
  oneDay: () => ({ en: 'needs at least one working day.', nl: 'minstens één werkdag nodig.' }),
  endAfterStart: (_v, i) => ({
    en: `end (${i.params?.end}) must be after start (${i.params?.start}).`,
    nl: `einde (${i.params?.end}) moet na begin (${i.params?.start}) liggen.`,
  }),
  secret: () => ({
    en: 'needs one of passwordCommand, passwordEnv, tokenCommand or password.',
    nl: 'heeft een van passwordCommand, passwordEnv, tokenCommand of password nodig.',
  }),
  language: () => ({ en: 'expected "nl" or "en".', nl: 'verwacht "nl" of "en".' }),
  severity: (v) => plus({ en: `${show(v)} is not a severity: use off, info, warn or error.`, nl: `${show(v)} is geen ernst: gebruik off, info, warn of error.` }, hint(v, ['off', 'info', 'warn', 'error'])),
};

const EXPECTED: Record<string, Bilingual> = {
  string: { en: 'a text', nl: 'een tekst' },
  boolean: { en: 'true or false', nl: 'true of false' },
  number: { en: 'a number', nl: 'een getal' },
  int: { en: 'a whole number', nl: 'een geheel getal' },
  object: { en: 'an object', nl: 'een object' },
  record: { en: 'an object', nl: 'een object' },
  array: { en: 'a list', nl: 'een lijst' },
  tuple: { en: 'a list', nl: 'een lijst' },
};

/** The issue to report: inside a union, the branch that got furthest (or "expected X or Y" when none did). */
function leaf(issue: Issue, base: Path = []): Issue & { path: Path } {
  const path = [...base, ...(issue.path as Path)];
  if (issue.code === 'invalid_union' && issue.errors?.length) {
    const branches = issue.errors.filter((b) => b.length > 0);
    const depth = (b: Issue[]) => b[0]!.path.length;
    const deep = [...branches].sort((a, b) => depth(b) - depth(a)).find((b) => depth(b) > 0 || b[0]!.message in CUSTOM);
    if (deep) return leaf(deep[0]!, path);
    const alts = branches.map((b) => b[0]!).map((i) => (i.code === 'invalid_value' ? (i.values ?? []).map((v) => JSON.stringify(v)).join(' or ') : i.expected ?? '?'));
    return { ...issue, code: 'invalid_type', expected: [...new Set(alts)].join('|'), path };
  }
  return { ...issue, path };
}

const expectedText = (expected = ''): Bilingual => {
  const parts = expected.split('|').map((e) => EXPECTED[e] ?? { en: e, nl: e });
  return { en: `expected ${parts.map((p) => p.en).join(' or ')}.`, nl: `verwacht ${parts.map((p) => p.nl).join(' of ')}.` };
};

/** What is wrong with `value`, in both languages, without the key. */
export function describeIssue(issue: Issue, value: unknown): Bilingual {
  const custom = CUSTOM[issue.message];
  if (custom) return custom(value, issue);
  switch (issue.code) {
    case 'invalid_type':
      return expectedText(issue.expected);
    case 'too_small':
      if (issue.origin === 'number') return { en: `expected a number ≥ ${issue.minimum}.`, nl: `verwacht een getal ≥ ${issue.minimum}.` };
      return { en: `needs at least ${issue.minimum}.`, nl: `minstens ${issue.minimum} nodig.` };
    case 'too_big':
      if (issue.origin === 'number') return { en: `expected a number ≤ ${issue.maximum}.`, nl: `verwacht een getal ≤ ${issue.maximum}.` };
      return { en: `at most ${issue.maximum}.`, nl: `hoogstens ${issue.maximum}.` };
    case 'invalid_value': {
      const values = (issue.values ?? []).map(String);
      return plus({ en: `${show(value)} is not one of ${values.join(', ')}.`, nl: `${show(value)} is niet een van ${values.join(', ')}.` }, hint(value, values));
    }
    default:
      return { en: issue.message, nl: issue.message };
  }
}

function unwrap(s: ZodType): ZodType {
  for (;;) {
    const d = (s as any)._zod.def;
    if (['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch', 'nonoptional'].includes(d.type)) s = d.innerType;
    else if (d.type === 'pipe') s = d.in;
    else return s;
  }
}

function child(s: ZodType, seg: string | number): ZodType | undefined {
  const d = (unwrap(s) as any)._zod.def;
  if (d.type === 'object') return d.shape[seg];
  if (d.type === 'record') return d.valueType;
  if (d.type === 'array') return d.element;
  if (d.type === 'tuple') return d.items[seg as number];
  if (d.type === 'union') for (const o of d.options) if (child(o, seg)) return child(o, seg);
  return undefined;
}

/** The keys an object in the schema allows, at a path. */
export function keysAt(schema: ZodType, path: Path): string[] {
  let s: ZodType | undefined = schema;
  for (const seg of path) if (!(s = s && child(s, seg))) return [];
  const d = (unwrap(s!) as any)._zod.def;
  return d.type === 'object' ? Object.keys(d.shape) : [];
}

const valueAt = (input: unknown, path: Path) => path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], input);

/** The first problem (typos first) as a ConfigError naming the key; `prefix` is put before every key. */
export function issuesError(schema: ZodType, issues: Issue[], input: unknown, file?: string, prefix = ''): ConfigError {
  const sorted = [...issues].sort((a, b) => Number(b.code === 'unrecognized_keys') - Number(a.code === 'unrecognized_keys'));
  const issue = leaf(sorted[0]!);
  const named = issue.path.filter((p): p is string => typeof p === 'string');
  if (issue.code === 'unrecognized_keys')
    return unknownKeyError(prefix + named.map((p) => `${p}.`).join(''), issue.keys![0]!, keysAt(schema, issue.path), file);
  const key = prefix + (named.join('.') || '(root)');
  const what = describeIssue(issue, valueAt(input, issue.path));
  const inFile = file ? ` (${file})` : '';
  return new ConfigError('CONFIG_INVALID', {
    en: `Invalid config value at "${key}"${inFile}: ${what.en}`,
    nl: `Ongeldige config-waarde bij "${key}"${inFile}: ${what.nl}`,
  });
}
