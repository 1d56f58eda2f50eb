/**
 * Advertising footers that free-mail services append to their users' mail: Yahoo!'s "Do You Yahoo!?" with a line
 * of advertising below it, MSN Hotmail's "Join the world's largest e-mail service with MSN Hotmail. Click Here",
 * "Get your FREE download of MSN Explorer at …", "Chat met je vrienden online via MSN Messenger". The author never
 * wrote them: they go with the legal footer (the disclaimer part), so that "Do You Yahoo!?" is no question and the
 * ad's "Click Here" no sign of a mailing (bulk.ts).
 *
 * A line is an ad when it names a free-mail service or its messenger and opens like an ad (in the imperative:
 * get, join, download, try, chat, probeer; or with the offer or the brand: free, gratis, MSN …), or is Yahoo!'s
 * "Do You Yahoo!?" cue with the few lines of its ad right below it; links and a rule right above go with them. An
 * ad line that asks ("Wil je ook gratis e-mail? Ga naar http://www.hotmail.nl") must offer the service free, with
 * its link.
 * Only at the end of the author's text: nothing of the author's may follow (blank lines, links and rules may).
 */

/** A free-mail service or its messenger, by name ("Yahoo!" ends in a sign, so no word boundary after it). */
const SERVICE = /\b(?:yahoo|hotmail|msn|aol|messenger|mail\.com|lycos|excite|netscape|juno|windows\s+live|outlook\.com|gmx)(?!\w)/i;
/** An ad speaks in the imperative or opens with the offer or the brand: "Get your FREE download…", "Gratis e-mail…". */
const AD_START = /^[ \t]*(?:get|join|download|try|sign\s+up|chat|express\s+yourself|protect|send\s+and\s+receive|make|talk|check\s+out|free|gratis|probeer|meld\s+je\s+aan|ontdek|nieuw|msn|yahoo|hotmail|aol)(?!\w)/i;
/** A link to the service itself ("http://www.hotmail.com", "messenger.msn.nl"). */
const SERVICE_LINK = /\b(?:yahoo|hotmail|msn|aol|live|windowslive)\.(?:com|nl|be|de|fr|co\.uk)\b/i;
const FREE = /\b(?:free|gratis)\b/i;
const YAHOO_CUE = /^[ \t]*do\s+you\s+yahoo!?\s*\?+[ \t]*$/i;
const RULE = /^[ \t]*[_=*-]{5,}[ \t]*$/;
const LINK_ONLY = /^[ \t]*(?:<?https?:\/\/\S+>?|www\.\S+)[ \t]*$/i;
/** An ad line is one line of a footer, not a paragraph of prose. */
const AD_MAX_CHARS = 160;
/** The lines below Yahoo!'s cue that can still be its ad. */
const AD_MAX_FOLLOWING = 3;
/** The cue is looked for among the last lines of the author's text. */
const LOOKED_AT = 8;

function isAdLine(line: string): boolean {
  if (YAHOO_CUE.test(line)) return true;
  const t = line.trim();
  if (t.length === 0 || t.length > AD_MAX_CHARS || !SERVICE.test(t)) return false;
  // "Wil je ook gratis e-mail? Ga naar http://www.hotmail.nl": an ad may ask, if it offers the service free, with its link
  if (t.includes('?')) return FREE.test(t) && SERVICE_LINK.test(t);
  return AD_START.test(t);
}

/**
 * Indices of the lines (among those with `use[i]`) that are a free-mail ad at the end of the author's text.
 */
export function mailAdLines(lines: string[], use: boolean[]): Set<number> {
  const out = new Set<number>();
  const own: number[] = [];
  for (let i = 0; i < lines.length; i++) if (use[i] && lines[i].trim() !== '') own.push(i);
  const tail = own.slice(-LOOKED_AT);
  // the first ad line from which only ad lines, their paragraph, links and rules follow
  let start = -1;
  for (let k = tail.length - 1; k >= 0; k--) {
    const i = tail[k]!;
    if (isAdLine(lines[i])) start = k;
    else if (!(LINK_ONLY.test(lines[i]) || RULE.test(lines[i]))) {
      // the ad's text, a few lines right below Yahoo!'s cue
      const t = lines[i].trim();
      const underCue = !t.includes('?') && t.length <= AD_MAX_CHARS && tail.slice(Math.max(0, k - AD_MAX_FOLLOWING), k).some((j) => YAHOO_CUE.test(lines[j]) && noBlankBetween(lines, j, i));
      if (!underCue) break;
    }
  }
  if (start < 0) return out;
  for (const i of tail.slice(start)) out.add(i);
  const first = tail[start]!;
  // a rule right above the ad
  let h = first - 1;
  while (h >= 0 && lines[h].trim() === '') h--;
  if (h >= 0 && use[h] && RULE.test(lines[h])) out.add(h);
  return out;
}

function noBlankBetween(lines: string[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (lines[i].trim() === '') return false;
  return true;
}

/** The text without its free-mail ad lines (for readers of the author's whole own part, such as bulk.ts). */
export function withoutMailAds(text: string): string {
  const lines = text.split('\n');
  const ads = mailAdLines(lines, lines.map(() => true));
  return ads.size === 0 ? text : lines.filter((_, i) => !ads.has(i)).join('\n');
}
