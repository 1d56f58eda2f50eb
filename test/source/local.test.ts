import { describe, test, expect, beforeAll, afterAll } from '@jest/globals';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readLocal, isSourceProblem, maildirFlags, type SourceProblem } from '../../src/source/local.js';
import { readMbox, isEnvelopeLine } from '../../src/source/mbox.js';
import { SourceError } from '../../src/errors.js';
import type { RawMessage } from '../../src/model.js';

const FIX = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/parse');
const MBOX = path.join(FIX, 'sources/mboxo.mbox');

async function collect(p: string): Promise<Array<RawMessage | SourceProblem>> {
  const out: Array<RawMessage | SourceProblem> = [];
  for await (const m of readLocal(p)) out.push(m);
  return out;
}
const messages = (xs: Array<RawMessage | SourceProblem>) => xs.filter((x): x is RawMessage => !isSourceProblem(x));
const text = (m: RawMessage) => m.raw.toString('utf8');

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'replycheck-source-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('mbox', () => {
  test('splits only on envelope lines after a blank line, with byte offsets', async () => {
    const got = messages(await collect(MBOX));
    expect(got.map((m) => m.origin.offset)).toEqual([0, 476, 844]);
    expect(got.every((m) => m.origin.kind === 'mbox' && m.origin.path === MBOX)).toBe(true);
    // the body line "From the start…" did not start a message
    expect(text(got[0])).toContain('\nFrom the start we wanted a simple site;');
    // each message starts with its headers, not with the envelope line
    expect(text(got[0]).startsWith('Return-Path: <jan@klant.example>\n')).toBe(true);
    // the separating blank line is not part of the message
    expect(text(got[0]).endsWith('Groet,\nJan\n')).toBe(true);
    // the byte offset points at the envelope line in the file
    const file = readFileSync(MBOX);
    expect(file.subarray(476, 481).toString()).toBe('From ');
  });

  test('unescapes >From and >>From by one level (mboxrd)', async () => {
    const got = messages(await collect(MBOX));
    expect(text(got[0])).toContain('\nFrom what I heard, you are fast.');
    expect(text(got[1])).toContain('\n>From here on it is quoted twice');
  });

  test('CRLF mbox gives the same messages with CRLF kept', async () => {
    const crlf = path.join(tmp, 'crlf.mbox');
    writeFileSync(crlf, readFileSync(MBOX, 'utf8').replace(/\n/g, '\r\n'));
    const got = messages(await collect(crlf));
    expect(got).toHaveLength(3);
    expect(text(got[0])).toContain('\r\nFrom the start we wanted');
    expect(text(got[0])).toContain('\r\nFrom what I heard');
    expect(text(got[0]).endsWith('Jan\r\n')).toBe(true);
    const linesBefore = readFileSync(MBOX).subarray(0, 844).toString().split('\n').length - 1;
    expect(got[2].origin.offset).toBe(844 + linesBefore); // one extra byte per line before it
  });

  test('streams a large mbox across chunk boundaries', async () => {
    const one = readFileSync(path.join(FIX, 'gmail-nl.eml'), 'utf8');
    const parts: string[] = [];
    const n = 1500; // ~3.5 MB: several 1 MB read chunks
    for (let i = 0; i < n; i++) {
      parts.push(`From joan@prinsweb.example Tue Mar  4 09:41:02 2025\n${one.replace('<CAB7x1q=Yt3kQ9@mail.gmail.com>', `<big-${i}@x.example>`)}\n`);
    }
    const big = path.join(tmp, 'big.mbox');
    writeFileSync(big, parts.join(''));
    let count = 0;
    let lastOffset = -1;
    const expectedLast = parts.slice(0, -1).reduce((sum, p) => sum + Buffer.byteLength(p), 0);
    for await (const m of readMbox(big)) {
      expect(m.raw.toString().includes(`<big-${count}@x.example>`)).toBe(true);
      expect(m.offset).toBeGreaterThan(lastOffset);
      lastOffset = m.offset;
      count++;
    }
    expect(count).toBe(n);
    expect(lastOffset).toBe(expectedLast);
  });

  test('envelope line shapes', () => {
    expect(isEnvelopeLine('From MAILER-DAEMON Fri Jul  8 12:08:34 2011')).toBe(true);
    expect(isEnvelopeLine('From - Sat, 01 Jan 2000 00:00:00 +0000')).toBe(true);
    expect(isEnvelopeLine('From jan@x.example 1 Jan 2000 10:00')).toBe(true);
    expect(isEnvelopeLine('From my point of view at 10:30 it is fine')).toBe(false);
    expect(isEnvelopeLine('From Monday on we work 9:00-17:00')).toBe(false);
  });
});

