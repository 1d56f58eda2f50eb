import { describe, expect, test } from '@jest/globals';
import { buildThreads } from '../../src/thread/build-threads.js';
import { dedupe } from '../../src/parse/noise.js';
import { hasReplyPrefix, normalizeSubject } from '../../src/thread/subject.js';
import { makeMessage } from '../helpers/message.js';

const me = (a: string) => a.endsWith('@prinsweb.example');
const d = (s: string) => new Date(s);

describe('normalizeSubject', () => {
  test.each([
    ['Re: Offerte', 'offerte'],
    ['RE: Antw: [Klant] Offerte  website', 'offerte website'],
    ['Fwd: Doorst: WG: AW: offerte', 'offerte'],
    ['Re[2]: Offerte', 'offerte'],
    ['Offerte', 'offerte'],
  ])('%s → %s', (input, out) => expect(normalizeSubject(input)).toBe(out));

  test('reply prefixes', () => {
    expect(hasReplyPrefix('Antw: Offerte')).toBe(true);
    expect(hasReplyPrefix('Doorst: Offerte')).toBe(true);
    expect(hasReplyPrefix('Offerte: de nieuwe')).toBe(false);
    expect(hasReplyPrefix('Reactie op offerte')).toBe(false);
  });
});

describe('buildThreads', () => {
  test('References and In-Reply-To link messages, also through a missing root', () => {
    const a = makeMessage({ messageId: '<a@x>', references: ['<root@x>'], inReplyTo: '<root@x>', date: d('2026-11-02T10:00:00Z') });
    const b = makeMessage({ messageId: '<b@x>', references: ['<root@x>'], inReplyTo: '<root@x>', date: d('2026-11-02T11:00:00Z'), direction: 'out' });
    const c = makeMessage({ messageId: '<c@x>', subject: 'Iets anders', date: d('2026-11-02T12:00:00Z') });
    const threads = buildThreads([c, b, a], { me });
    expect(threads).toHaveLength(2);
    const t = threads.find((x) => x.messages.length === 2)!;
    expect(t.id).toBe('<root@x>');
    expect(t.messages.map((m) => m.messageId)).toEqual(['<a@x>', '<b@x>']);
  });

  test('the same Message-ID seen twice is one message', () => {
    const a = makeMessage({ messageId: '<dup@x>', text: 'kort' });
    const b = makeMessage({ messageId: '<dup@x>', text: 'langere tekst van hetzelfde bericht' });
    expect(dedupe([a, b])).toHaveLength(1);
    const threads = buildThreads([a, b]);
    expect(threads).toHaveLength(1);
    expect(threads[0]!.messages).toHaveLength(1);
  });

  test('a client that drops headers joins by subject and a shared correspondent', () => {
    const q = makeMessage({ messageId: '<q@x>', subject: 'Offerte webshop', date: d('2026-11-02T10:00:00Z') });
    const r = makeMessage({
      messageId: '<r@x>', subject: 'Antw: Offerte webshop', direction: 'out', date: d('2026-11-02T12:00:00Z'),
      from: { address: 'joan@prinsweb.example' }, to: [{ address: 'klant@klant.example' }],
    });
    const threads = buildThreads([q, r], { me });
    expect(threads).toHaveLength(1);
    expect(threads[0]!.messages.map((m) => m.messageId)).toEqual(['<q@x>', '<r@x>']);
  });

  test('same subject with another correspondent, or without a reply prefix, stays apart', () => {
    const q = makeMessage({ messageId: '<q@x>', subject: 'Offerte', date: d('2026-11-02T10:00:00Z') });
    const other = makeMessage({
      messageId: '<o@x>', subject: 'Re: Offerte', date: d('2026-11-03T10:00:00Z'), from: { address: 'ander@elders.example' },
      to: [{ address: 'joan@prinsweb.example' }],
    });
    const fresh = makeMessage({ messageId: '<f@x>', subject: 'Offerte', date: d('2026-11-04T10:00:00Z') });
    expect(buildThreads([q, other, fresh], { me })).toHaveLength(3);
  });

  test('subject matching does not reach back beyond the window', () => {
    const q = makeMessage({ messageId: '<q@x>', subject: 'Vraag', date: d('2026-01-02T10:00:00Z') });
    const r = makeMessage({ messageId: '<r@x>', subject: 'Re: Vraag', date: d('2026-11-02T10:00:00Z') });
    expect(buildThreads([q, r], { me, subjectWindowDays: 60 })).toHaveLength(2);
  });
});
