/**
 * Writes what is made from the one config schema (src/config/schema.ts) and the rule registry:
 *   docs/replycheck.schema.json     the published JSON Schema (editor completion)
 *   src/config/defaults.ts          the defaults, so that start-up needs no zod
 *   docs/configuration.md           the option tables between <!-- options:start --> and <!-- options:end -->
 *
 *   node dist/scripts/build-config-docs.js           rewrite them
 *   node dist/scripts/build-config-docs.js --check   change nothing; exit 1 when one is stale
 *
 * test/config/schema.test.ts renders them in memory and compares, so code and docs cannot drift.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from '../src/meta.js';
import { publishedSchema, schemaDefaults, type JsonSchema } from '../src/config/json-schema.js';
import rules from '../rules/index.js';
import { typeLabel } from './lib/type-label.js';

export const SCHEMA_FILE = join(ROOT, 'docs', 'replycheck.schema.json');
export const DEFAULTS_FILE = join(ROOT, 'src', 'config', 'defaults.ts');
export const CONFIG_DOC = join(ROOT, 'docs', 'configuration.md');
const START = '<!-- options:start -->';
const END = '<!-- options:end -->';

export const renderSchema = () => JSON.stringify(publishedSchema(rules), null, 2) + '\n';

export const renderDefaults = () => `/**
 * The config defaults, generated from the schema (src/config/schema.ts) by scripts/build-config-docs.ts: edit the
 * schema and run \`npm run build:docs\`, not this file. A plain object, so a run without a config file loads no zod.
 */
import type { Config } from './types.js';

const DEFAULTS = ${JSON.stringify(schemaDefaults(), null, 2)};

export function defaultConfig(): Config {
  return structuredClone(DEFAULTS) as Config;
}
`;

const cell = (s: string) => s.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');

const isSection = (js: JsonSchema) => js.type === 'object' && !!js.properties;

function table(props: Record<string, JsonSchema>, where: string): string[] {
  const out = ['| key | type | default | meaning | betekenis |', '| --- | --- | --- | --- | --- |'];
  for (const [key, js] of Object.entries(props)) {
    if (key === '$schema') continue;
    const def = js.default === undefined || isSection(js) ? '' : `\`${cell(JSON.stringify(js.default))}\``;
    const type = key === 'rules' ? 'rule settings' : isSection(js) ? `object ([below](#${(where + key).toLowerCase().replace(/\W/g, '')}))` : typeLabel(js);
    out.push(`| \`${where}${key}\` | ${cell(type)} | ${def} | ${cell(String(js.description ?? ''))} | ${cell(String(js.nl ?? ''))} |`);
  }
  return out;
}

/** The generated tables of docs/configuration.md: top-level keys, then one table per section. */
export function optionsBlock(): string {
  const root = publishedSchema(rules, { nl: true });
  const props = root.properties as Record<string, JsonSchema>;
  const out = [START, '<!-- Generated from src/config/schema.ts by scripts/build-config-docs.ts. Edit the schema, not this block. -->', ''];
  out.push(...table(props, ''));
  for (const [key, js] of Object.entries(props)) {
    const account = key === 'accounts' ? (js.additionalProperties as JsonSchema) : undefined;
    const section = account ?? (isSection(js) && key !== 'rules' ? js : undefined);
    if (!section) continue;
    const where = account ? 'accounts.NAME.' : `${key}.`;
    out.push('', `### ${where.slice(0, -1)}`, '', ...table(section.properties as Record<string, JsonSchema>, where));
  }
  out.push(END);
  return out.join('\n');
}

export function refreshConfigDoc(page: string): string {
  const s = page.indexOf(START);
  const e = page.indexOf(END);
  if (s === -1 || e < s) return `${page.trimEnd()}\n\n## All keys\n\n${optionsBlock()}\n`;
  return page.slice(0, s) + optionsBlock() + page.slice(e + END.length);
}

function main(argv: string[]): number {
  const check = argv.includes('--check');
  const files: [string, string][] = [
    [SCHEMA_FILE, renderSchema()],
    [DEFAULTS_FILE, renderDefaults()],
    [CONFIG_DOC, refreshConfigDoc(readFileSync(CONFIG_DOC, 'utf8'))],
  ];
  let stale = 0;
  for (const [file, text] of files) {
    if (readFileSync(file, 'utf8') === text) continue;
    if (check) {
      stale++;
      console.error(`stale: ${file}`);
    } else {
      writeFileSync(file, text);
      console.log(`wrote ${file}`);
    }
  }
  return stale ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
