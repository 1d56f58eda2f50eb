/**
 * Inline answers: the replier quotes the question and writes the answer right under it.
 *   > Kunnen jullie ook de logo's aanleveren?
 *   Ja, die sturen we morgen mee.
 */
const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

interface QuotedParagraph {
  /** Normalised text of a run of non-blank quoted lines (a question wrapped over two lines is still found). */
  text: string;
  /** The first non-blank line after the paragraph is the replier's own words. */
  answered: boolean;
  /** That line, when answered. */
  answer?: string;
}

// A reply is checked against every question of the messages it answers: split it once.
const cache = new Map<string, QuotedParagraph[]>();

function quotedParagraphs(replyText: string): QuotedParagraph[] {
  let hit = cache.get(replyText);
  if (hit) return hit;
  hit = [];
  const lines = replyText.split(/\r?\n/);
  const quoted = (l: string) => /^\s*>/.test(l);
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*>\s*\S/.test(lines[i]!)) continue;
    let j = i;
    let block = '';
    while (j < lines.length && /^\s*>\s*\S/.test(lines[j]!)) block += ' ' + lines[j++]!.replace(/^[\s>]+/, '');
    let k = j;
    while (k < lines.length && lines[k]!.trim() === '') k++;
    const next = lines[k];
    const answered = next !== undefined && !quoted(next) && /\p{L}/u.test(next) && !isReplyHeader(next);
    hit.push({ text: norm(block), answered, ...(answered && { answer: next.trim() }) });
    i = j - 1;
  }
  if (cache.size > 2000) cache.clear();
  cache.set(replyText, hit);
  return hit;
}

export function answeredInline(question: string, replyText: string): boolean {
  return inlineAnswer(question, replyText) !== undefined;
}

/** The replier's first line under the quoted question, or undefined when the question is not answered inline. */
export function inlineAnswer(question: string, replyText: string): string | undefined {
  const q = norm(question);
  if (q.length < 6) return undefined;
  return quotedParagraphs(replyText).find((p) => p.answered && p.text.includes(q))?.answer;
}

/**
 * `/^\s*(on .+wrote:|op .+(schreef|geschreven).*:|-{2,}|from:|van:)/i`, with the "op" case written out: as a
 * regex its `.+` and `.*` split a long line in quadratically many ways before failing.
 */
function isReplyHeader(line: string): boolean {
  // `.` stops at a line break: look at the line up to the first one.
  const seg = line.replace(/^\s+/, '').split(/[\n\r\u2028\u2029]/, 1)[0]!;
  if (/^(?:on .+wrote:|--|from:|van:)/i.test(seg)) return true;
  if (!/^op ./i.test(seg)) return false;
  const verb = /schreef|geschreven/i.exec(seg.slice(4));
  return verb !== null && seg.includes(':', 4 + verb.index + verb[0].length);
}
