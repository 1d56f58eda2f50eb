/**
 * The analyser version of the analysis cache (src/cache/analysis-store.ts): a hash of everything the cached text
 * analysis depends on besides the message itself, so a stale result can never be served. It is derived, not
 * bumped by hand: the phrase lists (rules/phrases), the code of the language helpers and of the facts as it runs
 * (every file of src/text and src/analyze, or their build in dist/), replycheck's version, the installed versions
 * of the libraries that code reads text with (chrono-node, luxon, date-holidays, snowball-stemmers, franc-min), and
 * the settings of this run that change what the helpers find (the config's own phrases, the working week that due
 * dates are counted in). Change any of them and the version changes, and no row of the old one is read.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, VERSION } from '../meta.js';

const LIBRARIES = ['chrono-node', 'luxon', 'date-holidays', 'snowball-stemmers', 'franc-min'];

/** The folders whose code decides what the analysis finds: src/text and src/analyze (dist/src/… when built). */
export const ANALYSER_CODE = ['text', 'analyze'].map((d) => fileURLToPath(new URL(`../${d}/`, import.meta.url)));
export const ANALYSER_PHRASES = join(ROOT, 'rules', 'phrases');

/** Every file under `dir`, sorted, as (relative name, content) into the hash. */
function hashTree(h: ReturnType<typeof createHash>, dir: string, rel = ''): void {
  let entries;
  try {
    entries = readdirSync(join(dir, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    h.update(`missing ${rel}\0`);
    return;
  }
  for (const e of entries) {
    const name = join(rel, e.name);
    if (e.isDirectory()) hashTree(h, dir, name);
    else if (e.isFile()) h.update(`${name}\0`).update(readFileSync(join(dir, name))).update('\0');
  }
}

/** The installed version of a library, found from where Node resolves it. */
function libraryVersion(name: string): string {
  try {
    let dir = dirname(createRequire(import.meta.url).resolve(name));
    for (let i = 0; i < 6; i++) {
      try {
        const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
        if (pkg.name === name) return pkg.version ?? '?';
      } catch {
        /* keep climbing */
      }
      dir = dirname(dir);
    }
  } catch {
    /* not installed: that is part of the version too */
  }
  return 'none';
}

let installed: string | undefined;

/** The code-and-phrases part: the same for every run of this install, so computed once per process for it. */
function codeVersion(code: string[] | undefined, phrases: string | undefined): string {
  if (!code && !phrases && installed) return installed;
  const h = createHash('sha256').update(`replycheck ${VERSION}\0`);
  for (const lib of LIBRARIES) h.update(`${lib}@${libraryVersion(lib)}\0`);
  for (const dir of code ?? ANALYSER_CODE) hashTree(h.update(`code\0`), dir);
  hashTree(h.update('phrases\0'), phrases ?? ANALYSER_PHRASES);
  const v = h.digest('hex');
  if (!code && !phrases) installed = v;
  return v;
}

export interface AnalyserInputs {
  /** Settings of this run the helpers depend on (config `phrases`, `businessHours`); any JSON. */
  settings: unknown;
  /** Folders to hash instead of the real ones (a test changes a phrase list in a copy). */
  code?: string[];
  phrases?: string;
}

/** The analyser version for a run: 32 hex characters. */
export function analyserVersion(inputs: AnalyserInputs): string {
  const code = codeVersion(inputs.code, inputs.phrases);
  return createHash('sha256').update(code).update('\0').update(JSON.stringify(inputs.settings ?? null)).digest('hex').slice(0, 32);
}
