import { describe, test, expect } from '@jest/globals';
import { withoutMailAds } from '../../src/parse/mail-ads.js';
import { splitReply } from '../../src/parse/split.js';

describe('free-mail ads at the end of the author\'s text', () => {
  test.each([
    [
      'Yahoo!, with the ad line below the cue',
      'Hope you had a good time in Seattle.\n-Chris\n\nDo You Yahoo!?\nMake international calls for as low as $.04/minute with Yahoo! Messengerhttp://phonecard.yahoo.com/',
      'Hope you had a good time in Seattle.\n-Chris',
    ],
    ['MSN Hotmail, one line', 'how was the weekend?\ne\n\nJoin the world\'s largest e-mail service with MSN Hotmail. Click Here', 'how was the weekend?\ne'],
    [
      'a rule above the ad and its link below',
      'See you!\nTom\n\n__________________________________________________\nDo You Yahoo!?\nGet personalized email addresses from Yahoo! Mail\nhttp://personal.mail.yahoo.com/',
      'See you!\nTom',
    ],
    ['Dutch MSN', 'Tot morgen!\nSanne\n\n_________________________________________________________________\nChat met je vrienden online via MSN Messenger: http://messenger.msn.nl', 'Tot morgen!\nSanne'],
    ['Dutch Hotmail', 'Kun je me even bellen?\nGroet, Wim\n\nGratis e-mail van Hotmail: http://www.hotmail.com', 'Kun je me even bellen?\nGroet, Wim'],
    ['an ad that asks, offering the service free with its link', 'Tot zaterdag!\nSanne\n\nWil je ook gratis e-mail? Ga naar http://www.hotmail.nl', 'Tot zaterdag!\nSanne'],
  ])('%s is cut', (_, text, left) => {
    expect(withoutMailAds(text).trim()).toBe(left);
  });

  test.each([
    ['a question about the service', 'Can you download MSN Messenger so we can chat tonight?'],
    ['the author\'s own sentence naming the service', 'I will get the tickets on Yahoo! tomorrow.\nTom'],
    ['een vraag over de dienst', 'Hoi Joan,\nKun jij MSN Messenger downloaden? Dan chatten we vanavond.\nWim'],
    ['een eigen zin met de naam van de dienst', 'Ik heb het adres via Hotmail gestuurd.\nGroet, Wim'],
    ['a question naming the service, without its free offer', 'Heb je mijn mail op je Hotmail-adres gezien?'],
    ['an ad-like line with the author\'s text below it', 'Get your free e-mail at Hotmail, they said.\nBut I never did. Can you send it to my work address?\nTom'],
  ])('%s stays', (_, text) => {
    expect(withoutMailAds(text)).toBe(text);
  });

  test('the split puts the ad with the legal footer, so "Do You Yahoo!?" is no question of the author', () => {
    const s = splitReply('Let me know what you think about the fares.\n-Chris\n\nDo You Yahoo!?\nMake international calls with Yahoo! Messenger http://phonecard.yahoo.com/');
    expect(s.newText).not.toMatch(/Yahoo/);
    expect(s.disclaimer).toMatch(/^Do You Yahoo!\?/);
  });
});
