import { describe, test, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseMessage, type ParseOptions } from '../../src/parse/parse-message.js';
import { MessageError } from '../../src/errors.js';
import type { Origin } from '../../src/model.js';

const FIX = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/parse');
const OPTS: ParseOptions = { me: ['joan@prinsweb.example', 'info@prinsweb.example'], internalDomains: ['prinsweb.example'], now: new Date('2025-04-01T00:00:00Z') };

function parse(file: string, origin: Partial<Origin> = {}, opts: ParseOptions = OPTS) {
  const p = path.join(FIX, file);
  return parseMessage({ origin: { kind: 'eml', path: p, ...origin }, raw: readFileSync(p) }, opts);
}

describe('headers and addresses', () => {
  test('Gmail nl: ids, addresses, date, direction out, signature and quote split', async () => {
    const m = await parse('gmail-nl.eml');
    expect(m.messageId).toBe('<CAB7x1q=Yt3kQ9@mail.gmail.com>');
    expect(m.inReplyTo).toBe('<a1b2c3d4@klant.example>');
    expect(m.references).toEqual(['<a1b2c3d4@klant.example>']);
    expect(m.subject).toBe('Re: Offerte nieuwe website');
    expect(m.from).toEqual({ address: 'joan@prinsweb.example', name: 'Joan Prins' });
    expect(m.to).toEqual([{ address: 'jan@klant.example', name: 'Jan de Vries' }]);
    expect(m.cc).toEqual([]);
    expect(m.date.toISOString()).toBe('2025-03-04T08:41:02.000Z');
    expect(m.dateSource).toBe('header');
    expect(m.direction).toBe('out');
    expect(m.internal).toBe(false); // from me, so not "a colleague"
    expect(m.automated).toBe(false);
    expect(m.language).toBe('nl');
    // the text part was used (not the HTML alternative)
    expect(m.text.startsWith('Hoi Jan,')).toBe(true);
    expect(m.newText).toBe('Hoi Jan,\n\nDank voor je bericht. De offerte stuur ik je uiterlijk vrijdag toe. Kun je\nme laten weten of de huisstijl al definitief is?');
    expect(m.signature).toBe('Met vriendelijke groet,\nJoan Prins\nPrinsWeb | 06-12345678');
    expect(m.quotedText).toContain('> Wat zou een nieuwe website voor ons kosten?');
    expect(m.headers['content-type']).toMatch(/^multipart\/alternative/);
    expect(m.headers['return-path']).toBe('<joan@prinsweb.example>');
  });

  test('me wildcards and internal domains', async () => {
    const wild = await parse('outlook-nl.eml', {}, { me: ['*@bakkerij.example'], internalDomains: [] });
    expect(wild.direction).toBe('out');
    const colleague = await parse('forwarded-gmail.eml', {}, { me: ['bram@prinsweb.example'], internalDomains: ['prinsweb.example'] });
    expect(colleague.direction).toBe('in');
    expect(colleague.internal).toBe(true);
    const customer = await parse('outlook-nl.eml');
    expect(customer.direction).toBe('in');
    expect(customer.internal).toBe(false);
  });

  test('address lists are lower-cased, names kept; missing Message-ID is synthesised stably', async () => {
    const a = await parse('no-message-id.eml');
    const b = await parse('no-message-id.eml', { kind: 'maildir', path: '/elsewhere/cur/x' });
    expect(a.from).toEqual({ address: 'sarah@client.example', name: 'Sarah Miller' });
    expect(a.to.map((x) => x.address)).toEqual(['joan@prinsweb.example', 'info@prinsweb.example']);
    expect(a.cc).toEqual([{ address: 'bob@client.example', name: 'Bob' }]);
    expect(a.messageIdGenerated).toBe(true);
    expect(a.messageId).toMatch(/^<generated-[0-9a-f]{24}@replycheck>$/);
    expect(b.messageId).toBe(a.messageId);
    const other = await parse('no-date.eml', { receivedAt: new Date('2025-03-20T10:00:00Z') });
    expect(other.messageIdGenerated).toBeUndefined();
  });
});

