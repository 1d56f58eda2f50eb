/**
 * The parse stage on real-looking mail (fixtures/parse, one Dutch and one English file per behaviour): what is
 * cut from the new text (quote blocks, signatures, disclaimers), what is judged bulk, and what rightly stays.
 */
import { describe, test, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseMessage, type ParseOptions } from '../../src/parse/parse-message.js';

const FIX = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/parse');
const OPTS: ParseOptions = { me: ['joan@prinsweb.example', 'info@prinsweb.example'], internalDomains: ['prinsweb.example'], now: new Date('2026-04-01T00:00:00Z') };

function parse(file: string) {
  const p = path.join(FIX, file);
  return parseMessage({ origin: { kind: 'eml', path: p }, raw: readFileSync(p) }, OPTS);
}

describe('quote blocks', () => {
  test('Lotus Notes forward (en): the "Forwarded by" line and the sender/date/To/cc block are quoted', async () => {
    const m = await parse('lotus-forward-en.eml');
    expect(m.newText).toBe('Tom,\n\nCould you add a short description of each column before Friday?\n\nBob');
    expect(m.quotedText).toMatch(/^-+ Forwarded by Bob Lee\/NA\/Northwind on 03\/14\/2001 09:05 AM -+/);
    expect(m.quotedText).toContain('Can you send me the spreadsheet');
    expect(m.newText).not.toContain('promise');
  });

  test('Lotus Notes reply (nl) with an organisation line above "Van:  Name  date"', async () => {
    const m = await parse('lotus-reply-nl.eml');
    expect(m.newText).toBe('Joan,\n\nDinsdag om 10 uur past ons goed. Neem je de schetsen mee?\n\nKarin');
    expect(m.quotedText.trim().startsWith('Noordwind Logistiek B.V.')).toBe(true);
    expect(m.quotedText).toContain('Wanneer kunnen we de nieuwe pagina');
  });

  test('German Outlook "-----Ursprüngliche Nachricht-----" with Von/Gesendet/An/Betreff', async () => {
    const m = await parse('outlook-de-original.eml');
    expect(m.newText).toBe('Hallo Joan,\n\ndanke, das Angebot passt. Können wir nächste Woche starten?\n\nLena');
    expect(m.quotedText).toContain('Passt der Preis für euch?');
  });

  test('mutt attribution without an address (en); "As I wrote yesterday:" and "From: the moment…" stay', async () => {
    const m = await parse('attribution-mutt-en.eml');
    expect(m.newText).toBe(
      'As I wrote yesterday:\nthe staging server has to stay up until the launch.\nFrom: the moment we go live, you may switch it off.\n\nCan you confirm that?',
    );
    expect(m.quotedText.startsWith('On Mon, Mar 02, 2026 at 09:14:00AM +0100, Joan Prins wrote:')).toBe(true);
  });

  test('Thunderbird "Op … schreef Joan:" (nl) above unquoted text; "Vorige week schreef ik u al:" and "Van: maandag…" stay', async () => {
    const m = await parse('attribution-thunderbird-nl.eml');
    expect(m.newText).toBe(
      'Vorige week schreef ik u al:\nde winkel is op zondag dicht.\nVan: maandag tot en met zaterdag zijn we open, van 7 tot 18 uur.\n\nKunt u dat vandaag nog aanpassen?',
    );
    expect(m.quotedText).toContain('Ik pas het morgen aan.');
  });
});

describe('signatures and disclaimers', () => {
  test('unmarked signature (en): cut; the address that is the content and "Thank you." stay', async () => {
    const m = await parse('signature-unmarked-en.eml');
    expect(m.newText).toBe(
      'Hi Joan,\n\nCould you send the invoice to our new office? The address is:\nClient Ltd.\n1400 Harbour Street, Suite 300\nBristol BS1 4DJ\n\nThank you.',
    );
    expect(m.signature).toBe('Sarah Miller\nHead of Marketing\nClient Ltd.\nT +44 117 496 0123\nwww.client.example');
  });

  test('unmarked signature (nl): cut; the closing "Tot morgen" stays', async () => {
    const m = await parse('signature-unmarked-nl.eml');
    expect(m.newText.endsWith('of zal ik ze mailen?\n\nTot morgen')).toBe(true);
    expect(m.signature.startsWith('Kees Visser\nEigenaar\nVisser Hoveniers')).toBe(true);
  });

  test('disclaimer (en): in its own field; the question about confidentiality stays', async () => {
    const m = await parse('disclaimer-en.eml');
    expect(m.newText).toBe('Joan,\n\nThe draft privacy statement looks fine. Is the cookie banner confidential\nuntil launch, or may I show it to the partners?');
    expect(m.signature).toBe('Kind regards,\nTom Hughes');
    expect(m.disclaimer).toMatch(/^This e-mail and any attachments are confidential[\s\S]*strictly prohibited\.$/);
    expect(m.bulk).toBe(false);
  });

  test('disclaimer (nl): in its own field; "Bent u niet de juiste persoon…?" stays', async () => {
    const m = await parse('disclaimer-nl.eml');
    expect(m.newText).toBe('Beste Joan,\n\nHierbij de teksten voor de contactpagina. Bent u niet de juiste persoon\nvoor de teksten, laat het me dan weten wie wel?');
    expect(m.disclaimer).toMatch(/^-----\nDit bericht is uitsluitend bestemd voor de geadresseerde[\s\S]*niet\ntoegestaan\.$/);
    expect(m.bulk).toBe(false);
  });

  test('mail without a disclaimer has disclaimer ""', async () => {
    expect((await parse('gmail-nl.eml')).disclaimer).toBe('');
  });
});

describe('bulk by content', () => {
  test.each([
    ['bulk-no-reply-nl.eml', 'no-reply-notice'],
    ['bulk-no-reply-en.eml', 'no-reply-notice'],
    ['bulk-unsubscribe-nl.eml', 'unsubscribe'],
    ['bulk-unsubscribe-en.eml', 'unsubscribe'],
    ['bulk-undisclosed-nl.eml', 'undisclosed-recipients'],
    ['bulk-undisclosed-en.eml', 'undisclosed-recipients'],
    ['bulk-marketing-nl.eml', 'marketing-footer'],
    ['bulk-marketing-en.eml', 'marketing-footer'],
    ['bulk-newsletter-nl.eml', 'newsletter'],
    ['bulk-newsletter-en.eml', 'newsletter'],
  ])('%s → %s (headers say nothing: automated stays false)', async (file, reason) => {
    const m = await parse(file);
    expect(m.bulk).toBe(reason);
    expect(m.automated).toBe(false);
  });

  test('a person asking how to unsubscribe a colleague (en) is not bulk', async () => {
    expect((await parse('unsubscribe-question-en.eml')).bulk).toBe(false);
  });

  test('a forwarded newsletter with a question of the forwarder (nl) is not bulk: the quoted footer is not read', async () => {
    const m = await parse('afmelden-vraag-nl.eml');
    expect(m.bulk).toBe(false);
    expect(m.quotedText).toContain('Afmelden: https://drukkerij.example/afmelden');
  });

  test('ordinary mail is not bulk; a List-Unsubscribe newsletter is still caught by the header-based `automated`', async () => {
    for (const f of ['gmail-nl.eml', 'outlook-nl.eml', 'outlook-en-original.eml', 'inline-answers.eml', 'apple-mail-nl.eml']) expect({ f, bulk: (await parse(f)).bulk }).toEqual({ f, bulk: false });
    const n = await parse('newsletter.eml');
    expect(n.automated).toBe('list-unsubscribe');
  });
});
