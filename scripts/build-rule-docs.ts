/**
 * Fills the generated facts block of every docs/rules/<id>.md from the rule metadata in rules/index.ts:
 * title, description (en + nl), where the rule runs, default severity, tags, options (type, default,
 * bilingual explanation) and the wording of its findings. Everything outside the markers is hand-written
 * and left alone. A page that does not exist yet is created with the block and empty section headings.
 *
 *   node dist/scripts/build-rule-docs.js            refresh the blocks of the existing pages
 *   node dist/scripts/build-rule-docs.js --create   also create missing pages (block + empty section headings)
 *   node dist/scripts/build-rule-docs.js --check    change nothing; exit 1 when a page is missing or stale
 *
 * test/rules-meta.test.ts regenerates the block in memory and compares, so code and docs cannot drift.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from '../src/meta.js';
import type { Rule } from '../src/analyze/define-rule.js';
import rules from '../rules/index.js';
import type { ZodType } from 'zod';
import { zod } from '../src/config/zod.js';
import type { JsonSchema } from '../src/config/json-schema.js';
import { typeLabel } from './lib/type-label.js';

export const START = '<!-- facts:start -->';
export const END = '<!-- facts:end -->';
export const DOCS_DIR = join(ROOT, 'docs', 'rules');

export const docPath = (id: string) => join(DOCS_DIR, `${id}.md`);

/** A table cell: one line, pipes escaped. */
const cell = (s: string) => s.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');

const sentence = (s: string) => (/[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

/** The option's type, from the rule's own option schema. */
function typeOf(rule: Rule, name: string): string {
  const z = zod();
  const schema = (rule.optionSchema?.(z) as Record<string, ZodType> | undefined)?.[name];
  return schema ? typeLabel(z.toJSONSchema(schema, { io: 'input' }) as JsonSchema) : '?';
}

/** Where the rule runs: thread rules in scan/report, draft rules in lint. */
export function kindOf(rule: Rule): string {
  const kinds: string[] = [];
  if (typeof rule.check === 'function') kinds.push('`scan`, `report` (threads)');
  if (typeof rule.checkDraft === 'function') kinds.push('`lint` (drafts)');
  return kinds.join('; ') || '(none)';
}

/** The generated block, markers included. Deterministic: the same metadata gives the same bytes. */
export function factsBlock(rule: Rule): string {
  const out: string[] = [
    START,
    '<!-- Generated from the rule metadata by scripts/build-rule-docs.ts. Edit the rule, not this block. -->',
    `# ${rule.id}`,
    '',
    `${sentence(rule.description.en)}  `,
    `*${sentence(rule.description.nl)}*`,
    '',
    '| | |',
    '| --- | --- |',
    `| Runs in | ${kindOf(rule)} |`,
    `| Default severity | \`${rule.defaultSeverity}\` |`,
    `| Tags | ${rule.tags.map((t) => `\`${t}\``).join(', ') || '(none)'} |`,
    '',
  ];
  const options = Object.entries(rule.defaultOptions as Record<string, unknown>);
  if (options.length) {
    out.push('| Option | Type | Default | Meaning | Betekenis |', '| --- | --- | --- | --- | --- |');
    const docs = (rule.optionDocs ?? {}) as Record<string, { en: string; nl: string } | undefined>;
    for (const [name, value] of options) {
      const d = docs[name];
      out.push(`| \`${name}\` | ${cell(typeOf(rule, name))} | \`${cell(JSON.stringify(value))}\` | ${cell(d?.en ?? '')} | ${cell(d?.nl ?? '')} |`);
    }
  } else {
    out.push('This rule has no options.');
  }
  out.push('', 'What a finding says (`textId`: English / Nederlands):', '');
  for (const [id, text] of Object.entries(rule.texts)) out.push(`- \`${id}\`: ${text.en} / *${text.nl}*`);
  out.push(END);
  return out.join('\n');
}

const SKELETON = ['## Why', '## Finds', "## Doesn't find", '## Options', '## When to turn it off', '## Related rules'];

/** The page with its facts block replaced (or put on top when the markers are missing). */
export function refreshDoc(page: string | undefined, rule: Rule): string {
  const block = factsBlock(rule);
  if (page === undefined) return `${block}\n\n${SKELETON.join('\n\n')}\n`;
  const s = page.indexOf(START);
  const e = page.indexOf(END);
  if (s === -1 || e === -1 || e < s) return `${block}\n\n${page}`;
  return page.slice(0, s) + block + page.slice(e + END.length);
}

/** The facts block currently in a page, or undefined. */
export function currentBlock(page: string): string | undefined {
  const s = page.indexOf(START);
  const e = page.indexOf(END);
  return s === -1 || e < s ? undefined : page.slice(s, e + END.length);
}

export const README = join(ROOT, 'README.md');
const TABLE_START = '<!-- rules:start -->';
const TABLE_END = '<!-- rules:end -->';

/** The README's rules table, markers included: one row per rule of rules/index.ts, in its order. */
export function readmeTable(): string {
  const rows = rules.map((r) => {
    const where = [r.check && 'scan, report', r.checkDraft && 'lint'].filter(Boolean).join(', ');
    return `| [\`${r.id}\`](docs/rules/${r.id}.md) | ${r.defaultSeverity} | ${cell(r.description.en)} | ${where} |`;
  });
  return [TABLE_START, '| rule | default | finds | in |', '| --- | --- | --- | --- |', ...rows, TABLE_END].join('\n');
}

/** The README with its rules table made from the registry. */
export function refreshReadme(readme: string): string {
  const s = readme.indexOf(TABLE_START);
  const e = readme.indexOf(TABLE_END);
  if (s === -1 || e < s) throw new Error(`README.md has no ${TABLE_START} … ${TABLE_END} block`);
  return readme.slice(0, s) + readmeTable() + readme.slice(e + TABLE_END.length);
}

function main(argv: string[]): number {
  const check = argv.includes('--check');
  const create = argv.includes('--create');
  mkdirSync(DOCS_DIR, { recursive: true });
  let stale = 0;
  for (const rule of rules) {
    const path = docPath(rule.id);
    const page = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    const next = refreshDoc(page, rule);
    if (next === page) continue;
    if (check || (page === undefined && !create)) {
      stale++;
      console.error(`${page === undefined ? 'missing' : 'stale'}: docs/rules/${rule.id}.md`);
      continue;
    }
    writeFileSync(path, next);
    console.log(`${page === undefined ? 'created' : 'updated'} docs/rules/${rule.id}.md`);
  }
  const readme = readFileSync(README, 'utf8');
  if (refreshReadme(readme) !== readme) {
    if (check) {
      stale++;
      console.error('stale: the rules table of README.md');
    } else {
      writeFileSync(README, refreshReadme(readme));
      console.log('updated the rules table of README.md');
    }
  }
  if (stale) {
    console.error(`${stale} page(s) missing or out of date: run node dist/scripts/build-rule-docs.js [--create]`);
    return 1;
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
