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
  if (!ok || Number.isNaN(d.getTime()))
    throw new ConfigError('BAD_DATE', {
      en: `${flag}: "${value}" is not a date. Use ISO 8601 (2026-11-24 or 2026-11-24T08:30:00+01:00)${flag === '--since' ? ' or an age like 14d, 2w, 36h' : ''}.`,
      nl: `${flag}: "${value}" is geen datum. Gebruik ISO 8601 (2026-11-24 of 2026-11-24T08:30:00+01:00)${flag === '--since' ? ' of een leeftijd zoals 14d, 2w, 36h' : ''}.`,
    });
  return d;
}

/** The clock: --now, else REPLYCHECK_NOW, else the real time. */
export function resolveNow(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Date {
  if (flag) return parseInstant(flag, '--now');
  if (env.REPLYCHECK_NOW) return parseInstant(env.REPLYCHECK_NOW, 'REPLYCHECK_NOW');
  return new Date();
}
