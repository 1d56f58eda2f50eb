import { describe, expect, test } from '@jest/globals';
import { validateConfig } from '../../src/config/validate.js';
import { resolveRules } from '../../src/analyze/settings.js';
import { ConfigError } from '../../src/errors.js';
import rules from '../../rules/index.js';

const fails = (fn: () => unknown, re: RegExp, nl?: RegExp) => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(re);
    if (nl) expect((err as ConfigError).texts.nl).toMatch(nl);
    return;
  }
  throw new Error('expected a ConfigError');
};

describe('validateConfig', () => {
  test('defaults when empty', () => {
    const c = validateConfig({});
    expect(c.businessHours.timezone).toBe('Europe/Amsterdam');
    expect(c.businessHours.days).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
  });
  test('merges and normalises', () => {
    const c = validateConfig({ me: ['Joan@PrinsWeb.example'], internalDomains: ['@prinsweb.example'], businessHours: { start: '8:00' } });
    expect(c.me).toEqual(['joan@prinsweb.example']);
    expect(c.internalDomains).toEqual(['prinsweb.example']);
    expect(c.businessHours.start).toBe('08:00');
    expect(c.businessHours.end).toBe('17:30');
  });
  test('internalDomains defaults to the domains of my own addresses, not public providers', () => {
    expect(validateConfig({ me: ['joan@prinsweb.example', 'joan.prins@gmail.com', '*@other.example'] }).internalDomains).toEqual(['prinsweb.example']);
    expect(validateConfig({ me: ['joan@prinsweb.example'], internalDomains: [] }).internalDomains).toEqual([]);
  });
  test('a typo names the key and the closest valid one, in both languages', () =>
    fails(() => validateConfig({ mee: [] }), /"mee".*Did you mean "me"/, /Onbekende config-sleutel "mee".*Bedoelt u "me"/));
  test('a single text counts as a list of one', () => {
    expect(validateConfig({ me: 'Joan@PrinsWeb.example', ignore: { from: '*@news.example' } })).toMatchObject({ me: ['joan@prinsweb.example'], ignore: { from: ['*@news.example'] } });
  });
  test('full day names are normalised', () => expect(validateConfig({ businessHours: { days: ['monday', 'fri'] } }).businessHours.days).toEqual(['mon', 'fri']));
  test('wrong type names what was expected, in both languages', () =>
    fails(() => validateConfig({ checkInternal: 'yes' }), /"checkInternal".*expected true or false/, /"checkInternal".*verwacht true of false/));
  test('bad time', () => fails(() => validateConfig({ businessHours: { start: '9 uur' } }), /businessHours\.start.*"9 uur" is not a time/, /"9 uur" is geen tijd/));
  test('bad extra day off', () => fails(() => validateConfig({ businessHours: { extraDaysOff: ['24-12-2026'] } }), /businessHours\.extraDaysOff.*not a date/));
  test('unknown threshold', () => fails(() => validateConfig({ thresholds: { maxBrokenPromise: 0 } }), /"thresholds\.maxBrokenPromise".*"thresholds\.maxBrokenPromises"/));
  test('negative threshold', () => fails(() => validateConfig({ thresholds: { maxBrokenPromises: -1 } }), /thresholds\.maxBrokenPromises.*≥ 0/));
  test('the file is named', () => fails(() => validateConfig({ mee: [] }, '/home/joan/.replycheckrc.json'), /\(\/home\/joan\/\.replycheckrc\.json\)/));
  test('nested typo', () => fails(() => validateConfig({ businessHours: { timzone: 'x' } }), /businessHours\.timzone.*businessHours\.timezone/));
  test('bad time zone', () => fails(() => validateConfig({ businessHours: { timezone: 'Europe/Amsterdm' } }), /businessHours\.timezone/));
  test('end before start', () => fails(() => validateConfig({ businessHours: { start: '18:00', end: '09:00' } }), /businessHours\.end/));
  test('bad weekday', () => fails(() => validateConfig({ businessHours: { days: ['mon', 'funday'] } }), /businessHours\.days/));
  test('account without a secret', () => fails(() => validateConfig({ accounts: { work: { host: 'h', user: 'u' } } }), /accounts\.work.*passwordCommand/));
  test('account wrong type', () => fails(() => validateConfig({ accounts: { work: { host: 'h', user: 'u', port: 'x', passwordEnv: 'P' } } }), /accounts\.work\.port/));
});

