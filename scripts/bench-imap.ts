/**
 * IMAP speed, side by side in one run (numbers for the README; never asserted in tests):
 *   (a) floor: a bare imapflow fetch of the same headers, structures and text parts — nothing else;
 *   (b) cold: readAccount with an empty cache (fetch + parse + store);
 *   (c) warm: readAccount again with nothing new;
 *   (d) cold scan and (e) warm scan as a person runs them: the whole `scan` (src/run.ts: cache read, threading,
 *       analysis, rules), with its own cache folder, empty for (d), kept from (d) for (e); rules' findings counted.
 * 10,000 generated messages are written straight into a local Dovecot's Maildir. Each phase runs in its own
 * Node process so its peak RSS is its own; wall time is measured inside, around the work only.
 * Run: `npm run bench -- imap`, or `node dist/scripts/bench-imap.js [count]`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AccountConfig } from '../src/config/types.js';
import { dovecotAvailable, startDovecot } from '../test/integration/dovecot.js';

export interface Row {
  name: string;
  seconds: number;
  /** CPU seconds of the replycheck process (all threads); Dovecot's own CPU is not in it. */
  cpu: number;
  /** Wall time divided by the floor's. */
  ratio: number;
  peakRssMb: number;
  /** Bytes received from the server. */
  bytes: number;
  messages: number;
}

interface ChildResult {
  seconds: number;
  /** CPU seconds of this process (user + system), all threads. */
  cpu: number;
  peakRss: number;
  bytes: number;
  messages: number;
}

interface ChildConfig {
  phase: 'floor' | 'cold' | 'warm' | 'scan';
  account: AccountConfig;
  cacheDir: string;
}

const ME = 'joan@prinsweb.example';
const USER = 'bench';
const PASSWORD = 'bench-pw-1';
const CHILD_FLAG = '--bench-imap-child';

// ---- mail ---------------------------------------------------------------------------------------

interface GenMessage {
  folder: 'INBOX' | 'Sent';
  raw: Buffer;
  date: Date;
}
type Generator = (o: { count: number; seed: number; me: string[]; now: Date }) => Iterable<GenMessage> | AsyncIterable<GenMessage>;

/** The project's generator when it is there; a small stand-in otherwise. */
async function loadGenerator(): Promise<{ gen: Generator; name: string }> {
  const path = './generate-mailbox.js';
  try {
    const mod = (await import(path)) as { generateMailbox?: Generator };
    if (typeof mod.generateMailbox === 'function') return { gen: mod.generateMailbox, name: 'scripts/generate-mailbox' };
  } catch {
    /* not written yet */
  }
  return { gen: standInMailbox, name: 'stand-in generator' };
}

function* standInMailbox(o: { count: number; seed: number; me: string[]; now: Date }): Iterable<GenMessage> {
  let s = o.seed >>> 0 || 1;
  const rnd = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const nl = ['Kunt u mij laten weten wanneer de offerte komt?', 'Ik kom er morgen op terug.', 'Dank voor uw bericht, we kijken ernaar.', 'Is de website al opgeleverd?'];
  const en = ['Could you send the invoice by Friday?', "I'll get back to you tomorrow.", 'Thanks, that works for us.', 'When will the new release be live?'];
  for (let i = 0; i < o.count; i++) {
    const out = rnd() < 0.3;
    const date = new Date(o.now.getTime() - Math.floor(rnd() * 90 * 86_400_000));
    const lines = Array.from({ length: 3 + Math.floor(rnd() * 12) }, () => (rnd() < 0.5 ? nl : en)[Math.floor(rnd() * 4)]);
    const text = `Hallo,\n\n${lines.join(' ')}\n\nMet vriendelijke groet,\n${out ? 'Joan' : `Klant ${i}`}\n\nOp 1 november 2026 schreef iemand:\n> ${lines.slice(0, 3).join('\n> ')}\n`;
    const from = out ? `Joan <${o.me[0]}>` : `Klant ${i} <klant${i % 500}@example.com>`;
    const to = out ? `klant${i % 500}@example.com` : o.me[0];
    const html = `<html><body>${text.split('\n').map((l) => `<p>${l}</p>`).join('')}</body></html>`;
    const attach = rnd() < 0.1 ? Buffer.alloc(50_000 + Math.floor(rnd() * 250_000), i % 251).toString('base64').replace(/.{76}/g, '$&\r\n') : '';
    const alt = `--alt${i}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${text.replace(/\n/g, '\r\n')}\r\n--alt${i}\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}\r\n--alt${i}--\r\n`;
    const head = `From: ${from}\r\nTo: ${to}\r\nSubject: Vraag ${i % 800}\r\nDate: ${date.toUTCString().replace('GMT', '+0000')}\r\nMessage-ID: <bench-${i}@example.com>\r\nMIME-Version: 1.0\r\n`;
    const raw = attach
      ? `${head}Content-Type: multipart/mixed; boundary="mix${i}"\r\n\r\n--mix${i}\r\nContent-Type: multipart/alternative; boundary="alt${i}"\r\n\r\n${alt}--mix${i}\r\nContent-Type: application/pdf; name="bijlage.pdf"\r\nContent-Disposition: attachment; filename="bijlage.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n${attach}\r\n--mix${i}--\r\n`
      : `${head}Content-Type: multipart/alternative; boundary="alt${i}"\r\n\r\n${alt}`;
    yield { folder: out ? 'Sent' : 'INBOX', raw: Buffer.from(raw), date };
  }
}

