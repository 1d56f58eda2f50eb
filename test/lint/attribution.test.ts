/**
 * The reply header above a draft's quote: who wrote the original and when. A date is a real date or none ("+0100" is
 * an offset, "Jan" a person), and the person is named even without an address. Unit tests of the reader, then the
 * real lint path on fixtures/lint drafts written by mutt, neomutt and Thunderbird (nl + en).
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import rules from '../../rules/index.js';
import { validateConfig } from '../../src/config/validate.js';
import { parseHeaderDate, readAttributionLine, readFromField } from '../../src/lint/attribution.js';
import { lintBytes } from '../../src/lint/lint.js';
import { ROOT } from '../../src/meta.js';

const Z = 'Europe/Amsterdam';
const REF = new Date('2026-03-05T16:02:00+01:00');
const MON_0914 = '2026-03-02T08:14:00.000Z';

const when = (line: string, ref: Date = REF) => parseHeaderDate(readAttributionLine(line).dateText, Z, ref)?.toISOString();

describe('attribution lines: the person', () => {
  test.each([
    ['On Mon, Mar 02, 2026 at 09:14:00AM +0100, Jan de Vries wrote:', 'Jan de Vries'], // mutt's default
    ['Jan wrote:', 'Jan'], // mutt, short
    ['Op 02-03-2026 om 09:14 schreef Jan:', 'Jan'], // Dutch Thunderbird
    ['On 02/03/2026 09:14, Sarah Miller wrote:', 'Sarah Miller'], // English Thunderbird
    ['Op 2 mrt. 2026, om 09:14 heeft Jan de Vries het volgende geschreven:', 'Jan de Vries'], // Apple Mail nl
    ['Am 02.03.2026 um 09:14 schrieb Jan de Vries:', 'Jan de Vries'],
    ['Jan de Vries schreef op 2 maart 2026 09:14:', 'Jan de Vries'],
    ['* Sarah Miller <sarah@client.example> [2026-03-02 09:14]:', 'Sarah Miller'],
  ])('%s → %s', (line, name) => {
    expect(readAttributionLine(line).name).toBe(name);
  });

  test('the address is kept apart from the name', () => {
    expect(readAttributionLine('On Mon, Mar 2, 2026 at 9:14 AM Sarah Miller <sarah@client.example> wrote:')).toMatchObject({ name: 'Sarah Miller', address: 'sarah@client.example' });
    expect(readAttributionLine('Op ma 2 mrt 2026 om 09:14 schreef jan@klant.example:')).toEqual(expect.objectContaining({ address: 'jan@klant.example' }));
    expect(readAttributionLine('Op ma 2 mrt 2026 om 09:14 schreef jan@klant.example:').name).toBeUndefined();
  });

  test('Outlook From fields, with and without an address', () => {
    expect(readFromField('Jan de Vries')).toMatchObject({ name: 'Jan de Vries' });
    expect(readFromField('Sarah Miller [mailto:sarah@client.example]')).toMatchObject({ name: 'Sarah Miller', address: 'sarah@client.example' });
    expect(readFromField('sarah@client.example').name).toBeUndefined();
  });
});

describe('attribution lines: the date is real or ignored', () => {
  test.each([
    ['On Mon, Mar 02, 2026 at 09:14:00AM +0100, Jan de Vries wrote:', MON_0914], // "+0100" is the offset, not the year 100
    ['On Mon, Mar 02, 2026 at 03:14:00PM -0500, Sarah Miller wrote:', '2026-03-02T20:14:00.000Z'],
    ['Op 02-03-2026 om 09:14 schreef Jan:', MON_0914], // 2 March, not 2 January ("Jan" is the author)
    ['On 02/03/2026 09:14, Sarah Miller wrote:', MON_0914], // day first
    ['On 3/2/2026 9:14 AM, Sarah Miller wrote:', MON_0914], // en-US: month first, with AM/PM
    ['Am 02.03.2026 um 09:14 schrieb Jan:', MON_0914],
    ['Op 2 mrt. 2026, om 09:14 heeft Jan het volgende geschreven:', MON_0914],
    ['Le lun. 2 mars 2026 à 09:14, Jan <jan@klant.example> a écrit :', MON_0914],
    ['2026-03-02 09:14 GMT+01:00 Jan <jan@klant.example>:', MON_0914],
    ['Op 2 mrt, om 09:14 schreef May Jansen:', MON_0914], // no year: the last 2 March before the draft; "May" is a name
  ])('%s', (line, iso) => {
    expect(when(line)).toBe(iso);
  });

  test('only the reading that lies before the draft counts: 03/02/2026 before 5 February is 3 February', () => {
    expect(when('On 03/02/2026 09:14, Jan wrote:', new Date('2026-02-05T12:00:00Z'))).toBe('2026-02-03T08:14:00.000Z');
  });

  test.each([
    'On Thu, Jan 01, 0100 at 09:14:00AM +0100, Jan wrote:',
    'Op 31-12-9999 om 23:59 schreef Jan:',
    'On 1/1/1900 0:00, Jan wrote:',
    'On Mon, Mar 02, 2026 at 25:61:00PM +0100, Jan wrote:',
    'Am 00.00.0000 um 09:14 schrieb Jan:',
    'On Sat, Mar 07, 2026 at 09:14:00AM +0100, Jan wrote:', // more than a day after the draft
    'On Mon, Mar 02, 2015 at 09:14:00AM +0100, Jan wrote:', // eleven years before it
    'Jan wrote:',
    'On Monday, Sarah wrote:',
  ])('no date: %s', (line) => {
    expect(when(line)).toBeUndefined();
  });
});

describe('through lint: drafts of real clients, judged at their own Date', () => {
  const config = validateConfig({ me: ['*@prinsweb.example'], cacheDir: join(ROOT, 'no-cache-here') });
  const lint = (name: string, extra: { now?: Date; nowGiven?: boolean } = {}) => {
    const file = join(ROOT, 'fixtures', 'lint', name);
    return lintBytes(readFileSync(file), file, { config, rules, now: extra.now ?? new Date(), nowGiven: extra.nowGiven });
  };
  const summary = (fs: Array<{ ruleId: string; text: { en: string } }>) => fs.map((f) => `${f.ruleId}: ${f.text.en}`);

  test('en, neomutt: the wait is counted from the real date and the author is named', async () => {
    const r = await lint('draft-mutt-en.eml');
    expect(summary(r.findings)).toEqual([expect.stringMatching(/^late-reply-apology: Sarah Miller's message has waited 32\.3 business hours/)]);
  });

  test('nl, Thunderbird: 02-03-2026 is 2 March, so a reply the same morning is clean', async () => {
    const r = await lint('draft-thunderbird-nl.eml');
    expect(r.findings).toEqual([]);
    expect(r.now?.toISOString()).toBe('2026-03-02T10:40:00.000Z');
  });

  test('en, Thunderbird: the person without an address is named in the finding', async () => {
    const r = await lint('draft-thunderbird-en.eml');
    expect(summary(r.findings)).toContain('unanswered-question: Sarah Miller asked a question this draft does not answer');
  });

  test('nl, "Jan wrote:" in a plain-text draft: Jan is named, never "?"', async () => {
    const r = await lint('draft-mutt-short-nl.txt');
    expect(r.findings.map((f) => f.text.nl)).toEqual(['Jan stelde een vraag waar dit concept niet op ingaat']);
  });

  test('a stored draft is judged at its Date; --now overrides it', async () => {
    expect((await lint('draft-clean.eml')).findings).toEqual([]);
    const later = await lint('draft-clean.eml', { now: new Date('2026-03-05T16:00:00+01:00'), nowGiven: true });
    expect(summary(later.findings)).toEqual([expect.stringMatching(/^late-reply-apology: Jan de Vries's message has waited/)]);
  });
});