describe('dates', () => {
  test('no Date header: the receive time, dateSource received', async () => {
    const m = await parse('no-date.eml', { receivedAt: new Date('2025-03-20T10:00:00Z') });
    expect(m.date.toISOString()).toBe('2025-03-20T10:00:00.000Z');
    expect(m.dateSource).toBe('received');
  });

  test('no Date header and no receive time: MessageError', async () => {
    await expect(parse('no-date.eml')).rejects.toBeInstanceOf(MessageError);
    await expect(parse('no-date.eml')).rejects.toMatchObject({ code: 'NO_DATE' });
  });

  test('a Date far in the future or before 1990 is absurd', async () => {
    const raw = readFileSync(path.join(FIX, 'no-message-id.eml'), 'utf8');
    const receivedAt = new Date('2025-03-18T08:00:00Z');
    for (const d of ['Mon, 1 Jan 2035 12:00:00 +0000', 'Thu, 1 Jan 1970 00:00:00 +0000', 'gisteren rond het middaguur']) {
      const m = await parseMessage(
        { origin: { kind: 'eml', path: 'x.eml', receivedAt }, raw: Buffer.from(raw.replace(/^Date: .*$/m, `Date: ${d}`)) },
        OPTS,
      );
      expect([d, m.dateSource, m.date.toISOString()]).toEqual([d, 'received', receivedAt.toISOString()]);
    }
  });
});