// ---- child phases -------------------------------------------------------------------------------

/** (a) The floor: the same FETCH commands readAccount sends, results dropped. */
async function floor(account: AccountConfig): Promise<{ bytes: number; messages: number }> {
  const { ImapFlow } = await import('imapflow');
  const { planMessage, fetchKeys } = await import('../src/source/imap-raw.js');
  const { compactUids } = await import('../src/source/imap-uids.js');
  const client = new ImapFlow({
    host: account.host,
    port: account.port,
    secure: true,
    auth: { user: account.user, pass: PASSWORD },
    tls: { ca: [readFileSync(account.caFile!, 'utf8')] },
    logger: false,
    disableAutoIdle: true,
  });
  await client.connect();
  let messages = 0;
  for (const path of ['INBOX', 'Sent']) {
    await client.mailboxOpen(path, { readOnly: true });
    const uids = (await client.search({ all: true }, { uid: true })) || [];
    for (let i = 0; i < uids.length; i += 400) {
      const batch = uids.slice(i, i + 400);
      const metas = await client.fetchAll(compactUids(batch), { uid: true, flags: true, internalDate: true, bodyStructure: true, headers: true }, { uid: true });
      const groups = new Map<string, { keys: ReturnType<typeof fetchKeys>; uids: number[] }>();
      for (const m of metas) {
        const keys = fetchKeys(planMessage(m.bodyStructure));
        if (!keys.length) continue;
        const sig = keys.map((k) => k.key).join(',');
        const g = groups.get(sig) ?? { keys, uids: [] };
        g.uids.push(m.uid);
        groups.set(sig, g);
      }
      for (const g of groups.values()) await client.fetchAll(compactUids(g.uids), { uid: true, bodyParts: g.keys }, { uid: true });
      messages += metas.length;
    }
  }
  const bytes = client.stats().received;
  await client.logout();
  return { bytes, messages };
}

async function runChild(cfg: ChildConfig): Promise<void> {
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  // BENCH_IMAP_MEM=1: where the memory goes (heap of this thread vs the rest), sampled every 50 ms.
  const mem = { rss: 0, heapUsed: 0, heapTotal: 0, external: 0, arrayBuffers: 0 };
  const sampler = process.env.BENCH_IMAP_MEM
    ? setInterval(() => {
        const m = process.memoryUsage();
        for (const k of Object.keys(mem) as Array<keyof typeof mem>) mem[k] = Math.max(mem[k], m[k]);
      }, 50)
    : undefined;
  let bytes: number;
  let messages: number;
  if (cfg.phase === 'floor') {
    ({ bytes, messages } = await floor(cfg.account));
  } else if (cfg.phase === 'scan') {
    const { scan } = await import('../src/run.js');
    const { validateConfig } = await import('../src/config/validate.js');
    const { default: rules } = await import('../rules/index.js');
    const config = validateConfig({ me: [ME], cacheDir: cfg.cacheDir, accounts: { bench: cfg.account } });
    const r = await scan({ config, rules, paths: [], now: new Date('2026-11-20T12:00:00Z') });
    bytes = 0;
    messages = r.stats.messages;
    console.error(`scan: ${r.findings.length} findings, ${r.errors.length} errors`);
  } else {
    const { readAccount } = await import('../src/source/imap.js');
    const workers = process.env.BENCH_IMAP_WORKERS; // compare: 0 = parse on the main thread
    const r = await readAccount('bench', cfg.account, {
      parse: { me: [ME], internalDomains: [] },
      cacheDir: cfg.cacheDir,
      quiet: true,
      ...(workers ? { parseWorkers: Number(workers) } : {}),
    });
    bytes = r.stats.bytes.received;
    messages = r.messages.length;
  }
  const seconds = (performance.now() - started) / 1000;
  if (sampler) {
    clearInterval(sampler);
    console.error(cfg.phase, Object.entries(mem).map(([k, v]) => `${k}=${(v / 1048576).toFixed(0)}MB`).join(' '));
  }
  const cpu1 = process.cpuUsage(cpu0);
  const result: ChildResult = { seconds, cpu: (cpu1.user + cpu1.system) / 1e6, peakRss: process.resourceUsage().maxRSS * 1024, bytes, messages };
  process.stdout.write(JSON.stringify(result) + '\n');
}

