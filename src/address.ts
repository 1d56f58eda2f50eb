/** Address patterns shared by every stage: "jan@example.com" exactly, "*@example.com" for a whole domain. */

const matcherCache = new WeakMap<string[], (addr: string) => boolean>();

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A case-insensitive matcher for a list of address patterns, compiled once per list. */
export function addressMatcher(patterns: string[]): (addr: string) => boolean {
  let m = matcherCache.get(patterns);
  if (!m) {
    const exact = new Set<string>();
    const globs: RegExp[] = [];
    for (const p of patterns) {
      const s = p.trim().toLowerCase();
      if (!s) continue;
      if (s.includes('*')) globs.push(new RegExp('^' + s.split('*').map(escapeRe).join('.*') + '$'));
      else exact.add(s);
    }
    m = (addr: string) => {
      const a = addr.toLowerCase();
      return exact.has(a) || globs.some((g) => g.test(a));
    };
    matcherCache.set(patterns, m);
  }
  return m;
}
