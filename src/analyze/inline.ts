/**
 * Inline answers: the replier quotes the question and writes the answer right under it.
 *   > Kunnen jullie ook de logo's aanleveren?
 *   Ja, die sturen we morgen mee.
 */
const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export function answeredInline(question: string, replyText: string): boolean {
  const q = norm(question);
  if (q.length < 6) return false;
  const lines = replyText.split(/\r?\n/);
  // Join consecutive quoted lines into paragraphs so a question wrapped over two lines is still found.
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*>/.test(lines[i]!)) continue;
    let j = i;
    let block = '';
    while (j < lines.length && /^\s*>/.test(lines[j]!)) {
      block += ' ' + lines[j]!.replace(/^[\s>]+/, '');
      // the question ends inside this quoted run: look for own words right after the run's current line
      if (norm(block).includes(q)) {
        let k = j + 1;
        // allow the rest of the quoted paragraph (the question may not be its last sentence)
        while (k < lines.length && /^\s*>\s*\S/.test(lines[k]!)) k++;
        while (k < lines.length && lines[k]!.trim() === '') k++;
        const next = lines[k];
        return next !== undefined && !/^\s*>/.test(next) && /\p{L}/u.test(next) && !isReplyHeader(next);
      }
      j++;
    }
    i = j;
  }
  return false;
}

function isReplyHeader(line: string): boolean {
  return /^\s*(on .+wrote:|op .+(schreef|geschreven).*:|-{2,}|from:|van:)/i.test(line);
}
