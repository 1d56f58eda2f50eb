import { describe, expect, test } from '@jest/globals';
import { buildRaw, planMessage, fetchKeys, type BodyNode } from '../../src/source/imap-raw.js';
import { parseMessage } from '../../src/parse/parse-message.js';

const PARSE = { me: ['joan@prinsweb.example'], internalDomains: [] };
const HEAD = 'From: Klant <klant@example.com>\r\nTo: joan@prinsweb.example\r\nSubject: Offerte\r\nDate: Mon, 02 Nov 2026 09:00:00 +0000\r\nMessage-ID: <a@b>\r\nMIME-Version: 1.0\r\n';

// Shapes as imapflow parses Dovecot's BODYSTRUCTURE (taken from a real run).
const mixed: BodyNode = {
  type: 'multipart/mixed',
  parameters: { boundary: 'XX' },
  childNodes: [
    {
      part: '1',
      type: 'multipart/alternative',
      parameters: { boundary: 'YY' },
      childNodes: [
        { part: '1.1', type: 'text/plain', parameters: { charset: 'iso-8859-1', format: 'flowed' }, encoding: 'quoted-printable', size: 40 },
        { part: '1.2', type: 'text/html', parameters: { charset: 'utf-8' }, encoding: '7bit', size: 80 },
      ],
    },
    { part: '2', type: 'application/pdf', parameters: { name: 'offerte café.pdf' }, encoding: 'base64', size: 4000, disposition: 'attachment', dispositionParameters: { filename: 'offerte café.pdf' } },
    { part: '3', type: 'text/plain', parameters: { name: 'notes.txt' }, encoding: '7bit', size: 12, disposition: 'attachment' },
  ],
};

describe('planMessage', () => {
  test('multipart: the plain text part only, attachments listed from the structure', () => {
    const plan = planMessage(mixed);
    expect(plan.text.map((t) => t.section)).toEqual(['1.1']);
    expect(plan.attachments).toEqual([
      { contentType: 'application/pdf', filename: 'offerte café.pdf', size: 4000 },
      { contentType: 'text/plain', filename: 'notes.txt', size: 12 },
    ]);
    expect(fetchKeys(plan, 1000)).toEqual([{ key: '1.1', maxLength: 1000 }]);
  });

  test('HTML only when there is no plain text', () => {
    const plan = planMessage({ type: 'multipart/related', parameters: { boundary: 'R' }, childNodes: [
      { part: '1', type: 'text/html', parameters: { charset: 'utf-8' }, encoding: 'base64', size: 10 },
      { part: '2', type: 'image/png', size: 500, disposition: 'inline' },
    ] });
    expect(plan.text.map((t) => t.section)).toEqual(['1']);
    expect(plan.attachments).toEqual([{ contentType: 'image/png', size: 500 }]);
  });

  test('single part: section 1; a single attachment-only body fetches nothing', () => {
    expect(planMessage({ type: 'text/plain', encoding: '7bit', size: 5 })).toMatchObject({ singlePart: true, text: [{ section: '1' }] });
    expect(planMessage({ type: 'application/pdf', size: 5 }).text).toEqual([]);
    expect(planMessage(undefined).text).toEqual([]);
  });

  test('a forwarded message is one attachment, its text is not our body', () => {
    const plan = planMessage({ type: 'multipart/mixed', parameters: { boundary: 'M' }, childNodes: [
      { part: '1', type: 'text/plain', size: 10 },
      { part: '2', type: 'message/rfc822', size: 900, childNodes: [{ part: '2.1', type: 'text/plain', size: 50 }] },
    ] });
    expect(plan.text.map((t) => t.section)).toEqual(['1']);
    expect(plan.attachments).toEqual([{ contentType: 'message/rfc822', size: 900 }]);
  });
});

describe('buildRaw → parseMessage', () => {
  test('charset, transfer encoding and format=flowed of the part survive; attachments are named', async () => {
    const plan = planMessage(mixed);
    const part = Buffer.from('Kunt u de offerte voor het caf=E9 =\r\nsturen?\r\n', 'latin1');
    const raw = buildRaw(Buffer.from(HEAD + 'Content-Type: multipart/mixed; boundary="XX"\r\n\r\n'), mixed, plan, new Map([['1.1', part]]));
    const msg = await parseMessage({ origin: { kind: 'imap', account: 'a', mailbox: 'INBOX', uid: 1 }, raw }, PARSE);
    expect(msg.text).toBe('Kunt u de offerte voor het café sturen?');
    expect(msg.attachments.map((a) => a.filename)).toEqual(['offerte café.pdf', 'notes.txt']);
    expect(msg.subject).toBe('Offerte');
  });

  test('single part keeps the original headers and body', async () => {
    const node: BodyNode = { type: 'text/plain', parameters: { charset: 'utf-8' }, encoding: 'base64', size: 20 };
    const body = Buffer.from(Buffer.from('Wanneer komt het pakket?').toString('base64') + '\r\n');
    const raw = buildRaw(Buffer.from(HEAD + 'Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n'), node, planMessage(node), new Map([['1', body]]));
    const msg = await parseMessage({ origin: { kind: 'imap', uid: 2 }, raw }, PARSE);
    expect(msg.text).toBe('Wanneer komt het pakket?');
  });

  test('a delivery report stays a report (automated)', async () => {
    const node: BodyNode = { type: 'multipart/report', parameters: { 'report-type': 'delivery-status', boundary: 'R1' }, childNodes: [
      { part: '1', type: 'text/plain', parameters: { charset: 'us-ascii' }, encoding: '7bit', size: 30 },
      { part: '2', type: 'message/delivery-status', encoding: '7bit', size: 30 },
    ] };
    const plan = planMessage(node);
    // the status part is an attachment to the MIME reader, for local files too: not fetched
    expect(plan.text.map((t) => t.section)).toEqual(['1']);
    expect(plan.attachments).toEqual([{ contentType: 'message/delivery-status', size: 30 }]);
    const raw = buildRaw(
      Buffer.from(HEAD.replace('Klant <klant@example.com>', 'postmaster@example.com') + 'Content-Type: multipart/report; report-type=delivery-status; boundary="R1"\r\n\r\n'),
      node, plan, new Map([['1', Buffer.from('Your message could not be delivered.')], ['2', Buffer.from('Status: 5.1.1')]]),
    );
    const msg = await parseMessage({ origin: { kind: 'imap', uid: 3 }, raw }, PARSE);
    expect(msg.automated).not.toBe(false);
    expect(msg.headers['content-type']).toMatch(/^multipart\/report/);
    expect(msg.text).toContain('could not be delivered');
  });
});
