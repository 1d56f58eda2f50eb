import { describe, test, expect, beforeAll, afterAll } from '@jest/globals';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import type { ParsedMail } from 'mailparser';
import { buildDemo } from '../../scripts/build-demo.js';

const DEMO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/demo');
const MAILDIR = path.join(DEMO, 'Maildir');

interface Stored {
  file: string;
  raw: Buffer;
  mail: ParsedMail;
}

function listTree(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listTree(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

let stored: Stored[];
beforeAll(async () => {
  stored = [];
  for (const sub of ['cur', 'new']) {
    for (const f of readdirSync(path.join(MAILDIR, sub))) {
      const raw = readFileSync(path.join(MAILDIR, sub, f));
      stored.push({ file: `${sub}/${f}`, raw, mail: await simpleParser(raw) });
    }
  }
});

const config = () => ({
  ...(JSON.parse(readFileSync(path.join(DEMO, 'replycheck.config.json'), 'utf8')) as { me: string[]; internalDomains: string[] }),
  now: (JSON.parse(readFileSync(path.join(DEMO, 'clock.json'), 'utf8')) as { now: string }).now,
});
const expected = () =>
  JSON.parse(readFileSync(path.join(DEMO, 'expected.json'), 'utf8')) as {
    now: string;
    threads: Array<{ id: string; messageIds: string[]; expect: Array<{ ruleId: string; messageId: string; status?: string; evidence?: string; optional?: boolean }> }>;
  };

describe('the committed demo mailbox', () => {
  let out: string;
  beforeAll(() => {
    out = mkdtempSync(path.join(tmpdir(), 'replycheck-demo-'));
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  test('is exactly what scripts/build-demo.ts produces (not edited by hand, not stale)', async () => {
    const r = await buildDemo(out);
    const committed = listTree(DEMO).sort();
    expect(listTree(out).sort()).toEqual(committed);
    for (const f of committed) expect(readFileSync(path.join(out, f)).equals(readFileSync(path.join(DEMO, f)))).toBe(true);
    expect(r).toEqual({ files: stored.length, messages: new Set(stored.map((s) => s.mail.messageId)).size, threads: expected().threads.length });
  });

  test('has the Maildir layout and file names', () => {
    expect(readdirSync(path.join(MAILDIR, 'tmp'))).toEqual(['.gitkeep']);
    for (const s of stored) {
      if (s.file.startsWith('cur/')) expect(s.file).toMatch(/^cur\/\d{10}\.\d+\.demo:2,S$/);
      else expect(s.file).toMatch(/^new\/\d{10}\.\d+\.demo$/);
    }
    // Unread mail is incoming.
    const me = config().me;
    for (const s of stored.filter((x) => x.file.startsWith('new/'))) expect(me).not.toContain(s.mail.from?.value[0]?.address);
  });

  test('size: 25–35 threads, 60–100 messages, one message stored twice', () => {
    const ids = stored.map((s) => s.mail.messageId!);
    expect(new Set(ids).size).toBeGreaterThanOrEqual(60);
    expect(new Set(ids).size).toBeLessThanOrEqual(100);
    expect(ids.length - new Set(ids).size).toBe(1);
    expect(expected().threads.length).toBeGreaterThanOrEqual(25);
    expect(expected().threads.length).toBeLessThanOrEqual(35);
  });

  test('every message parses, with Message-ID, From, Date (+0100) and a body', () => {
    for (const s of stored) {
      expect(s.mail.messageId).toMatch(/^<.+@.+>$/);
      expect(s.mail.from?.value[0]?.address).toMatch(/@/);
      expect(s.raw.toString('latin1')).toMatch(/^Date: \w{3}, \d{1,2} \w{3} 2026 \d\d:\d\d:\d\d \+0100\r?$/m);
      expect((s.mail.text ?? '').length + (typeof s.mail.html === 'string' ? s.mail.html.length : 0)).toBeGreaterThan(10);
      expect(s.mail.text ?? '').not.toContain('\uFFFD');
    }
  });

  test('dates: within two weeks before now, except the two October deliveries for missing-aftercare', () => {
    const now = new Date(config().now).getTime();
    expect(config().now).toBe('2026-11-16T08:30:00+01:00');
    const old = stored.filter((s) => s.mail.date!.getTime() < now - 14 * 86_400_000).map((s) => s.mail.subject);
    expect(new Set(old.map((x) => x!.replace(/^Re: /, '')))).toEqual(new Set(['Jullie nieuwe website staat live', 'Je portfoliosite staat live']));
    for (const s of stored) expect(s.mail.date!.getTime()).toBeLessThan(now);
  });

  test('threads hang together: every In-Reply-To and Reference is a message in the mailbox', () => {
    const ids = new Set(stored.map((s) => s.mail.messageId));
    for (const s of stored) {
      if (s.mail.inReplyTo) expect(ids.has(s.mail.inReplyTo)).toBe(true);
      const refs = typeof s.mail.references === 'string' ? [s.mail.references] : (s.mail.references ?? []);
      for (const r of refs) expect(ids.has(r)).toBe(true);
    }
    // The webmail that drops the headers: replies threaded only by "Antw:" subject.
    const antw = stored.filter((s) => /^Antw: /.test(s.mail.subject ?? ''));
    expect(antw.length).toBe(2);
    for (const s of antw) expect(s.mail.inReplyTo).toBeUndefined();
  });

  test('contains every kind of mail the issue asks for', () => {
    const raw = stored.map((s) => s.raw.toString('utf8'));
    const has = (re: RegExp) => raw.filter((r) => re.test(r)).length;
    expect(has(/^List-Unsubscribe: /m)).toBeGreaterThanOrEqual(1);
    expect(has(/^Auto-Submitted: auto-replied/m) - has(/multipart\/report/)).toBeGreaterThanOrEqual(1);
    expect(has(/Content-Type: multipart\/report; .*report-type=delivery-status/)).toBe(1);
    expect(has(/^From: .*noreply@/m)).toBe(1);
    expect(has(/^Content-Type: text\/html/m)).toBeGreaterThanOrEqual(1); // HTML-only
    expect(has(/Content-Type: multipart\/alternative/)).toBeGreaterThanOrEqual(1);
    expect(has(/Content-Transfer-Encoding: quoted-printable/)).toBeGreaterThan(5);
    expect(has(/Content-Transfer-Encoding: base64\n\n/)).toBeGreaterThanOrEqual(2);
    expect(has(/\r\n/)).toBeGreaterThan(3); // Outlook mail with CRLF
    const pdf = stored.flatMap((s) => s.mail.attachments).filter((a) => a.contentType === 'application/pdf');
    expect(pdf).toHaveLength(1);
    expect(pdf[0]!.size).toBeGreaterThan(200);
    expect(pdf[0]!.size).toBeLessThan(1000);
    expect(pdf[0]!.content.toString('latin1')).toMatch(/^%PDF-1\.4[\s\S]*%%EOF\n$/);
  });

  test('has the reply headers of Gmail (one wrapped), Outlook, Apple Mail and English Gmail', () => {
    const texts = stored.map((s) => s.mail.text ?? '');
    const has = (re: RegExp) => texts.some((t) => re.test(t));
    expect(has(/^Op ma 9 nov\. 2026 om 10:12 schreef Piet Jansen <\npiet@jansenfietsen\.example>:$/m)).toBe(true);
    expect(has(/^Van: .+\nVerzonden: .+\nAan: .+\nOnderwerp: .+$/m)).toBe(true);
    expect(has(/^(> )?Op 10 nov\. 2026 om 14:03 heeft Joan Prins <joan@prinsweb\.example> het volgende geschreven:$/m)).toBe(true);
    expect(has(/^On Tue, Nov 10, 2026 at 9:15 AM Tom Becker <tom@brightlane\.example> wrote:$/m)).toBe(true);
  });

  test('expected.json names real messages and makes every thread rule fire', () => {
    const ids = new Set(stored.map((s) => s.mail.messageId));
    const exp = expected();
    const rules = new Set<string>();
    for (const t of exp.threads) {
      for (const id of t.messageIds) expect(ids.has(id)).toBe(true);
      for (const e of t.expect) {
        expect(ids.has(e.messageId)).toBe(true);
        if (!e.optional) rules.add(e.ruleId);
        if (e.evidence) {
          const m = stored.find((s) => s.mail.messageId === e.messageId)!;
          expect(m.mail.text).toContain(e.evidence);
        }
      }
    }
    expect([...rules].sort()).toEqual(
      ['awaiting-reply', 'broken-promise', 'late-without-apology', 'missing-aftercare', 'no-acknowledgement', 'slow-reply', 'unanswered-question'].sort(),
    );
    const statuses = exp.threads.flatMap((t) => t.expect).filter((e) => e.ruleId === 'broken-promise').map((e) => e.status);
    expect(statuses.sort()).toEqual(['broken', 'broken', 'due-soon', 'kept-late']);
  });

  test('the README lists every thread', () => {
    const readme = readFileSync(path.join(DEMO, 'README.md'), 'utf8');
    for (const t of expected().threads) expect(readme).toContain(`. ${t.id}: “`);
  });
});
