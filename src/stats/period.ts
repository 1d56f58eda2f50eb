/**
 * The period a report covers and the previous period of the same length, from --since / --from/--to / --period.
 * Calendar periods ("last-week") and bare dates are read in the configured time zone, so a Dutch team's
 * "last week" is Monday 00:00 to Monday 00:00 Amsterdam time, whatever the machine's zone.
 */
import { DateTime } from 'luxon';
import { ConfigError } from '../errors.js';
import { parseInstant, parseSince } from '../time-args.js';

export interface Window {
  from: Date;
  /** Exclusive end. */
  to: Date;
  /** The moment the figures are taken: the end of the period, or now when the period has not ended yet. */
  cutoff: Date;
}

export interface Period extends Window {
  /** The named period (last-week…), when one was asked for. */
  name?: string;
  previous: Window;
}

export interface PeriodArgs {
  since?: string;
  from?: string;
  to?: string;
  period?: string;
  now: Date;
  timezone: string;
}

export const PERIOD_NAMES = ['last-week', 'this-week', 'last-month', 'this-month', 'yesterday', 'today'] as const;

const usage = (en: string, nl: string) => new ConfigError('USAGE', { en, nl });

/** A bare date (2026-11-09) is local midnight in the zone; `endOfDay` gives the next midnight instead. */
function parseLocal(value: string, flag: string, zone: string, endOfDay = false): Date {
  const v = value.trim();
  if (/^\d{4}-\d\d-\d\d$/.test(v)) {
    const d = DateTime.fromISO(v, { zone });
    if (!d.isValid) parseInstant('not-a-date', flag); // throws the standard message
    return (endOfDay ? d.plus({ days: 1 }) : d).toJSDate();
  }
  return parseInstant(v, flag);
}

function namedPeriod(name: string, now: Date, zone: string): [Date, Date] {
  const n = DateTime.fromJSDate(now, { zone });
  switch (name) {
    case 'last-week': {
      const monday = n.startOf('week'); // luxon weeks start on Monday (ISO)
      return [monday.minus({ weeks: 1 }).toJSDate(), monday.toJSDate()];
    }
    case 'this-week':
      return [n.startOf('week').toJSDate(), n.startOf('week').plus({ weeks: 1 }).toJSDate()];
    case 'last-month':
      return [n.startOf('month').minus({ months: 1 }).toJSDate(), n.startOf('month').toJSDate()];
    case 'this-month':
      return [n.startOf('month').toJSDate(), n.startOf('month').plus({ months: 1 }).toJSDate()];
    case 'yesterday':
      return [n.startOf('day').minus({ days: 1 }).toJSDate(), n.startOf('day').toJSDate()];
    case 'today':
      return [n.startOf('day').toJSDate(), n.startOf('day').plus({ days: 1 }).toJSDate()];
  }
  throw usage(
    `Unknown --period "${name}". Use one of: ${PERIOD_NAMES.join(', ')}.`,
    `Onbekende --period "${name}". Gebruik een van: ${PERIOD_NAMES.join(', ')}.`,
  );
}

/** The window just before [from, to) of the same length; whole local days stay whole days across DST. */
export function previousWindow(from: Date, to: Date, now: Date, zone: string): Window {
  const f = DateTime.fromJSDate(from, { zone });
  const t = DateTime.fromJSDate(to, { zone });
  let prevFrom: Date;
  const midnights = f.equals(f.startOf('day')) && t.equals(t.startOf('day'));
  if (midnights && f.startOf('month').equals(f) && t.startOf('month').equals(t)) {
    const months = Math.round(t.diff(f, 'months').months);
    prevFrom = f.minus({ months }).toJSDate();
  } else if (midnights) {
    const days = Math.round(t.diff(f, 'days').days);
    prevFrom = f.minus({ days }).toJSDate();
  } else prevFrom = new Date(from.getTime() - (to.getTime() - from.getTime()));
  return { from: prevFrom, to: from, cutoff: new Date(Math.min(from.getTime(), now.getTime())) };
}

export function resolvePeriod(a: PeriodArgs): Period {
  const given = [a.since !== undefined && '--since', a.period !== undefined && '--period', (a.from ?? a.to) !== undefined && '--from/--to'].filter(Boolean);
  if (given.length > 1)
    throw usage(`Use only one of ${given.join(', ')}.`, `Gebruik maar één van ${given.join(', ')}.`);
  let from: Date;
  let to: Date;
  if (a.period !== undefined) [from, to] = namedPeriod(a.period.trim().toLowerCase(), a.now, a.timezone);
  else if (a.from !== undefined || a.to !== undefined) {
    if (a.from === undefined) throw usage('--to needs --from as well.', '--to heeft ook --from nodig.');
    from = parseLocal(a.from, '--from', a.timezone);
    to = a.to !== undefined ? parseLocal(a.to, '--to', a.timezone, true) : a.now;
    if (to.getTime() <= from.getTime())
      throw usage(
        `--to (${a.to ?? 'now'}) is before --from (${a.from}): the period would be empty.`,
        `--to (${a.to ?? 'nu'}) ligt vóór --from (${a.from}): de periode zou leeg zijn.`,
      );
  } else {
    to = a.now;
    from = parseSince(a.since ?? '7d', a.now);
    if (from.getTime() >= to.getTime())
      throw usage(`--since ${a.since} lies in the future of --now.`, `--since ${a.since} ligt na --now.`);
  }
  const cutoff = new Date(Math.min(to.getTime(), a.now.getTime()));
  return {
    from,
    to,
    cutoff,
    ...(a.period !== undefined && { name: a.period.trim().toLowerCase() }),
    previous: previousWindow(from, to, a.now, a.timezone),
  };
}
