/**
 * A connection that can come back: commands run through `run()`, which on a transient failure (a dropped
 * connection, a timeout, a server BYE) makes a new client, re-opens the mailbox read-only (EXAMINE) and tries
 * again. Reconnects wait longer each time (backoff) and give up when the waits of one outage would pass the
 * account's timeoutSeconds, or after MAX_RECONNECTS in the whole run; the error then says the connection was
 * lost and could not be restored (not "is the host and port right?": it was right a moment ago).
 * A changed UIDVALIDITY after a reconnect is not retried: the UIDs we were resuming from mean nothing any more.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { ImapFlow, MailboxObject } from 'imapflow';
import { SourceError } from '../errors.js';
import { connect, endpoint, type ConnectOptions } from './imap-connect.js';
import { isDropped, toSourceError } from './imap-errors.js';

/** Reconnects per account per run, however they are spread over outages. */
export const MAX_RECONNECTS = 8;

/** The waits before reconnect attempts 1, 2, 3, …: doubling from 1/16 of the timeout (at most 1 s), all within it. */
export function backoffDelays(timeoutMs: number): number[] {
  const out: number[] = [];
  let total = 0;
  for (let d = Math.min(1000, timeoutMs / 16); total + d <= timeoutMs && out.length < MAX_RECONNECTS; d *= 2) {
    out.push(Math.round(d));
    total += d;
  }
  return out;
}

/** SourceError codes of a failed reconnect that are worth another try. */
const RETRYABLE = new Set(['ECONNREFUSED', 'TIMEOUT', 'CONNECTION', 'ENOTFOUND']);

export class Session {
  reconnects = 0;
  bytes = { sent: 0, received: 0 };
  encrypted = true;
  private client: ImapFlow | undefined;
  private openPath: string | undefined;
  /** UIDVALIDITY seen when each mailbox was first opened in this run. */
  private validity = new Map<string, string>();
  mailbox: MailboxObject | undefined;
  /** Reconnect attempts since the last command that succeeded. */
  private attempt = 0;

  constructor(private readonly opts: ConnectOptions) {}

  async start(): Promise<ImapFlow> {
    this.client = await connect(this.opts);
    this.encrypted = (this.client as unknown as { secureConnection?: boolean }).secureConnection !== false;
    this.openPath = undefined;
    return this.client;
  }

  /** False once a connection was lost for good (or not started): no command can run any more. */
  get connected(): boolean {
    return this.client !== undefined;
  }

  get imap(): ImapFlow {
    if (!this.client) throw new Error('session not started');
    return this.client;
  }

  /** EXAMINE a mailbox (never SELECT: read-only, so no flag can change). */
  async open(path: string): Promise<MailboxObject> {
    const client = this.imap;
    if (this.openPath === path && this.mailbox && client.mailbox) return this.mailbox;
    const mb = await client.mailboxOpen(path, { readOnly: true });
    const uv = String(mb.uidValidity);
    const first = this.validity.get(path);
    if (first === undefined) this.validity.set(path, uv);
    else if (first !== uv) {
      throw new SourceError('UIDVALIDITY', {
        en: `${path}: UIDVALIDITY changed during the scan (${first} → ${uv}); run again`,
        nl: `${path}: UIDVALIDITY is tijdens het lezen veranderd (${first} → ${uv}); start opnieuw`,
      });
    }
    this.openPath = path;
    this.mailbox = mb;
    return mb;
  }

  /** Run `fn` with the mailbox open (none for `undefined`); reconnect (with backoff) and retry when the connection fails on the way. */
  async run<T>(path: string | undefined, fn: (client: ImapFlow) => Promise<T>): Promise<T> {
    for (;;) {
      try {
        if (path !== undefined) await this.open(path);
        const result = await fn(this.imap);
        if (!this.imap.usable) throw Object.assign(new Error('Connection closed'), { code: 'NoConnection' });
        this.attempt = 0; // progress: the next outage starts with a short wait again
        return result;
      } catch (e) {
        if (!isDropped(e)) throw this.wrap(e);
        await this.reconnect(e);
      }
    }
  }

  /**
   * One outage: new connections after growing waits, until one works or the budget is spent. The waits keep growing
   * until a command succeeds: a connection that comes up and drops again before any progress does not start afresh.
   */
  private async reconnect(cause: unknown): Promise<void> {
    this.drop();
    let last = cause;
    const delays = backoffDelays((this.opts.account.timeoutSeconds ?? 30) * 1000);
    while (this.attempt < delays.length && this.reconnects < MAX_RECONNECTS) {
      await sleep(delays[this.attempt++]!);
      this.reconnects++;
      try {
        await this.start();
        return;
      } catch (e) {
        // A refused, silent or dropping server may be restarting; a refused login or certificate will not get better.
        if (!(e instanceof SourceError) || !RETRYABLE.has(e.code)) throw e;
        last = e;
      }
    }
    const ep = endpoint(this.opts.account);
    const why = this.wrap(last);
    const at = `${ep.host}:${ep.port}`;
    const reason = why.texts.en.replace(/^Account [^:]+: /, '');
    const reden = why.texts.nl.replace(/^Account [^:]+: /, '');
    throw new SourceError(
      'CONNECTION_LOST',
      {
        en: `Account ${this.opts.name}: the connection to ${at} was lost and could not be restored after ${this.reconnects} reconnect(s) (last: ${reason})`,
        nl: `Account ${this.opts.name}: de verbinding met ${at} is weggevallen en kon na ${this.reconnects} nieuwe poging(en) niet hersteld worden (laatst: ${reden})`,
      },
      { cause: why.cause },
    );
  }

  private drop(): void {
    this.collectBytes();
    this.client?.close();
    this.client = undefined;
    this.openPath = undefined;
  }

  private wrap(e: unknown): SourceError {
    const ep = endpoint(this.opts.account);
    return toSourceError(e, { account: this.opts.name, host: ep.host, port: ep.port }, this.opts.secret.value);
  }

  private collectBytes(): void {
    if (!this.client) return;
    const s = this.client.stats(true);
    this.bytes.sent += s.sent;
    this.bytes.received += s.received;
  }

  async close(): Promise<void> {
    if (!this.client) return;
    this.collectBytes();
    const c = this.client;
    this.client = undefined;
    try {
      if (c.usable) await c.logout();
    } catch {
      /* already gone */
    } finally {
      c.close();
    }
  }
}
