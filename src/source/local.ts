/**
 * Local sources: an mbox file, a Maildir (with Maildir++ subfolders), a directory of .eml files, or one .eml.
 * What is at the path decides the kind; one bad file becomes a SourceProblem and the run goes on.
 */
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Bilingual, Origin, RawMessage } from '../model.js';
import { SourceError } from '../errors.js';
import { isNoiseFolder } from '../parse/noise.js';
import { MAX_MESSAGE_BYTES, readMbox } from './mbox.js';

/** One message or file that could not be read; the run goes on. */
export interface SourceProblem {
  problem: true;
  source: string;
  code: string;
  /** English text (for logs); `texts` has both languages. */
  message: string;
  texts: Bilingual;
}

export function isSourceProblem(x: RawMessage | SourceProblem): x is SourceProblem {
  return (x as SourceProblem).problem === true;
}

/** Maildir info letters → IMAP-style flag names, so rules see the same flags from both sources. */
const MAILDIR_FLAGS: Record<string, string> = {
  S: '\\Seen',
  R: '\\Answered',
  F: '\\Flagged',
  T: '\\Deleted',
  D: '\\Draft',
  P: '$Forwarded',
};

export function maildirFlags(fileName: string): string[] {
  const m = /:2,([A-Za-z]*)$/.exec(fileName);
  if (!m) return [];
  return [...m[1]].map((c) => MAILDIR_FLAGS[c] ?? c);
}

function sourceError(path: string, err: NodeJS.ErrnoException): SourceError {
  const code = err.code === 'EACCES' || err.code === 'EPERM' ? 'EACCES' : err.code === 'ENOENT' ? 'ENOENT' : (err.code ?? 'EIO');
  if (code === 'ENOENT')
    return new SourceError(code, { en: `No such file or folder: ${path}`, nl: `Bestand of map bestaat niet: ${path}` }, { cause: err });
  if (code === 'EACCES')
    return new SourceError(code, { en: `No permission to read ${path}`, nl: `Geen toegang om ${path} te lezen` }, { cause: err });
  return new SourceError(code, { en: `Cannot read ${path}: ${err.message}`, nl: `Kan ${path} niet lezen: ${err.message}` }, { cause: err });
}

function problem(source: string, code: string, en: string, nl: string): SourceProblem {
  // SourceProblem carries one string; both languages side by side keep it readable for everyone.
  return { problem: true, source, code, message: en, texts: { en, nl } };
}

/** Why a buffer is not an email, or null when it plausibly is one. */
export function junkReason(buf: Buffer): { code: string; en: string; nl: string } | null {
  if (buf.length === 0) return { code: 'EMPTY', en: 'empty file', nl: 'leeg bestand' };
  const head = buf.subarray(0, 4096);
  let text = head.toString('latin1');
  if (text.charCodeAt(0) === 0xef && text.startsWith('\xef\xbb\xbf')) text = text.slice(3);
  const first = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  // Mail headers first: then NUL bytes further on are a binary body part (UTF-16 text, say), not junk.
  if (/^[!-9;-~]+[ \t]*:/.test(first) || first.startsWith('From ')) return null;
  if (head.includes(0)) return { code: 'BINARY', en: 'binary data, not an email', nl: 'binaire gegevens, geen e-mail' };
  return { code: 'NOT_EMAIL', en: 'does not start with mail headers', nl: 'begint niet met e-mailkoppen' };
}

async function isDir(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}

/** The first MAX_MESSAGE_BYTES of a file, and its full size. */
async function readCapped(path: string): Promise<{ raw: Buffer; size: number }> {
  const fh = await open(path, 'r');
  try {
    const { size } = await fh.stat();
    if (size <= MAX_MESSAGE_BYTES) return { raw: await fh.readFile(), size };
    const raw = Buffer.alloc(MAX_MESSAGE_BYTES);
    const { bytesRead } = await fh.read(raw, 0, MAX_MESSAGE_BYTES, 0);
    return { raw: raw.subarray(0, bytesRead), size };
  } finally {
    await fh.close();
  }
}

/** A file with CR but no LF in its first 64 KB has old-Mac line ends: the parser needs LF. */
export function fixCrOnly(raw: Buffer): Buffer {
  const head = raw.subarray(0, 65_536);
  if (head.indexOf(0x0a) !== -1 || head.indexOf(0x0d) === -1) return raw;
  const out = Buffer.from(raw);
  for (let i = out.indexOf(0x0d); i !== -1; i = out.indexOf(0x0d, i + 1)) out[i] = 0x0a;
  return out;
}

async function readOneFile(path: string, origin: Origin): Promise<RawMessage | SourceProblem> {
  let raw: Buffer;
  let size: number;
  try {
    ({ raw, size } = await readCapped(path));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return problem(path, err.code ?? 'EIO', `cannot read: ${err.message}`, `kan niet lezen: ${err.message}`);
  }
  const junk = junkReason(raw);
  if (junk) return problem(path, junk.code, junk.en, junk.nl);
  // A saved .eml's modification time is the best "received" time there is when the Date header is missing.
  if (origin.kind === 'eml' && !origin.receivedAt) origin = { ...origin, receivedAt: (await stat(path)).mtime };
  return { origin, raw: fixCrOnly(raw), ...(size > raw.length && { truncated: size }) };
}

