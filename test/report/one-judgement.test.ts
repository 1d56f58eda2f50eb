/**
 * Issue 8, one judgement: the report's figures count the facts the rules judge, judged as of the same moment.
 * For real .eml/Maildir fixtures (Dutch and English), a scan as of a period's cutoff gives the rules' facts; the
 * report computed from that scan's records must count exactly the promise statuses the rules see (broken-promise
 * reads `status`), and its reply times must be exactly the waits the rules measure (`responseWait`). A second
 * judgement in the report (its own status words, its own clock) would make these drift apart.
 */
import { describe, expect, test } from '@jest/globals';
import rules from '../../rules/index.js';
import { loadConfig } from '../../src/config/load.js';
import { scan } from '../../src/run.js';
import { recordsFromFacts } from '../../src/stats/records.js';
import { buildReport } from '../../src/stats/report-model.js';
import { resolvePeriod } from '../../src/stats/period.js';
import { quantile } from '../../src/stats/quantile.js';
import { addressMatcher } from '../../src/address.js';
import { BusinessTime, DEFAULT_BUSINESS_HOURS } from '../../src/text/business-time.js';
import { PROMISE_STATUSES, STATUS_FIGURE, promiseStatusAsOf, waitAsOf } from '../../src/analyze/facts-asof.js';

const CASES: Array<{ name: string; mail: string; config: string; now: string; period?: string; since?: string }> = [
  { name: 'report fixture (nl)', mail: 'fixtures/report/mailbox', config: 'fixtures/report/replycheck.config.json', now: '2026-11-16T08:00:00+01:00', period: 'last-week' },
  { name: 'calls and visits (nl, en)', mail: 'fixtures/report/visit-mailbox', config: 'fixtures/report/visit.config.json', now: '2026-11-09T08:00:00+01:00', period: 'last-week' },
  { name: 'shared mailbox (nl)', mail: 'fixtures/report/shared-mailbox', config: 'fixtures/report/shared.config.json', now: '2026-11-16T08:00:00+01:00', period: 'last-week' },
  { name: 'demo mailbox (nl, en), the last 7 days up to now', mail: 'fixtures/demo/Maildir', config: 'fixtures/demo/replycheck.config.json', now: '2026-11-16T08:30:00+01:00', since: '7d' },
  { name: 'demo mailbox (nl, en), last week', mail: 'fixtures/demo/Maildir', config: 'fixtures/demo/replycheck.config.json', now: '2026-11-16T08:30:00+01:00', period: 'last-week' },
];

describe('the report counts the rules\' facts as of its cutoff', () => {
  test.each(CASES)('$name', async (c) => {
    const config = await loadConfig({ configPath: c.config });
    const period = resolvePeriod({ period: c.period, since: c.since, now: new Date(c.now), timezone: config.businessHours.timezone });
    const since = new Date(period.previous.from.getTime() - 14 * 86_400_000);
    // as `report` does: the scan is judged as of the period's cutoff
    const result = await scan({ config, rules, paths: [c.mail], since, now: period.cutoff });
    const isMine = addressMatcher(config.me);
    const report = buildReport({ records: recordsFromFacts(result.facts), findings: result.findings, sources: result.sources, errors: result.errors, config, now: period.cutoff, period, failOn: 'never' }, isMine);

    const from = period.from.getTime();
    const end = Math.min(period.to.getTime(), period.cutoff.getTime() + 1);
    const inside = (d: Date) => d.getTime() >= from && d.getTime() < end;

    // promises: the statuses broken-promise judges, counted under the report's names for them
    const counted: Record<string, number> = { kept: 0, keptLate: 0, broken: 0, open: 0 };
    let made = 0;
    for (const f of result.facts)
      for (const p of f.commitments)
        if (inside(p.message.date)) {
          made++;
          counted[STATUS_FIGURE[p.status]]!++;
        }
    expect(report.current.promises).toEqual({ made, ...counted });

    // reply times: the waits the reply rules measure, for every incoming message that needed a reply
    const needing = result.facts.flatMap((f) => f.incoming).filter((i) => i.needsReply && inside(i.message.date));
    const replied = needing.filter((i) => i.firstResponse).map((i) => i.responseWait.businessHours).sort((a, b) => a - b);
    const open = needing.filter((i) => !i.firstResponse).map((i) => i.responseWait.businessHours);
    const t = report.current.everyReply;
    expect([t.needed, t.replied, t.unanswered]).toEqual([needing.length, replied.length, open.length]);
    expect([t.medianBusinessHours, t.p90BusinessHours]).toEqual([quantile(replied, 0.5), quantile(replied, 0.9)]);
    expect(t.oldestUnansweredBusinessHours).toEqual(open.length ? Math.round(Math.max(...open) * 100) / 100 : null);

    // questions: answered means the rules found the answering message
    const qs = needing.flatMap((i) => i.questions);
    expect(report.current.questions).toMatchObject({ asked: qs.length, answered: qs.filter((q) => q.answeredBy).length });
    expect(made + needing.length).toBeGreaterThan(0);
  });
});

describe('the judgement itself (src/analyze/facts-asof.ts)', () => {
  const due = new Date('2026-11-11T17:00:00Z');
  const at = (iso: string) => new Date(iso);

  test('one set of status names, each reachable', () => {
    const seen = new Set([
      promiseStatusAsOf({ due, followUp: at('2026-11-11T09:00:00Z') }, at('2026-11-16T08:00:00Z')),
      promiseStatusAsOf({ due, followUp: at('2026-11-12T09:00:00Z') }, at('2026-11-16T08:00:00Z')),
      promiseStatusAsOf({ due }, at('2026-11-16T08:00:00Z')),
      promiseStatusAsOf({ due }, at('2026-11-10T08:00:00Z')),
    ]);
    expect([...seen].sort()).toEqual([...PROMISE_STATUSES].sort());
    expect(Object.keys(STATUS_FIGURE).sort()).toEqual([...PROMISE_STATUSES].sort());
  });

  test('a follow-up that shows a call or visit happened keeps the promise, however late it came', () => {
    expect(promiseStatusAsOf({ due, followUp: at('2026-11-13T09:00:00Z'), shown: true }, at('2026-11-16T08:00:00Z'))).toBe('kept');
    expect(promiseStatusAsOf({ due, followUp: at('2026-11-13T09:00:00Z') }, at('2026-11-16T08:00:00Z'))).toBe('kept-late');
  });

  test('a wait runs to the reply, or to the moment when there is none', () => {
    const bt = new BusinessTime({ ...DEFAULT_BUSINESS_HOURS, holidays: false });
    const sent = at('2026-11-10T08:00:00Z'); // Tuesday 09:00 in Amsterdam
    expect(waitAsOf(bt, sent, at('2026-11-10T10:00:00Z'), at('2026-11-16T08:00:00Z')).businessHours).toBe(2);
    expect(waitAsOf(bt, sent, undefined, at('2026-11-10T12:00:00Z')).businessHours).toBe(4);
  });
});
