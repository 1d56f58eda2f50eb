/** Writes docs/replycheck.schema.json from the validator's key lists and the rule registry (`--check`: compare only). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../src/meta.js';
import { configSchema } from '../src/config/schema.js';
import rules from '../rules/index.js';

export const SCHEMA_FILE = join(ROOT, 'docs', 'replycheck.schema.json');
export const renderSchema = () => JSON.stringify(configSchema(rules), null, 2) + '\n';

const check = process.argv.includes('--check');
if (process.argv[1]?.endsWith('build-schema.js')) {
  const text = renderSchema();
  if (check) {
    const same = readFileSync(SCHEMA_FILE, 'utf8') === text;
    console.log(same ? 'schema is current' : 'schema is stale: run node dist/scripts/build-schema.js');
    process.exitCode = same ? 0 : 1;
  } else {
    writeFileSync(SCHEMA_FILE, text);
    console.log(`wrote ${SCHEMA_FILE}`);
  }
}
