/**
 * Replies per team member in a shared mailbox (fixtures/report/shared-mailbox, info@ signed by the colleague who
 * wrote): the sign-off name counts, not only the member's own address; out-of-office replies, mail among
 * colleagues and a thread we opened ourselves are no replies. And the promise outcomes of a call or visit.
 */
import { describe, expect, test } from '@jest/globals';
import { run } from './run-report.js';

const MAILBOX = 'fixtures/report/shared-mailbox';
const CONFIG = 'fixtures/report/shared.config.json';
const NOW = '2026-11-16T08:00:00+01:00';

async function team() {
  const r = await run(['report', MAILBOX, '-c', CONFIG, '--period', 'last-week', '--now', NOW, '-f', 'json', '--fail-on', 'never']);
  const json = JSON.parse(r.stdout);
  return Object.fromEntries(json.stats.team.map((m: { name: string }) => [m.name, m])) as Record<string, { repliesSent: number; firstResponses: number }>;
}

describe('replies per team member', () => {
  test('a Dutch reply from info@ signed "Groet, Mila" is Mila\'s; an English one signed "Kind regards,\\nDaan" is Daan Hofman\'s', async () => {
    const t = await team();
    expect(t['Mila']).toMatchObject({ repliesSent: 1, firstResponses: 1 });
    expect(t['Daan Hofman']).toMatchObject({ repliesSent: 1, firstResponses: 1 });
  });

  test('no reply: an out-of-office signed "Tom", Tom\'s mail to a colleague, Tom opening a thread; an unsigned info@ reply is nobody\'s', async () => {
    const t = await team();
    expect(t['Tom']).toMatchObject({ repliesSent: 0, firstResponses: 0 });
    // the unsigned "Uw pakket is gisteren bezorgd" (nl) is counted for no member
    expect(Object.values(t).reduce((n, m) => n + m.repliesSent, 0)).toBe(2);
  });
});

describe('promise outcomes', () => {
  test('a visit promised for the morning and shown done by the customer\'s later mail ("Hij doet het weer", nl; "Thanks for coming round, it works again", en) is kept, not kept late', async () => {
    const r = await run(['report', 'fixtures/report/visit-mailbox', '-c', 'fixtures/report/visit.config.json', '--period', 'last-week', '--now', '2026-11-09T08:00:00+01:00', '-f', 'json', '--fail-on', 'never']);
    expect(JSON.parse(r.stdout).stats.promises).toMatchObject({ made: 2, kept: 2, keptLate: 0, broken: 0 });
  });
});
