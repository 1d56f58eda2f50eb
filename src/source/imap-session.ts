/**
 * A connection that can come back: commands run through `run()`, which on a dropped connection makes a new
 * client, re-opens the mailbox read-only (EXAMINE) and tries again, at most MAX_RECONNECTS times per account.
 * A changed UIDVALIDITY after a reconnect is not retried: the UIDs we were resuming from mean nothing any more.
 */
import type { ImapFlow, MailboxObject } from 'imapflow';
import { SourceError } from '../errors.js';
import { connect, type ConnectOptions } from './imap-connect.js';
import { isDropped, toSourceError } from './imap-errors.js';
import { endpoint } from './imap-connect.js';

export const MAX_RECONNECTS = 3;

export class Session {
  reconnects = 0;
  bytes = { sent: 0, received: 0 };
  encrypted = true;
  private client: ImapFlow | undefined;
  private openPath: string | undefined;
  /** UIDVALIDITY seen when each mailbox was first opened in this run. */
  private validity = new Map<string, string>();
  mailbox: MailboxObject | undefined;

  constructor(private readonly opts: ConnectOptions) {}

  async start(): Promise<ImapFlow> {
    this.client = await connect(this.opts);
    this.encrypted = (this.client as unknown as { secureConnection?: boolean }).secureConnection !== false;
    this.openPath = undefined;
    return this.client;
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

  /** Run `fn` with the mailbox open; reconnect and retry when the connection drops. */
  async run<T>(path: string, fn: (client: ImapFlow) => Promise<T>): Promise<T> {
    for (;;) {
      try {
        await this.open(path);
        const result = await fn(this.imap);
        if (!this.imap.usable) throw Object.assign(new Error('Connection closed'), { code: 'NoConnection' });
        return result;
      } catch (e) {
        if (!isDropped(e) || this.reconnects >= MAX_RECONNECTS) throw this.wrap(e);
        this.reconnects++;
        this.collectBytes();
        this.client?.close();
        this.client = undefined;
        await this.start();
      }
    }
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
