/**
 * better-sqlite3 without its native part (issue 12): a clear line in nl and en that names the way out (reinstall, or
 * --no-cache), not the loader's stack. The errors are the real ones: the `bindings` loader better-sqlite3 uses, asked
 * for a file that is not there, and Node's own dlopen of a file that is not a native module.
 */
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nativeMissing, openCache } from '../../src/cache/imap-cache.js';
import { SourceError } from '../../src/errors.js';

// the loader better-sqlite3 itself requires, resolved from better-sqlite3's own folder (not a dependency of ours)
const fromSqlite = createRequire(createRequire(import.meta.url).resolve('better-sqlite3'));
const bindings = fromSqlite('bindings') as (o: object) => unknown;
const dir = mkdtempSync(join(tmpdir(), 'rc-native-'));

function caught(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('did not throw');
}

const noBindings = () => caught(() => bindings({ bindings: 'better_sqlite3.node', module_root: dir }));
const notNative = () => {
  const file = join(dir, 'fake.node');
  writeFileSync(file, 'not a shared object');
  return caught(() => process.dlopen({ exports: {} } as NodeJS.Module, file));
};

describe('the IMAP cache without better-sqlite3\'s native part', () => {
  test('the bindings file missing and a file that is not a native module are both named so, in en and nl', () => {
    for (const e of [noBindings(), notNative()]) {
      const err = nativeMissing(e)!;
      expect(err).toBeInstanceOf(SourceError);
      expect(err.code).toBe('CACHE_NATIVE_MISSING');
      expect(err.texts.en).toMatch(/^The IMAP cache needs better-sqlite3 \(reinstall, or use --no-cache\): /);
      expect(err.texts.nl).toMatch(/^De IMAP-cache heeft better-sqlite3 nodig \(installeer opnieuw, of gebruik --no-cache\): /);
      expect(err.texts.en).not.toContain('\n');
    }
  });

  test('other errors are left as they are (a full disk is no missing module)', () => {
    expect(nativeMissing(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }))).toBeUndefined();
    expect(nativeMissing(new Error('Cannot find module chalk'))).toBeUndefined();
  });

  test('openCache: the first Database loads the native part; without it, the one clear error', async () => {
    class NoNative {
      constructor() {
        bindings({ bindings: 'better_sqlite3.node', module_root: dir });
      }
    }
    const load = async () => ({ default: NoNative as never });
    await expect(openCache(join(dir, 'cache'), load)).rejects.toMatchObject({ code: 'CACHE_NATIVE_MISSING' });
    // and with the real module the cache opens as before
    const { cache } = await openCache(join(dir, 'real'));
    expect(cache.path.startsWith(join(dir, 'real'))).toBe(true);
    cache.close();
  });
});
