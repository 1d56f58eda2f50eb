/**
 * imapflow / socket / TLS errors → one clear bilingual line with a stable code. The secret is scrubbed
 * from anything the server or the library said before it reaches the text.
 */
import { SourceError } from '../errors.js';
import { redact } from './secrets.js';

interface ErrLike {
  code?: string;
  message?: string;
  authenticationFailed?: boolean;
  tlsFailed?: boolean;
  responseText?: string;
  response?: unknown;
  serverResponseCode?: string;
  reason?: string;
}

const TIMEOUT_CODES = new Set(['CONNECT_TIMEOUT', 'GREETING_TIMEOUT', 'UPGRADE_TIMEOUT', 'ETIMEOUT', 'ETIMEDOUT']);
const DROP_CODES = new Set(['NoConnection', 'EConnectionClosed', 'ECONNRESET', 'EPIPE', 'ClosedAfterConnectText', 'ClosedAfterConnectTLS', 'ECONNABORTED']);
const TLS_CODE = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|HOSTNAME|ALTNAME|EPROTO/i;

/** A connection that went away after it worked: worth a reconnect and resume. */
export function isDropped(err: unknown): boolean {
  const e = err as ErrLike;
  return !!e && (DROP_CODES.has(e.code ?? '') || TIMEOUT_CODES.has(e.code ?? ''));
}

export interface Where {
  account: string;
  host: string;
  port: number;
}

export function toSourceError(err: unknown, where: Where, secret?: string): SourceError {
  if (err instanceof SourceError) return err;
  const e = (err ?? {}) as ErrLike;
  const code = e.code ?? '';
  const at = `${where.host}:${where.port}`;
  const acct = `Account ${where.account}`;
  const scrub = (s: string) => redact(s, secret).replace(/\s+/g, ' ').trim().slice(0, 300);
  const make = (c: string, en: string, nl: string) => new SourceError(c, { en: `${acct}: ${en}`, nl: `${acct}: ${nl}` }, { cause: scrubbedCause(e, scrub) });

  if (e.authenticationFailed || e.serverResponseCode === 'AUTHENTICATIONFAILED') {
    const said = typeof e.response === 'string' ? e.response : (e.responseText ?? e.message ?? '');
    const reason = scrub(said.replace(/^[A-Z0-9.]+ (NO|BAD) /, '')) || 'authentication failed';
    return make('AUTH', `login refused by ${at}: ${reason}`, `inloggen geweigerd door ${at}: ${reason}`);
  }
  if (code === 'ECONNREFUSED')
    return make('ECONNREFUSED', `connection refused by ${at} (is the host and port right?)`, `verbinding geweigerd door ${at} (klopt de host en poort?)`);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME')
    return make('ENOTFOUND', `host name ${where.host} not found (DNS)`, `hostnaam ${where.host} niet gevonden (DNS)`);
  if (e.tlsFailed || TLS_CODE.test(code) || /certificate|ssl|tls/i.test(e.message ?? '')) {
    const why = scrub(code || e.message || '');
    return make(
      'TLS',
      `TLS certificate of ${at} not accepted (${why}); for a private CA set caFile`,
      `TLS-certificaat van ${at} niet geaccepteerd (${why}); stel caFile in voor een eigen CA`,
    );
  }
  if (TIMEOUT_CODES.has(code))
    return make('TIMEOUT', `no answer from ${at} in time (${code})`, `geen antwoord van ${at} op tijd (${code})`);
  if (DROP_CODES.has(code))
    return make('CONNECTION', `connection to ${at} was closed (${code})`, `verbinding met ${at} is verbroken (${code})`);
  const msg = scrub(e.message ?? String(err));
  return make(code && /^[A-Za-z_]+$/.test(code) ? code.toUpperCase() : 'IMAP', `IMAP error from ${at}: ${msg}`, `IMAP-fout van ${at}: ${msg}`);
}

/** Keep a cause for --debug, but never one that could still hold the secret. */
function scrubbedCause(e: ErrLike, scrub: (s: string) => string): Error {
  const c = new Error(scrub(e.message ?? ''));
  (c as ErrLike).code = e.code;
  return c;
}
