import { describe, test, expect } from '@jest/globals';
import { splitReply } from '../../src/parse/split.js';

const lines = (...xs: string[]) => xs.join('\n');

describe('Lotus Notes blocks', () => {
  test('a "Forwarded by" line cuts, with the sender/date/To/cc/Subject block below it', () => {
    const s = splitReply(
      lines(
        'Any recommendations? Please let me know.',
        '',
        'Vince',
        '---------------------- Forwarded by Vince K/HOU/Northwind on 04/24/2001 05:09 PM ---------------------------',
        '',
        'Albert Wang <wang@rice.example> on 04/23/2001 12:37:55 PM',
        'To:\tVince.K@northwind.example',
        'cc:',
        'Subject:\tSpeakers for the fall',
        '',
        'Do you have any persons in mind?',
      ),
    );
    expect(s.newText).toBe('Any recommendations? Please let me know.\n\nVince');
    expect(s.quotedText).toContain('Do you have any persons in mind?');
  });

  test('Dutch "Doorgestuurd door … op 14-03-2001 09:05" with dashes on one side only', () => {
    const s = splitReply(lines('Kun jij dit oppakken?', '', '----- Doorgestuurd door Jan de Vries/NL/Noordwind op 14-03-2001 09:05 -----', 'Hoeveel kost het?'));
    expect(s.newText).toBe('Kun jij dit oppakken?');
    expect(s.quotedText).toContain('Hoeveel kost het?');
  });

  test('a reply block "Name" / "04/02/2001 11:45 AM" / To / cc / Subject without any separator', () => {
    const s = splitReply(
      lines(
        'Please include me in the follow-up meeting.',
        '',
        'Jeff',
        '',
        'Tanya Tamarchenko',
        '05/03/2001 09:40 AM',
        'To:\tFrank Hayden/Northwind@Northwind',
        'cc:',
        'Subject:\tRe: backtesting',
        '',
        'Did you check the prices?',
      ),
    );
    expect(s.newText).toBe('Please include me in the follow-up meeting.\n\nJeff');
    expect(s.quotedText.startsWith('Tanya Tamarchenko\n05/03/2001 09:40 AM')).toBe(true);
  });

  test('European dates and "Sent by:" between the date and To:', () => {
    const s = splitReply(lines('Regards', '', 'TV', '', 'Ben Parsons', '18/04/2001 08:22', 'Sent by: Ben P', 'To:\tTomas V/LON/Northwind@Northwind', 'cc:', '', 'Subject:\tData'));
    expect(s.newText).toBe('Regards\n\nTV');
  });

  test('an organisation line above "From:  Name  date" goes with the quote', () => {
    const s = splitReply(
      lines('Dinsdag past goed.', '', 'Karin', '', '', '\tNoordwind Logistiek B.V.', '', '\tVan:  Joan Prins                02-04-2001 11:45', '', 'Aan:\tKarin de Boer/NL/Noordwind@Noordwind', 'cc:', 'Onderwerp:\tPlanning'),
    );
    expect(s.newText).toBe('Dinsdag past goed.\n\nKarin');
    expect(s.quotedText.trim().startsWith('Noordwind Logistiek B.V.')).toBe(true);
  });

  test('a name and a date in the text, without the To/cc/Subject block, stay text', () => {
    const body = lines('The meeting is with', 'John Martin', '05/03/2001 09:40 AM', '', 'To: be confirmed.');
    expect(splitReply(body).newText).toBe(body);
  });
});

describe('Outlook/Exchange blocks', () => {
  test.each([
    ['-----Original Message-----', 'From: Jan <jan@klant.example>', 'Sent: Monday, March 2, 2026 4:40 PM', 'To: Joan', 'Subject: Offer'],
    ['----- Original Message -----', 'From: "Jan" <jan@klant.example>', 'To: <joan@prinsweb.example>', 'Sent: Monday, March 02, 2026 4:40 PM', 'Subject: Offer'],
    ['-----Oorspronkelijk bericht-----', 'Van: Jan <jan@klant.example>', 'Verzonden: maandag 2 maart 2026 16:40', 'Aan: Joan', 'Onderwerp: Offerte'],
    ['-----Ursprüngliche Nachricht-----', 'Von: Jan <jan@klant.example>', 'Gesendet: Montag, 2. März 2026 16:40', 'An: Joan', 'Betreff: Angebot'],
    ['From: Glover, Sheila', 'Sent:\tMonday, September 24, 2001 6:25 PM', 'To:\tBruce, Robert', 'Subject:\tHong Kong'],
  ])('%s', (...header) => {
    const s = splitReply(lines('Prima, akkoord.', '', ...header, '', 'Kun je het deze week doen?'));
    expect(s.newText).toBe('Prima, akkoord.');
    expect(s.quotedText).toContain('Kun je het deze week doen?');
  });

  test('a body line starting with "From:"/"Van:" in a sentence is not a header', () => {
    for (const body of [
      lines('From: the moment we signed, nothing happened.', 'To: be honest, I expected more.', '', 'Can you call me?'),
      lines('Van: maandag tot en met zaterdag zijn we open.', 'Aan: de overkant is een parkeerplaats.', '', 'Kunt u dat op de site zetten?'),
    ]) {
      const s = splitReply(body);
      expect(s.quotedText).toBe('');
      expect(s.newText).toBe(body);
    }
  });
});

describe('attribution lines without an address', () => {
  test.each([
    'On Mon, Mar 02, 2026 at 09:14:00AM +0100, Jan de Vries wrote:',
    'Jan wrote:',
    'Jan de Vries wrote:',
    'Op 02-03-2026 om 09:14 schreef Jan:',
    'Am 02.03.2026 um 09:14 schrieb Jan:',
    'On 2 Mar 2026, at 09:14, Jan de Vries wrote:',
    'Op 2 mrt. 2026 om 09:14 heeft Jan de Vries het volgende geschreven:',
    'Am 02.03.2026 um 09:14 schrieb Jan de Vries:',
    'At 6/16/2016 08:32 PM, you wrote:',
  ])('%s cuts, with and without > below', (header) => {
    const plain = splitReply(lines('Prima.', '', header, 'Kun je dat doen?', '', 'Joan'));
    expect(plain.newText).toBe('Prima.');
    expect(plain.quotedText.startsWith(header)).toBe(true);
    const quoted = splitReply(lines('Prima.', '', header, '> Kun je dat doen?'));
    expect(quoted.newText).toBe('Prima.');
  });

  test.each([
    'Vorige week schreef ik u al:',
    'As I wrote yesterday:',
    'Op vrijdag schreef ik u al:',
    'On Monday I wrote:',
    'Here is what Jan wrote:',
    'Zoals Jan schreef:',
    'My manager wrote:',
  ])('prose %j stays new text', (prose) => {
    const body = lines('Beste Joan,', '', prose, 'de levering is op dinsdag.', '', 'Klopt dat nog?');
    const s = splitReply(body);
    expect(s.newText).toBe(body);
    expect(s.quotedText).toBe('');
  });
});
