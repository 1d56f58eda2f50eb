/**
 * The same mailbox read over IMAP and read as local files gives the same findings, end to end through the CLI,
 * and the scan leaves every flag as it was. The demo mailbox is loaded into a real Dovecot: mail from me into
 * Sent, the rest into INBOX; the duplicate copy in both.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../src/meta.js';
import { runCli } from '../helpers/cli.js';
import { startDovecot, type Dovecot } from './dovecot.js';
import { describeDovecot, passwordOf } from './setup.js';

const DEMO = join(ROOT, 'fixtures', 'demo');
const demoConfig = {
  ...(JSON.parse(readFileSync(join(DEMO, 'replycheck.config.json'), 'utf8')) as { me: string[] }),
  now: (JSON.parse(readFileSync(join(DEMO, 'clock.json'), 'utf8')) as { now: string }).now,
};

interface JsonFinding {
  ruleId: string;
  textId: string;
  messageId: string;
  threadId: string;
  evidence?: string;
  due?: string;
  waited?: unknown;
}
const key = (f: JsonFinding) => JSON.stringify([f.ruleId, f.textId, f.messageId, f.threadId, f.evidence ?? '', f.due ?? '', f.waited ?? null]);

describeDovecot('scan over IMAP', () => {
  let dv: Dovecot;
  let configFile: string;
  const cacheDir = mkdtempSync(join(tmpdir(), 'rc-scan-cache-'));

  beforeAll(async () => {
    dv = await startDovecot([{ user: 'joan', password: passwordOf('joan') }]);
    for (const sub of ['cur', 'new']) {
      for (const f of readdirSync(join(DEMO, 'Maildir', sub)).sort()) {
        const raw = readFileSync(join(DEMO, 'Maildir', sub, f));
        const from = /^From:.*$/im.exec(raw.toString('utf8'))?.[0] ?? '';
        const mine = demoConfig.me.some((m) => from.toLowerCase().includes(m.toLowerCase()));
        await dv.deliver('joan', mine ? 'Sent' : 'INBOX', raw, { flags: sub === 'cur' ? 'S' : '' });
      }
    }
    const dir = mkdtempSync(join(tmpdir(), 'rc-scan-'));
    configFile = join(dir, 'replycheck.config.json');
    const { now: _now, ...rest } = demoConfig;
    writeFileSync(configFile, JSON.stringify({
      ...rest,
      cacheDir,
      accounts: {
        demo: { host: dv.host, port: dv.tlsPort, secure: true, user: 'joan', passwordEnv: 'RC_SCAN_PW', caFile: dv.caFile, timeoutSeconds: 10 },
      },
    }));
  }, 60_000);

  afterAll(async () => {
    await dv?.stop();
  });

  const scanImap = (extra: string[] = []) =>
    runCli(['scan', '-c', configFile, '--now', demoConfig.now, '--since', '60d', '--format', 'json', ...extra], {
      env: { RC_SCAN_PW: passwordOf('joan'), CI: 'true' },
    });

  test('gives exactly the findings of the same mailbox read as files, and changes no flag', async () => {
    const before = [...(await dv.flags('joan', 'INBOX')), ...(await dv.flags('joan', 'Sent'))];
    const local = JSON.parse(runCli(['scan', '--demo', '--since', '60d', '--format', 'json']).stdout);
    const remote = scanImap(['--no-cache']);
    expect(remote.stderr).not.toContain(passwordOf('joan'));
    const imap = JSON.parse(remote.stdout);
    expect(imap.errors).toEqual([]);
    expect(imap.findings.length).toBeGreaterThan(10);
    expect(imap.findings.map(key).sort()).toEqual(local.findings.map(key).sort());
    expect(imap.stats.messages).toBe(local.stats.messages);
    const after = [...(await dv.flags('joan', 'INBOX')), ...(await dv.flags('joan', 'Sent'))];
    expect(after).toEqual(before);
  }, 60_000);

  test('a warm run from the cache gives the same findings', () => {
    const cold = JSON.parse(scanImap().stdout);
    const warm = JSON.parse(scanImap().stdout);
    expect(warm.findings.map(key).sort()).toEqual(cold.findings.map(key).sort());
    expect(JSON.stringify(warm)).not.toContain(passwordOf('joan'));
  }, 60_000);

  test('--mailbox reads only the named mailbox', () => {
    const all = JSON.parse(scanImap(['--no-cache']).stdout);
    const sent = JSON.parse(scanImap(['--no-cache', '--mailbox', 'Sent']).stdout);
    expect(sent.stats.outgoing).toBe(all.stats.outgoing);
    expect(sent.stats.incoming).toBe(0);
    expect(sent.findings.some((f: JsonFinding) => f.ruleId === 'awaiting-reply')).toBe(false);
  }, 60_000);

  test('a plain password in the config works, with a warning on stderr that never shows the password', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-plain-'));
    const file = join(dir, 'plain.json');
    const cfg = JSON.parse(readFileSync(configFile, 'utf8'));
    const { passwordEnv: _env, ...acct } = cfg.accounts.demo;
    writeFileSync(file, JSON.stringify({ ...cfg, accounts: { demo: { ...acct, password: passwordOf('joan') } } }));
    const r = runCli(['scan', '-c', file, '--now', demoConfig.now, '--since', '60d', '--format', 'json', '--no-cache'], { env: { CI: 'true' } });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/password/i);
    expect(r.stderr + r.stdout).not.toContain(passwordOf('joan'));
  }, 60_000);

  test('lint --drafts checks the drafts in the Drafts folder against the mail they answer', async () => {
    const original = readdirSync(join(DEMO, 'Maildir', 'cur')).map((f) => readFileSync(join(DEMO, 'Maildir', 'cur', f), 'utf8'))
      .find((t) => /Subject: Booking page: German version\?/.test(t))!;
    const id = /^Message-ID:\s*(<[^>]+>)/im.exec(original)![1]!;
    await dv.deliver('joan', 'Drafts', [
      'Message-ID: <draft-olivia@prinsweb.example>',
      'Date: Mon, 16 Nov 2026 08:40:00 +0100',
      'From: Joan Prins <joan@prinsweb.example>',
      'To: Olivia Hart <olivia@canalhouse-stays.example>',
      'Subject: Re: Booking page: German version?',
      `In-Reply-To: ${id}`,
      `References: ${id}`,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Hi Olivia,',
      '',
      'Yes, a German version of the booking page is no problem; I will send you a quote.',
      '',
      'Best,',
      'Joan',
      '',
    ].join('\r\n'), { flags: 'D' });
    scanImap(); // fills the cache the original is looked up in
    const r = runCli(['lint', '--drafts', '-c', configFile, '--now', demoConfig.now, '-f', 'json'], { env: { RC_SCAN_PW: passwordOf('joan'), CI: 'true' } });
    const out = JSON.parse(r.stdout);
    const text = JSON.stringify(out);
    expect(text).toContain('draft-olivia@prinsweb.example');
    expect(text).toContain('vague-promise');
    // the original was found (In-Reply-To, in the cache): its second question, about pounds, is still open
    expect(out.findings ?? out.files?.flatMap((f: { findings: unknown[] }) => f.findings)).toEqual(
      expect.arrayContaining([expect.objectContaining({ ruleId: 'unanswered-question', evidence: expect.stringMatching(/pounds/) })]),
    );
    expect(r.status).toBe(1);
    expect(r.stderr).not.toContain(passwordOf('joan'));
    expect(await dv.flags('joan', 'Drafts')).toEqual(expect.arrayContaining([expect.stringMatching(/\\Draft/)]));
  }, 60_000);

  test('a wrong password: exit 3, the reason, no password anywhere', () => {
    const r = runCli(['scan', '-c', configFile, '--now', demoConfig.now, '--no-cache'], { env: { RC_SCAN_PW: 'wrong-Secret-99', CI: 'true' } });
    expect(r.status).toBe(3);
    expect(r.stderr + r.stdout).not.toContain('wrong-Secret-99');
    expect(r.stderr).toMatch(/demo/);
  }, 60_000);
});
