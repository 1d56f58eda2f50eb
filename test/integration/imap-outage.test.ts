/**
 * A server that goes away in the middle of a scan, against a real Dovecot behind a fault proxy: reconnects wait
 * longer each time and stop within timeoutSeconds; what was read is kept, every mailbox not (fully) read is named,
 * and no run that missed a mailbox exits 0 or prints a clean result, in any format or language.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readAccount } from '../../src/source/imap.js';
import { backoffDelays } from '../../src/source/imap-session.js';
import { startDovecot, type Dovecot } from './dovecot.js';
import { makeMail } from './mail.js';
import { startFaultProxy, startStallServer, type ConnectionPlan } from './proxy.js';
import { account, describeDovecot, PARSE, passwordOf } from './setup.js';
import { runCliAsync } from '../helpers/cli.js';

const INBOX = 120;
const SENT = 6;
const opts = { parse: PARSE, useCache: false, quiet: true, batchSize: 20 };
/** The first connection dies after 60 KB from the server (well inside the INBOX fetch); later ones as planned. */
const firstCut = (later: (n: number) => ConnectionPlan) => (n: number): ConnectionPlan => (n === 1 ? { cutAfter: 60_000 } : later(n));

/** The CLI, without blocking this process: the fault proxy lives here and must keep answering. */
test('reconnect waits double and stay within the timeout', () => {
  expect(backoffDelays(2000)).toEqual([125, 250, 500, 1000]);
  const long = backoffDelays(30_000);
  expect(long[0]).toBe(1000);
  expect(long.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(30_000);
  for (let i = 1; i < long.length; i++) expect(long[i]).toBe(long[i - 1]! * 2);
});

describeDovecot('IMAP outage', () => {
  let dv: Dovecot;

  beforeAll(async () => {
    dv = await startDovecot([{ user: 'joan', password: passwordOf('joan') }]);
    for (let n = 1; n <= INBOX; n++) await dv.deliver('joan', 'INBOX', makeMail({ n, body: `Vraag ${n}?\r\n${'Lange regel tekst. '.repeat(40)}\r\n` }));
    for (let n = 1; n <= SENT; n++)
      await dv.deliver('joan', 'Sent', makeMail({ n: 1000 + n, from: 'Joan <joan@prinsweb.example>', to: `klant${n}@example.com`, subject: `Re: Vraag ${n}` }));
  }, 30_000);

  afterAll(async () => {
    await dv?.stop();
  });

  test('a server that comes back after two failed reconnects: everything read, nothing doubled', async () => {
    const proxy = await startFaultProxy(dv.tlsPort, firstCut((n) => (n <= 3 ? 'reset' : 'forward')));
    try {
      const problems: string[] = [];
      const r = await readAccount('work', account(dv, 'joan', { port: proxy.port, timeoutSeconds: 2 }), { ...opts, onProblem: (p) => problems.push(p.code) });
      expect(proxy.connections).toBe(4);
      expect(r.stats.reconnects).toBe(3);
      expect(problems).toEqual([]);
      expect(r.stats.missed).toEqual([]);
      expect(r.stats.incomplete).toBeUndefined();
      const ids = r.messages.map((m) => m.messageId);
      expect(ids.length).toBe(INBOX + SENT);
      expect(new Set(ids).size).toBe(INBOX + SENT);
    } finally {
      await proxy.close();
    }
  });

  test('a server that stays down: bounded retries, what was read is kept, INBOX and Sent are named', async () => {
    const proxy = await startFaultProxy(dv.tlsPort, firstCut(() => 'reset'));
    try {
      const problems: Array<{ source: string; code: string; message: string; texts?: { nl: string } }> = [];
      const r = await readAccount('work', account(dv, 'joan', { port: proxy.port, timeoutSeconds: 2 }), { ...opts, onProblem: (p) => problems.push(p) });
      expect(r.stats.reconnects).toBe(backoffDelays(2000).length);
      expect(proxy.connections).toBe(1 + backoffDelays(2000).length);
      expect(r.stats.missed).toEqual(['INBOX', 'Sent']);
      const { read, missing } = r.stats.incomplete!;
      expect(read).toBeGreaterThan(0);
      expect(read + missing).toBe(INBOX);
      expect(r.messages.length).toBe(read);
      expect(problems.map((p) => [p.source, p.code])).toEqual([['work/INBOX', 'INCOMPLETE'], ['work/Sent', 'NOT_READ']]);
      expect(problems[0]!.message).toContain('was lost and could not be restored after 4 reconnect(s)');
      expect(problems[0]!.message).toContain(`read ${read} of ${INBOX} messages, ${missing} not read`);
      expect(problems[0]!.message).not.toMatch(/host and port right/);
      expect(problems[0]!.texts!.nl).toContain(`${read} van ${INBOX} berichten gelezen`);
    } finally {
      await proxy.close();
    }
  });

  test('a reconnect that meets a lasting error (no TLS any more): no more tries, the mailboxes after it named', async () => {
    const plain = await startStallServer('* OK plain text now\r\n');
    const proxy = await startFaultProxy(dv.tlsPort, firstCut(() => ({ to: plain.port })));
    try {
      const problems: Array<{ source: string; code: string; message: string }> = [];
      const r = await readAccount('work', account(dv, 'joan', { port: proxy.port, timeoutSeconds: 2 }), { ...opts, onProblem: (p) => problems.push(p) });
      expect(r.stats.reconnects).toBe(1);
      expect(r.stats.missed).toEqual(['INBOX', 'Sent']);
      expect(problems.map((p) => [p.source, p.code])).toEqual([['work/INBOX', 'INCOMPLETE'], ['work/Sent', 'NOT_READ']]);
      expect(problems[0]!.message).toMatch(/does not speak TLS on this port/);
      expect(problems[1]!.message).toBe('mailbox Sent was not read: the connection was lost before it');
    } finally {
      await proxy.close();
      await plain.close();
    }
  });

  test('through the CLI: exit 3, never a clean result, the missed mailboxes named in every format (en + nl)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-outage-'));
    const config = join(dir, 'replycheck.config.json');
    const cli = async (args: string[]) => {
      const proxy = await startFaultProxy(dv.tlsPort, firstCut(() => 'reset'));
      try {
        writeFileSync(config, JSON.stringify({
          me: ['joan@prinsweb.example'],
          accounts: { work: { host: dv.host, port: proxy.port, secure: true, user: 'joan', passwordEnv: 'RC_OUT_PW', caFile: dv.caFile, timeoutSeconds: 2 } },
        }));
        // batch size is not a CLI option: the cut at 60 KB lands inside the first 400-message round, so INBOX reads 0
        return await runCliAsync([...args, '-c', config, '--no-cache', '--now', '2026-11-20T12:00:00Z', '--since', '60d'], { RC_OUT_PW: passwordOf('joan'), CI: 'true' });
      } finally {
        await proxy.close();
      }
    };
    const json = await cli(['scan', '-f', 'json']);
    expect(json.status).toBe(3);
    const out = JSON.parse(json.stdout);
    expect(out.complete).toBe(false);
    expect(out.sources[0].missed).toEqual(['INBOX', 'Sent']);
    expect(out.errors.map((e: { source: string }) => e.source)).toEqual(['work/INBOX', 'work/Sent']);
    expect(json.stderr).toContain('Incomplete: not (fully) read: imap:work/INBOX, imap:work/Sent');

    const nl = await cli(['scan', '--lang', 'nl']);
    expect(nl.status).toBe(3);
    expect(nl.stdout).toContain('Onvolledig: niet (helemaal) gelezen: imap:work/INBOX, imap:work/Sent');
    expect(nl.stdout).not.toContain('Geen steken laten vallen: niemand wacht op u');
    expect(nl.stdout).not.toContain('✔');
    const en = await cli(['scan', '--lang', 'en']);
    expect(en.stdout).toContain('Incomplete: not (fully) read: imap:work/INBOX, imap:work/Sent');
    expect(en.stdout).not.toContain('No lapses found: nobody is waiting on you');
    expect(en.stdout).not.toContain('✔');

    const junitFile = join(dir, 'junit.xml');
    const junit = await cli(['report', '-f', 'junit', '--out', junitFile, '--fail-on', 'never']);
    expect(junit.status).toBe(3);
    const xml = readFileSync(junitFile, 'utf8');
    expect(xml).toMatch(/<testsuite name="sources" tests="1" failures="1"[ >]/);
    expect(xml).toContain('imap:work/INBOX, imap:work/Sent');
    expect(xml).not.toMatch(/<testsuites [^>]*failures="0"/);
    const md = await cli(['report', '-f', 'markdown', '--lang', 'nl']);
    expect(md.status).toBe(3);
    expect(md.stdout).toContain('niet (helemaal) gelezen: imap:work/INBOX, imap:work/Sent');
    const rj = await cli(['report', '-f', 'json']);
    expect(JSON.parse(rj.stdout).complete).toBe(false);
    expect(JSON.parse(rj.stdout).verdict.exitCode).toBe(3);
  }, 120_000);
});
