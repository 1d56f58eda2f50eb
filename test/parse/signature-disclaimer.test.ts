import { describe, test, expect } from '@jest/globals';
import { splitReply } from '../../src/parse/split.js';

const lines = (...xs: string[]) => xs.join('\n');

describe('unmarked signature blocks', () => {
  test('name / title / company / address / phone under the text, no "-- " and no sign-off', () => {
    const s = splitReply(
      lines('TEST', '', 'Mark Taylor', 'Vice President and General Counsel', 'Northwind Wholesale Services', '1400 Smith Street - EB3892', 'Houston, Texas 77008', '(713)853-7459', '(713)646-3490 (fax)'),
    );
    expect(s.newText).toBe('TEST');
    expect(s.signature.startsWith('Mark Taylor\nVice President')).toBe(true);
  });

  test('Dutch block after a closing line without comma; the closing line stays', () => {
    const s = splitReply(lines('Wil je ze ophalen?', '', 'Tot morgen', '', 'Kees Visser', 'Eigenaar', 'Visser Hoveniers', 'Kleine Houtstraat 12', '2011 DN Haarlem', '06-12345678'));
    expect(s.newText).toBe('Wil je ze ophalen?\n\nTot morgen');
    expect(s.signature).toBe('Kees Visser\nEigenaar\nVisser Hoveniers\nKleine Houtstraat 12\n2011 DN Haarlem\n06-12345678');
  });

  test('"Cordially," and a comma sign-off join the signature', () => {
    const s = splitReply(lines('Please put this note in the file.', '', 'Cordially,', 'Mary Cook', 'Northwind Corp.', '1400 Smith, 38th Floor, Legal', '(713) 345-7732'));
    expect(s.newText).toBe('Please put this note in the file.');
    expect(s.signature.startsWith('Cordially,\nMary Cook')).toBe(true);
    const t = splitReply(lines('Could you send suggestions?', '', 'Thanks a bunch,', 'Susan Scott', 'Trading Assistant', 'Phone: (713) 853-0000'));
    expect(t.newText).toBe('Could you send suggestions?');
    expect(t.signature.startsWith('Thanks a bunch,')).toBe(true);
  });

  test('a signature right under a sentence, without a blank line', () => {
    const s = splitReply(lines('I hope all goes well with your return flight plans.', 'Brent', 'Brent Hendry', 'Senior Counsel', 'Northwind America', '1400 Smith Street', 'Phone  713 853 7124'));
    expect(s.newText).toBe('I hope all goes well with your return flight plans.');
    expect(s.signature.startsWith('Brent\nBrent Hendry\nSenior Counsel')).toBe(true);
  });

  test('a sign-off above a rule line opens the signature', () => {
    const s = splitReply(lines('We are looking forward to your visit!', '', 'Sincerely,', 'Jim Garven', '_________________________________________', 'James R. Garven, Ph.D.', 'Professor of Finance'));
    expect(s.newText).toBe('We are looking forward to your visit!');
    expect(s.signature.startsWith('Sincerely,\nJim Garven\n____')).toBe(true);
  });

  test('an address that is the content stays text (after "The address is:" / "Het adres is:")', () => {
    for (const intro of ['Please send the invoice to our new office. The address is:', 'Stuur de factuur naar ons nieuwe kantoor. Het adres is:']) {
      const body = lines(intro, 'Client Ltd.', 'Keizersgracht 12', '1015 CS Amsterdam');
      expect(splitReply(body)).toMatchObject({ newText: body, signature: '' });
    }
  });

  test('a short last line of real content is not lost', () => {
    for (const body of [
      lines('Kun je me morgen bellen?', '', 'Jan'),
      lines('Bel me even op 06-12345678.', '', 'Jan de Vries'),
      lines('Can you call me?', '', 'OK', '', 'Mark Taylor'),
      lines('The meeting moved.', 'Room 124', 'Monday, December 3, 2001'),
    ]) {
      const s = splitReply(body);
      expect(s.newText).toBe(body);
      expect(s.signature).toBe('');
    }
  });

  test('a sentence running on into a name and a company is one sentence, not a signature', () => {
    const body = lines('Hi,', '', 'Please send the parcel to', 'Jan de Vries', 'Vries Holding B.V.', 'Keizersgracht 12', '1015 CS Amsterdam');
    expect(splitReply(body).signature).toBe('');
  });
});

describe('disclaimers', () => {
  test('English footer after the signature goes to disclaimer; the question stays', () => {
    const s = splitReply(
      lines(
        'Is the cookie banner confidential until launch?',
        '',
        'Kind regards,',
        'Tom Hughes',
        '',
        'This e-mail and any attachments are confidential and may be legally privileged. It is intended solely for',
        'the addressee. If you are not the intended recipient, please notify the sender and delete this e-mail.',
      ),
    );
    expect(s.newText).toBe('Is the cookie banner confidential until launch?');
    expect(s.signature).toBe('Kind regards,\nTom Hughes');
    expect(s.disclaimer).toMatch(/^This e-mail and any attachments are confidential[\s\S]*delete this e-mail\.$/);
  });

  test('Dutch footer with a rule above it, glued to the signature', () => {
    const s = splitReply(
      lines(
        'Hierbij de teksten.',
        '',
        'Met vriendelijke groet,',
        'Esther de Jong',
        '-----',
        'Dit bericht is uitsluitend bestemd voor de geadresseerde. Bent u niet de geadresseerde, dan verzoeken wij u',
        'dit bericht te verwijderen en de afzender te informeren.',
      ),
    );
    expect(s.newText).toBe('Hierbij de teksten.');
    expect(s.signature).toBe('Met vriendelijke groet,\nEsther de Jong');
    expect(s.disclaimer.startsWith('-----\nDit bericht is uitsluitend bestemd')).toBe(true);
  });

  test('a footer between the reply and the quoted original is cut too; the quoted footers stay in the quote', () => {
    const footer = 'CONFIDENTIALITY NOTICE: This message is intended only for the named recipient. If you are not the intended recipient, you must not copy or distribute it.';
    const s = splitReply(lines('Fine by me.', '', footer, '', '-----Original Message-----', 'From: Jan <jan@klant.example>', 'Sent: Monday', '', 'OK?', '', footer));
    expect(s.newText).toBe('Fine by me.');
    expect(s.disclaimer).toBe(footer);
    expect(s.quotedText).toContain(footer);
  });

  test('a mail about confidentiality, or a question that uses the words, stays text', () => {
    for (const body of [
      lines('Is this message confidential? If you are not the intended recipient of the draft, who is?'),
      lines('Bent u niet de juiste persoon voor de teksten, laat het me dan weten wie wel?'),
      lines('Het contract is vertrouwelijk.', '', 'Kun je het niet doorsturen?'),
      lines('Please keep the price confidential until Friday.'),
    ]) {
      expect(splitReply(body)).toMatchObject({ newText: body, disclaimer: '' });
    }
  });

  test('a footer of thousands of lines stays linear', () => {
    const big = Array.from({ length: 5000 }, () => 'This e-mail is confidential and intended solely for the addressee').join('\n');
    const t = performance.now();
    splitReply(big);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});
