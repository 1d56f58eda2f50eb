import { describe, expect, test } from '@jest/globals';
import { redact, resolveSecret } from '../../src/source/secrets.js';
import { toSourceError, isDropped } from '../../src/source/imap-errors.js';
import { SourceError } from '../../src/errors.js';

const base = { host: 'imap.example.nl', user: 'joan' };

describe('resolveSecret', () => {
  test('passwordCommand: stdout without the trailing newline, run by the shell', async () => {
    const r = await resolveSecret('work', { ...base, passwordCommand: "printf 'geheim wachtwoord\\n' | cat" });
    expect(r.secret).toEqual({ kind: 'password', value: 'geheim wachtwoord', via: 'passwordCommand' });
    expect(r.warnings).toEqual([]);
  });

  test('tokenCommand gives an OAuth2 token and wins over the others', async () => {
    const r = await resolveSecret('g', { ...base, tokenCommand: 'echo ya29.token', passwordEnv: 'X' });
    expect(r.secret).toMatchObject({ kind: 'token', value: 'ya29.token' });
  });

  test('passwordEnv reads the variable; unset is a clear error', async () => {
    const r = await resolveSecret('work', { ...base, passwordEnv: 'RC_PW' }, { RC_PW: 'uit-env' });
    expect(r.secret.value).toBe('uit-env');
    await expect(resolveSecret('work', { ...base, passwordEnv: 'RC_PW' }, {})).rejects.toMatchObject({ code: 'SECRET', texts: { en: expect.stringContaining('RC_PW') } });
  });

  test('a plain password works but warns, once per account', async () => {
    const first = await resolveSecret('plain-acct', { ...base, password: 'hunter22' });
    expect(first.secret.value).toBe('hunter22');
    expect(first.warnings).toHaveLength(1);
    expect(first.warnings[0].en).toMatch(/plain text/);
    expect(first.warnings[0].nl).toMatch(/leesbaar/);
    expect(first.warnings[0].en).not.toContain('hunter22');
    expect((await resolveSecret('plain-acct', { ...base, password: 'hunter22' })).warnings).toEqual([]);
  });

  test('a failing command: its exit code, never its output (stdout or stderr may hold the secret)', async () => {
    const err = await resolveSecret('work', { ...base, passwordCommand: 'echo topsecret; echo "gpg: bad passphrase s3cr3t-canary" >&2; exit 2' }).catch((e) => e);
    expect(err).toBeInstanceOf(SourceError);
    expect(err.texts.en).toBe('Account work: passwordCommand failed with exit code 2; its output is not shown (it may hold the secret): run the command yourself to see why');
    expect(err.texts.nl).toMatch(/^Account work: passwordCommand faalde met afsluitcode 2; de uitvoer wordt niet getoond/);
    expect(JSON.stringify(err.texts)).not.toMatch(/topsecret|canary|gpg/);
    const empty = await resolveSecret('work', { ...base, passwordCommand: 'true' }).catch((e) => e);
    expect(empty.texts.en).toMatch(/printed nothing/);
  });

  test('no secret configured', async () => {
    await expect(resolveSecret('work', base)).rejects.toMatchObject({ code: 'SECRET' });
  });
});

describe('errors', () => {
  const where = { account: 'work', host: 'imap.example.nl', port: 993 };
  test('auth failure keeps the server reason and scrubs the secret', () => {
    const e = Object.assign(new Error('Authentication failed'), { authenticationFailed: true, response: 'A2 NO [AUTHENTICATIONFAILED] Invalid credentials for p4ssw0rd-x' });
    const s = toSourceError(e, where, 'p4ssw0rd-x');
    expect(s.code).toBe('AUTH');
    expect(s.texts.en).toBe('Account work: login refused by imap.example.nl:993: [AUTHENTICATIONFAILED] Invalid credentials for ***');
    expect(String(s.cause)).not.toContain('p4ssw0rd-x');
  });
  test('codes: TLS, DNS, timeout; drops are retryable, auth is not', () => {
    expect(toSourceError(Object.assign(new Error('x'), { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }), where).code).toBe('TLS');
    expect(toSourceError(Object.assign(new Error('x'), { code: 'EAI_AGAIN' }), where).code).toBe('ENOTFOUND');
    expect(toSourceError(Object.assign(new Error('x'), { code: 'GREETING_TIMEOUT' }), where).code).toBe('TIMEOUT');
    expect(isDropped({ code: 'NoConnection' })).toBe(true);
    expect(isDropped({ code: 'ECONNRESET' })).toBe(true);
    expect(isDropped({ authenticationFailed: true })).toBe(false);
  });
  test('redact removes the secret and its base64 form', () => {
    expect(redact('pw=abc123 b64=' + Buffer.from('abc123').toString('base64'), 'abc123')).toBe('pw=*** b64=***');
  });
  test('redact removes the secret inside SASL blobs, whatever its offset in them', () => {
    const secret = 'Kanarie-9f3e-wachtwoord';
    const blobs = [
      Buffer.from(`\0joan\0${secret}`).toString('base64'),
      Buffer.from(`\0jo\0${secret}`).toString('base64'),
      Buffer.from(`\0j\0${secret}`).toString('base64'),
      Buffer.from(`user=joan@example.nl\x01auth=Bearer ${secret}\x01\x01`).toString('base64'),
    ];
    for (const blob of blobs) {
      const out = redact(`A1 NO [AUTHENTICATIONFAILED] bad blob ${blob}`, secret);
      expect(out).toContain('***');
      // whatever is left decodes to no part of the secret longer than two characters
      const left = out.split(' ').at(-1)!.split('***');
      for (const piece of left) expect(Buffer.from(piece, 'base64').toString('latin1')).not.toMatch(/Kanarie|wachtwoord|9f3e/);
    }
  });
});
