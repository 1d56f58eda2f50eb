/**
 * luxon on first use: ~15 ms of start-up that `lint` of a fresh draft never needs. Synchronous (luxon ships a
 * CommonJS build), so the time helpers keep their synchronous signatures.
 */
import { createRequire } from 'node:module';
import type * as Luxon from 'luxon';

let mod: typeof Luxon | undefined;

export function luxon(): typeof Luxon {
  return (mod ??= createRequire(import.meta.url)('luxon') as typeof Luxon);
}

/** Remembered offsets per zone; a full table is emptied (the offset of an instant never changes, so no entry is stale). */
const OFFSETS_KEPT = 8192;
const zones = new Map<string, Luxon.Zone>();

/**
 * An IANA zone whose UTC offsets are remembered per instant. luxon asks the zone for an offset on every DateTime it
 * builds or moves (one to three times), and each answer costs an `Intl.DateTimeFormat#formatToParts` call, some 15 µs:
 * most of what reading a due date costs. The answers are exact (the same instant, the same offset); only repeats are
 * saved, which date maths is full of (the same "now", the same end of the same business day).
 * Names that are not IANA zones ("utc", "UTC+1") and unknown names give luxon's own zone for them.
 */
export function cachedZone(name: string): Luxon.Zone {
  let z = zones.get(name);
  if (z) return z;
  const L = luxon();
  const inner = L.Info.normalizeZone(name);
  if (!(inner instanceof L.IANAZone) || !inner.isValid) return inner; // "utc", "+01:00", an unknown name: luxon's own
  const offsets = new Map<number, number>();
  z = new (class extends L.Zone {
    override get type() {
      return inner.type;
    }
    override get name() {
      return inner.name;
    }
    override get isUniversal() {
      return inner.isUniversal;
    }
    override get isValid() {
      return true;
    }
    override offsetName(ts: number, opts: Luxon.ZoneOffsetOptions) {
      return inner.offsetName(ts, opts);
    }
    override formatOffset(ts: number, format: Luxon.ZoneOffsetFormat) {
      return inner.formatOffset(ts, format);
    }
    override offset(ts: number) {
      let o = offsets.get(ts);
      if (o === undefined) {
        o = inner.offset(ts);
        if (offsets.size >= OFFSETS_KEPT) offsets.clear();
        offsets.set(ts, o);
      }
      return o;
    }
    override equals(other: Luxon.Zone) {
      return inner.equals(other);
    }
  })();
  zones.set(name, z);
  return z;
}
