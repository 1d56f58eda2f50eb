/**
 * The lint path reads drafts with mime-lite instead of mailparser (start-up time). It must read the same text:
 * compared with mailparser on every real message in fixtures/parse/ (a delivery report is no draft: skipped).
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../src/meta.js';
import { readMime } from '../../src/parse/mime.js';
import { readMimeLite, unflow } from '../../src/lint/mime-lite.js';
import { parseAddressList } from '../../src/lint/draft-message.js';
import { parseHeaderDate } from '../../src/lint/original.js';

const DIR = join(ROOT, 'fixtures', 'parse');
const norm = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('mime-lite reads what mailparser reads', () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.eml') && f !== 'bounce.eml')) {
    test(file, async () => {
      const raw = readFileSync(join(DIR, file));
      const lite = readMimeLite(raw);
      const full = await readMime(raw);
      expect(norm(lite.text)).toBe(norm(full.text));
      expect(norm(lite.html)).toBe(norm(full.html));
      expect(lite.headers.subject).toBe(full.headers.get('subject'));
      expect(lite.attachments.map((a) => a.filename)).toEqual(full.attachments.map((a) => a.filename));
    });
  }
});

describe('draft details', () => {
  test('format=flowed joins soft breaks per quote depth and keeps the signature mark', () => {
    expect(unflow('Dit is een lange \nzin.\n-- \nJoan\n> quoted \n> more', false)).toBe('Dit is een lange zin.\n-- \nJoan\n> quoted more');
  });

  test('address lists: quoted names with commas, bare addresses, comments', () => {
    expect(parseAddressList('"Vries, Jan de" <Jan@Klant.example>, kees@x.example (Kees), Piet <piet@x.example>')).toEqual([
      { address: 'jan@klant.example', name: 'Vries, Jan de' },
      { address: 'kees@x.example', name: 'Kees' },
      { address: 'piet@x.example', name: 'Piet' },
    ]);
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
