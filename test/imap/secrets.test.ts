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

  test('a failing command: exit code and its stderr line, never its stdout', async () => {
    const err = await resolveSecret('work', { ...base, passwordCommand: 'echo topsecret; echo "gpg: decryption failed" >&2; exit 2' }).catch((e) => e);
    expect(err).toBeInstanceOf(SourceError);
    expect(err.texts.en).toBe('Account work: passwordCommand failed with exit code 2: gpg: decryption failed');
    expect(JSON.stringify(err.texts)).not.toContain('topsecret');
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
});
