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
/** The certificate itself was not accepted (unknown CA, expired, wrong name). */
const CERT_CODE = /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|HOSTNAME|ALTNAME|ERR_TLS_CERT/i;
/** TLS never got as far as a certificate: the other side does not speak TLS here. */
const HANDSHAKE = /WRONG_VERSION_NUMBER|PACKET_LENGTH_TOO_LONG|UNKNOWN_PROTOCOL|RECORD_LAYER|EPROTO|wrong version number|packet length too long|unknown protocol/i;

/** A connection that went away after it worked (a drop, a timeout, a server BYE): worth a reconnect and resume. */
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
  // Timeouts and drops first: imapflow's greeting timeout text mentions TLS, and a drop's code can end in "TLS".
  if (code === 'GREETING_TIMEOUT')
    return make(
      'TIMEOUT',
      `${at} accepted the connection but sent no IMAP greeting in time: is it an IMAP port, and is secure (TLS) set right for it?`,
      `${at} nam de verbinding aan maar stuurde op tijd geen IMAP-begroeting: is het een IMAP-poort, en staat secure (TLS) goed?`,
    );
  if (TIMEOUT_CODES.has(code))
    return make('TIMEOUT', `no answer from ${at} in time (${code})`, `geen antwoord van ${at} op tijd (${code})`);
  if (DROP_CODES.has(code)) {
    const bye = e.reason ? `: ${scrub(e.reason)}` : '';
    return make('CONNECTION', `connection to ${at} was closed (${code})${bye}`, `verbinding met ${at} is verbroken (${code})${bye}`);
  }
  const text = `${code} ${e.message ?? ''}`;
  if (e.tlsFailed && /STARTTLS/i.test(e.message ?? ''))
    return make(
      'PLAINTEXT',
      `${at} offers no STARTTLS (${scrub(e.message ?? '')}), so the password would travel unencrypted; nothing was sent. Someone on the network may have removed it: use secure: true (port 993), or set allowPlaintext: true for this account if this server really has no TLS`,
      `${at} biedt geen STARTTLS aan (${scrub(e.message ?? '')}), dus het wachtwoord zou onversleuteld gaan; er is niets verstuurd. Iemand op het netwerk kan het weggehaald hebben: gebruik secure: true (poort 993), of zet allowPlaintext: true voor dit account als deze server echt geen TLS heeft`,
    );
  if (HANDSHAKE.test(text))
    return make(
      'TLS',
      `no TLS handshake with ${at} (${scrub(code || e.message || '')}): the server does not speak TLS on this port; for a plain/STARTTLS port (often 143) set secure: false`,
      `geen TLS-handdruk met ${at} (${scrub(code || e.message || '')}): de server spreekt op deze poort geen TLS; zet secure: false voor een gewone/STARTTLS-poort (vaak 143)`,
    );
  if (CERT_CODE.test(code) || /certificate/i.test(e.message ?? '')) {
    const why = scrub(code || e.message || '');
    return make(
      'TLS',
      `TLS certificate of ${at} not accepted (${why}); for a private CA set caFile`,
      `TLS-certificaat van ${at} niet geaccepteerd (${why}); stel caFile in voor een eigen CA`,
    );
  }
  if (e.tlsFailed || /^ERR_SSL|^ERR_TLS/.test(code)) {
    const why = scrub(code || e.message || '');
    return make('TLS', `TLS with ${at} failed (${why})`, `TLS met ${at} mislukt (${why})`);
  }
  const msg = scrub(e.message ?? String(err));
  return make(code && /^[A-Za-z_]+$/.test(code) ? code.toUpperCase() : 'IMAP', `IMAP error from ${at}: ${msg}`, `IMAP-fout van ${at}: ${msg}`);
}

/** Keep a cause for --debug, but never one that could still hold the secret. */
function scrubbedCause(e: ErrLike, scrub: (s: string) => string): Error {
  const c = new Error(scrub(e.message ?? ''));
  (c as ErrLike).code = e.code;
  return c;
}
