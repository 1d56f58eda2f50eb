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
