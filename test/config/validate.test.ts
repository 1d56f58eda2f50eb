import { describe, expect, test } from '@jest/globals';
import { validateConfig } from '../../src/config/validate.js';
import { resolveRules } from '../../src/analyze/settings.js';
import { ConfigError } from '../../src/errors.js';
import rules from '../../rules/index.js';

const fails = (fn: () => unknown, re: RegExp) => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(re);
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
  test('a typo names the key and the closest valid one', () => fails(() => validateConfig({ mee: [] }), /"mee".*Did you mean "me"/));
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
  test('wrong option type', () => fails(() => resolveRules(rules, { 'slow-reply': ['warn', { maxBusinessHours: 'eight' }] }), /must be a number/));
  test('off removes, options merge over defaults', () => {
    const r = resolveRules(rules, { 'slow-reply': ['error', { maxBusinessHours: 16 }], 'missing-aftercare': 'off' });
    expect(r.find((x) => x.rule.id === 'missing-aftercare')).toBeUndefined();
    const slow = r.find((x) => x.rule.id === 'slow-reply')!;
    expect(slow.severity).toBe('error');
    expect(slow.options).toEqual({ maxBusinessHours: 16 });
  });
});