async function* readMaildirFolder(dir: string, only?: 'new' | 'cur'): AsyncGenerator<RawMessage | SourceProblem> {
  for (const sub of only ? [only] : ['new', 'cur']) {
    let names: string[];
    try {
      names = (await readdir(join(dir, sub))).filter((n) => !n.startsWith('.')).sort();
    } catch {
      continue; // a Maildir may lack new/ or cur/
    }
    for (const name of names) {
      const path = join(dir, sub, name);
      let receivedAt: Date | undefined;
      try {
        receivedAt = (await stat(path)).mtime;
      } catch {
        /* readOneFile reports it */
      }
      yield await readOneFile(path, { kind: 'maildir', path, flags: maildirFlags(name), receivedAt });
    }
  }
}

const MAILDIR_PARTS = new Set(['cur', 'new', 'tmp']);

async function* readMaildir(root: string): AsyncGenerator<RawMessage | SourceProblem> {
  yield* readMaildirFolder(root);
  // Maildir++: subfolders are dot-directories (".Sent", ".Archive.2024") with their own cur/new.
  const entries = await readdir(root, { withFileTypes: true });
  // Spam, trash and drafts are not conversations: a spam mail must not wait for a reply, a draft is no reply.
  const subs = entries.filter((e) => e.isDirectory() && e.name.startsWith('.') && e.name !== '.' && e.name !== '..' && !isNoiseFolder(e.name));
  for (const e of subs.sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join(root, e.name);
    if ((await isDir(join(p, 'cur'))) || (await isDir(join(p, 'new')))) yield* readMaildirFolder(p);
  }
}

/**
 * Below a folder that is no Maildir itself: its `.eml` files, and the Maildirs of an mbsync or offlineimap layout
 * (`~/Mail/<account>/<folder>/{cur,new}`, up to four levels down), without spam, trash and drafts folders.
 */
async function listBelow(dir: string, out: { eml: string[]; maildirs: string[] }, depth = 0, inMaildir = false): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    if (inMaildir && e.name.startsWith('.')) continue; // Maildir++ subfolders: readMaildir reads them
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (MAILDIR_PARTS.has(e.name) || isNoiseFolder(e.name)) continue;
      const maildir = (await isDir(join(p, 'cur'))) || (await isDir(join(p, 'new')));
      if (maildir) out.maildirs.push(p);
      // mbsync's "SubFolders Verbatim" nests folders inside a Maildir (INBOX/Archive/cur); readMaildir reads the dot ones
      if (depth < 4 && !(maildir && e.name.startsWith('.'))) await listBelow(p, out, depth + 1, maildir);
    } else if (e.isFile() && e.name.toLowerCase().endsWith('.eml')) out.eml.push(p);
  }
}

/** An mbox starts with "From ", after a BOM and blank lines if any. */
async function startsWithFrom(path: string): Promise<boolean> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(4096);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    let i = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
    while (i < bytesRead && (buf[i] === 0x0a || buf[i] === 0x0d)) i++;
    return buf.toString('latin1', i, Math.min(i + 5, bytesRead)) === 'From ';
  } finally {
    await fh.close();
  }
}

/**
 * Every message at `path`. A missing or unreadable path throws SourceError ('ENOENT' / 'EACCES').
 * `since` is accepted for symmetry with IMAP; the real date filter runs after parsing.
 */
export async function* readLocal(path: string, _opts?: { since?: Date }): AsyncGenerator<RawMessage | SourceProblem> {
  let st;
  try {
    st = await stat(path);
  } catch (e) {
    throw sourceError(path, e as NodeJS.ErrnoException);
  }
  if (st.isDirectory()) {
    try {
      if ((await isDir(join(path, 'cur'))) || (await isDir(join(path, 'new')))) {
        yield* readMaildir(path);
        return;
      }
      // Maildir/cur or Maildir/new named on its own: the messages in it, with their flags
      const leaf = basename(path);
      if ((leaf === 'cur' || leaf === 'new') && (await isDir(join(dirname(path), leaf === 'cur' ? 'new' : 'cur')))) {
        yield* readMaildirFolder(dirname(path), leaf);
        return;
      }
      const found = { eml: [] as string[], maildirs: [] as string[] };
      await listBelow(path, found);
      for (const f of found.eml.sort()) yield await readOneFile(f, { kind: 'eml', path: f });
      for (const d of found.maildirs.sort()) yield* readMaildir(d);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      if (err.code && err.syscall) throw sourceError(path, err);
      throw e;
    }
    return;
  }
  let mbox: boolean;
  try {
    mbox = await startsWithFrom(path);
  } catch (e) {
    throw sourceError(path, e as NodeJS.ErrnoException);
  }
  if (!mbox) {
    const one = await readOneFile(path, { kind: 'eml', path });
    if ('problem' in one && (one.code === 'EACCES' || one.code === 'EPERM')) throw sourceError(path, { code: 'EACCES', message: one.message } as NodeJS.ErrnoException);
    yield one;
    return;
  }
  try {
    for await (const m of readMbox(path)) {
      const origin: Origin = { kind: 'mbox', path, offset: m.offset };
      const junk = junkReason(m.raw);
      if (junk) yield problem(`${path}@${m.offset}`, junk.code, junk.en, junk.nl);
      else yield { origin, raw: m.raw, ...(m.truncated && { truncated: m.truncated }) };
    }
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code && err.syscall) throw sourceError(path, err);
    throw e;
  }
}
