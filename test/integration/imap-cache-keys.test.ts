/**
 * The cache across boundaries, against real Dovecots: rows are keyed by login (user, host, port) and the parse
 * options, never by the config's account name, so two users on one server, or one user on two servers, never see
 * each other's mail; two scans at once on one cache (another `me` each) give what each gives alone; a truncated or
 * garbage cache file is named once and rebuilt while the scan goes on.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { mkdtempSync, readdirSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CACHE_FILE } from '../../src/cache/paths.js';
import { readAccount } from '../../src/source/imap.js';
import { startDovecot, type Dovecot } from './dovecot.js';
import { makeMail } from './mail.js';
import { account, describeDovecot, PARSE, passwordOf, tempCacheDir } from './setup.js';
import { runCliAsync } from '../helpers/cli.js';

const BIG = 400; // above the worker threshold: the concurrent scans parse in threads and write many batches

describeDovecot('IMAP cache keys, concurrency and corruption', () => {
  let one: Dovecot;
  let two: Dovecot;

  beforeAll(async () => {
    const users = ['alice', 'bob', 'joan'].map((user) => ({ user, password: passwordOf(user) }));
    [one, two] = await Promise.all([startDovecot(users), startDovecot([{ user: 'joan', password: passwordOf('joan') }])]);
    for (let n = 1; n <= 5; n++) await one.deliver('alice', 'INBOX', makeMail({ n, subject: `Alice ${n}` }));
    for (let n = 1; n <= 3; n++) await one.deliver('bob', 'INBOX', makeMail({ n: 100 + n, subject: `Bob ${n}` }));
    for (let n = 1; n <= BIG; n++) await one.deliver('joan', 'INBOX', makeMail({ n: 1000 + n, from: `Klant ${n % 7} <klant${n % 7}@example.com>` }));
    for (let n = 1; n <= 4; n++) await two.deliver('joan', 'INBOX', makeMail({ n: 200 + n, subject: `Elders ${n}` }));
  }, 60_000);

  afterAll(async () => {
    await Promise.all([one?.stop(), two?.stop()]);
  });

  const subjects = (r: { messages: Array<{ subject: string }> }) => r.messages.map((m) => m.subject).sort();

  test('one account name, another user on the same server: no row is shared', async () => {
    const cacheDir = tempCacheDir();
    const read = (user: string) => readAccount('work', account(one, user, { mailboxes: ['INBOX'] }), { parse: PARSE, cacheDir, quiet: true });
    const alice = await read('alice');
    expect(subjects(alice)).toEqual(['Alice 1', 'Alice 2', 'Alice 3', 'Alice 4', 'Alice 5']);
    const bob = await read('bob');
    expect(subjects(bob)).toEqual(['Bob 1', 'Bob 2', 'Bob 3']);
    expect(bob.stats.fetched).toBe(3);
    // and alice's rows are still hers, from the cache
    const again = await read('alice');
    expect(again.stats.fetched).toBe(0);
    expect(subjects(again)).toEqual(subjects(alice));
  });

  test('one user and one account name on two servers: each server its own rows', async () => {
    const cacheDir = tempCacheDir();
    const read = (dv: Dovecot) => readAccount('work', account(dv, 'joan', { mailboxes: ['INBOX'] }), { parse: PARSE, cacheDir, quiet: true });
    const here = await read(one);
    const there = await read(two);
    expect(here.messages.length).toBe(BIG);
    expect(subjects(there)).toEqual(['Elders 1', 'Elders 2', 'Elders 3', 'Elders 4']);
    expect((await read(two)).stats.fetched).toBe(0);
    expect((await read(one)).messages.length).toBe(BIG);
  });

  test('two scans at once on one cache, each with another me: each gets what it gets alone, cold and warm', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-conc-'));
    const cacheDir = join(dir, 'cache');
    const configs = ['joan@prinsweb.example', 'klant3@example.com'].map((me, i) => {
      const file = join(dir, `c${i}.json`);
      const acct = { host: one.host, port: one.tlsPort, secure: true, user: 'joan', passwordEnv: 'RC_CONC_PW', caFile: one.caFile, mailboxes: ['INBOX'] };
      writeFileSync(file, JSON.stringify({ me: [me], cacheDir, accounts: { work: acct } }));
      return file;
    });
    const scan = (file: string, extra: string[] = []) =>
      runCliAsync(['scan', '-f', 'json', '-c', file, '--now', '2026-11-20T12:00:00Z', '--since', '60d', ...extra], { RC_CONC_PW: passwordOf('joan'), CI: 'true' });
    const shape = (r: { status: number | null; stdout: string; stderr: string }) => {
      const j = JSON.parse(r.stdout);
      return { status: r.status, errors: j.errors, stats: j.stats, findings: j.findings.map((f: { ruleId: string; messageId: string }) => `${f.ruleId} ${f.messageId}`).sort() };
    };
    const alone = await Promise.all(configs.map((c) => scan(c, ['--no-cache']).then(shape)));
    expect(alone[0]!.stats.outgoing).toBe(0);
    expect(alone[1]!.stats.outgoing).toBeGreaterThan(0); // klant3's mail is "mine" in the second config
    expect(alone[0]!.findings).not.toEqual(alone[1]!.findings);
    for (const round of ['cold', 'warm']) {
      const together = await Promise.all(configs.map((c) => scan(c).then((r) => ({ ...shape(r), stderr: r.stderr }))));
      for (const [i, r] of together.entries()) {
        expect([round, i, r.stderr]).toEqual([round, i, '']);
        const { stderr: _s, ...rest } = r;
        expect([round, i, rest]).toEqual([round, i, alone[i]]);
      }
    }
  }, 180_000);

  test.each([
    ['truncated', (file: string) => truncateSync(file, Math.floor(statSync(file).size / 3))],
    ['garbage', (file: string) => writeFileSync(file, 'dit is geen database / this is no database\n'.repeat(200))],
  ])('a %s cache file: named once, rebuilt, and the scan still reads everything', async (_kind, spoil) => {
    const cacheDir = tempCacheDir();
    const read = () => readAccount('work', account(one, 'alice', { mailboxes: ['INBOX'] }), { parse: PARSE, cacheDir, quiet: true });
    expect((await read()).messages.length).toBe(5);
    const file = join(cacheDir, CACHE_FILE);
    for (const f of readdirSync(cacheDir)) if (f !== CACHE_FILE) writeFileSync(join(cacheDir, f), ''); // no WAL to heal it
    spoil(file);
    const r = await read();
    expect(r.messages.length).toBe(5);
    expect(r.stats.fetched).toBe(5);
    const notices = r.stats.warnings.filter((w) => w.en.includes(file));
    expect(notices).toHaveLength(1);
    expect(notices[0]!.en).toMatch(/^The IMAP cache .* could not be read \(.+\) and has been rebuilt/);
    expect(notices[0]!.nl).toMatch(/was onleesbaar .* en is opnieuw aangemaakt/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const warm = await read();
    expect(warm.stats.fetched).toBe(0);
    expect(warm.stats.warnings.filter((w) => w.en.includes(file))).toEqual([]);
  });
});
