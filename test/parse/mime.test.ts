/**
 * The one MIME reader (src/parse/mime.ts, postal-mime) replaced mailparser for every command. It must read what
 * mailparser read: compared with mailparser on every real message in fixtures/parse/ (a delivery report's status
 * part is an attachment to postal-mime, body text to mailparser: skipped). Plus the repairs of text/charset.ts and
 * the draft details `lint` relies on.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../src/meta.js';
import { simpleParser } from 'mailparser';
import { readMime } from '../../src/parse/mime.js';
import { parseAddressList } from '../../src/parse/build.js';
import { parseHeaderDate } from '../../src/lint/original.js';
import { declareWindows1252, decodeUtf8Or1252, fixHeaderBytes, repairC1 } from '../../src/text/charset.js';

const DIR = join(ROOT, 'fixtures', 'parse');
const norm = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const mail = (headers: string, body: Buffer | string) => Buffer.concat([Buffer.from(headers.replace(/\n/g, '\r\n') + '\r\n\r\n', 'latin1'), Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1')]);

describe('the MIME reader reads what mailparser reads', () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.eml') && f !== 'bounce.eml')) {
    test(file, async () => {
      const raw = readFileSync(join(DIR, file));
      const ours = await readMime(raw);
      const options = { skipHtmlToText: true, skipTextToHtml: true, skipImageLinks: true, skipTextLinks: true };
      // (with mailparser too, replycheck re-encoded raw 8-bit header bytes and read 8-bit text without a right charset
      // again as windows-1252)
      const fixed = fixHeaderBytes(raw);
      let full = await simpleParser(fixed, options);
      if (full.text?.includes('\uFFFD')) full = { ...(await simpleParser(declareWindows1252(fixed), options)), subject: full.subject };
      expect(norm(ours.text)).toBe(norm(full.text));
      expect(norm(ours.html)).toBe(norm(typeof full.html === 'string' ? full.html : undefined));
      expect(ours.headers.subject ?? '').toBe(full.subject ?? '');
      expect(ours.attachments.map((a) => a.filename)).toEqual(full.attachments.map((a) => a.filename));
    });
  }
});

describe('windows-1252', () => {
  // "Prijs € 12, “graag” – Joan" in windows-1252; Node 20's own decoder would give C1 controls for €, “, ” and –.
  const cp1252 = Buffer.from([0x50, 0x72, 0x69, 0x6a, 0x73, 0x20, 0x80, 0x20, 0x31, 0x32, 0x2c, 0x20, 0x93, 0x67, 0x72, 0x61, 0x61, 0x67, 0x94, 0x20, 0x96, 0x20, 0x4a, 0x6f, 0x61, 0x6e]);
  const want = 'Prijs € 12, “graag” – Joan';
  const head = 'From: Joan <joan@prinsweb.example>\nSubject: Prijs\nMIME-Version: 1.0';

  test.each([
    ['declared windows-1252', 'Content-Type: text/plain; charset=windows-1252\nContent-Transfer-Encoding: 8bit'],
    ['mislabelled iso-8859-1', 'Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: 8bit'],
    ['8-bit without a charset', 'Content-Type: text/plain\nContent-Transfer-Encoding: 8bit'],
  ])('%s', async (_label, ct) => {
    const raw = mail(`${head}\n${ct}`, cp1252);
    expect((await readMime(raw)).text?.trim()).toBe(want);
  });

  test('raw 8-bit header bytes and a plain-text draft', async () => {
    const raw = mail('From: Jos\xe9 <jose@x.example>\nSubject: Offerte \x80 12\nContent-Type: text/plain; charset=utf-8', 'Hoi');
    const ours = await readMime(raw);
    expect(ours.headers.subject).toBe('Offerte € 12');
    expect(parseAddressList(ours.headers.from)).toEqual([{ address: 'jose@x.example', name: 'José' }]);
    expect(decodeUtf8Or1252(cp1252)).toBe(want);
    expect(decodeUtf8Or1252(Buffer.from(want, 'utf8'))).toBe(want);
    expect(repairC1('a\u0081b\u0080')).toBe('a\u0081b€'); // 0x81 is undefined in windows-1252: kept
  });
});

describe('draft details', () => {
  test('format=flowed: a single 8-bit part keeps its lines as written (line numbers match the file)', async () => {
    const raw = mail('From: joan@prinsweb.example\nContent-Type: text/plain; charset=utf-8; format=flowed', 'Dit is een lange \nzin.\n-- \nJoan\n');
    const lite = await readMime(raw);
    expect(lite.bodyVerbatim).toBe(true);
    expect(lite.headerLineCount).toBe(3);
    expect(lite.text).toBe('Dit is een lange \nzin.\n-- \nJoan\n');
  });

  test('format=flowed; delsp=yes is joined (its breaks may fall inside words)', async () => {
    const raw = mail('From: joan@prinsweb.example\nContent-Type: text/plain; charset=utf-8; format=flowed; delsp=yes', 'Dit is een lan \ngezin.\n');
    const lite = await readMime(raw);
    expect(lite.bodyVerbatim).toBe(false);
    expect(lite.text?.trim()).toBe('Dit is een langezin.');
  });

  test('address lists: quoted names with commas, bare addresses, comments, encoded words, groups', () => {
    expect(parseAddressList('"Vries, Jan de" <Jan@Klant.example>, kees@x.example (Kees), Piet <piet@x.example>')).toEqual([
      { address: 'jan@klant.example', name: 'Vries, Jan de' },
      { address: 'kees@x.example', name: 'Kees' },
      { address: 'piet@x.example', name: 'Piet' },
    ]);
    expect(parseAddressList('=?iso-8859-1?Q?Jos=E9?= <j@x.example>, Team: a@x.example;')).toEqual([
      { address: 'j@x.example', name: 'José' },
      { address: 'a@x.example' },
    ]);
    expect(parseAddressList('Jan de Vries')).toEqual([]);
  });

  test('reply-header dates, Dutch and English, in the configured zone', () => {
    const z = 'Europe/Amsterdam';
    expect(parseHeaderDate('Op ma 2 mrt 2026 om 09:14 schreef Jan', z)?.toISOString()).toBe('2026-03-02T08:14:00.000Z');
    expect(parseHeaderDate('On Tue, Mar 3, 2026 at 2:05 PM Sarah Miller <sarah@client.example> wrote:', z)?.toISOString()).toBe('2026-03-03T13:05:00.000Z');
    expect(parseHeaderDate('Verzonden: dinsdag 10 maart 2026 10:12', z)?.toISOString()).toBe('2026-03-10T09:12:00.000Z');
    expect(parseHeaderDate('Op 30 jun. 2026, om 16:40 heeft Jan het volgende geschreven:', z)?.toISOString()).toBe('2026-06-30T14:40:00.000Z');
    expect(parseHeaderDate('Jan wrote:', z)).toBeUndefined();
  });
});

describe('a body of many lines is read as one (postal-mime joins its lines through a Blob, ~10 µs a line)', () => {
  /** Every message of the fixtures and the tune drafts, and each again with CRLF, "\r\r\n", no final newline, a
   * leading blank line and 8-bit bytes: the one-line reading gives exactly what postal-mime gives line by line. */
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.eml') ? [join(d, e.name)] : []));
  const files = [...walk(join(ROOT, 'fixtures')), ...walk(join(ROOT, 'eval', 'drafts', 'tune'))];
  const variants = (t: string): string[] => [t, t.replace(/\n/g, '\r\n'), t.replace(/\n/g, '\r\r\n'), t.replace(/\n+$/, ''), '\n' + t, t.replace(/e/g, '\xe9').replace(/a/g, '\xc3')];

  test(`the same MimeResult on ${files.length} real messages in 6 forms each`, async () => {
    expect(files.length).toBeGreaterThan(300);
    const differ: string[] = [];
    for (const f of files)
      for (const [i, v] of variants(readFileSync(f, 'latin1')).entries()) {
        const raw = Buffer.from(v, 'latin1');
        const [fast, ref] = await Promise.all([readMime(raw).catch((e: Error) => e.message), readMime(raw, { lineByLine: true }).catch((e: Error) => e.message)]);
        if (JSON.stringify(fast) !== JSON.stringify(ref)) differ.push(`${f} form ${i}`);
      }
    expect(differ).toEqual([]);
  }, 120_000);

  test('nl + en drafts with CRLF, blank lines and a quoted original: text, line count and verbatim flag as written', async () => {
    for (const body of ['Hoi Jan,\r\n\r\nJa, dat kan.\r\n\r\nOp ma 2 mrt 2026 om 09:14 schreef Jan:\r\n> Kan dat?\r\n', 'Hi Jan,\n\nYes.\r\r\n\nOn Mon, 2 Mar 2026 Jan wrote:\n> Can you?']) {
      const raw = mail('From: joan@prinsweb.example\nContent-Type: text/plain; charset=utf-8', body);
      const got = await readMime(raw);
      expect(got).toEqual(await readMime(raw, { lineByLine: true }));
      expect(got.bodyVerbatim).toBe(true);
      expect(got.text).toBe(body.replace(/\r+\n/g, '\n').replace(/([^\n])$/, '$1\n'));
    }
  });

  test('a part it cannot read as one line is read as before: base64, multipart, a charset that is not ASCII-based, an attachment', async () => {
    const cases = [
      mail('Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64', Buffer.from('Kunt u dat sturen?\n').toString('base64')),
      mail('Content-Type: multipart/mixed; boundary=b', '--b\nContent-Type: text/plain\n\nCould you send it?\n--b--\n'),
      mail('Content-Type: text/plain; charset=utf-16le', Buffer.from('Hoi\nJan\n', 'utf16le')),
      mail('Content-Type: text/plain; name=notes.txt\nContent-Disposition: attachment; filename=notes.txt', 'a\nb\n'),
      mail('Content-Type: text/plain; charset=utf-8; format=flowed; delsp=yes', 'Kunt u dat stu \nren? \nGraag.\n'),
      mail('Content-Type: text/plain', '\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001c\u001d\u001e\u001f\nx\n'),
    ];
    for (const raw of cases) expect(await readMime(raw)).toEqual(await readMime(raw, { lineByLine: true }));
  });

  test('200,000 empty lines (a fuzz draft) read in well under a second', async () => {
    const raw = mail('From: joan@prinsweb.example\nContent-Type: text/plain; charset=utf-8', '\n'.repeat(200_000) + '> \n'.repeat(100_000));
    const c0 = process.cpuUsage();
    const got = await readMime(raw);
    const c = process.cpuUsage(c0);
    expect(got.text?.length).toBe(500_000);
    expect((c.user + c.system) / 1000).toBeLessThan(600);
  });
});

