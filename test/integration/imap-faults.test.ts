/**
 * Faults against a real Dovecot: wrong password, nothing listening, an unknown certificate (refused, then
 * accepted with caFile), STARTTLS, a silent server, an unknown host, and a connection cut in mid-fetch
 * (resumed; and, when it keeps failing, reported with what was and was not read). Outages: imap-outage.test.ts.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { createServer } from 'node:net';
import { SourceError } from '../../src/errors.js';
import { readAccount } from '../../src/source/imap.js';
import { backoffDelays } from '../../src/source/imap-session.js';
import { startDovecot, type Dovecot } from './dovecot.js';
import { makeMail } from './mail.js';
import { startCutProxy, startSilentServer } from './proxy.js';
import { account, describeDovecot, PARSE, passwordOf } from './setup.js';

const opts = { parse: PARSE, useCache: false, quiet: true };

async function sourceError(p: Promise<unknown>): Promise<SourceError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(SourceError);
    return e as SourceError;
  }
  throw new Error('expected a SourceError');
}

async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

const COUNT = 120;

describeDovecot('IMAP faults', () => {
  let dv: Dovecot;

  beforeAll(async () => {
    dv = await startDovecot([{ user: 'joan', password: passwordOf('joan') }]);
    for (let n = 1; n <= COUNT; n++) await dv.deliver('joan', 'INBOX', makeMail({ n, body: `Vraag ${n}?\r\n${'Lange regel tekst. '.repeat(40)}\r\n` }));
  }, 30_000);

  afterAll(async () => {
    await dv?.stop();
  });

  test('connection refused: one clear line', async () => {
    const port = await closedPort();
    const err = await sourceError(readAccount('work', account(dv, 'joan', { port }), opts));
    expect(err.code).toBe('ECONNREFUSED');
    expect(err.texts.en).toBe(`Account work: connection refused by 127.0.0.1:${port} (is the host and port right?)`);
  });

  test('unknown host: ENOTFOUND', async () => {
    const err = await sourceError(readAccount('work', account(dv, 'joan', { host: 'no-such-host.invalid' }), opts));
    expect(err.code).toBe('ENOTFOUND');
    expect(err.texts.en).toContain('no-such-host.invalid');
  });

  test('a server that never answers: TIMEOUT', async () => {
    const silent = await startSilentServer();
    try {
      const err = await sourceError(readAccount('work', account(dv, 'joan', { port: silent.port, timeoutSeconds: 1 }), opts));
      expect(err.code).toBe('TIMEOUT');
    } finally {
      await silent.close();
    }
  });

  test('an unknown certificate is refused; the same server is accepted with caFile', async () => {
    const err = await sourceError(readAccount('work', account(dv, 'joan', { caFile: undefined }), opts));
    expect(err.code).toBe('TLS');
    expect(err.texts.en).toMatch(/TLS certificate of 127\.0\.0\.1:\d+ not accepted .*caFile/);
    const ok = await readAccount('work', account(dv, 'joan'), opts);
    expect(ok.messages.length).toBe(COUNT);
  });

  test('insecureSkipVerify works only when set, and is reported', async () => {
    const r = await readAccount('work', account(dv, 'joan', { caFile: undefined, insecureSkipVerify: true }), { ...opts, mailboxes: ['INBOX'] });
    expect(r.stats.tls).toBe('unverified');
    expect(r.stats.warnings.some((w) => /insecureSkipVerify/.test(w.en) && /UIT/.test(w.nl))).toBe(true);
  });

  test('STARTTLS on the plain port is verified too', async () => {
    const refused = await sourceError(readAccount('work', account(dv, 'joan', { port: dv.port, secure: false, caFile: undefined }), opts));
    expect(refused.code).toBe('TLS');
    const ok = await readAccount('work', account(dv, 'joan', { port: dv.port, secure: false }), opts);
    expect(ok.stats.tls).toBe('verified');
    expect(ok.messages.length).toBe(COUNT);
  });

  test('a connection cut in mid-fetch is resumed on a new connection, nothing lost or doubled', async () => {
    // Cut the first two connections after 60 KB from the server: well inside the body fetches.
    const proxy = await startCutProxy(dv.tlsPort, 60_000, 2);
    try {
      const problems: string[] = [];
      const r = await readAccount('work', account(dv, 'joan', { port: proxy.port }), { ...opts, batchSize: 20, onProblem: (p) => problems.push(p.code) });
      expect(proxy.cuts).toBe(2);
      expect(r.stats.reconnects).toBe(2);
      expect(problems).toEqual([]);
      expect(r.stats.incomplete).toBeUndefined();
      const ids = r.messages.map((m) => m.messageId);
      expect(new Set(ids).size).toBe(COUNT);
      expect(ids.length).toBe(COUNT);
    } finally {
      await proxy.close();
    }
  });

  test('a connection that keeps dropping before a batch is through: bounded retries, then the mailbox is named', async () => {
    // One FETCH round of all 120 messages never fits in the 40 KB each connection carries: no progress is possible.
    const proxy = await startCutProxy(dv.tlsPort, 40_000, Infinity);
    try {
      const problems: Array<{ source: string; code: string; message: string }> = [];
      const r = await readAccount('work', account(dv, 'joan', { port: proxy.port, timeoutSeconds: 2 }), { ...opts, batchSize: 200, onProblem: (p) => problems.push(p) });
      expect(r.stats.reconnects).toBe(backoffDelays(2000).length);
      expect(proxy.connections).toBe(1 + backoffDelays(2000).length);
      expect(r.stats.incomplete).toEqual({ read: 0, missing: COUNT });
      expect(r.stats.missed).toEqual(['INBOX']);
      expect(r.messages.length).toBe(0);
      expect(problems.map((p) => [p.source, p.code])).toEqual([['work/INBOX', 'INCOMPLETE']]);
      expect(problems[0]!.message).toContain(`read 0 of ${COUNT} messages, ${COUNT} not read`);
    } finally {
      await proxy.close();
    }
  });

  // Last: after a failed login Dovecot slows every later login from this IP (auth penalty).
  test('wrong password: AUTH with the server reason, and the password appears nowhere', async () => {
    const wrong = 'Wr0ng-Passw0rd-xyz';
    const err = await sourceError(readAccount('work', account(dv, 'joan', { passwordEnv: undefined, password: wrong }), opts));
    expect(err.code).toBe('AUTH');
    expect(err.texts.en).toMatch(/^Account work: login refused by 127\.0\.0\.1:\d+: .*Authentication failed/);
    expect(err.texts.nl).toMatch(/inloggen geweigerd/);
    const everything = JSON.stringify({ m: err.message, t: err.texts, c: String(err.cause), s: err.stack });
    expect(everything).not.toContain(wrong);
  });
});