describe('Maildir', () => {
  let root: string;
  beforeAll(() => {
    root = path.join(tmp, 'Maildir');
    for (const d of ['cur', 'new', 'tmp', '.Sent/cur', '.Sent/new', '.Sent/tmp', '.Junk/cur', '.Trash/cur', '.Drafts/cur'])
      mkdirSync(path.join(root, d), { recursive: true });
    const eml = (f: string) => readFileSync(path.join(FIX, f));
    writeFileSync(path.join(root, 'cur', '1741000000.M1P1.host:2,FS'), eml('gmail-en-wrapped.eml'));
    writeFileSync(path.join(root, 'cur', '1741000001.M2P1.host:2,RS'), eml('outlook-nl.eml'));
    writeFileSync(path.join(root, 'new', '1741000002.M3P1.host'), eml('no-date.eml'));
    writeFileSync(path.join(root, '.Sent', 'cur', '1741000003.M4P1.host:2,S'), eml('gmail-nl.eml'));
    writeFileSync(path.join(root, 'cur', '1741000004.M5P1.host:2,'), Buffer.alloc(0));
    // spam, trash and drafts are skipped
    for (const d of ['.Junk', '.Trash', '.Drafts']) writeFileSync(path.join(root, d, 'cur', '1741000009.M9P1.host:2,S'), eml('gmail-nl.eml'));
    utimesSync(path.join(root, 'new', '1741000002.M3P1.host'), new Date('2025-03-20T10:00:00Z'), new Date('2025-03-20T10:00:00Z'));
  });

  test('reads new/ and cur/ and Maildir++ subfolders (not spam, trash or drafts), flags from the name, mtime as receivedAt', async () => {
    const all = await collect(root);
    const got = messages(all);
    expect(got.map((m) => path.relative(root, m.origin.path!))).toEqual([
      'new/1741000002.M3P1.host',
      'cur/1741000000.M1P1.host:2,FS',
      'cur/1741000001.M2P1.host:2,RS',
      '.Sent/cur/1741000003.M4P1.host:2,S',
    ]);
    expect(got.every((m) => m.origin.kind === 'maildir')).toBe(true);
    expect(got[1].origin.flags).toEqual(['\\Flagged', '\\Seen']);
    expect(got[2].origin.flags).toEqual(['\\Answered', '\\Seen']);
    expect(got[0].origin.flags).toEqual([]);
    expect(got[0].origin.receivedAt?.toISOString()).toBe('2025-03-20T10:00:00.000Z');
    // the zero-byte file is a problem for that file only
    const problems = all.filter(isSourceProblem);
    expect(problems).toHaveLength(1);
    expect(problems[0].code).toBe('EMPTY');
    expect(problems[0].source).toContain('1741000004.M5P1.host');
  });

  test('flag letters', () => {
    expect(maildirFlags('x:2,DPT')).toEqual(['\\Draft', '$Forwarded', '\\Deleted']);
    expect(maildirFlags('x')).toEqual([]);
  });
});

describe('.eml files', () => {
  test('a directory of .eml files: recursive and sorted', async () => {
    const got = messages(await collect(FIX));
    const names = got.map((m) => path.relative(FIX, m.origin.path!));
    const expected = readdirSync(FIX)
      .filter((f) => f.endsWith('.eml'))
      .map((f) => path.join(FIX, f))
      .sort()
      .map((p) => path.relative(FIX, p));
    expect(names).toEqual(expected);
    expect(got.every((m) => m.origin.kind === 'eml' && m.raw.length > 0)).toBe(true);
  });

  test('one .eml file', async () => {
    const p = path.join(FIX, 'outlook-nl.eml');
    const got = await collect(p);
    expect(got).toHaveLength(1);
    expect((got[0] as RawMessage).raw.equals(readFileSync(p))).toBe(true);
  });

  test('empty and binary files become problems, the rest goes on', async () => {
    const dir = path.join(tmp, 'mixed');
    mkdirSync(path.join(dir, 'sub'), { recursive: true });
    writeFileSync(path.join(dir, 'a-empty.eml'), Buffer.alloc(0));
    writeFileSync(path.join(dir, 'b-binary.eml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    writeFileSync(path.join(dir, 'sub', 'c-good.eml'), readFileSync(path.join(FIX, 'no-date.eml')));
    writeFileSync(path.join(dir, 'notes.txt'), 'not mail');
    const all = await collect(dir);
    expect(all.filter(isSourceProblem).map((p) => p.code)).toEqual(['EMPTY', 'BINARY']);
    expect(messages(all).map((m) => path.basename(m.origin.path!))).toEqual(['c-good.eml']);
  });

  test('a missing path throws SourceError ENOENT with both languages', async () => {
    const missing = path.join(tmp, 'does-not-exist.mbox');
    await expect(collect(missing)).rejects.toThrow(SourceError);
    try {
      await collect(missing);
    } catch (e) {
      const err = e as SourceError;
      expect(err.code).toBe('ENOENT');
      expect(err.texts.en).toContain(missing);
      expect(err.texts.nl).toContain('bestaat niet');
    }
  });

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  (isRoot ? test.skip : test)('an unreadable file throws SourceError EACCES', async () => {
    const p = path.join(tmp, 'secret.eml');
    writeFileSync(p, readFileSync(path.join(FIX, 'no-date.eml')));
    chmodSync(p, 0o000);
    await expect(collect(p)).rejects.toMatchObject({ code: 'EACCES' });
  });
});
