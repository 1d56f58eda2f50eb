/**
 * The two mailboxes the CI and container recipes are run against: `support` holds the demo (incoming in INBOX,
 * Joan's own mail in Sent), `sales` four customer questions and one reply.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../src/meta.js';
import { startDovecot, type Dovecot } from './dovecot.js';
import { makeMail } from './mail.js';
import { passwordOf } from './setup.js';

export const DEMO = join(ROOT, 'fixtures', 'demo');
export const DEMO_NOW = (JSON.parse(readFileSync(join(DEMO, 'clock.json'), 'utf8')) as { now: string }).now;
export const DEMO_ME = (JSON.parse(readFileSync(join(DEMO, 'replycheck.config.json'), 'utf8')) as { me: string[] }).me;

export async function startCiMailboxes(): Promise<Dovecot> {
  const dv = await startDovecot([
    { user: 'support', password: passwordOf('support') },
    { user: 'sales', password: passwordOf('sales') },
  ]);
  for (const sub of ['cur', 'new'])
    for (const f of readdirSync(join(DEMO, 'Maildir', sub)).sort()) {
      const raw = readFileSync(join(DEMO, 'Maildir', sub, f));
      const from = /^From:.*$/im.exec(raw.toString('utf8'))?.[0] ?? '';
      await dv.deliver('support', DEMO_ME.some((m) => from.toLowerCase().includes(m)) ? 'Sent' : 'INBOX', raw, { flags: 'S' });
    }
  for (let n = 1; n <= 4; n++) await dv.deliver('sales', 'INBOX', makeMail({ n, date: new Date(Date.UTC(2026, 10, 9 + n, 9, 30)) }), { flags: '' });
  // the sales mailbox has a Sent folder too (without one, the scan rightly warns that replies cannot be seen)
  const reply = makeMail({ n: 90, from: 'Joan <joan@prinsweb.example>', to: 'Klant 1 <klant1@example.com>', subject: 'Re: Vraag 1', date: new Date(Date.UTC(2026, 10, 10, 11, 0)), body: 'Hallo,\r\n\r\nBestelling 1 komt vrijdag.\r\n\r\nGroet,\r\nJoan\r\n' });
  await dv.deliver('sales', 'Sent', reply, { flags: 'S' });
  return dv;
}
