import { describe, test, expect } from '@jest/globals';
import { DateTime } from 'luxon';
import { BusinessTime, DEFAULT_BUSINESS_HOURS } from '../../src/text/business-time.js';

const TZ = 'Europe/Amsterdam';
const at = (iso: string) => DateTime.fromISO(iso, { zone: TZ }).toJSDate();
const local = (d: Date) => DateTime.fromJSDate(d, { zone: TZ }).toFormat('ccc yyyy-MM-dd HH:mm');
const bt = new BusinessTime(DEFAULT_BUSINESS_HOURS);

describe('BusinessTime.between', () => {
  test('same day', () => {
    expect(bt.between(at('2026-03-04T10:00'), at('2026-03-04T13:30'))).toEqual({ businessHours: 3.5, wallHours: 3.5 });
  });
  test('Friday 17:20 → Monday 09:40 is 10 + 40 minutes of business time', () => {
    const w = bt.between(at('2026-03-06T17:20'), at('2026-03-09T09:40'));
    expect(w.businessHours).toBeCloseTo(50 / 60, 6);
    expect(w.wallHours).toBeCloseTo(64 + 20 / 60, 6);
  });
  test('zero when b is not after a', () => {
    expect(bt.between(at('2026-03-04T10:00'), at('2026-03-04T09:00'))).toEqual({ businessHours: 0, wallHours: 0 });
  });
  test('across the spring DST change: wall hours lose one, business hours do not', () => {
    const w = bt.between(at('2026-03-27T09:00'), at('2026-03-30T17:30'));
    expect(w.businessHours).toBe(17);
    expect(w.wallHours).toBe(3 * 24 + 8.5 - 1);
  });
  test('across the autumn DST change', () => {
    const w = bt.between(at('2026-10-23T17:00'), at('2026-10-26T10:00'));
    expect(w.businessHours).toBe(1.5);
    expect(w.wallHours).toBe(3 * 24 - 7 + 1);
  });
  test('Dutch public holidays are off, Goede Vrijdag is not', () => {
    // Koningsdag: Monday 27 April 2026.
    expect(bt.between(at('2026-04-27T00:00'), at('2026-04-28T00:00')).businessHours).toBe(0);
    expect(bt.isBusinessDay(at('2026-04-03T12:00'))).toBe(true); // Goede Vrijdag
    expect(bt.isBusinessDay(at('2026-12-25T12:00'))).toBe(false);
    expect(bt.isBusinessDay(at('2026-03-07T12:00'))).toBe(false); // Saturday
  });
  test('extra days off and no holidays', () => {
    const b = new BusinessTime({ ...DEFAULT_BUSINESS_HOURS, holidays: false, extraDaysOff: ['2026-03-04'] });
    expect(b.isBusinessDay(at('2026-03-04T12:00'))).toBe(false);
    expect(b.isBusinessDay(at('2026-04-27T12:00'))).toBe(true);
  });
});

describe('BusinessTime arithmetic', () => {
  test('addBusinessHours rolls over the weekend', () => {
    expect(local(bt.addBusinessHours(at('2026-03-06T16:30'), 2))).toBe('Mon 2026-03-09 10:00');
    expect(local(bt.addBusinessHours(at('2026-03-07T12:00'), 8))).toBe('Mon 2026-03-09 17:00');
  });
  test('addBusinessDays ends at close of business and skips holidays', () => {
    expect(local(bt.addBusinessDays(at('2026-03-04T10:00'), 2))).toBe('Fri 2026-03-06 17:30');
    expect(local(bt.addBusinessDays(at('2026-04-24T10:00'), 1))).toBe('Tue 2026-04-28 17:30');
    expect(local(bt.addBusinessDays(at('2026-03-04T10:00'), 0))).toBe('Wed 2026-03-04 17:30');
  });
  test('endOfBusinessDay', () => {
    expect(local(bt.endOfBusinessDay(at('2026-03-04T08:00')))).toBe('Wed 2026-03-04 17:30');
  });
  test('rejects a bad configuration', () => {
    expect(() => new BusinessTime({ ...DEFAULT_BUSINESS_HOURS, start: '9' })).toThrow(/start/);
    expect(() => new BusinessTime({ ...DEFAULT_BUSINESS_HOURS, timezone: 'Mars/Base' })).toThrow(/timezone/);
  });
});
