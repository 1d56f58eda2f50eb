import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, both from src/ (tests) and dist/src/ (built). */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      if (pkg.name === 'replycheck') return dir;
    } catch {
      /* keep climbing */
    }
    dir = resolve(dir, '..');
  }
  throw new Error('replycheck: cannot find package.json');
}

export const ROOT = findRoot();
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
export const VERSION: string = pkg.version;
export const DOCS_BASE = 'https://github.com/replycheck/replycheck/blob';
export const docsUrl = (ruleId: string) => `${DOCS_BASE}/v${VERSION}/docs/rules/${ruleId}.md`;

/** Scan and lint JSON contract version: bump on any incompatible change; see docs/json-output.md. */
export const JSON_VERSION = 1;
