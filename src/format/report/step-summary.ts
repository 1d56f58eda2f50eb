/** The Markdown report cut to fit what is left of GitHub's 1 MiB job-summary limit, saying so when it was cut. */
import type { Language } from '../../model.js';

export function fitSummary(md: string, room: number, lang: Language): string {
  const bytes = Buffer.byteLength(md);
  if (bytes <= room) return md;
  const note =
    lang === 'nl'
      ? '\n\n> Ingekort om onder de grens van 1 MiB voor een samenvatting te blijven: het volledige rapport staat in de bestanden van de run.\n'
      : '\n\n> Cut to stay under the 1 MiB job-summary limit: the full report is in the run\'s files.\n';
  const budget = Math.max(0, room - Buffer.byteLength(note));
  // cut at a line break, never inside a character or a table row
  const head = Buffer.from(md).subarray(0, budget).toString('utf8').replace(/\uFFFD$/, '');
  const cut = head.lastIndexOf('\n');
  return (cut > 0 ? head.slice(0, cut) : '') + note;
}
