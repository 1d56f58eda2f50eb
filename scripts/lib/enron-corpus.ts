/**
 * The Enron sample on disk (../shared/corpora/enron-sample, not shipped): its four people, their headers, the
 * config a user would write for each, and one real CLI scan per person and config.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../../src/meta.js';
import { aliasesOf, deriveMe, type FoundItem } from './enron.js';

export const ENRON_DIR = path.resolve(ROOT, '../shared/corpora/enron-sample');
export const PEOPLE = ['kaminski-v', 'scott-s', 'shackleton-s', 'taylor-m'] as const;

export interface Person {
  id: string;
  inbox: string;
  sent: string;
  me: string[];
  /** Just after the person's last message, so nothing is "in the future" and the last mail is fresh. */
  now: string;
}

export interface MboxHeaders {
  from: string;
  to: string[];
  cc: string[];
  date: Date | null;
  messageId: string;
  subject: string;
}

const addrs = (v: string): string[] =>
  [...v.matchAll(/<([^<>\s]+@[^<>\s]+)>|([^\s,<>"]+@[^\s,<>"]+)/g)].map((m) => (m[1] ?? m[2]!).toLowerCase());

/** The top-level headers of each message of an mbox (enough to derive `me` and `now`; the tool parses the rest). */
export function mboxHeaders(file: string): MboxHeaders[] {
  const text = readFileSync(file, 'latin1');
  const out: MboxHeaders[] = [];
  for (const chunk of text.split(/\n(?=From [^\n]*\n)/)) {
    const head = chunk.replace(/^From [^\n]*\n/, '').split(/\n\r?\n/)[0]!.replace(/\n[ \t]+/g, ' ');
    const h = (name: string) => new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(head)?.[1]?.trim() ?? '';
    if (!h('Message-ID') && !h('From')) continue;
    const d = new Date(h('Date').replace(/\s*\([A-Z]+\)$/, ''));
    out.push({
      from: addrs(h('From'))[0] ?? '',
      to: addrs(h('To')),
      cc: addrs(h('Cc')),
      date: Number.isNaN(d.getTime()) ? null : d,
      messageId: h('Message-ID'),
      subject: h('Subject'),
    });
  }
  return out;
}

/**
 * `me`: the sent folder's From addresses that sent ≥2% of it or carry the surname (deriveMe), plus the
 * initial+surname aliases among the mailbox's correspondents (aliasesOf).
 */
export function person(id: string): Person {
  const [surname, initial] = id.split('-') as [string, string];
  const inbox = path.join(ENRON_DIR, `${id}.inbox.mbox`);
  const sent = path.join(ENRON_DIR, `${id}.sent_items.mbox`);
  const sentH = mboxHeaders(sent);
  const inH = mboxHeaders(inbox);
  const base = deriveMe(sentH.map((m) => m.from), surname);
  const seen = [...inH, ...sentH].flatMap((m) => [m.from, ...m.to, ...m.cc]);
  const alias = aliasesOf(seen, surname, initial);
  const me = [...new Set([...base, ...alias])];
  const last = Math.max(...[...sentH, ...inH].map((m) => m.date?.getTime() ?? 0));
  return { id, inbox, sent, me, now: new Date(last + 60_000).toISOString() };
}

/**
 * The config a user gets: the defaults, their addresses, (as `replycheck init --me` writes it) their own domain as
 * the internal one, and the one setting every user outside the Netherlands makes: their working week's time zone
 * and holiday calendar (the four worked in Houston). `checkInternal` is the variant.
 */
export function configFor(p: Person, checkInternal: boolean): Record<string, unknown> {
  const domain = p.me[0]!.split('@')[1]!;
  return {
    me: p.me,
    internalDomains: [domain],
    businessHours: { timezone: 'America/Chicago', holidays: 'US' },
    ...(checkInternal ? { checkInternal: true } : {}),
  };
}

export interface ScanOutput {
  findings: (Omit<FoundItem, 'person'> & { severity: string; textId?: string })[];
  stats: { messages: number; incoming: number; outgoing: number; needingReply: number; automated: number };
  records: { id: string; thread: string; date: string; dir: 'in' | 'out'; from: string; to?: string[]; needsReply?: boolean }[];
  errors?: { source: string; code: string; message: string }[];
}

const run = promisify(execFile);

/** One real scan: `node bin/replycheck scan <inbox> <sent> -c <config> --now <now> -f json`. Exit 1 = findings. */
export async function scanPerson(p: Person, checkInternal: boolean, workDir = mkdtempSync(path.join(tmpdir(), 'rc-enron-'))): Promise<ScanOutput> {
  const cfg = path.join(workDir, `${p.id}${checkInternal ? '.internal' : ''}.json`);
  writeFileSync(cfg, JSON.stringify(configFor(p, checkInternal)));
  const args = [path.join(ROOT, 'bin/replycheck'), 'scan', p.inbox, p.sent, '-c', cfg, '--now', p.now, '-f', 'json', '--no-progress'];
  let stdout: string;
  try {
    ({ stdout } = await run(process.execPath, args, { maxBuffer: 512 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } }));
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    if (e.code !== 1 || !e.stdout) throw new Error(`scan of ${p.id} failed (exit ${e.code}): ${e.stderr ?? ''}`);
    stdout = e.stdout;
  }
  const out = JSON.parse(stdout) as ScanOutput;
  // A scan that could not read its mail must not pass for a quiet mailbox.
  if (out.errors?.length) throw new Error(`scan of ${p.id}: ${out.errors.length} messages or sources could not be read (first: ${out.errors[0]!.code} ${out.errors[0]!.message})`);
  return out;
}

export const corpusPresent = (): boolean => PEOPLE.every((id) => existsSync(path.join(ENRON_DIR, `${id}.inbox.mbox`)));
