/** Reply and forward prefixes in Dutch, English and the usual client variants (Outlook, Apple, German clients). */
const PREFIX = /^\s*(?:(?:re|antw|aw|sv|vs|fw|fwd|doorst|wg|tr|rv)(?:\s*\[\d+\]|\s*\(\d+\))?\s*[:：]\s*|\[[^\]]{1,40}\]\s*)/i;

/** Strips reply/forward prefixes and list tags: "RE: Antw: [Klant] Offerte  " → "offerte". */
export function normalizeSubject(subject: string): string {
  let s = subject ?? '';
  for (let i = 0; i < 10; i++) {
    const next = s.replace(PREFIX, '');
    if (next === s) break;
    s = next;
  }
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** True when the subject carries a reply or forward prefix. */
export function hasReplyPrefix(subject: string): boolean {
  return /^\s*(?:\[[^\]]{1,40}\]\s*)?(?:re|antw|aw|sv|vs|fw|fwd|doorst|wg|tr|rv)\s*(?:(?:\[\d+\]|\(\d+\))\s*)?[:：]/i.test(subject ?? '');
}
