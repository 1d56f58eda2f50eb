/**
 * OAuth2 against a real Dovecot: `tokenCommand` prints an access token, replycheck logs in with XOAUTH2/OAUTHBEARER,
 * and Dovecot checks the token with a local RFC 7662 introspection endpoint that this test runs. A refused token is
 * an AUTH error that never shows the token.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readAccount } from '../../src/source/imap.js';
import { SourceError } from '../../src/errors.js';
import { startDovecot, type Dovecot } from './dovecot.js';
import { makeMail } from './mail.js';
import { describeDovecot, PARSE, passwordOf, tempCacheDir } from './setup.js';

const GOOD = 'ya29.test-access-token-for-joan';
const BAD = 'ya29.expired-token-0000';

describeDovecot('IMAP with OAuth2 (tokenCommand)', () => {
  let dv: Dovecot;
  let introspection: Server;
  const seen: string[] = [];

  beforeAll(async () => {
    introspection = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const token = new URLSearchParams(body).get('token') ?? (req.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
        seen.push(token);
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(token === GOOD ? { active: true, username: 'joan' } : { active: false }));
      });
    });
    await new Promise<void>((r) => introspection.listen(0, '127.0.0.1', r));
    const { port } = introspection.address() as AddressInfo;
    dv = await startDovecot([{ user: 'joan', password: passwordOf('joan') }], { oauth2IntrospectionUrl: `http://127.0.0.1:${port}/introspect` });
    await dv.deliver('joan', 'INBOX', makeMail({ n: 1 }));
    await dv.deliver('joan', 'INBOX', makeMail({ n: 2 }));
  }, 30_000);

  afterAll(async () => {
    await dv?.stop();
    await new Promise((r) => introspection?.close(r));
  });

  const account = (token: string) => ({
    host: dv.host, port: dv.tlsPort, secure: true, user: 'joan', tokenCommand: `echo ${token}`, caFile: dv.caFile, timeoutSeconds: 10,
  });

  test('a token from tokenCommand logs in and the mail is read', async () => {
    const r = await readAccount('oauth', account(GOOD), { parse: PARSE, useCache: false, cacheDir: tempCacheDir(), quiet: true });
    expect(r.messages).toHaveLength(2);
    expect(seen).toContain(GOOD);
  }, 30_000);

  test('a refused token: AUTH error, without the token', async () => {
    const err = await readAccount('oauth', account(BAD), { parse: PARSE, useCache: false, cacheDir: tempCacheDir(), quiet: true }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(SourceError);
    expect((err as SourceError).code).toBe('AUTH');
    expect(JSON.stringify({ m: (err as Error).message, t: (err as SourceError).texts })).not.toContain(BAD);
  }, 30_000);
});