describe('bodies', () => {
  test('Outlook nl (quoted-printable, iso-8859-1)', async () => {
    const m = await parse('outlook-nl.eml');
    expect(m.newText).toBe('Goedemorgen,\n\nHet formulier doet het nog steeds niet. Wanneer kunnen jullie ernaar kijken?');
    expect(m.signature.startsWith('Met vriendelijke groeten,')).toBe(true);
    expect(m.quotedText.split('\n')[1]).toBe('Van: PrinsWeb <info@prinsweb.example>');
    expect(m.headers['x-mailer']).toBe('Microsoft Outlook 16.0');
  });

  test('Outlook en with -----Original Message----- (CRLF file)', async () => {
    const m = await parse('outlook-en-original.eml');
    expect(m.newText).toBe('Hi Joan,\n\nTuesday works for me. Please let me know the address.');
    expect(m.signature).toBe('Best regards,\nTom');
    expect(m.quotedText.startsWith('-----Original Message-----\nFrom: Joan Prins')).toBe(true);
    expect(m.language).toBe('en');
  });

  test('Apple Mail nl with "Verstuurd vanaf mijn iPhone" and a quoted attribution', async () => {
    const m = await parse('apple-mail-nl.eml');
    expect(m.newText).toBe('Prima, dan zie ik de oplevering op 20 maart tegemoet. Moeten wij nog iets aanleveren?');
    expect(m.signature).toBe('Verstuurd vanaf mijn iPhone');
    expect(m.quotedText).toContain('het volgende geschreven:');
    expect(m.text).not.toContain('\uFEFF');
  });

  test('wrapped headers: English "…\\nwrote:" and Dutch "… het\\nvolgende geschreven:"', async () => {
    const en = await parse('gmail-en-wrapped.eml');
    expect(en.newText).toBe('Hi Joan,\n\nThanks for the reminder. Could you send me the invoice for the renewal? And\nis the SSL certificate included this year?');
    expect(en.signature.startsWith('--\nSarah Miller')).toBe(true);
    const nl = await parse('gmail-nl-wrapped-het.eml');
    expect(nl.newText).toBe('Ik heb de verhuiscode aangevraagd bij de oude provider. Zodra ik hem heb\nstuur ik hem door.');
    expect(nl.quotedText).toContain('Heb je de verhuiscode van de domeinnaam al?');
  });

  test('inline answers (Thunderbird, format=flowed)', async () => {
    const m = await parse('inline-answers.eml');
    expect(m.newText).toBe('Hoi Joan,\n\nBlauw en wit, zoals in ons logo.\n\nNog niet, die schrijf ik volgende week.');
    expect(m.quotedText).toContain('> 3. Wie wordt de contactpersoon?');
    expect(m.signature).toBe('Groeten,\nJan');
  });

  test('"Op vrijdag schreef ik al…" in the body is not cut', async () => {
    const m = await parse('body-schreef.eml');
    expect(m.quotedText).toBe('');
    expect(m.newText).toContain('Op vrijdag schreef ik al dat de factuur niet klopt.');
    expect(m.newText).toContain('Kun je de factuur aanpassen?');
  });

  test('forwards: the comment is new, the forwarded mail quoted', async () => {
    const g = await parse('forwarded-gmail.eml');
    expect(g.newText).toBe('Bram, kun jij deze oppakken?');
    expect(g.quotedText).toContain('hoeveel opslag');
    const a = await parse('forwarded-apple.eml');
    expect(a.newText).toBe('Ter info.');
    expect(a.quotedText).toContain('Is deze factuur al betaald?');
  });

  test('HTML-only Gmail: gmail_quote becomes quoted, link targets dropped', async () => {
    const m = await parse('html-only-gmail.eml');
    expect(m.newText).toBe('Hoi Joan,\n\nHet inloggen lukt nu. Kun je ook een account maken voor mijn collega Bram?');
    expect(m.text).not.toContain('https://cms.klant.example');
    expect(m.signature).toBe('Groetjes,\nAnna');
    expect(m.quotedText).toContain('> Ik heb je wachtwoord opnieuw ingesteld. Lukt het inloggen nu?');
  });

  test('HTML-only Outlook: divRplyFwdMsg block after <hr> is quoted', async () => {
    const m = await parse('html-only-outlook.eml');
    expect(m.newText).toBe('Hi Joan,\n\nThe quote looks good. When can you start?');
    expect(m.quotedText).toMatch(/From: Joan Prins <joan@prinsweb\.example>\nSent: Wednesday/);
    expect(m.quotedText).toContain('Could you have a look?');
    expect(m.text).not.toMatch(/p\.MsoNormal/);
  });

  test('HTML-only Apple Mail: blockquote type=cite is quoted', async () => {
    const m = await parse('html-only-apple.eml');
    expect(m.newText).toBe('Ik stuur ze vanmiddag via WeTransfer.\n\nMarieke');
    expect(m.quotedText).toContain("> Heb je de foto's voor de homepage al?");
  });

  test('8-bit text without charset is read as windows-1252 (body and headers)', async () => {
    const m = await parse('windows-1252.eml');
    expect(m.text).not.toContain('\uFFFD');
    expect(m.newText).toContain('De crème brûlée kost nu € 7,50 – niet meer € 6,50.');
    expect(m.subject).toBe('Café menu');
    expect(m.from.name).toBe('Renée Dubois');
  });

  test('base64 body and an attachment recorded by name, type and size only', async () => {
    const m = await parse('base64-attachment.eml');
    expect(m.newText).toBe('Beste Joan,\n\nHierbij het getekende contract. Wanneer ontvang ik de eerste factuur?');
    expect(m.signature).toBe('Met vriendelijke groet,\nDaan Mulder – Mulder & Zn.');
    expect(m.attachments).toEqual([{ filename: 'contract getekend.pdf', contentType: 'application/pdf', size: 5174 }]);
  });
});

describe('automated', () => {
  test('newsletter with List-Unsubscribe', async () => {
    expect((await parse('newsletter.eml')).automated).toBe('list-unsubscribe');
  });
  test('bounce: auto-submitted, empty Return-Path, multipart/report', async () => {
    const m = await parse('bounce.eml');
    expect(m.automated).toBe('auto-submitted');
    expect(m.headers['return-path']).toBe('<>');
    expect(m.headers['auto-submitted']).toBe('auto-replied');
  });
});

test('empty input is a MessageError, not a crash', async () => {
  await expect(parseMessage({ origin: { kind: 'eml', path: 'x.eml' }, raw: Buffer.alloc(0) }, OPTS)).rejects.toBeInstanceOf(MessageError);
});
