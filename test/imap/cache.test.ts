import { afterEach, describe, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCache } from '../../src/cache/imap-cache.js';
import { findCachedMessage } from '../../src/cache/lookup.js';
import { CACHE_FILE, defaultCacheDir } from '../../src/cache/paths.js';
import type { Message } from '../../src/model.js';

const dirs: string[] = [];
const tmp = () => {
  const d = join(mkdtempSync(join(tmpdir(), 'rc-c-')), 'nested');
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(join(d, '..'), { recursive: true, force: true })));

const msg = (uid: number): Message => ({
  messageId: `<m${uid}@x>`, references: [], subject: `S${uid}`, from: { address: 'a@x' }, to: [], cc: [],
  date: new Date(Date.UTC(2026, 0, uid)), dateSource: 'header', direction: 'in', automated: false, internal: false,
  language: 'nl', text: 't', newText: 't', quotedText: '', signature: '', disclaimer: '', bulk: false, attachments: [], headers: {},
  origin: { kind: 'imap', account: 'w', mailbox: 'INBOX', uidValidity: '7', uid, flags: ['\\Seen'], receivedAt: new Date(Date.UTC(2026, 0, uid, 1)) },
});

describe('ImapCache', () => {
  test('round trip with dates and flags; file 0600 in a 0700 folder', async () => {
    const dir = tmp();
    const c = await openCache(dir);
    c.checkParseKey('w', 'k1');
    c.resetMailbox('w', 'INBOX', '7');
    c.put('w', 'INBOX', '7', [{ uid: 1, flags: ['\\Seen'], message: msg(1) }, { uid: 2, flags: [], error: { code: 'MIME', message: 'bad' } }]);
    c.updateFlags('w', 'INBOX', '7', [{ uid: 1, flags: ['\\Seen', '\\Flagged'] }]);
    const back = c.load('w', 'INBOX', '7');
    expect(back[0].message).toEqual({ ...msg(1), origin: { ...msg(1).origin, flags: ['\\Seen', '\\Flagged'] } });
    expect(back[1]).toEqual({ uid: 2, flags: [], error: { code: 'MIME', message: 'bad' } });
    expect(c.load('w', 'INBOX', '7', new Set([2])).map((e) => e.uid)).toEqual([2]);
    expect(statSync(c.path).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    c.close();
  });

  test('state, UIDVALIDITY reset, removal, and a new parse key dropping the account', async () => {
    const c = await openCache(tmp());
    expect(c.checkParseKey('w', 'k1')).toBe(true); // first time: nothing to drop
    c.resetMailbox('w', 'INBOX', '7');
    c.put('w', 'INBOX', '7', [1, 2, 3].map((uid) => ({ uid, flags: [], message: msg(uid) })));
    c.setModseq('w', 'INBOX', '99');
    expect(c.state('w', 'INBOX')).toEqual({ uidValidity: '7', highestModseq: '99' });
    c.remove('w', 'INBOX', '7', [2]);
    expect(c.uids('w', 'INBOX', '7')).toEqual([1, 3]);
    c.resetMailbox('w', 'INBOX', '8');
    expect(c.uids('w', 'INBOX', '7')).toEqual([]);
    expect(c.state('w', 'INBOX')).toEqual({ uidValidity: '8' });
    c.put('w', 'INBOX', '8', [{ uid: 1, flags: [], message: msg(1) }]);
    expect(c.checkParseKey('w', 'k1')).toBe(true);
    expect(c.checkParseKey('w', 'k2')).toBe(false);
    expect(c.uids('w', 'INBOX', '8')).toEqual([]);
    expect(c.state('w', 'INBOX')).toBeUndefined();
    c.close();
  });

  test('default folder follows XDG_CACHE_HOME (absolute only)', () => {
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/x/cache' })).toBe('/x/cache/replycheck');
    expect(defaultCacheDir({ XDG_CACHE_HOME: 'relative' })).toMatch(/\.cache\/replycheck$/);
  });
});

describe("findCachedMessage (lint's In-Reply-To lookup)", () => {
  test('finds a message by its Message-ID, read-only; undefined without a cache or for another id', async () => {
    const dir = tmp();
    expect(await findCachedMessage('<m1@x>', dir)).toBeUndefined();
    expect(existsSync(dir)).toBe(false); // looking creates no cache
    const c = await openCache(dir);
    c.checkParseKey('w', 'k1');
    c.resetMailbox('w', 'INBOX', '7');
    c.put('w', 'INBOX', '7', [{ uid: 1, flags: ['\\Seen'], message: msg(1) }, { uid: 11, flags: [], message: msg(11) }]);
    c.close();
    const before = statSync(join(dir, CACHE_FILE)).mtimeMs;
    const found = await findCachedMessage('<m1@x>', dir);
    expect(found).toMatchObject({ messageId: '<m1@x>', subject: 'S1', date: msg(1).date, origin: { receivedAt: msg(1).origin.receivedAt } });
    expect((await findCachedMessage('<m11@x>', dir))?.subject).toBe('S11');
    expect(await findCachedMessage('<m2@x>', dir)).toBeUndefined();
    expect(await findCachedMessage('<m1@x', dir)).toBeUndefined();
    expect(statSync(join(dir, CACHE_FILE)).mtimeMs).toBe(before);
  });
});
