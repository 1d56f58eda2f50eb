/**
 * --redact and names of one or two letters (issue 9: "Bo", "Li" stayed in finding texts). They go as whole words;
 * inside a longer word ("Bob", "Lisa", "Bolleboos") they stay, as do the pseudonyms themselves.
 */
import { describe, expect, test } from '@jest/globals';
import { Redactor } from '../../src/stats/redact.js';

describe('--redact: short names', () => {
  const r = new Redactor('test-key');
  const bo = r.name('Bo', 'bo@klant.example');
  const li = r.name('Li');
  const piet = r.name('Piet Jansen', 'piet@klant.example');

  test('nl: "Bo stelde een vraag…", in any case, beside a longer name and an address', () => {
    expect(r.text('Bo stelde een vraag die al 3 uur wacht')).toBe(`${bo} stelde een vraag die al 3 uur wacht`);
    expect(r.text('Bo, LI en Piet Jansen (bo@klant.example)')).toBe(`${bo}, ${li} en ${piet} (contact-${bo.slice(8)}@redacted.invalid)`);
    expect(r.text('Bolleboos en Lieke bleven staan.')).toBe('Bolleboos en Lieke bleven staan.');
  });

  test('en: "Li asked a question…"; "Bob" and "Lisa" are other people', () => {
    expect(r.text('Li asked a question; Bob and Lisa did not.')).toBe(`${li} asked a question; Bob and Lisa did not.`);
    expect(r.text("Bo's reply to Li.")).toBe(`${bo}'s reply to ${li}.`);
  });

  test('no name of any length is left in the redacted texts', () => {
    const out = r.text('Bo, Li and Piet Jansen wrote to bo@klant.example and piet@klant.example');
    for (const n of ['Bo', 'Li', 'Piet', 'bo@', 'piet@']) expect(out.split(/[^\p{L}@]+/u)).not.toContain(n);
    expect(out).not.toMatch(/klant\.example/);
  });
});
