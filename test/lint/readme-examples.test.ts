/**
 * The `lint` examples in README.md are real: each "$ replycheck lint …" line of its console block is run from the
 * project root (no user config, no IMAP cache) and must print exactly the lines shown under it.
 */
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../src/meta.js';
import { runCli } from '../helpers/cli.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```console\n([\s\S]*?)```/g)].map((m) => m[1]!);
const examples: Array<{ args: string[]; output: string }> = [];
for (const block of blocks)
  for (const part of block.split(/^\$ /m).slice(1)) {
    const [cmd, ...out] = part.split('\n');
    if (!cmd!.startsWith('replycheck lint')) continue;
    examples.push({ args: cmd!.split(/\s+/).slice(1), output: out.join('\n') });
  }

describe('README lint examples', () => {
  test('there are some', () => expect(examples.length).toBeGreaterThanOrEqual(2));
  const home = mkdtempSync(join(tmpdir(), 'replycheck-readme-'));
  test.each(examples.map((e) => [e.args.join(' '), e]))('replycheck %s', (_name, e) => {
    const r = runCli(e.args, { env: { HOME: home, XDG_CONFIG_HOME: join(home, 'config'), XDG_CACHE_HOME: join(home, 'cache') } });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(e.output);
  });
});
