/** The default of `internalDomains`: the domains of my own addresses, except public mail providers. */

/** Mail providers whose domain says nothing about who your colleagues are. */
const PUBLIC_MAIL = /^(gmail|googlemail|hotmail|outlook|live|msn|yahoo|ymail|icloud|me|mac|aol|gmx|web|proton|protonmail|pm|zoho|mail|fastmail|ziggo|kpnmail|kpnplanet|planet|xs4all|hetnet|home|casema|upcmail|chello|telfort|tele2|online|quicknet|zeelandnet|solcon|caiway|skynet|telenet)\./;

export function ownDomains(me: string[]): string[] {
  // "*@domain" already makes the whole domain me: nobody there is a colleague.
  const domains = me.filter((a) => !a.includes('*')).map((a) => a.slice(a.lastIndexOf('@') + 1)).filter((d) => d && !PUBLIC_MAIL.test(d));
  return [...new Set(domains)];
}
