/**
 * The robustness row of `npm run bench`:
 *   - the slowest detector call on the fuzz corpus (scripts/lib/fuzz-corpus.ts, full size), in ms of CPU, and the
 *     slowest fuzz input as a whole message (parse, thread, every thread rule);
 *   - peak RSS of `scan` over a large generated mbox (`npm run gen`, kept in a temp folder, never in git);
 *   - that a run which read less than all its sources does not exit 0 (one real mbox, one missing path).
 * `npm run bench -- robust`; `ROBUST_MBOX_COUNT` sets the mbox size (default 40,000 messages, about 0.3 GB).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../src/meta.js';
import { fuzzCorpus, runFuzz } from './lib/fuzz-corpus.js';

function peakRss(args: string[]): { status: number | null; mb: number; s: number } {
  // GNU time prints the peak RSS in KB with -f %M
  const t = Date.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, join(ROOT, 'bin', 'replycheck'), ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const kb = Number(/(\d+)\s*$/.exec(r.stderr ?? '')?.[1] ?? NaN);
  return { status: r.status, mb: kb / 1024, s: (Date.now() - t) / 1000 };
}

/**
 * Each fuzz input as a whole message through the real pipeline: a stranger's mail with it as body, and my reply above
 * it quoted, parsed (parseMessage), threaded and analysed with every thread rule on. CPU ms per input.
 */
async function slowestMessage(corpus: ReturnType<typeof fuzzCorpus>): Promise<{ label: string; cpuMs: number }> {
  const { parseMessage } = await import('../src/parse/parse-message.js');
  const { buildThreads } = await import('../src/thread/build-threads.js');
  const { runRules } = await import('../src/analyze/engine.js');
  const { BusinessTime } = await import('../src/text/business-time.js');
  const { validateConfig } = await import('../src/config/validate.js');
  const { addressMatcher } = await import('../src/address.js');
  const rules = (await import('../rules/index.js')).default;
  const config = validateConfig({ me: ['*@prinsweb.example'] });
  const parse = { me: config.me, internalDomains: config.internalDomains, now: new Date('2026-03-05T16:00:00+01:00') };
  const businessTime = new BusinessTime(config.businessHours);
  const eml = (id: string, from: string, to: string, date: string, body: string, inReplyTo?: string) =>
    Buffer.from([`From: ${from}`, `To: ${to}`, 'Subject: Vraag', `Date: ${date}`, `Message-ID: <${id}>`, ...(inReplyTo ? [`In-Reply-To: <${inReplyTo}>`] : []), 'Content-Type: text/plain; charset=UTF-8', '', body, ''].join('\n'));
  const one = async (text: string) => {
    const asked = await parseMessage({ origin: { kind: 'eml', path: 'asked.eml' }, raw: eml('asked@vreemd.example', 'Iemand <iemand@vreemd.example>', 'joan@prinsweb.example', 'Mon, 2 Mar 2026 09:14:00 +0100', text) }, parse);
    const reply = await parseMessage(
      { origin: { kind: 'eml', path: 'reply.eml' }, raw: eml('reply@prinsweb.example', 'Joan <joan@prinsweb.example>', 'iemand@vreemd.example', 'Tue, 3 Mar 2026 10:00:00 +0100', `Dag,\n\nJa, dat kan. Ik kom er morgen op terug.\n\nOp ma 2 mrt 2026 om 09:14 schreef Iemand <iemand@vreemd.example>:\n${text.split('\n').map((l) => `> ${l}`).join('\n')}`, 'asked@vreemd.example') },
      parse,
    );
    const threads = buildThreads([asked, reply], { me: addressMatcher(config.me) });
    runRules(threads, { config, rules, now: parse.now, businessTime });
  };
  await one('Kunt u mij de offerte sturen? Could you send the quote?'); // warm-up: lazy modules and lists
  let worst = { label: '', cpuMs: -1 };
  for (const c of corpus) {
    const c0 = process.cpuUsage();
    await one(c.text);
    const d = process.cpuUsage(c0);
    const cpuMs = (d.user + d.system) / 1000;
    if (cpuMs > worst.cpuMs) worst = { label: c.label, cpuMs };
  }
  return worst;
}

export async function benchRobust(): Promise<void> {
  const corpus = fuzzCorpus();
  runFuzz([{ label: 'warm-up', text: 'Kunt u mij de offerte sturen? Could you send the quote?' }]);
  const timings = runFuzz(corpus);
  const slowest = timings.reduce((a, b) => (b.cpuMs > a.cpuMs ? b : a));
  const errors = timings.filter((t) => t.error).length;
  console.log(`robustness: fuzz corpus ${corpus.length} inputs × ${timings.length / corpus.length} detector runs: slowest ${slowest.cpuMs.toFixed(0)} ms CPU (${slowest.detector} on "${slowest.input}", ${slowest.lang}), ${errors} threw`);
  const msg = await slowestMessage(corpus);
  console.log(`robustness: the fuzz corpus as messages (parse, thread, every thread rule; with my quoting reply): slowest ${msg.cpuMs.toFixed(0)} ms CPU ("${msg.label}")`);

  const dir = mkdtempSync(join(tmpdir(), 'replycheck-robust-'));
  try {
    const mbox = join(dir, 'big.mbox');
    const count = Number(process.env.ROBUST_MBOX_COUNT ?? 40_000);
    const gen = spawnSync(process.execPath, [join(ROOT, 'dist', 'scripts', 'generate-mailbox.js'), '--count', String(count), '--out', mbox, '--format', 'mbox', '--seed', '1'], { encoding: 'utf8' });
    if (gen.status !== 0) throw new Error(`generate-mailbox failed: ${gen.stderr}`);
    const cfg = join(dir, 'cfg.json');
    writeFileSync(cfg, JSON.stringify({ me: ['*@prinsweb.example'] }));
    const run = peakRss(['scan', '--config', cfg, '--format', 'json', mbox]);
    console.log(`robustness: scan of a ${(statSync(mbox).size / 1024 / 1024).toFixed(0)} MB mbox (${count} messages): peak RSS ${run.mb.toFixed(0)} MB, ${run.s.toFixed(1)} s, exit ${run.status}`);
    const unreadable = join(dir, 'unreadable.mbox');
    writeFileSync(unreadable, 'From x\n\n');
    chmodSync(unreadable, 0o000);
    const cases: Array<[string, string[]]> = [
      ['a missing second source', [mbox, join(dir, 'missing.mbox')]],
      ['a missing first source', [join(dir, 'missing.mbox'), mbox]],
      ['an unreadable file (root reads it anyway)', [mbox, unreadable]],
      ['an empty file', [mbox, join(dir, 'cfg-empty.mbox')]],
    ];
    writeFileSync(join(dir, 'cfg-empty.mbox'), '');
    for (const [what, paths] of cases) {
      const partial = peakRss(['scan', '--config', cfg, '--format', 'json', ...paths]);
      console.log(`robustness: a run with ${what} exits ${partial.status} (must not be 0): ${partial.status === 0 ? 'FAIL' : 'ok'}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
