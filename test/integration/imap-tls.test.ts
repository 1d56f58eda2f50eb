/**
 * TLS before the password, and TLS errors that say what really happened. A man in the middle on 127.0.0.1 strips
 * STARTTLS from a real Dovecot's plain port: replycheck refuses to log in (the password never crosses the proxy)
 * unless the account says allowPlaintext: true, and then it warns. Servers that speak no TLS, greet nothing, greet
 * and stall, or drop during login each get their own line, never "certificate not accepted".
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { SourceError } from '../../src/errors.js';
import { readAccount } from '../../src/source/imap.js';
import { startDovecot, type Dovecot } from './dovecot.js';
import { makeMail } from './mail.js';
import { startCutProxy, startSilentServer, startStallServer, startStripTlsProxy } from './proxy.js';
import { account, describeDovecot, PARSE, passwordOf } from './setup.js';

const opts = { parse: PARSE, useCache: false, quiet: true, mailboxes: ['INBOX'] };

async function sourceError(p: Promise<unknown>): Promise<SourceError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(SourceError);
    return e as SourceError;
  }
  throw new Error('expected a SourceError');
}

describeDovecot('IMAP TLS', () => {
  let dv: Dovecot;

  beforeAll(async () => {
    dv = await startDovecot([{ user: 'joan', password: passwordOf('joan') }]);
    for (let n = 1; n <= 3; n++) await dv.deliver('joan', 'INBOX', makeMail({ n }));
  }, 30_000);

  afterAll(async () => {
    await dv?.stop();
  });

  test('STARTTLS stripped by a man in the middle: no login, the password never crosses the wire', async () => {
    const mitm = await startStripTlsProxy(dv.port);
    try {
      const err = await sourceError(readAccount('work', account(dv, 'joan', { port: mitm.port, secure: false }), opts));
      expect(err.code).toBe('PLAINTEXT');
      expect(err.texts.en).toMatch(/^Account work: 127\.0\.0\.1:\d+ offers no STARTTLS .*nothing was sent.*allowPlaintext: true/);
      expect(err.texts.nl).toMatch(/biedt geen STARTTLS aan .*er is niets verstuurd.*allowPlaintext: true/);
      const wire = mitm.clientBytes();
      expect(wire).not.toMatch(/LOGIN|AUTHENTICATE/i);
      expect(wire).not.toContain(passwordOf('joan'));
      expect(wire).not.toContain(Buffer.from(`\0joan\0${passwordOf('joan')}`).toString('base64'));
    } finally {
      await mitm.close();
    }
  });

  test('with allowPlaintext: true the same server is read, with a warning before and after', async () => {
    const mitm = await startStripTlsProxy(dv.port);
    try {
      const r = await readAccount('work', account(dv, 'joan', { port: mitm.port, secure: false, allowPlaintext: true }), opts);
      expect(r.messages.length).toBe(3);
      expect(r.stats.tls).toBe('none');
      const en = r.stats.warnings.map((w) => w.en);
      expect(en[0]).toMatch(/allowPlaintext is set: if 127\.0\.0\.1:\d+ offers no STARTTLS, the password is sent unencrypted/);
      expect(en.some((w) => /is not encrypted/.test(w))).toBe(true);
      expect(r.stats.warnings[0]!.nl).toMatch(/allowPlaintext staat aan/);
    } finally {
      await mitm.close();
    }
  });

  test('allowPlaintext does not turn STARTTLS off when the server offers it', async () => {
    const r = await readAccount('work', account(dv, 'joan', { port: dv.port, secure: false, allowPlaintext: true }), opts);
    expect(r.stats.tls).toBe('verified');
    expect(r.messages.length).toBe(3);
  });

  test('a plain-text server on a TLS account: "does not speak TLS", not a certificate problem', async () => {
    const garbage = await startStallServer('* OK plain IMAP here, no TLS\r\n');
    try {
      const err = await sourceError(readAccount('work', account(dv, 'joan', { port: garbage.port, secure: true }), opts));
      expect(err.code).toBe('TLS');
      expect(err.texts.en).toMatch(/no TLS handshake with 127\.0\.0\.1:\d+ .*does not speak TLS on this port.*secure: false/);
      expect(err.texts.nl).toMatch(/spreekt op deze poort geen TLS/);
      expect(err.texts.en).not.toMatch(/certificate/i);
    } finally {
      await garbage.close();
    }
  });

  test('a silent plain server: no greeting, not a certificate problem', async () => {
    const silent = await startSilentServer();
    try {
      const err = await sourceError(readAccount('work', account(dv, 'joan', { port: silent.port, secure: false, timeoutSeconds: 1 }), opts));
      expect(err.code).toBe('TIMEOUT');
      expect(err.texts.en).toMatch(/accepted the connection but sent no IMAP greeting in time/);
      expect(err.texts.nl).toMatch(/stuurde op tijd geen IMAP-begroeting/);
      expect(err.texts.en).not.toMatch(/certificate/i);
    } finally {
      await silent.close();
    }
  });

  test('a server that greets and then stalls is given up on after timeoutSeconds of silence', async () => {
    const stall = await startStallServer('* OK ready\r\n');
    try {
      const err = await sourceError(readAccount('work', account(dv, 'joan', { port: stall.port, secure: false, allowPlaintext: true, timeoutSeconds: 1 }), opts));
      expect(err.code).toBe('TIMEOUT');
      expect(err.texts.en).not.toMatch(/certificate/i);
    } finally {
      await stall.close();
    }
  });

  test('no Sent folder: said, since every thread would look unanswered (en + nl)', async () => {
    const r = await readAccount('work', account(dv, 'joan'), { ...opts, mailboxes: undefined });
    expect(r.messages.length).toBe(3);
    const w = r.stats.warnings.find((x) => /Sent folder/.test(x.en));
    expect(w?.en).toBe('Account work: no Sent folder found, so your own replies are not read and threads may look unanswered; name it under mailboxes');
    expect(w?.nl).toMatch(/geen map Verzonden gevonden/);
  });

  test('a connection dropped during the handshake or login: a closed connection, not a certificate problem', async () => {
    for (const cutAfter of [0, 300, 1200]) {
      const proxy = await startCutProxy(dv.tlsPort, cutAfter, Infinity);
      try {
        const err = await sourceError(readAccount('work', account(dv, 'joan', { port: proxy.port }), opts));
        expect([cutAfter, err.code]).toEqual([cutAfter, 'CONNECTION']);
        expect(err.texts.en).toMatch(/connection to 127\.0\.0\.1:\d+ was closed/);
        expect(err.texts.en).not.toMatch(/certificate/i);
      } finally {
        await proxy.close();
      }
    }
  });
});
