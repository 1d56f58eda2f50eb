/**
 * The incremental cache against a real Dovecot: the second scan downloads no bodies, a new message is the only
 * one fetched, a flag change arrives through CONDSTORE, a deleted message disappears, a UIDVALIDITY change
 * rebuilds the mailbox; the file is 0600 and holds no secret.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { readFileSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { readAccount, type ImapReadOptions } from '../../src/source/imap.js';
import { startDovecot, type Dovecot } from './dovecot.js';
import { makeMail } from './mail.js';
import { account, describeDovecot, PARSE, passwordOf, recorder, tempCacheDir } from './setup.js';

describeDovecot('IMAP incremental cache', () => {
  let dv: Dovecot;
  let cacheDir: string;
  const acct = () => account(dv, 'joan', { mailboxes: ['INBOX'] });
  const run = (extra: Partial<ImapReadOptions> = {}) => {
    const rec = recorder();
    return readAccount('work', acct(), { parse: PARSE, cacheDir, quiet: true, onTrace: rec.onTrace, ...extra }).then((r) => ({ ...r, rec }));
  };
  const bodyFetches = (cmds: string[]) => cmds.filter((c) => /FETCH .*BODY\.PEEK/.test(c));

  beforeAll(async () => {
    dv = await startDovecot([{ user: 'joan', password: passwordOf('joan') }]);
    for (let n = 1; n <= 30; n++) await dv.deliver('joan', 'INBOX', makeMail({ n }), { flags: n % 2 ? 'S' : '' });
    cacheDir = tempCacheDir();
  }, 30_000);

  afterAll(async () => {
    await dv?.stop();
  });

  test('first scan fetches all; second fetches nothing and returns the same messages', async () => {
    const cold = await run();
    expect(cold.stats.fetched).toBe(30);
    expect(cold.messages.length).toBe(30);
    const warm = await run();
    expect(warm.stats.fetched).toBe(0);
    expect(warm.stats.fromCache).toBe(30);
    expect(bodyFetches(warm.rec.commands())).toEqual([]);
    expect(warm.messages).toEqual(cold.messages); // dates revived, flags restored
    expect(warm.messages[0].date).toBeInstanceOf(Date);
    expect(warm.stats.bytes.received).toBeLessThan(cold.stats.bytes.received / 3);
  });

  test('the cache file is private and holds no secret', () => {
    const file = join(cacheDir, readdirSync(cacheDir).find((f) => f.endsWith('.sqlite'))!);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(cacheDir).mode & 0o777).toBe(0o700);
    for (const f of readdirSync(cacheDir)) {
      const bytes = readFileSync(join(cacheDir, f));
      expect(bytes.includes(passwordOf('joan'))).toBe(false);
    }
  });

  test('a new message is the only one fetched', async () => {
    await dv.deliver('joan', 'INBOX', makeMail({ n: 31, subject: 'Nieuw' }));
    const r = await run();
    expect(r.stats.fetched).toBe(1);
    expect(r.messages.length).toBe(31);
    expect(r.messages.find((m) => m.subject === 'Nieuw')?.origin.uid).toBe(31);
    const fetches = bodyFetches(r.rec.commands());
    expect(fetches.length).toBe(2); // headers + structure, then the text part
    for (const f of fetches) expect(f).toMatch(/^UID FETCH 31 /);
  });

  test('flag changes arrive through CONDSTORE without refetching bodies', async () => {
    await dv.doveadm('flags', 'add', '-u', 'joan', '\\Flagged', 'mailbox', 'INBOX', 'uid', '2');
    const r = await run();
    expect(r.stats.fetched).toBe(0);
    expect(r.stats.mailboxes[0].flagUpdates).toBe(1);
    expect(r.rec.commands().some((c) => /FETCH 1:\* \(UID FLAGS( MODSEQ)?\) \(CHANGEDSINCE \d+\)/.test(c))).toBe(true);
    expect(r.messages.find((m) => m.origin.uid === 2)?.origin.flags).toEqual(['\\Flagged']);
  });

  test('a deleted message disappears from the results', async () => {
    const dir = join(dv.dir, 'mail/joan/Maildir/cur');
    const file = readdirSync(dir).find((f) => readFileSync(join(dir, f), 'utf8').includes('<msg-3@example.com>'))!;
    unlinkSync(join(dir, file));
    const r = await run();
    expect(r.stats.mailboxes[0].removed).toBe(1);
    expect(r.messages.length).toBe(30);
    expect(r.messages.some((m) => m.messageId === '<msg-3@example.com>')).toBe(false);
  });

  test('a UIDVALIDITY change rebuilds that mailbox', async () => {
    await dv.doveadm('mailbox', 'update', '-u', 'joan', '--uid-validity', '12345', 'INBOX');
    const r = await run();
    expect(r.stats.mailboxes[0]).toMatchObject({ uidValidity: '12345', rebuilt: true, fetched: 30, fromCache: 0 });
    expect(r.messages.every((m) => m.origin.uidValidity === '12345')).toBe(true);
    const again = await run();
    expect(again.stats.fetched).toBe(0);
  });

  test('other parse options (me) do not reuse parsed messages; --no-cache bypasses the cache', async () => {
    const r = await run({ parse: { me: ['klant1@example.com'], internalDomains: [] } });
    expect(r.stats.fetched).toBe(30);
    expect(r.messages.find((m) => m.from.address === 'klant1@example.com')?.direction).toBe('out');
    const bypass = await run({ useCache: false });
    expect(bypass.stats.fetched).toBe(30);
    expect(bypass.stats.cachePath).toBeUndefined();
  });
});
