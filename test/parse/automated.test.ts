import { describe, test, expect } from '@jest/globals';
import { automatedReason } from '../../src/parse/automated.js';

const person = { address: 'jan@klant.example', name: 'Jan' };

describe('automatedReason', () => {
  test.each([
    [{ 'auto-submitted': 'auto-replied' }, 'auto-submitted'],
    [{ 'auto-submitted': 'auto-generated' }, 'auto-submitted'],
    [{ precedence: 'bulk' }, 'precedence-bulk'],
    [{ precedence: 'List' }, 'precedence-list'],
    [{ precedence: 'junk' }, 'precedence-junk'],
    [{ 'list-id': 'Klanten <klanten.lists.example>' }, 'list-id'],
    [{ 'list-unsubscribe': '<mailto:unsub@shop.example>' }, 'list-unsubscribe'],
    [{ 'x-autoreply': 'yes' }, 'x-autoreply'],
    [{ 'x-autorespond': 'Afwezigheidsbericht' }, 'x-autoreply'],
    [{ 'return-path': '<>' }, 'empty-return-path'],
  ])('%j → %s', (headers, reason) => {
    expect(automatedReason(headers as Record<string, string>, person)).toBe(reason);
  });

  test('a person writing normally is not automated', () => {
    expect(automatedReason({ 'auto-submitted': 'no', precedence: 'normal', 'return-path': '<jan@klant.example>' }, person)).toBe(false);
  });

  test.each(['noreply@shop.example', 'no-reply@shop.example', 'do-not-reply@bank.example', 'MAILER-DAEMON@mx.example'.toLowerCase(), 'postmaster@klant.example', 'notifications@github.example'])(
    'machine sender %s',
    (address) => {
      expect(automatedReason({}, { address })).toBe('machine-sender');
    },
  );

  test('names that only contain such words are people', () => {
    expect(automatedReason({}, { address: 'noreen@klant.example' })).toBe(false);
    expect(automatedReason({}, { address: 'postmaster-jan@klant.example'.replace('postmaster-', '') })).toBe(false);
  });

  test('delivery status reports', () => {
    expect(automatedReason({}, person, 'multipart/report; report-type=delivery-status')).toBe('delivery-report');
    expect(automatedReason({ 'content-type': 'multipart/report; report-type=disposition-notification' }, person)).toBe('delivery-report');
  });
});
