import { ConfigError } from './errors.js';

/** "14d", "2w", "36h", "3m" (months) or an ISO date → the moment that far before `now`. */
export function parseSince(value: string, now: Date, flag = '--since'): Date {
  const m = /^(\d+)\s*([hdwm])$/i.exec(value.trim());
  if (m) {
    const n = Number(m[1]);
    const unit = m[2]!.toLowerCase();
    const d = new Date(now);
    if (unit === 'h') d.setTime(d.getTime() - n * 3_600_000);
    else if (unit === 'd') d.setTime(d.getTime() - n * 86_400_000);
    else if (unit === 'w') d.setTime(d.getTime() - n * 7 * 86_400_000);
    else d.setMonth(d.getMonth() - n);
    return d;
  }
  return parseInstant(value, flag);
}

/** An ISO 8601 date or date-time; a bare date is midnight UTC. */
export function parseInstant(value: string, flag: string): Date {
  const ok = /^\d{4}-\d\d-\d\d([T ]\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)?)?$/.test(value.trim());
  const d = new Date(value.trim());
  if (ok && (Number.isNaN(d.getTime()) || !realCalendarDay(value.trim())))
    throw new ConfigError('BAD_DATE', {
      en: `${flag}: "${value}" is not on the calendar (no such day or time).`,
      nl: `${flag}: "${value}" bestaat niet (geen geldige dag of tijd).`,
    });
  if (!ok || Number.isNaN(d.getTime()))
    throw new ConfigError('BAD_DATE', {
      en: `${flag}: "${value}" is not a date. Use ISO 8601 (2026-11-24 or 2026-11-24T08:30:00+01:00)${flag === '--since' ? ' or an age like 14d, 2w, 36h' : ''}.`,
      nl: `${flag}: "${value}" is geen datum. Gebruik ISO 8601 (2026-11-24 of 2026-11-24T08:30:00+01:00)${flag === '--since' ? ' of een leeftijd zoals 14d, 2w, 36h' : ''}.`,
    });
  return d;
}

/** "2026-02-30" or "2026-13-01" is no day: Date would roll it over into March or the next year without a word. */
function realCalendarDay(value: string): boolean {
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  const [hh, mm, ss] = (/[T ](\d\d):(\d\d)(?::(\d\d))?/.exec(value) ?? []).slice(1).map((x) => Number(x ?? 0));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d && (hh ?? 0) <= 23 && (mm ?? 0) <= 59 && (ss ?? 0) <= 59;
}

/** The clock: --now, else REPLYCHECK_NOW, else the real time. */
export function resolveNow(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Date {
  if (flag) return parseInstant(flag, '--now');
  if (env.REPLYCHECK_NOW) return parseInstant(env.REPLYCHECK_NOW, 'REPLYCHECK_NOW');
  return new Date();
}
