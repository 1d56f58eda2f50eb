import type { Config } from './types.js';

export function defaultConfig(): Config {
  return {
    me: [],
    internalDomains: [],
    checkInternal: false,
    businessHours: {
      timezone: 'Europe/Amsterdam',
      days: ['mon', 'tue', 'wed', 'thu', 'fri'],
      start: '09:00',
      end: '17:30',
      holidays: 'NL',
      extraDaysOff: [],
    },
    accounts: {},
    rules: {},
    ignore: { from: [], subject: [] },
    phrases: { nl: {}, en: {} },
    team: {},
    thresholds: {},
  };
}
