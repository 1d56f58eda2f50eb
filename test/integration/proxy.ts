/**
 * A byte-level TCP proxy for fault tests: forwards 127.0.0.1:<port> to a target, and can cut a connection
 * after it has carried N bytes from the server (TLS passes through untouched, so the cut lands mid-stream).
 */
import { createServer, connect, type Server, type Socket } from 'node:net';

export interface CutProxy {
  port: number;
  /** Connections accepted so far. */
  connections: number;
  /** Connections cut so far. */
  cuts: number;
  close(): Promise<void>;
}

/**
 * @param cutAfter bytes from the server after which a connection is cut
 * @param cutConnections how many connections to cut (Infinity: every one)
 */
export async function startCutProxy(targetPort: number, cutAfter: number, cutConnections: number): Promise<CutProxy> {
  const sockets = new Set<Socket>();
  const state = { port: 0, connections: 0, cuts: 0 };
  const server: Server = createServer((client) => {
    state.connections++;
    const doCut = state.cuts < cutConnections;
    const upstream = connect(targetPort, '127.0.0.1');
    sockets.add(client).add(upstream);
    let bytes = 0;
    let cut = false;
    upstream.on('data', (d: Buffer) => {
      if (cut) return;
      bytes += d.length;
      if (doCut && bytes > cutAfter) {
        cut = true;
        state.cuts++;
        // Forward part of the chunk, then drop both sides without a goodbye, like a broken network.
        client.write(d.subarray(0, Math.max(0, d.length - (bytes - cutAfter))));
        client.resetAndDestroy();
        upstream.destroy();
        return;
      }
      client.write(d);
    });
    client.on('data', (d: Buffer) => upstream.write(d));
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  state.port = (server.address() as { port: number }).port;
  return {
    get port() {
      return state.port;
    },
    get connections() {
      return state.connections;
    },
    get cuts() {
      return state.cuts;
    },
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

/** A server that accepts connections and never says a word (for timeouts). */
export async function startSilentServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((s) => {
    sockets.add(s);
    s.on('error', () => {});
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as { port: number }).port,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

/** What the fault proxy does with its n-th connection (1-based). */
export type ConnectionPlan = 'forward' | 'reset' | { cutAfter: number } | { to: number };

/**
 * A proxy whose every connection follows a plan: forwarded, reset at once (a server that is down or restarting),
 * cut after N bytes from the server, or sent to another port (a server replaced by something else). Connections counts every accepted one.
 */
export async function startFaultProxy(targetPort: number, plan: (n: number) => ConnectionPlan): Promise<CutProxy> {
  const sockets = new Set<Socket>();
  const state = { port: 0, connections: 0, cuts: 0 };
  const server: Server = createServer((client) => {
    const p = plan(++state.connections);
    sockets.add(client);
    client.on('error', () => {});
    if (p === 'reset') {
      state.cuts++;
      client.resetAndDestroy();
      return;
    }
    const upstream = connect(typeof p === 'object' && 'to' in p ? p.to : targetPort, '127.0.0.1');
    sockets.add(upstream);
    let bytes = 0;
    let cut = false;
    upstream.on('data', (d: Buffer) => {
      if (cut) return;
      bytes += d.length;
      if (typeof p === 'object' && 'cutAfter' in p && bytes > p.cutAfter) {
        cut = true;
        state.cuts++;
        client.write(d.subarray(0, Math.max(0, d.length - (bytes - p.cutAfter))));
        client.resetAndDestroy();
        upstream.destroy();
        return;
      }
      client.write(d);
    });
    client.on('data', (d: Buffer) => upstream.write(d));
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  state.port = (server.address() as { port: number }).port;
  return {
    get port() {
      return state.port;
    },
    get connections() {
      return state.connections;
    },
    get cuts() {
      return state.cuts;
    },
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

/**
 * A man in the middle on a plain IMAP port: removes STARTTLS from every capability list the server sends, and keeps
 * everything the client sent (to prove no password went over it).
 */
export async function startStripTlsProxy(targetPort: number): Promise<{ port: number; clientBytes(): string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const sent: Buffer[] = [];
  const server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    sockets.add(client).add(upstream);
    upstream.on('data', (d: Buffer) => client.write(d.toString('latin1').replace(/ STARTTLS/g, '').replace(/ LOGINDISABLED/g, ''), 'latin1'));
    client.on('data', (d: Buffer) => {
      sent.push(d);
      upstream.write(d);
    });
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as { port: number }).port,
    clientBytes: () => Buffer.concat(sent).toString('latin1'),
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

/** A server that sends `greeting` (raw bytes, e.g. "* OK ready\r\n" or garbage) on connect, then never another word. */
export async function startStallServer(greeting: string): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((s) => {
    sockets.add(s);
    s.on('error', () => {});
    s.write(greeting);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as { port: number }).port,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

/**
 * A hostile or careless IMAP server that repeats what the client sent when it refuses the login: the base64 SASL
 * blob (AUTHENTICATE PLAIN / XOAUTH2 with SASL-IR) comes back in a tagged NO ('no') or BAD ('bad') line.
 */
export async function startEchoAuthServer(mode: 'no' | 'bad'): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const caps = 'IMAP4rev1 SASL-IR AUTH=PLAIN AUTH=XOAUTH2 AUTH=OAUTHBEARER';
  const server = createServer((s) => {
    sockets.add(s);
    s.on('error', () => {});
    s.write(`* OK [CAPABILITY ${caps}] echo server ready\r\n`);
    let buf = '';
    s.on('data', (d: Buffer) => {
      buf += d.toString('latin1');
      let i: number;
      while ((i = buf.indexOf('\r\n')) >= 0) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 2);
        const [tag, cmd = ''] = line.split(' ');
        const c = cmd.toUpperCase();
        if (c === 'CAPABILITY') s.write(`* CAPABILITY ${caps}\r\n${tag} OK done\r\n`);
        else if (c === 'AUTHENTICATE' || c === 'LOGIN')
          s.write(mode === 'no' ? `${tag} NO [AUTHENTICATIONFAILED] refused, you sent: ${line}\r\n` : `${tag} BAD cannot decode ${line}\r\n`);
        else if (c === 'LOGOUT') s.end(`* BYE\r\n${tag} OK bye\r\n`);
        else if (tag) s.write(`${tag} OK\r\n`);
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as { port: number }).port,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}
