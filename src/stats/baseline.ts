/**
 * Baselines: `--write-baseline FILE` records the findings of today, `--baseline FILE` marks later findings as
 * known or new, so a weekly CI run fails only on what is new. A finding's identity is its rule, the Message-ID
 * it is about and its evidence sentence (normalised), never its position in the output. The file stores only
 * hashes of that identity, so a committed baseline leaks no addresses or mail text.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { ConfigError } from '../errors.js';
import type { Finding } from '../model.js';

export const BASELINE_VERSION = 1;
const KIND = 'replycheck-baseline';

export interface BaselineFile {
  kind: typeof KIND;
  version: number;
  generatedAt: string;
  findings: { fingerprint: string; ruleId: string }[];
}

/** Case, spacing, quotes and trailing punctuation do not change what a sentence says. */
export function normaliseEvidence(s: string | undefined): string {
  return (s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[“”„"'‘’«»]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/(?<![\s.!?…:;,])[\s.!?…:;,]+$/u, '')
    .trim();
}

export function fingerprint(f: Pick<Finding, 'ruleId' | 'messageId' | 'evidence'>): string {
  return createHash('sha256').update(`${f.ruleId}\0${f.messageId}\0${normaliseEvidence(f.evidence)}`).digest('hex').slice(0, 24);
}

export function baselineOf(findings: Finding[], now: Date): BaselineFile {
  const seen = new Set<string>();
  const rows: BaselineFile['findings'] = [];
  for (const f of findings) {
    const fp = fingerprint(f);
    if (seen.has(fp)) continue;
    seen.add(fp);
    rows.push({ fingerprint: fp, ruleId: f.ruleId });
  }
  rows.sort((a, b) => a.ruleId.localeCompare(b.ruleId) || a.fingerprint.localeCompare(b.fingerprint));
  return { kind: KIND, version: BASELINE_VERSION, generatedAt: now.toISOString(), findings: rows };
}

export async function writeBaseline(file: string, findings: Finding[], now: Date): Promise<void> {
  try {
    await writeFile(file, JSON.stringify(baselineOf(findings, now), null, 2) + '\n');
  } catch (err) {
    throw new ConfigError('BASELINE_UNWRITABLE', {
      en: `Cannot write the baseline ${file}: ${(err as Error).message}`,
      nl: `Kan de baseline ${file} niet schrijven: ${(err as Error).message}`,
    }, { cause: err });
  }
}

/** The fingerprints in a baseline file; exit 2 with the reason when it cannot be used. */
export async function readBaseline(file: string): Promise<Set<string>> {
  const fail = (en: string, nl: string, cause?: unknown) =>
    new ConfigError('BASELINE_UNREADABLE', { en: `Baseline ${file}: ${en}`, nl: `Baseline ${file}: ${nl}` }, { cause });
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw fail('file not found (create it with --write-baseline).', 'bestand niet gevonden (maak het met --write-baseline).', err);
    throw fail(`cannot read it (${code ?? (err as Error).message}).`, `kan het niet lezen (${code ?? (err as Error).message}).`, err);
  }
  let data: Partial<BaselineFile>;
  try {
    data = JSON.parse(text) as Partial<BaselineFile>;
  } catch (err) {
    throw fail(`not valid JSON (${(err as Error).message}).`, `geen geldige JSON (${(err as Error).message}).`, err);
  }
  if (data?.kind !== KIND || !Array.isArray(data.findings))
    throw fail('not a replycheck baseline (write one with --write-baseline).', 'geen replycheck-baseline (schrijf er een met --write-baseline).');
  if (typeof data.version !== 'number' || data.version > BASELINE_VERSION)
    throw fail(
      `version ${data.version} is newer than this replycheck understands (${BASELINE_VERSION}); upgrade replycheck.`,
      `versie ${data.version} is nieuwer dan deze replycheck begrijpt (${BASELINE_VERSION}); werk replycheck bij.`,
    );
  return new Set(data.findings.map((f) => String(f.fingerprint)));
}
