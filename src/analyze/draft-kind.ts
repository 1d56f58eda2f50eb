/**
 * A plain-text draft (an editor hook hands over the body only) has no headers and no attachments yet:
 * rules that depend on those stay quiet. The mark lives in the message's kept headers, under a name no
 * mail carries.
 */
import type { Message } from '../model.js';

const MARK = 'x-replycheck-input';

export function markPlainText(m: Message): void {
  m.headers[MARK] = 'text';
}

export function isPlainTextDraft(m: Message): boolean {
  return m.headers[MARK] === 'text';
}
