import { describe, expect, test } from '@jest/globals';
import { chooseMailboxes, type ListedMailbox } from '../../src/source/imap-folders.js';
import { compactUids } from '../../src/source/imap-uids.js';

const mb = (path: string, specialUse?: string, source = 'extension'): ListedMailbox => ({
  path,
  name: path.split(/[./]/).pop()!,
  ...(specialUse ? { specialUse, specialUseSource: source } : {}),
});

describe('chooseMailboxes', () => {
  test('INBOX + the SPECIAL-USE \\Sent folder, whatever it is called', () => {
    const list = [mb('INBOX', '\\Inbox'), mb('Verzonden'), mb('Postvak UIT', '\\Sent'), mb('Drafts', '\\Drafts')];
    expect(chooseMailboxes(list, {})).toEqual({ paths: ['INBOX', 'Postvak UIT'], missing: [] });
  });

  test('without SPECIAL-USE: Dutch and English names, also under INBOX.', () => {
    expect(chooseMailboxes([mb('INBOX'), mb('INBOX.Verzonden items')], {}).paths).toEqual(['INBOX', 'INBOX.Verzonden items']);
    expect(chooseMailboxes([mb('INBOX'), mb('Sent Items')], {}).paths).toEqual(['INBOX', 'Sent Items']);
    expect(chooseMailboxes([mb('INBOX'), mb('Sent Messages')], {}).paths).toEqual(['INBOX', 'Sent Messages']);
    expect(chooseMailboxes([mb('INBOX')], {})).toEqual({ paths: ['INBOX'], missing: ['\\Sent'] });
  });

  test('a declared \\Sent beats a folder merely named Sent', () => {
    const list = [mb('INBOX'), mb('Sent', '\\Sent', 'name'), mb('[Gmail]/Sent Mail', '\\Sent')];
    expect(chooseMailboxes(list, {}).paths).toEqual(['INBOX', '[Gmail]/Sent Mail']);
  });

  test('All Mail only when asked; drafts role; explicit mailboxes', () => {
    const list = [mb('INBOX'), mb('[Gmail]/Sent Mail', '\\Sent'), mb('[Gmail]/All Mail', '\\All'), mb('[Gmail]/Drafts', '\\Drafts')];
    expect(chooseMailboxes(list, { allMail: true }).paths).toEqual(['INBOX', '[Gmail]/Sent Mail', '[Gmail]/All Mail']);
    expect(chooseMailboxes(list, { role: 'drafts' }).paths).toEqual(['[Gmail]/Drafts']);
    expect(chooseMailboxes([mb('INBOX'), mb('Concepten')], { role: 'drafts' }).paths).toEqual(['Concepten']);
    expect(chooseMailboxes(list, { mailboxes: ['inbox', 'Nope'] })).toEqual({ paths: ['INBOX'], missing: ['Nope'] });
  });
});

test('compactUids makes short sequence sets', () => {
  expect(compactUids([5, 1, 2, 3, 7, 8, 8, 10])).toBe('1:3,5,7:8,10');
  expect(compactUids([42])).toBe('42');
  expect(compactUids([])).toBe('');
});
