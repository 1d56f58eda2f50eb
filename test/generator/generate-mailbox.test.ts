import { describe, test, expect, beforeAll, afterAll } from '@jest/globals';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { generateMailbox, writeMaildir, writeMbox, DEFAULT_NOW } from '../../scripts/generate-mailbox.js';
import type { GeneratedMessage } from '../../scripts/generate-mailbox.js';

const all = (opts: Parameters<typeof generateMailbox>[0]) => [...generateMailbox(opts)];
const head = (m: GeneratedMessage) => {
  const s = m.raw.toString('latin1');
  return s.slice(0, s.search(/\r?\n\r?\n/));
};
/** Unfolded value of one header, or undefined. */
function header(m: GeneratedMessage, name: string): string | undefined {
  const unfolded = head(m).replace(/\r?\n[ \t]+/g, ' ');
  const re = new RegExp(`^${name}: (.*)$`, 'im');
  return re.exec(unfolded)?.[1];
}

let sample: GeneratedMessage[];
beforeAll(() => {
  sample = all({ count: 3000, seed: 42 });
});

describe('generateMailbox', () => {
  test('yields exactly `count` messages', () => {
    for (const count of [0, 1, 2, 17, 250]) expect(all({ count, seed: 3 })).toHaveLength(count);
    expect(sample).toHaveLength(3000);
  });

  test('is deterministic for a seed and differs between seeds', () => {
    const a = all({ count: 400, seed: 7 });
    const b = all({ count: 400, seed: 7 });
    expect(b.map((m) => m.messageId)).toEqual(a.map((m) => m.messageId));
    expect(Buffer.concat(b.map((m) => m.raw)).equals(Buffer.concat(a.map((m) => m.raw)))).toBe(true);
    const c = all({ count: 400, seed: 8 });
    expect(c.map((m) => m.messageId)).not.toEqual(a.map((m) => m.messageId));
  });

  test('Message-IDs are unique and match the header', () => {
    expect(new Set(sample.map((m) => m.messageId)).size).toBe(sample.length);
    for (const m of sample) expect(header(m, 'Message-ID')).toBe(m.messageId);
  });

  test('threads are consistent: every In-Reply-To and Reference is an earlier generated message', () => {
    const dates = new Map(sample.map((m) => [m.messageId, m.date.getTime()]));
    let replies = 0;
    let withRefs = 0;
    for (const m of sample) {
      const irt = header(m, 'In-Reply-To');
      if (irt) {
        replies++;
        expect(dates.has(irt)).toBe(true);
        expect(dates.get(irt)!).toBeLessThanOrEqual(m.date.getTime());
      }
      const refs = header(m, 'References')?.split(/\s+/).filter(Boolean) ?? [];
      if (refs.length) withRefs++;
      for (const r of refs) expect(dates.has(r)).toBe(true);
      if (irt && refs.length) expect(refs[refs.length - 1]).toBe(irt);
    }
    expect(replies).toBeGreaterThan(sample.length * 0.3);
    expect(withRefs).toBeGreaterThan(sample.length * 0.3);
  });

  test('some clients drop In-Reply-To/References and reply with "Antw:" or "RE:"', () => {
    const orphanReplies = sample.filter((m) => /^(Antw|RE): /.test(header(m, 'Subject') ?? '') && !header(m, 'In-Reply-To'));
    expect(orphanReplies.length).toBeGreaterThan(5);
  });

  test('dates fall inside the span, up to now, with Amsterdam offsets', () => {
    const now = DEFAULT_NOW.getTime();
    for (const m of sample) {
      expect(m.date.getTime()).toBeLessThanOrEqual(now);
      expect(m.date.getTime()).toBeGreaterThan(now - 91 * 86_400_000);
      expect(header(m, 'Date')).toMatch(/^\w{3}, \d{1,2} \w{3} \d{4} \d\d:\d\d:\d\d \+0[12]00$/);
    }
    // Summer and winter time both occur in a 90-day span ending mid-November.
    const offsets = new Set(sample.map((m) => header(m, 'Date')!.slice(-5)));
    expect(offsets).toEqual(new Set(['+0100', '+0200']));
  });

  test('respects me, now and spanDays', () => {
    const now = new Date('2025-03-10T12:00:00Z');
    const ms = all({ count: 300, seed: 5, me: ['anna@bakker.example'], now, spanDays: 10 });
    for (const m of ms) {
      expect(m.date.getTime()).toBeLessThanOrEqual(now.getTime());
      expect(m.date.getTime()).toBeGreaterThan(now.getTime() - 11 * 86_400_000);
      if (m.folder === 'Sent') expect(header(m, 'From')).toContain('anna@bakker.example');
    }
    expect(ms.some((m) => m.folder === 'Sent')).toBe(true);
  });

  test('has the intended mix: automated ~15%, Sent and INBOX, Dutch and English, encodings, HTML-only, attachments', () => {
    const automated = sample.filter((m) => /^(List-Unsubscribe|Auto-Submitted|Precedence: bulk)/im.test(head(m))).length;
    expect(automated / sample.length).toBeGreaterThan(0.1);
    expect(automated / sample.length).toBeLessThan(0.22);
    const sent = sample.filter((m) => m.folder === 'Sent').length;
    expect(sent / sample.length).toBeGreaterThan(0.25);
    expect(sent / sample.length).toBeLessThan(0.55);
    const raw = (m: GeneratedMessage) => m.raw.toString('latin1');
    expect(sample.some((m) => /Content-Type: text\/html/.test(head(m)))).toBe(true); // HTML-only
    expect(sample.some((m) => /Content-Transfer-Encoding: base64/.test(raw(m)) && !/attachment/.test(raw(m)))).toBe(true);
    expect(sample.some((m) => /Content-Transfer-Encoding: quoted-printable/.test(raw(m)))).toBe(true);
    expect(sample.some((m) => /Content-Transfer-Encoding: 8bit/.test(raw(m)))).toBe(true);
    expect(sample.filter((m) => /Content-Disposition: attachment/.test(raw(m))).length).toBeGreaterThan(20);
    expect(sample.some((m) => /multipart\/report/.test(head(m)))).toBe(true);
    expect(sample.some((m) => /^Op .* schreef .*:$/m.test(raw(m)))).toBe(true);
    expect(sample.some((m) => /^On .* wrote:$/m.test(raw(m)))).toBe(true);
    expect(sample.some((m) => /^Van: /m.test(raw(m)) && /^Verzonden: /m.test(raw(m)))).toBe(true);
  });

  test('sizes look like a real mailbox: median a few KB, a few ~50 KB mails', () => {
    const sizes = sample.map((m) => m.raw.length).sort((a, b) => a - b);
    const median = sizes[Math.floor(sizes.length / 2)]!;
    expect(median).toBeGreaterThan(2500);
    expect(median).toBeLessThan(6500);
    const big = sizes.filter((s) => s > 40_000).length;
    expect(big).toBeGreaterThan(3);
    expect(big).toBeLessThan(sizes.length * 0.06);
  });

  test('a sample parses with mailparser into what the headers say', async () => {
    const picks = sample.filter((_, i) => i % 15 === 0);
    let html = 0;
    let attachments = 0;
    for (const m of picks) {
      const p = await simpleParser(m.raw);
      expect(p.messageId).toBe(m.messageId);
      expect(p.date?.getTime()).toBe(Math.floor(m.date.getTime() / 1000) * 1000);
      expect(p.subject?.length).toBeGreaterThan(0);
      expect(p.from?.value[0]?.address).toMatch(/@/);
      const body = p.text ?? '';
      expect(body.length + (typeof p.html === 'string' ? p.html.length : 0)).toBeGreaterThan(20);
      expect(body).not.toContain('\uFFFD');
      if (p.html && !/text\/plain/.test(m.raw.toString('latin1'))) html++;
      attachments += p.attachments.length;
    }
    expect(picks.length).toBeGreaterThan(150);
    expect(html + attachments).toBeGreaterThan(0);
  });

  test('decoded text is real Dutch and English with questions, promises and apologies', async () => {
    const texts = await Promise.all(sample.slice(0, 600).map(async (m) => (await simpleParser(m.raw)).text ?? ''));
    const joined = texts.join('\n');
    expect(joined).toMatch(/\?/);
    expect(joined).toMatch(/Ik (stuur|kom|laat|bel|kijk)/);
    expect(joined).toMatch(/I'll /);
    expect(joined).toMatch(/Excuses|Sorry|Apologies/);
    expect(joined).toMatch(/één|€/);
  });
});

describe('writers', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'replycheck-gen-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('writeMaildir writes Maildir++ with a .Sent folder and the exact count', async () => {
    const md = path.join(dir, 'Maildir');
    const n = await writeMaildir(md, { count: 500, seed: 11 });
    expect(n).toBe(500);
    const count = (d: string) => readdirSync(d).length;
    const inbox = count(path.join(md, 'cur')) + count(path.join(md, 'new'));
    const sent = count(path.join(md, '.Sent', 'cur')) + count(path.join(md, '.Sent', 'new'));
    expect(inbox + sent).toBe(500);
    expect(sent).toBe(all({ count: 500, seed: 11 }).filter((m) => m.folder === 'Sent').length);
    expect(readdirSync(path.join(md, 'cur')).every((f) => /^\d+\.G\d+\.replycheck-gen:2,S$/.test(f))).toBe(true);
    expect(readdirSync(path.join(md, 'new')).every((f) => !f.includes(':2,'))).toBe(true);
    expect(readdirSync(path.join(md, '.Sent'))).toContain('maildirfolder');
    // Every file is one whole message, byte for byte what the generator yielded.
    const byId = new Map(all({ count: 500, seed: 11 }).map((m) => [m.messageId, m.raw]));
    for (const f of readdirSync(path.join(md, 'cur')).slice(0, 50)) {
      const raw = readFileSync(path.join(md, 'cur', f));
      const id = /^Message-ID: (.*)$/m.exec(raw.toString('latin1'))![1]!;
      expect(raw.equals(byId.get(id)!)).toBe(true);
    }
  });

  test('writeMbox writes mboxrd: one "From " line per message, body "From " lines escaped', async () => {
    const file = path.join(dir, 'x.mbox');
    const n = await writeMbox(file, { count: 1500, seed: 2 });
    expect(n).toBe(1500);
    const text = readFileSync(file, 'latin1');
    const separators = text.match(/^From \S+ \w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}$/gm) ?? [];
    expect(separators).toHaveLength(1500);
    // Unescaped "From " never starts a body line; the escaped form does occur.
    expect((text.match(/^From /gm) ?? []).length).toBe(1500);
    expect(text).toMatch(/^>From what I can see/m);
    // Splitting at the separators and unescaping gives back the generated messages.
    const parts = text.split(/^From \S+ \w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}\n/m).slice(1);
    const gen = all({ count: 1500, seed: 2 });
    parts.forEach((p, i) => {
      const raw = p.replace(/\n$/, '').replace(/^>(>*From )/gm, '$1');
      expect(raw).toBe(gen[i]!.raw.toString('latin1'));
    });
  });
});
