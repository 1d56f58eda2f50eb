/**
 * The labelled thread mailboxes (eval/labelled) are well formed: every label points at a message of its own half,
 * quoted texts are in the messages, the committed files are what the builder makes of threads.json, and the eval
 * runs end to end on one small half. (Quality is measured by `npm run eval`, not asserted here.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { buildHalf, labelsOf, splitThreads } from '../../scripts/labelled/build.js';
import type { Labels, MailboxInfo, SourceHalf } from '../../scripts/labelled/types.js';
import { evalHalf, LABELLED, mailboxes, RULES } from '../../scripts/eval-labelled.js';

const HALVES = ['tune', 'test'] as const;
const boxes = mailboxes();
const read = <T>(p: string): T => JSON.parse(readFileSync(p, 'utf8')) as T;
const halvesOf = (mb: string) => HALVES.filter((h) => existsSync(join(LABELLED, mb, h, 'threads.json')));

describe('labelled thread mailboxes', () => {
  test('there are at least four mailboxes, 130 threads and 380 messages, each half with threads', () => {
    expect(boxes.length).toBeGreaterThanOrEqual(4);
    let threads = 0;
    let messages = 0;
    for (const mb of boxes) {
      // every mailbox has its test half; the tune half may land after it (the test half is frozen first)
      expect(existsSync(join(LABELLED, mb, 'test', 'labels.json'))).toBe(true);
      for (const h of halvesOf(mb)) {
        const labels = read<Labels>(join(LABELLED, mb, h, 'labels.json'));
        expect(labels.threads.length).toBeGreaterThan(0);
        threads += labels.threads.length;
        messages += labels.messages.length;
      }
    }
    expect(threads).toBeGreaterThanOrEqual(130);
    expect(messages).toBeGreaterThanOrEqual(380);
  });

  describe.each(boxes.flatMap((mb) => halvesOf(mb).map((h) => [mb, h] as const)))('%s/%s', (mb, h) => {
    const dir = join(LABELLED, mb, h);
    const labels = read<Labels>(join(dir, 'labels.json'));
    const texts = new Map<string, string>();

    beforeAll(async () => {
      const cur = join(dir, 'Maildir', 'cur');
      for (const f of readdirSync(cur)) {
        const parsed = await simpleParser(readFileSync(join(cur, f)));
        texts.set(parsed.messageId!, parsed.text ?? '');
      }
    });

    test('every label points at a message of this half', () => {
      const ids = new Set(texts.keys());
      expect(new Set(labels.messages.map((m) => m.messageId))).toEqual(ids);
      const pointers = [
        ...labels.threads.flatMap((t) => [t.root, t.awaitingSince, ...t.messages]),
        ...labels.questions.flatMap((q) => [q.messageId, q.answeredBy]),
        ...labels.promises.flatMap((p) => [p.messageId, p.keptBy]),
      ].filter((x): x is string => x !== null);
      for (const id of pointers) expect(ids.has(id) ? id : `missing ${id}`).toBe(id);
    });

    test('quoted question and promise texts are in their message, and the labels are consistent', () => {
      const norm = (s: string) => s.replace(/\s+/g, ' ');
      for (const x of [...labels.questions, ...labels.promises]) expect(norm(texts.get(x.messageId)!)).toContain(norm(x.text));
      const byId = new Map(labels.messages.map((m) => [m.messageId, m]));
      for (const q of labels.questions) expect(byId.get(q.messageId)!.direction).toBe('in');
      for (const p of labels.promises) expect(byId.get(p.messageId)!.direction).not.toBe('in');
      for (const m of labels.messages) {
        if (m.direction === 'in') expect(typeof m.needsReply).toBe('boolean');
        if (m.direction === 'in' && !m.needsReply) expect(m.reason).toBeTruthy();
        if (m.direction !== 'in' && !m.automated) expect(m.member).toBeTruthy();
      }
      for (const t of labels.threads) expect(t.waitedOver8BusinessHours).toBe(t.awaitingBusinessHours !== null && t.awaitingBusinessHours > 8);
    });

    test('the committed Maildir and labels are what the builder makes of threads.json, in the seeded half', () => {
      const info = read<MailboxInfo>(join(LABELLED, mb, 'mailbox.json'));
      const src = read<SourceHalf>(join(dir, 'threads.json'));
      // the seeded split is over both halves' thread ids: checked once both are there
      if (halvesOf(mb).length === HALVES.length) {
        const all = HALVES.flatMap((x) => read<SourceHalf>(join(LABELLED, mb, x, 'threads.json')).threads.map((t) => t.id));
        const split = splitThreads(info.id, all);
        for (const t of src.threads) expect(split.get(t.id)).toBe(h);
      }
      const built = buildHalf(info, src);
      expect(labelsOf(info, src, built)).toEqual(labels);
      const files = new Set(readdirSync(join(dir, 'Maildir', 'cur')).map((f) => readFileSync(join(dir, 'Maildir', 'cur', f)).toString('base64')));
      for (const b of built) expect(files.has(b.raw.toString('base64'))).toBe(true);
      expect(files.size).toBe(built.length);
    });
  });

  test('the eval runs end to end on one small tune half and gives scores between 0 and 1', async () => {
    expect(existsSync(join(LABELLED, 'architect', 'tune', 'labels.json'))).toBe(true);
    const r = await evalHalf('architect', 'tune');
    for (const side of [r.replycheck, r.baseline]) {
      for (const rule of RULES) {
        for (const k of ['precision', 'recall', 'f1'] as const) {
          expect(side[rule].scores[k]).toBeGreaterThanOrEqual(0);
          expect(side[rule].scores[k]).toBeLessThanOrEqual(1);
        }
      }
    }
    expect(r.report.questions.asked).toBeGreaterThan(0);
    expect(r.labels.questions.asked).toBeGreaterThan(0);
  }, 60_000);
});
