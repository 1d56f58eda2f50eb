/**
 * Issue 10, the analysis cache end to end: the demo mailbox (Dutch and English) in a real Dovecot, scanned through
 * the CLI. A warm scan reads what the language helpers found from the cache file and gives exactly the findings
 * of a scan without any cache. The cache is really read (a tampered row shows in the findings), and once a phrase
 * list changes the old rows are never served again: the findings are those of a fresh analysis.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ROOT } from '../../src/meta.js';
import { runCli } from '../helpers/cli.js';
import { startDovecot, type Dovecot } from './dovecot.js';
import { describeDovecot, passwordOf } from './setup.js';

const DEMO = join(ROOT, 'fixtures', 'demo');
const demo = JSON.parse(readFileSync(join(DEMO, 'replycheck.config.json'), 'utf8')) as { me: string[] };
const NOW = (JSON.parse(readFileSync(join(DEMO, 'clock.json'), 'utf8')) as { now: string }).now;

describeDovecot('the analysis cache over IMAP', () => {
  let dv: Dovecot;
  const dir = mkdtempSync(join(tmpdir(), 'rc-analysis-imap-'));
  const cacheDir = join(dir, 'cache');
  const configFile = (extra: Record<string, unknown> = {}) => {
    const file = join(dir, `config-${Object.keys(extra).join('-') || 'plain'}.json`);
    writeFileSync(file, JSON.stringify({
      ...demo,
      cacheDir,
      accounts: { demo: { host: dv.host, port: dv.tlsPort, secure: true, user: 'joan', passwordEnv: 'RC_AC_PW', caFile: dv.caFile, timeoutSeconds: 10 } },
      ...extra,
    }));
    return file;
  };
  const scan = (config: string, extra: string[] = []) => {
    const r = runCli(['scan', '-c', config, '--now', NOW, '--since', '60d', '--format', 'json', ...extra], { env: { RC_AC_PW: passwordOf('joan'), CI: 'true' } });
    const out = JSON.parse(r.stdout) as { findings: Array<{ ruleId: string }>; errors: unknown[] };
    expect(out.errors).toEqual([]);
    return out.findings;
  };
  const rows = (where = '1') => {
    const db = new Database(join(cacheDir, 'imap-cache.sqlite'));
    try {
      return db.prepare(`SELECT count(*) FROM analysis WHERE ${where}`).pluck().get() as number;
    } finally {
      db.close();
    }
  };

  beforeAll(async () => {
    dv = await startDovecot([{ user: 'joan', password: passwordOf('joan') }]);
    for (const sub of ['cur', 'new'])
      for (const f of readdirSync(join(DEMO, 'Maildir', sub)).sort()) {
        const raw = readFileSync(join(DEMO, 'Maildir', sub, f));
        const from = /^From:.*$/im.exec(raw.toString('utf8'))?.[0] ?? '';
        const mine = demo.me.some((m) => from.toLowerCase().includes(m.toLowerCase()));
        await dv.deliver('joan', mine ? 'Sent' : 'INBOX', raw, { flags: sub === 'cur' ? 'S' : '' });
      }
  }, 60_000);

  afterAll(async () => {
    await dv?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a warm scan gives exactly the findings of a scan without cache; a tampered row shows; a new phrase list never reads old rows', () => {
    const config = configFile();
    const uncached = scan(config, ['--no-cache']);
    expect(uncached.length).toBeGreaterThan(10);
    const cold = scan(config);
    const stored = rows();
    expect(stored).toBeGreaterThan(50);
    const warm = scan(config);
    expect(cold).toEqual(uncached);
    expect(warm).toEqual(uncached);
    expect(rows()).toBe(stored); // nothing new to store

    // the warm scan really reads the rows: say no message asks anything, and unanswered-question goes quiet
    const db = new Database(join(cacheDir, 'imap-cache.sqlite'));
    db.prepare("UPDATE analysis SET value = '[]' WHERE key LIKE 'q:%'").run();
    db.close();
    const unanswered = (fs: Array<{ ruleId: string }>) => fs.filter((f) => f.ruleId === 'unanswered-question').length;
    expect(unanswered(uncached)).toBeGreaterThan(0);
    expect(unanswered(scan(config))).toBe(0);

    // a phrase list changes (one more Dutch holding reply, and an English one): another analyser version, whose
    // rows are found afresh, so the findings are those of a fresh analysis, never the tampered rows
    const phrases = configFile({ phrases: { nl: { 'holding-replies': ['ik duik er direct in'] }, en: { 'holding-replies': ["I'm diving straight in"] } } });
    const fresh = scan(phrases, ['--no-cache']);
    expect(unanswered(fresh)).toBe(unanswered(uncached));
    expect(scan(phrases)).toEqual(fresh);
    expect(scan(phrases)).toEqual(fresh);
  }, 120_000);
});
