/** "Not a conversation", one place: folders, drafts, spam and trash marks, duplicates; Dutch and English names. */
import { describe, expect, test } from '@jest/globals';
import type { Message } from '../../src/model.js';
import { dedupe, isDraft, isMarkedSpam, isNoiseFolder } from '../../src/parse/noise.js';

const msg = (over: Partial<Message> & { headers?: Record<string, string> } = {}): Message =>
  ({ messageId: '<a@x>', text: 'Hoi', headers: {}, origin: { kind: 'maildir' }, ...over }) as Message;

describe('noise', () => {
  test.each(['.Spam', '.Junk', '.Trash', '.Deleted Items', '.Drafts', '.Drafts.Old', 'Ongewenste e-mail', '.Prullenbak', '.Concepten', 'Verwijderde items', '.Postvak UIT'])(
    'not a conversation: %s',
    (name) => expect(isNoiseFolder(name)).toBe(true),
  );
  test.each(['.Sent', '.Verzonden items', '.Archive.2024', 'INBOX', '.Spamfilter-rapporten', '.Klanten.Trash-rapport'])('a conversation folder: %s', (name) =>
    expect(isNoiseFolder(name)).toBe(false),
  );

  test('drafts: the \\Draft flag or a Gmail Drafts / Concepten label, not an ordinary label', () => {
    expect(isDraft(msg({ origin: { kind: 'maildir', flags: ['\\Seen', '\\Draft'] } }))).toBe(true);
    expect(isDraft(msg({ headers: { 'x-gmail-labels': 'Inbox,"Concepten"' } }))).toBe(true);
    expect(isDraft(msg({ headers: { 'x-gmail-labels': 'Drafts' } }))).toBe(true);
    expect(isDraft(msg({ headers: { 'x-gmail-labels': 'Inbox,Draft projects' } }))).toBe(false);
    expect(isDraft(msg({ origin: { kind: 'maildir', flags: ['\\Seen'] } }))).toBe(false);
  });

  test('spam and trash marks: X-Spam-Flag, Gmail Spam / Trash / Prullenbak; a label that merely says so in a word is not', () => {
    expect(isMarkedSpam(msg({ headers: { 'x-spam-flag': 'YES' } }))).toBe(true);
    expect(isMarkedSpam(msg({ headers: { 'x-gmail-labels': 'Prullenbak' } }))).toBe(true);
    expect(isMarkedSpam(msg({ headers: { 'x-gmail-labels': 'Inbox, Spam' } }))).toBe(true);
    expect(isMarkedSpam(msg({ headers: { 'x-spam-flag': 'NO', 'x-gmail-labels': 'Inbox,Spamfilter' } }))).toBe(false);
  });

  test('one Message-ID read twice is one message: the copy with the most text', () => {
    const short = msg({ text: 'Hoi' });
    const long = msg({ text: 'Hoi Joan, wanneer komt de offerte?' });
    expect(dedupe([short, long, msg({ messageId: '<b@x>' })])).toEqual([long, msg({ messageId: '<b@x>' })]);
  });
});
