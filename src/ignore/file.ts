/**
 * The ignore file (`.replycheck-ignore.json`, next to the config): the findings a person dismissed or snoozed with
 * `replycheck ignore`. Local and readable: each entry names the finding's short id, its rule, subject and other
 * party, until when it is ignored (none: for good), why, and the newest message of the thread when it was ignored,
 * so that a new incoming message reopens it. Nothing is written to the mailbox.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ConfigError } from '../errors.js';

export const IGNORE_FILE = '.replycheck-ignore.json';
const KIND = 'replycheck-ignore';
const VERSION = 1;

export interface IgnoreEntry {
  /** The finding's short id (src/ignore/ids.ts), as scan shows it. */
  id: string;
  ruleId: string;
  threadId: string;
  subject: string;
  correspondent: string;
  /** Ignored through the end of this day (YYYY-MM-DD, business-hours zone); none: until a new message comes in. */
  until?: string;
  reason?: string;
  /** When it was ignored (ISO). */
  ignoredAt: string;
  /** The newest message of the thread then (ISO): an incoming message after it reopens the finding. */
  lastMessage: string;
}

export interface IgnoreFile {
  kind: typeof KIND;
  version: number;
  entries: IgnoreEntry[];
}

/** Where the ignore file of a config lives: beside the config file, else in the current folder. */
export function ignoreFilePath(configFile: string | undefined, cwd = process.cwd()): string {
  return join(configFile ? dirname(configFile) : cwd, IGNORE_FILE);
}

const bad = (file: string, en: string, nl: string) =>
  new ConfigError('IGNORE_FILE', { en: `${file}: ${en}`, nl: `${file}: ${nl}` });

/** The ignore file's entries; none when it does not exist. A damaged file is an error, never silently dropped. */
export async function readIgnoreFile(file: string): Promise<IgnoreEntry[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw bad(file, `cannot read it (${(err as Error).message})`, `kan het niet lezen (${(err as Error).message})`);
  }
  let data: Partial<IgnoreFile>;
  try {
    data = JSON.parse(text) as Partial<IgnoreFile>;
  } catch {
    throw bad(file, 'not valid JSON; fix or remove the file', 'geen geldige JSON; herstel of verwijder het bestand');
  }
  if (data?.kind !== KIND || !Array.isArray(data.entries))
    throw bad(file, `not a replycheck ignore file (expected "kind": "${KIND}")`, `geen replycheck-negeerbestand (verwacht "kind": "${KIND}")`);
  return data.entries.filter((e): e is IgnoreEntry => typeof e?.id === 'string' && typeof e.lastMessage === 'string');
}

/** Writes the entries (sorted by id), through a temporary file so a crash never leaves half a file. */
export async function writeIgnoreFile(file: string, entries: IgnoreEntry[]): Promise<void> {
  const data: IgnoreFile = { kind: KIND, version: VERSION, entries: [...entries].sort((a, b) => a.id.localeCompare(b.id)) };
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(data, null, 2) + '\n');
  await rename(tmp, file);
}
