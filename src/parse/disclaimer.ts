/**
 * Confidentiality and legal footers ("This e-mail and any attachments are confidential… If you are not the
 * intended recipient, please…", "Dit bericht is uitsluitend bestemd voor de geadresseerde… Bent u niet de
 * geadresseerde, …"), found in the author's own text so that no later stage reads them as questions or requests.
 *
 * A paragraph is a disclaimer when it carries two different cues of the legal register, or one such cue as the
 * last paragraph of the text, with no question mark; the cut starts at the line where the footer begins, so a
 * signature glued above it stays where it was. A heading ("DISCLAIMER", "Vertrouwelijkheid:") or a rule of
 * stars/dashes right next to the footer goes with it.
 */
import { followedWithin } from '../text/scan.js';

/**
 * Each cue is a phrase of the legal register, in English or Dutch; a paragraph counts distinct cues. Three cues of the
 * shape "A, then within 120 characters of the same sentence B" are two patterns and a bounded scan (followedWithin):
 * as one pattern the gap backtracked against every reading of what follows it.
 */
const CUES: Array<{ test(text: string): boolean }> = [
  // en
  /\b(?:intended|meant)\s+(?:(?:solely|only|exclusively)\s*)?for\s+the\s+(?:sole\s+)?(?:use\s+of\s+the\s+)?(?:individual|person|persons|entity|addressee|named|recipient)/i,
  /\bif\s+you\s+(?:are|were)\s+not\s+(?:the|an)\s+(?:(?:intended|named|designated)\s*)?(?:recipient|addressee)/i,
  /\b(?:received|receive|receiving)\s+this\s+(?:e-?mail|message|communication|transmission|mail)\s+(?:\S+\s+){0,3}(?:in\s+error|by\s+mistake|by\s+error)/i,
  /\b(?:dissemination|distribution|copying|disclosure|reproduction|forwarding)\b[^.]{0,120}\b(?:strictly\s+)?(?:prohibited|forbidden|not\s+permitted)/i,
  followedWithin(
    /\b(?:this|the)\s+(?:e-?mail|message|communication|transmission|information)\b/gi,
    120,
    '.',
    /\b(?:is|are|may\s+be|may\s+contain|contains?)\s+(?:\S+\s+){0,3}(?:confidential|privileged|proprietary)/iy,
  ),
  /\bplease\s+(?:notify|inform|contact)\s+(?:the\s+sender|us)\b[^.]{0,80}\b(?:delete|destroy|remove|discard)/i,
  /\b(?:does|do|shall)\s+not\s+accept\s+(?:any\s+)?(?:liability|responsibility)\b/i,
  /\b(?:confidentiality|privileged\s+and\s+confidential|legal)\s+(?:notice|disclaimer|statement)\b/i,
  /\bviews?\s+(?:or\s+opinions?\s+)?expressed\b[^.]{0,80}\b(?:not\s+necessarily|solely|those\s+of\s+the\s+author)/i,
  /\bfree\s+(?:of|from)\s+(?:any\s+)?viruses?\b|\bvirus(?:es)?\s+or\s+other\s+defects\b/i,
  // a broker's or bank's compliance notice: orders by e-mail are not accepted, all e-mail may be monitored
  /\b(?:orders|instructions)\s+(?:transmitted|sent|given)\s+(?:by|via)\s+e-?mail\s+will\s+not\s+be\s+(?:accepted|executed|acted\s+upon)/i,
  /\bplease\s+do\s+not\s+(?:transmit|send|place|give)\s+(?:orders|instructions|trades)\b/i,
  /\breserves?\s+the\s+right\s+to\s+(?:monitor|review|intercept|archive)\b/i,
  // nl
  /\b(?:uitsluitend|alleen|enkel)\s+(?:\S+\s+){0,2}bestemd\s+voor\s+(?:de\s+)?(?:geadresseerde|ontvanger|persoon)/i,
  /\b(?:bent\s+u|indien\s+u|als\s+u|ben\s+je|als\s+je)\s+niet\s+de\s+(?:beoogde\s+|juiste\s+)?(?:geadresseerde|ontvanger|bestemmeling)/i,
  /\b(?:ten\s+onrechte|abusievelijk|per\s+vergissing|onbedoeld|foutief)\s+(?:\S+\s+){0,3}(?:ontvangen|ontvangt|bereikt)/i,
  followedWithin(/\b(?:openbaarmaking|vermenigvuldiging|verspreiding|verstrekking|gebruik)\b/gi, 120, '.', /\b(?:niet\s+toegestaan|verboden|uitdrukkelijk\s+verboden)/iy),
  followedWithin(/\b(?:dit|deze)\s+(?:e-?mail|bericht|e-?mailbericht|mail)\b/gi, 120, '.', /\bvertrouwelijk/iy),
  /\b(?:verzoeken|vragen)\s+(?:wij\s+)?u\b[^.]{0,80}\b(?:verwijderen|vernietigen|afzender\s+(?:te\s+)?(?:informeren|op\s+de\s+hoogte))/i,
  /\b(?:aanvaardt|aanvaarden|accepteert|accepteren)\s+(?:\S+\s+){0,3}geen\s+(?:enkele\s+)?aansprakelijkheid\b/i,
  /\bkan\s+(?:\S+\s+){0,4}geen\s+rechten\s+(?:worden\s+)?(?:ontleend|ontlenen)/i,
  /\b(?:orders|opdrachten|instructies)\s+(?:die\s+)?(?:per|via)\s+e-?mail\s+(?:worden\s+|zijn\s+)?(?:verzonden|gegeven|verstuurd)\s+(?:worden\s+)?niet\s+(?:uitgevoerd|geaccepteerd|aanvaard|in\s+behandeling\s+genomen)/i,
  /\b(?:geef|verstuur|stuur)\s+(?:geen|nooit)\s+(?:orders|opdrachten|instructies)\s+(?:per|via)\s+e-?mail\b/i,
  /\bbehoudt\s+zich\s+het\s+recht\s+voor\s+(?:om\s+)?(?:e-?mail|berichten|het\s+e-?mailverkeer)/i,
];