describe('rule settings', () => {
  test('unknown rule id suggests the closest', () => fails(() => resolveRules(rules, { 'slow-replies': 'warn' }), /"rules\.slow-replies".*"slow-reply"/));
  test('bad severity', () => fails(() => resolveRules(rules, { 'slow-reply': 'loud' as never }), /severity.*slow-reply/));
  test('unknown option', () => fails(() => resolveRules(rules, { 'slow-reply': ['warn', { maxBusinesHours: 3 }] }), /maxBusinesHours.*maxBusinessHours/));
  test('wrong option type, checked with the rule\'s own schema', () =>
    fails(() => resolveRules(rules, { 'slow-reply': ['warn', { maxBusinessHours: 'eight' }] }), /"rules\.slow-reply\.maxBusinessHours".*expected a number/, /verwacht een getal/));
  test('option out of range', () => fails(() => resolveRules(rules, { 'broken-promise': ['warn', { dueSoonBusinessDays: -1 }] }), /rules\.broken-promise\.dueSoonBusinessDays.*≥ 0/));
  test('a list option takes only texts', () => fails(() => resolveRules(rules, { jargon: ['warn', { extraTerms: ['ok', 3] }] }), /rules\.jargon\.extraTerms.*expected a text/));
  test('off removes, options merge over defaults', () => {
    const r = resolveRules(rules, { 'slow-reply': ['error', { maxBusinessHours: 16 }], 'missing-aftercare': 'off' });
    expect(r.find((x) => x.rule.id === 'missing-aftercare')).toBeUndefined();
    const slow = r.find((x) => x.rule.id === 'slow-reply')!;
    expect(slow.severity).toBe('error');
    expect(slow.options).toEqual({ maxBusinessHours: 16 });
  });
});

describe('analysis settings', () => {
  test('defaults, and set in their own section', () => {
    expect(validateConfig({}).analysis).toEqual({ defaultDueBusinessDays: 2, answerOverlap: 0.34, broadcastRecipients: 5 });
    expect(validateConfig({ analysis: { answerOverlap: 0.5 } }).analysis).toEqual({ defaultDueBusinessDays: 2, answerOverlap: 0.5, broadcastRecipients: 5 });
    expect(validateConfig({ analysis: { broadcastRecipients: 8 } }).analysis.broadcastRecipients).toBe(8);
    fails(() => validateConfig({ analysis: { answerOverlap: 2 } }), /analysis\.answerOverlap.*≤ 1/);
    fails(() => validateConfig({ analysis: { broadcastRecipients: 0 } }), /analysis\.broadcastRecipients.*≥ 1/);
    fails(() => validateConfig({ analysis: { broadcastRecipients: 2.5 } }), /analysis\.broadcastRecipients/);
  });
  test('the old rule options still work as aliases (docs/rules/broken-promise.md, unanswered-question.md)', () => {
    const c = validateConfig({ rules: { 'broken-promise': ['warn', { defaultDueBusinessDays: 1, reportKeptLate: false }], 'unanswered-question': ['error', { answerOverlap: 0.5 }] } });
    expect(c.analysis).toEqual({ defaultDueBusinessDays: 1, answerOverlap: 0.5, broadcastRecipients: 5 });
    expect(c.rules).toEqual({ 'broken-promise': ['warn', { reportKeptLate: false }], 'unanswered-question': ['error', {}] });
    // the analysis key wins over the alias
    expect(validateConfig({ analysis: { answerOverlap: 0.4 }, rules: { 'unanswered-question': ['error', { answerOverlap: 0.5 }] } }).analysis.answerOverlap).toBe(0.4);
    // and a bad alias value is named under its new key
    fails(() => validateConfig({ rules: { 'unanswered-question': ['error', { answerOverlap: 'half' }] } }), /analysis\.answerOverlap/);
  });
});
