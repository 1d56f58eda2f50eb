/**
 * `report --merge a.json b.json …`: combines the JSON of several `scan --format json` runs (one per mailbox, a CI
 * matrix) into one report. Figures are rebuilt from the union of their message records (see stats/records.ts),
 * so they equal those of one scan over all the mail. Findings seen in two inputs count once.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError } from '../errors.js';
import type { Finding, RunError } from '../model.js';
import { mergeRecords, type MessageRecord } from './records.js';
import { fingerprint } from './baseline.js';
import { JSON_VERSION } from '../meta.js';
import type { SourceSummary } from '../scan-result.js';

export interface MergedInput {
  records: MessageRecord[];
  findings: Finding[];
  sources: SourceSummary[];
  errors: RunError[];
  /** The latest `now` of the inputs: the clock of the merged report unless --now is given. */
  now?: Date;
  files: number;
}

type Json = Record<string, unknown>;

function problem(file: string, en: string, nl: string, cause?: unknown): ConfigError {
  return new ConfigError('MERGE_INPUT', { en: `--merge ${file}: ${en}`, nl: `--merge ${file}: ${nl}` }, { cause });
}

/** A folder stands for the .json files in it. */
async function expand(files: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const f of files) {
    const s = await stat(f).catch(() => undefined);
    if (s?.isDirectory()) {
      const names = (await readdir(f)).filter((n) => n.endsWith('.json')).sort();
      if (names.length === 0) throw problem(f, 'the folder holds no .json files.', 'de map bevat geen .json-bestanden.');
      out.push(...names.map((n) => join(f, n)));
    } else out.push(f);
  }
  return out;
}

async function readOne(file: string): Promise<Json> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw problem(file, 'file not found.', 'bestand niet gevonden.', err);
    throw problem(file, `cannot read it (${code ?? (err as Error).message}).`, `kan het niet lezen (${code ?? (err as Error).message}).`, err);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw problem(file, `not valid JSON (${(err as Error).message}).`, `geen geldige JSON (${(err as Error).message}).`, err);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || typeof (data as Json).version !== 'number')
    throw problem(file, 'not the output of "replycheck scan --format json".', 'geen uitvoer van "replycheck scan --format json".');
  const d = data as Json;
  const made = (d.tool as Json | undefined)?.version;
  if ((d.version as number) > JSON_VERSION)
    throw problem(
      file,
      `written by replycheck ${made ?? '?'} in JSON version ${d.version}; this replycheck reads version ${JSON_VERSION}. Upgrade replycheck to merge it.`,
      `geschreven door replycheck ${made ?? '?'} in JSON-versie ${d.version}; deze replycheck leest versie ${JSON_VERSION}. Werk replycheck bij om het samen te voegen.`,
    );
  if (d.kind === 'report')
    throw problem(file, 'this is a report; merge the JSON of "replycheck scan --format json" instead.',
      'dit is een rapport; voeg de JSON van "replycheck scan --format json" samen.');
  if (!Array.isArray(d.records))
    throw problem(file, 'has no "records" (written by an older replycheck): scan again with this version.',
      'heeft geen "records" (geschreven door een oudere replycheck): scan opnieuw met deze versie.');
  return d;
}

function findingFromJson(f: Json): Finding {
  const texts = (f.texts as Finding['text'] | undefined) ?? { en: String(f.message ?? ''), nl: String(f.message ?? '') };
  return {
    ruleId: String(f.ruleId),
    severity: f.severity as Finding['severity'],
    textId: String(f.textId ?? ''),
    text: texts,
    messageId: String(f.messageId),
    threadId: String(f.threadId ?? f.messageId),
    subject: String(f.subject ?? ''),
    correspondent: String(f.correspondent ?? ''),
    date: String(f.date),
    docsUrl: String(f.docsUrl ?? ''),
    ...(f.evidence !== undefined && { evidence: String(f.evidence) }),
    ...(f.due !== undefined && { due: String(f.due) }),
    ...(f.waited !== undefined && { waited: f.waited as Finding['waited'] }),
    ...(f.data !== undefined && { data: f.data as Finding['data'] }),
    ...(f.origin !== undefined && { origin: String(f.origin) }),
  };
}

export async function readMergeInputs(files: string[]): Promise<MergedInput> {
  const paths = await expand(files);
  const sets: MessageRecord[][] = [];
  const findings = new Map<string, Finding>();
  const sources: SourceSummary[] = [];
  const errors: RunError[] = [];
  let now: Date | undefined;
  for (const file of paths) {
    const d = await readOne(file);
    sets.push(d.records as MessageRecord[]);
    for (const raw of (d.findings as Json[] | undefined) ?? []) {
      const f = findingFromJson(raw);
      const fp = fingerprint(f);
      if (!findings.has(fp)) findings.set(fp, f);
    }
    for (const s of (d.sources as SourceSummary[] | undefined) ?? []) sources.push({ ...s, source: `${file}: ${s.source}` });
    errors.push(...((d.errors as RunError[] | undefined) ?? []));
    const n = typeof d.now === 'string' ? new Date(d.now) : undefined;
    if (n && !Number.isNaN(n.getTime()) && (!now || n > now)) now = n;
  }
  return { records: mergeRecords(sets), findings: [...findings.values()], sources, errors, now, files: paths.length };
}