/** A heading or rule next to the footer. */
const FOOTER_HEADING = /^[ \t]*(?:[*=_~-]{3,}[ \t]*$|(?:disclaimer|confidentiality(?:\s+notice)?|vertrouwelijk(?:heid)?|privileged(?:\s*(?:&|and)\s*confidential)?|(?:important\s+)?notice\s+regarding\s[^:\n]{1,80}|(?:belangrijke\s+)?mededeling\s+(?:over|inzake)\s[^:\n]{1,80})[ \t]*(?::[ \t]*)?$)/i;

const MAX_FOOTER_LINES = 60;
const MAX_FOOTER_CHARS = 6000;

function cueCount(text: string): number {
  const flat = text.replace(/\s+/g, ' ');
  let n = 0;
  for (const c of CUES) if (c.test(flat)) n++;
  return n;
}

/** Paragraphs (runs of non-blank lines) among the lines where `use[i]` is true. */
function paragraphs(lines: string[], use: boolean[]): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < lines.length; i++) {
    if (!use[i] || lines[i].trim() === '') continue;
    const last = out[out.length - 1];
    if (last && last.end === i) last.end = i + 1;
    else out.push({ start: i, end: i + 1 });
  }
  return out;
}

/**
 * Indices of the lines (among those with `use[i]`) that are a disclaimer. `use` marks the author's new text;
 * the quoted part keeps its footers as they were.
 */
export function disclaimerLines(lines: string[], use: boolean[]): Set<number> {
  const out = new Set<number>();
  // a footer is a few dozen lines at most: longer paragraphs are text (and would make this quadratic)
  const paras = paragraphs(lines, use);
  const short = paras.map((q) => q.end - q.start <= MAX_FOOTER_LINES && lines.slice(q.start, q.end).reduce((n, l) => n + l.length, 0) <= MAX_FOOTER_CHARS);
  const texts = paras.map((q, k) => (short[k] ? lines.slice(q.start, q.end).join('\n') : ''));
  const counts = texts.map((t, k) => (short[k] ? cueCount(t) : 0));
  const footerish = paras.map((q, k) => short[k] && (counts[k] > 0 || lines.slice(q.start, q.end).every((l) => FOOTER_HEADING.test(l))));
  // lastPara[k]: nothing but footers and headings follow paragraph k
  const lastPara: boolean[] = new Array(paras.length).fill(true);
  for (let k = paras.length - 2; k >= 0; k--) lastPara[k] = lastPara[k + 1] && footerish[k + 1];
  for (let p = 0; p < paras.length; p++) {
    const { start, end } = paras[p];
    const text = texts[p];
    if (!short[p] || text.includes('?')) continue;
    const cues = counts[p];
    const words = text.split(/\s+/).length;
    if (!(cues >= 2 || (cues === 1 && lastPara[p] && words >= 15))) continue;
    // the footer begins at the first line from which every cue is still below
    let from = start;
    while (from + 1 < end && cueCount(lines.slice(from + 1, end).join('\n')) === cues) from++;
    // back up to the start of its sentence (a wrapped line that goes on in lower case, or a line above that
    // does not end a sentence)
    while (from > start && !/[.!?:]["”')]*[ \t]*$/.test(lines[from - 1]) && lines[from - 1].trim().length > 50) from--;
    for (let i = from; i < end; i++) out.add(i);
    // a heading or a rule right above (in this paragraph or the one before) goes with it
    let h = from - 1;
    while (h >= 0 && (lines[h].trim() === '' || (use[h] && FOOTER_HEADING.test(lines[h])))) {
      if (lines[h].trim() !== '') out.add(h);
      h--;
    }
  }
  // rules and headings right below a footer
  for (let i = 0; i < lines.length; i++) {
    if (!out.has(i)) continue;
    let j = i + 1;
    while (j < lines.length && (lines[j].trim() === '' || (use[j] && FOOTER_HEADING.test(lines[j])))) {
      if (lines[j].trim() !== '') out.add(j);
      j++;
    }
  }
  return out;
}
