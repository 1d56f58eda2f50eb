import type { Message } from '../../src/model.js';

let n = 0;
/** A Message for pure unit tests of later stages (threading, settings); rule tests use real .eml files. */
export function makeMessage(p: Partial<Message> & { from?: Message['from'] }): Message {
  n++;
  const text = p.text ?? p.newText ?? 'Hallo, dit is een bericht.';
  return {
    messageId: p.messageId ?? `<m${n}@test.example>`,
    references: [],
    subject: 'Offerte',
    from: { address: 'klant@klant.example', name: 'Klant' },
    to: [{ address: 'joan@prinsweb.example' }],
    cc: [],
    date: new Date('2026-11-02T10:00:00+01:00'),
    dateSource: 'header',
    direction: 'in',
    automated: false,
    internal: false,
    language: 'nl',
    text,
    newText: text,
    quotedText: '',
    signature: '',
    disclaimer: '',
    bulk: false,
    attachments: [],
    origin: { kind: 'eml', path: `m${n}.eml` },
    headers: {},
    ...p,
  };
}
