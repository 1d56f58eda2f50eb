import { afterEach, describe, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { accountKey, loginOf, openCache } from '../../src/cache/imap-cache.js';
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
    const { cache: c } = await openCache(dir);
    c.useAccount('w', 'joan@imap.example:993');
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

  test('state, UIDVALIDITY reset, removal', async () => {
    const { cache: c } = await openCache(tmp());
    c.useAccount('w', 'joan@imap.example:993');
    c.resetMailbox('w', 'INBOX', '7');
    c.put('w', 'INBOX', '7', [1, 2, 3].map((uid) => ({ uid, flags: [], message: msg(uid) })));
    c.setModseq('w', 'INBOX', '99');
    expect(c.state('w', 'INBOX')).toEqual({ uidValidity: '7', highestModseq: '99' });
    c.remove('w', 'INBOX', '7', [2]);
    expect(c.uids('w', 'INBOX', '7')).toEqual([1, 3]);
    c.resetMailbox('w', 'INBOX', '8');
    expect(c.uids('w', 'INBOX', '7')).toEqual([]);
    expect(c.state('w', 'INBOX')).toEqual({ uidValidity: '8' });
    c.close();
  });

  test('keys: login (user, host, port) and parse options, never the name; old parse variants are dropped', async () => {
    expect(loginOf('joan', 'IMAP.Example.NL', 993)).toBe('joan@imap.example.nl:993');
    expect(accountKey(loginOf('joan', 'h', 993), 'k1')).not.toBe(accountKey(loginOf('joan', 'h', 143), 'k1'));
    expect(accountKey(loginOf('joan', 'h', 993), 'k1')).not.toBe(accountKey(loginOf('bob', 'h', 993), 'k1'));
    expect(accountKey(loginOf('joan', 'h', 993), 'k1')).not.toBe(accountKey(loginOf('joan', 'h2', 993), 'k1'));
    expect(accountKey(loginOf('joan', 'h', 993), 'k1')).not.toBe(accountKey(loginOf('joan', 'h', 993), 'k2'));
    const { cache: c } = await openCache(tmp());
    const login = loginOf('joan', 'h', 993);
    for (const k of ['k1', 'k2', 'k3', 'k4']) {
      const key = accountKey(login, k);
      c.useAccount(key, login);
      c.resetMailbox(key, 'INBOX', '7');
      c.put(key, 'INBOX', '7', [{ uid: 1, flags: [], message: msg(1) }]);
    }
    // Three variants stay (two configs with another `me` can take turns); the oldest went.
    expect(c.uids(accountKey(login, 'k1'), 'INBOX', '7')).toEqual([]);
    for (const k of ['k2', 'k3', 'k4']) expect(c.uids(accountKey(login, k), 'INBOX', '7')).toEqual([1]);
    // The name a config gives the account comes from the run, not from the row.
    expect(c.load(accountKey(login, 'k4'), 'INBOX', '7', undefined, 'office')[0]!.message!.origin).toMatchObject({ account: 'office' });
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
    const { cache: c } = await openCache(dir);
    c.useAccount('w', 'joan@imap.example:993');
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
