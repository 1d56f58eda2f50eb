/**
 * Reading a real Dovecot: never changes the mailbox, gives the same Messages as the files read locally,
 * picks the right folders, fetches no attachments, and honours --since and the drafts role.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { readdirSync, readFileSync, readdirSync as ls } from 'node:fs';
import { join } from 'node:path';
import { readAccount } from '../../src/source/imap.js';
import { parseMessage } from '../../src/parse/parse-message.js';
import type { Message } from '../../src/model.js';
import { startDovecot, type Dovecot } from './dovecot.js';
import { makeMail } from './mail.js';
import { account, describeDovecot, PARSE, passwordOf, recorder } from './setup.js';

const FIXTURES = join(process.cwd(), 'fixtures/parse');
const fixtureFiles = readdirSync(FIXTURES).filter((f) => f.endsWith('.eml')).sort();
const FLAGS = ['', 'S', 'RS', 'F', 'FS', 'S', 'T', ''];
const RECEIVED = new Date(Date.UTC(2026, 2, 20, 12, 0, 0));

describeDovecot('IMAP read against Dovecot', () => {
  let dv: Dovecot;
  const users = ['joan', 'piet', 'kees'];

  beforeAll(async () => {
    dv = await startDovecot(users.map((u) => ({ user: u, password: passwordOf(u) })));
    // joan: every real fixture in INBOX with a spread of flags, two sent mails, a big attachment, a draft.
    for (const [i, f] of fixtureFiles.entries())
      await dv.deliver('joan', 'INBOX', readFileSync(join(FIXTURES, f)), { flags: FLAGS[i % FLAGS.length], date: RECEIVED });
    await dv.deliver('joan', 'INBOX', makeMail({ n: 900, attachmentBytes: 3_000_000 }), { flags: 'S' });
    await dv.deliver('joan', 'Sent', makeMail({ n: 901, from: 'Joan <joan@prinsweb.example>', to: 'klant@example.com', subject: 'Re: Vraag' }), { flags: 'S' });
    await dv.deliver('joan', 'Sent', makeMail({ n: 902, from: 'Joan <joan@prinsweb.example>', to: 'klant@example.com' }), { flags: 'S' });
    await dv.deliver('joan', 'Drafts', makeMail({ n: 903, from: 'Joan <joan@prinsweb.example>', body: 'Zie bijlage.\r\n' }), { flags: 'D' });
    // piet: old and new mail, for --since; kees: the same message in INBOX and All Mail.
    await dv.deliver('piet', 'INBOX', makeMail({ n: 1, date: new Date('2026-01-05T10:00:00Z') }), { date: new Date('2026-01-05T10:00:00Z') });
    await dv.deliver('piet', 'INBOX', makeMail({ n: 2, date: new Date('2026-11-20T10:00:00Z') }), { date: new Date('2026-11-20T10:00:00Z') });
    await dv.deliver('kees', 'INBOX', makeMail({ n: 5 }));
    await dv.deliver('kees', 'Archive', makeMail({ n: 5 }));
    await dv.deliver('kees', 'Archive', makeMail({ n: 6 }));
  }, 30_000);

  afterAll(async () => {
    await dv?.stop();
  });

  test('a scan never changes the mailbox: only EXAMINE and BODY.PEEK, flags identical before and after', async () => {
    const before = { inbox: await dv.flags('joan', 'INBOX'), sent: await dv.flags('joan', 'Sent') };
    const files = () => ls(join(dv.dir, 'mail/joan/Maildir/cur')).sort();
    const filesBefore = files();
    expect(before.inbox.some((l) => l.includes('\\Seen'))).toBe(true);
    expect(before.inbox.some((l) => /^\d+$/.test(l.trim()))).toBe(true); // some unseen, no flags at all

    const rec = recorder();
    const { messages, stats } = await readAccount('work', account(dv, 'joan'), { parse: PARSE, useCache: false, quiet: true, onTrace: rec.onTrace });
    expect(messages.length).toBe(fixtureFiles.length + 3);

    const cmds = rec.commands();
    expect(cmds.length).toBeGreaterThan(5);
    const writes = cmds.filter((c) => /^(UID )?(STORE|APPEND|EXPUNGE|MOVE|COPY|CREATE|DELETE|RENAME|SUBSCRIBE|UNSUBSCRIBE|SELECT)\b/i.test(c));
    expect(writes).toEqual([]);
    expect(cmds.filter((c) => /^EXAMINE /.test(c)).length).toBe(2); // INBOX and Sent
    const fetches = cmds.filter((c) => /FETCH/.test(c));
    expect(fetches.length).toBeGreaterThan(0);
    for (const f of fetches) expect(f).not.toMatch(/BODY\[|RFC822(?!\.SIZE)|BINARY\[/); // only BODY.PEEK[…]
    // The password never shows up in the conversation we can see.
    expect(rec.lines.some((l) => l.line.includes(passwordOf('joan')))).toBe(false);

    // The 3 MB attachment was not downloaded.
    expect(stats.bytes.received).toBeLessThan(400_000);
    const big = messages.find((m) => m.messageId === '<msg-900@example.com>')!;
    expect(big.attachments).toEqual([{ contentType: 'application/pdf', filename: 'offerte.pdf', size: expect.any(Number) }]);
    expect(big.attachments[0].size).toBeGreaterThan(3_000_000);

    expect(await dv.flags('joan', 'INBOX')).toEqual(before.inbox);
    expect(await dv.flags('joan', 'Sent')).toEqual(before.sent);
    expect(files()).toEqual(filesBefore); // Maildir file names carry the flags: none renamed
  });

  test('the fixture mailbox read over IMAP equals the same files read locally', async () => {
    const { messages } = await readAccount('work', account(dv, 'joan'), { parse: PARSE, useCache: false, quiet: true, mailboxes: ['INBOX'] });
    const byId = new Map(messages.map((m) => [m.messageId, m]));
    const pick = (m: Message) => ({
      messageId: m.messageId,
      from: m.from,
      to: m.to,
      subject: m.subject,
      date: m.date.toISOString(),
      direction: m.direction,
      automated: m.automated,
      language: m.language,
      newText: m.newText,
      quotedText: m.quotedText,
      attachments: m.attachments.map((a) => `${a.contentType} ${a.filename ?? ''}`),
    });
    for (const f of fixtureFiles) {
      const local = await parseMessage({ origin: { kind: 'eml', path: f, receivedAt: RECEIVED }, raw: readFileSync(join(FIXTURES, f)) }, PARSE);
      const remote = byId.get(local.messageId);
      expect({ f, found: !!remote }).toEqual({ f, found: true });
      expect({ f, ...pick(remote!) }).toEqual({ f, ...pick(local) });
    }
    const withFlags = messages.filter((m) => m.origin.flags?.includes('\\Seen'));
    expect(withFlags.length).toBeGreaterThan(0);
    expect(messages.every((m) => m.origin.kind === 'imap' && m.origin.mailbox === 'INBOX' && m.origin.uid! > 0)).toBe(true);
  });

  test('folders: INBOX plus the \\Sent folder; Sent mail is outgoing', async () => {
    const { messages, stats } = await readAccount('work', account(dv, 'joan'), { parse: PARSE, useCache: false, quiet: true });
    expect(stats.mailboxes.map((m) => m.path)).toEqual(['INBOX', 'Sent']);
    const sent = messages.filter((m) => m.origin.mailbox === 'Sent');
    expect(sent.map((m) => m.messageId).sort()).toEqual(['<msg-901@example.com>', '<msg-902@example.com>']);
    expect(sent.every((m) => m.direction === 'out')).toBe(true);
    expect(stats.tls).toBe('verified');
  });

  test('drafts role reads only the \\Drafts folder', async () => {
    const { messages, stats } = await readAccount('work', account(dv, 'joan'), { parse: PARSE, useCache: false, quiet: true, role: 'drafts' });
    expect(stats.mailboxes.map((m) => m.path)).toEqual(['Drafts']);
    expect(messages.map((m) => m.messageId)).toEqual(['<msg-903@example.com>']);
    expect(messages[0].origin.flags).toEqual(['\\Draft']);
  });

  test('--since searches on the server and returns only newer mail', async () => {
    const rec = recorder();
    const since = new Date('2026-11-01T00:00:00Z');
    const { messages } = await readAccount('p', account(dv, 'piet'), { parse: PARSE, useCache: false, quiet: true, since, onTrace: rec.onTrace });
    expect(messages.map((m) => m.messageId)).toEqual(['<msg-2@example.com>']);
    // imapflow says SINCE <date>, or YOUNGER <seconds> where the server has WITHIN (Dovecot does).
    expect(rec.commands().some((c) => /^UID SEARCH (SINCE 31-Oct-2026|YOUNGER \d+)$/i.test(c))).toBe(true);
    const fetched = rec.commands().filter((c) => /FETCH/.test(c));
    expect(fetched.every((c) => /FETCH 2 /.test(c))).toBe(true); // the old message (UID 1) was never fetched
  });

  test('All Mail when asked, without counting a message twice', async () => {
    const { messages, stats } = await readAccount('k', account(dv, 'kees', { allMail: true }), { parse: PARSE, useCache: false, quiet: true });
    expect(stats.mailboxes.map((m) => m.path)).toEqual(['INBOX', 'Archive']);
    expect(messages.map((m) => m.messageId).sort()).toEqual(['<msg-5@example.com>', '<msg-6@example.com>']);
    expect(stats.duplicates).toBe(1);
  });
});
