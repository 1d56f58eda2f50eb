/**
 * One imapflow connection, made safely: TLS verified unless the config explicitly says otherwise (a custom CA
 * is added to, not instead of, the public roots), no IDLE, no library logging unless a trace hook asks for it
 * (and then with the secret scrubbed), errors turned into one clear SourceError line.
 */
import { readFileSync } from 'node:fs';
import { rootCertificates } from 'node:tls';
import type { ImapFlow, ImapFlowOptions } from 'imapflow';
import type { AccountConfig } from '../config/types.js';
import { SourceError } from '../errors.js';
import type { Secret } from './secrets.js';
import { redact } from './secrets.js';
import { toSourceError } from './imap-errors.js';

export type ImapFlowClass = typeof import('imapflow').ImapFlow;

let imapflow: Promise<ImapFlowClass> | null = null;
/** imapflow costs ~95 ms to load: only when an account is actually read. */
export function loadImapFlow(): Promise<ImapFlowClass> {
  imapflow ??= import('imapflow').then((m) => m.ImapFlow);
  return imapflow;
}

/** One line of the IMAP conversation (C: client, S: server), secret scrubbed. */
export type TraceFn = (dir: 'C' | 'S', line: string) => void;

export interface Endpoint {
  host: string;
  port: number;
  secure: boolean;
}

export function endpoint(account: AccountConfig): Endpoint {
  const secure = account.secure ?? (account.port === undefined || account.port === 993);
  return { host: account.host, port: account.port ?? (secure ? 993 : 143), secure };
}

function tlsOptions(name: string, account: AccountConfig): ImapFlowOptions['tls'] {
  const tls: NonNullable<ImapFlowOptions['tls']> = { rejectUnauthorized: account.insecureSkipVerify !== true };
  if (account.caFile) {
    let pem: string;
    try {
      pem = readFileSync(account.caFile, 'utf8');
    } catch (e) {
      const why = (e as Error).message;
      throw new SourceError('CAFILE', {
        en: `Account ${name}: cannot read caFile ${account.caFile}: ${why}`,
        nl: `Account ${name}: kan caFile ${account.caFile} niet lezen: ${why}`,
      });
    }
    tls.ca = [...rootCertificates, pem];
  }
  return tls;
}

function logger(trace: TraceFn | undefined, secret: string): ImapFlowOptions['logger'] {
  if (!trace) return false;
  const entry = (o: { src?: string; msg?: string }) => {
    if ((o.src === 'c' || o.src === 's') && typeof o.msg === 'string') trace(o.src === 'c' ? 'C' : 'S', redact(o.msg, secret));
  };
  const ignore = () => {};
  return { debug: entry, info: ignore, warn: ignore, error: ignore, trace: ignore, fatal: ignore } as unknown as ImapFlowOptions['logger'];
}

export interface ConnectOptions {
  name: string;
  account: AccountConfig;
  secret: Secret;
  trace?: TraceFn;
}

/** Connect and log in; throws SourceError (AUTH, ECONNREFUSED, ENOTFOUND, TLS, TIMEOUT, …). */
export async function connect(opts: ConnectOptions): Promise<ImapFlow> {
  const { name, account, secret } = opts;
  const ep = endpoint(account);
  const ImapFlow = await loadImapFlow();
  const timeout = (account.timeoutSeconds ?? 30) * 1000;
  const client = new ImapFlow({
    host: ep.host,
    port: ep.port,
    secure: ep.secure,
    // On a plain port STARTTLS is required before LOGIN, unless the account allows plaintext: a stripped STARTTLS
    // then fails before the password is sent instead of being noticed afterwards.
    ...(!ep.secure && account.allowPlaintext !== true && { doSTARTTLS: true }),
    servername: /^[\d.]+$|:/.test(ep.host) ? undefined : ep.host,
    auth: secret.kind === 'token' ? { user: account.user, accessToken: secret.value } : { user: account.user, pass: secret.value },
    tls: tlsOptions(name, account),
    logger: logger(opts.trace, secret.value),
    disableAutoIdle: true,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    // Inactivity, not duration: a big fetch keeps data flowing; a server that greets and then stalls is given up on.
    socketTimeout: Math.round(timeout * 1.5),
    // Headers and capped text parts only; a bigger literal means a broken or hostile server.
    maxLiteralSize: 64 * 1024 * 1024,
  });
  // imapflow emits 'error' once when a live connection fails; the pending command rejects too, so just swallow it here.
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (e) {
    client.close();
    throw toSourceError(e, { account: name, host: ep.host, port: ep.port }, secret.value);
  }
  return client;
}
