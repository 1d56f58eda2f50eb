/**
 * The split: what the author wrote in this message (newText), the earlier mail it quotes (quotedText,
 * reply header included), the signature and the legal footer (disclaimer) cut from the new text.
 *
 * One pass over the lines:
 *  - `>` lines are quoted, wherever they are; the author's own lines between them stay new (inline answers).
 *  - A reply header that ends the author's part (headers.ts: "-----Original Message-----", an Outlook
 *    "From:/Sent:/To:" or "Van:/Verzonden:/Aan:" block, a Lotus Notes forward or reply block, a forward marker,
 *    or an "On … wrote:" / "Op … schreef …:" line that is NOT followed by `>` lines) sends everything below it
 *    to quotedText.
 *  - An attribution line followed by `>` lines is quoted itself, and the walk goes on (inline answers).
 * Then disclaimers are cut from the new text (disclaimer.ts), free-mail ads with them (mail-ads.ts), and the
 * signature from its last block (signature.ts).
 *
 * quotedText keeps the `>` markers as they were; `unquote()` strips them.
 */
import { QUOTED, RULE_LINE, headerAt, isBlank } from './headers.js';
import { signatureStart } from './signature.js';
import { disclaimerLines } from './disclaimer.js';
import { mailAdLines } from './mail-ads.js';

export interface SplitResult {
  newText: string;
  quotedText: string;
  signature: string;
  /** Confidentiality/legal footer cut from the new text, '' when none. */
  disclaimer: string;
}

function nextNonBlank(lines: string[], from: number): number {
  let j = from;
  while (j < lines.length && isBlank(lines[j])) j++;
  return j;
}

// --- the split --------------------------------------------------------------------------------

type Kind = 'new' | 'quoted' | 'disclaimer';

export function splitReply(text: string): SplitResult {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const kinds: Kind[] = new Array(lines.length);
  let cut = lines.length; // from here on everything is quoted
  let pendingBlank: number[] = [];
  let lastKind: Kind = 'new';

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line)) {
      pendingBlank.push(i);
      continue;
    }
    let kind: Kind = 'new';
    if (QUOTED.test(line)) kind = 'quoted';
    else {
      const h = headerAt(lines, i, (j) => kinds[j] === 'new');
      if (h) {
        const next = nextNonBlank(lines, h.end);
        const followedByQuote = next < lines.length && QUOTED.test(lines[next]);
        // An attribution with no text of the author above it and plain text below is a client that
        // quotes without `>` on top of ... nothing: cutting would leave no message, so only the line goes.
        const onlyHeader = h.kind === 'attribution' && !followedByQuote && !kinds.some((k) => k === 'new');
        if (!onlyHeader && (h.kind === 'cut' || !followedByQuote)) {
          cut = h.start;
          // a horizontal line right above a header belongs to the quote
          const above = lastNonBlankBefore(lines, cut);
          if (above >= 0 && RULE_LINE.test(lines[above]) && kinds[above] === 'new') cut = above;
          break;
        }
        for (let j = i; j < h.end; j++) kinds[j] = 'quoted';
        for (const b of pendingBlank) kinds[b] = lastKind;
        pendingBlank = [];
        lastKind = 'quoted';
        i = h.end - 1;
        continue;
      }
    }
    // blank lines between two runs of the same kind belong to that run; at a change, to the earlier one
    for (const b of pendingBlank) kinds[b] = lastKind === kind ? kind : lastKind;
    pendingBlank = [];
    kinds[i] = kind;
    lastKind = kind;
  }
  for (const b of pendingBlank) if (b < cut) kinds[b] = lastKind;
  for (let i = cut; i < lines.length; i++) kinds[i] = 'quoted';

  // Legal footers go before anything reads the new text.
  const isNew = kinds.map((k) => k === 'new');
  for (const i of disclaimerLines(lines, isNew)) kinds[i] = 'disclaimer';
  // A free-mail service's ad at the end ("Do You Yahoo!?") goes with them: the author never wrote it.
  for (const i of mailAdLines(lines, kinds.map((k) => k === 'new'))) kinds[i] = 'disclaimer';

  // Runs of new lines; the signature is cut from the last one that has text.
  const newLines: string[] = [];
  const quotedLines: string[] = [];
  const runs: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] !== 'new') continue;
    if (runs.length && runs[runs.length - 1].end === i) runs[runs.length - 1].end = i + 1;
    else runs.push({ start: i, end: i + 1 });
  }
  let sigFrom = -1;
  let sigTo = -1;
  for (let r = runs.length - 1; r >= 0; r--) {
    const block = lines.slice(runs[r].start, runs[r].end);
    if (block.every(isBlank)) continue;
    const textAbove = runs.slice(0, r).some((run) => lines.slice(run.start, run.end).some((l) => !isBlank(l)));
    const s = signatureStart(block, textAbove);
    if (s >= 0) {
      sigFrom = runs[r].start + s;
      sigTo = runs[r].end;
    }
    break;
  }
  const sigLines: string[] = [];
  const discLines: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (i >= sigFrom && i < sigTo) sigLines.push(lines[i]);
    else if (kinds[i] === 'new') newLines.push(lines[i]);
    else if (kinds[i] === 'disclaimer') discLines.push(lines[i]);
    else quotedLines.push(lines[i]);
  }
  return { newText: tidy(newLines), quotedText: tidy(quotedLines), signature: tidy(sigLines), disclaimer: tidy(discLines) };
}

function lastNonBlankBefore(lines: string[], i: number): number {
  let j = i - 1;
  while (j >= 0 && isBlank(lines[j])) j--;
  return j;
}

/** Join lines, drop leading/trailing blank lines and trailing spaces, squeeze 3+ blank lines to one. */
function tidy(lines: string[]): string {
  return lines
    .join('\n')
    // (the look-behinds: a run of blanks or newlines is tried from its start only, not from each of its characters)
    .replace(/(?<![ \t\u00A0])[ \t\u00A0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|(?<!\n)\n+$/g, '');
}

/** Strip one level of `>` quoting (and the space after it) from each line. */
export function unquote(text: string): string {
  return text.replace(/^[ \t]*>[ \t]?/gm, '');
}
