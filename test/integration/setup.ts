/** Shared bits of the IMAP integration tests. */
import { describe } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AccountConfig } from '../../src/config/types.js';
import type { Dovecot } from './dovecot.js';
import { dovecotAvailable } from './dovecot.js';

/** describe when Dovecot is here; a visible skip otherwise (and a failure in CI). */
export const describeDovecot = dovecotAvailable() ? describe : describe.skip;

export const PARSE = { me: ['joan@prinsweb.example'], internalDomains: ['prinsweb.example'] };

/** An account on the implicit-TLS port, trusting the test CA, password from an environment variable. */
export function account(dv: Dovecot, user: string, extra: Partial<AccountConfig> = {}): AccountConfig {
  process.env[`RC_TEST_PW_${user.toUpperCase()}`] = `pw-${user}-s3cret`;
  return {
    host: dv.host,
    port: dv.tlsPort,
    secure: true,
    user,
    passwordEnv: `RC_TEST_PW_${user.toUpperCase()}`,
    caFile: dv.caFile,
    timeoutSeconds: 10,
    ...extra,
  };
}

export const passwordOf = (user: string) => `pw-${user}-s3cret`;

export function tempCacheDir(): string {
  return mkdtempSync(join(tmpdir(), 'rc-cache-'));
}

/** Collects the IMAP conversation. */
export function recorder() {
  const lines: Array<{ dir: 'C' | 'S'; line: string }> = [];
  return {
    lines,
    onTrace: (dir: 'C' | 'S', line: string) => lines.push({ dir, line }),
    /** Client command lines without their tag: "UID FETCH 1:5 (...)". */
    commands: () => lines.filter((l) => l.dir === 'C').map((l) => l.line.replace(/^\S+ /, '')),
  };
}