function child(cfg: ChildConfig): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    // BENCH_IMAP_NODE_ARGS="--cpu-prof" profiles the phases (a developer aid).
    const nodeArgs = (process.env.BENCH_IMAP_NODE_ARGS ?? '').split(' ').filter(Boolean);
    const p = spawn(process.execPath, [...nodeArgs, fileURLToPath(import.meta.url), CHILD_FLAG, JSON.stringify(cfg)], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, BENCH_IMAP_PW: PASSWORD },
    });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.on('close', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{')) reject(new Error(`bench phase ${cfg.phase} failed (exit ${code}): ${out}`));
      else resolve(JSON.parse(line) as ChildResult);
    });
  });
}

// ---- the run ------------------------------------------------------------------------------------

export async function benchImap(opts: { count?: number; print?: boolean } = {}): Promise<Row[]> {
  const count = opts.count ?? 10_000;
  const print = opts.print ?? true;
  if (!dovecotAvailable()) return [];
  const dv = await startDovecot([{ user: USER, password: PASSWORD }]);
  const cacheDir = mkdtempSync(join(tmpdir(), 'rc-bench-cache-'));
  try {
    const { gen, name } = await loadGenerator();
    const t0 = performance.now();
    let n = 0;
    let size = 0;
    for await (const m of gen({ count, seed: 42, me: [ME], now: new Date('2026-11-20T12:00:00Z') })) {
      await dv.deliver(USER, m.folder, m.raw, { date: m.date, flags: 'S' });
      n++;
      size += m.raw.length;
    }
    if (print) console.log(`IMAP bench: ${n} messages (${(size / 1e6).toFixed(1)} MB, ${name}) written in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const account: AccountConfig = { host: dv.host, port: dv.tlsPort, secure: true, user: USER, passwordEnv: 'BENCH_IMAP_PW', caFile: dv.caFile };
    // One untimed pass so Dovecot has built its indexes and the page cache is warm for every phase alike.
    await child({ phase: 'floor', account, cacheDir });
    const a = await child({ phase: 'floor', account, cacheDir });
    const b = await child({ phase: 'cold', account, cacheDir });
    const c = await child({ phase: 'warm', account, cacheDir });
    const scanCache = mkdtempSync(join(tmpdir(), 'rc-bench-scan-cache-'));
    const d = await child({ phase: 'scan', account, cacheDir: scanCache });
    const e = await child({ phase: 'scan', account, cacheDir: scanCache });
    rmSync(scanCache, { recursive: true, force: true });
    const row = (label: string, r: ChildResult): Row => ({
      name: label,
      seconds: r.seconds,
      cpu: r.cpu,
      ratio: r.seconds / a.seconds,
      peakRssMb: r.peakRss / 1024 / 1024,
      bytes: r.bytes,
      messages: r.messages,
    });
    const rows = [
      row('(a) floor: bare imapflow fetch', a), row('(b) cold read (empty cache)', b), row('(c) warm read (nothing new)', c),
      row('(d) cold whole scan (empty cache)', d), row('(e) warm whole scan (nothing new)', e),
    ];
    if (print) {
      console.log('');
      console.log('| run | messages | wall s | × floor | CPU s | peak RSS MB | MB received |');
      console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
      for (const r of rows)
        console.log(
          `| ${r.name} | ${r.messages} | ${r.seconds.toFixed(2)} | ${r.ratio.toFixed(2)} | ${r.cpu.toFixed(2)} | ${r.peakRssMb.toFixed(0)} | ${(r.bytes / 1e6).toFixed(1)} |`,
        );
      console.log('');
      console.log(`Targets: cold ≤ 1.5× floor (${(b.seconds / a.seconds).toFixed(2)}×), warm < 10% of cold (${((100 * c.seconds) / b.seconds).toFixed(1)}%), peak RSS < 300 MB (${(Math.max(b.peakRss, c.peakRss) / 1048576).toFixed(0)} MB).`);
      console.log(`Whole scan: warm ${e.seconds.toFixed(2)} s = ${((100 * e.seconds) / d.seconds).toFixed(1)}% of cold ${d.seconds.toFixed(2)} s (target ≤ 10% and < 1.5 s); CPU ${e.cpu.toFixed(2)} vs ${d.cpu.toFixed(2)} s.`);
    }
    return rows;
  } finally {
    await dv.stop();
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

if (process.argv[2] === CHILD_FLAG) {
  await runChild(JSON.parse(process.argv[3]!) as ChildConfig);
} else if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchImap({ count: process.argv[2] ? Number(process.argv[2]) : undefined });
}
