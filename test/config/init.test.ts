/** `replycheck init` writes a config made from the schema: it validates, and its values are the schema's. */
import { describe, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig } from '../../src/config/defaults.js';
import { validateConfig } from '../../src/config/validate.js';
import { runCli } from '../helpers/cli.js';

describe('replycheck init', () => {
  const dir = mkdtempSync(join(tmpdir(), 'replycheck-init-'));
  const file = join(dir, '.replycheckrc.json');

  test('writes a valid starter config with the schema defaults, private to the user', () => {
    const r = runCli(['init', '--me', 'Joan@PrinsWeb.example', 'joan@gmail.com'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('docs/configuration.md');
    const written = JSON.parse(readFileSync(file, 'utf8'));
    const config = validateConfig(written, file);
    expect(config.me).toEqual(['joan@prinsweb.example', 'joan@gmail.com']);
    expect(config.internalDomains).toEqual(['prinsweb.example']); // not gmail.com
    expect(config.businessHours).toEqual(defaultConfig().businessHours);
    expect(config.accounts.work).toMatchObject({ user: 'joan@prinsweb.example', passwordCommand: expect.any(String) });
    expect(config.rules['slow-reply']).toEqual(['warn', { maxBusinessHours: 8 }]);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    // outside a project that installed it: a file URL to this install's published schema, which exists
    expect(written.$schema).toMatch(/^file:\/\//);
    expect(existsSync(fileURLToPath(written.$schema))).toBe(true);
  });

  test('will not overwrite without --force, and says so in Dutch too', () => {
    const en = runCli(['init'], { cwd: dir });
    expect(en.status).toBe(2);
    expect(en.stderr).toMatch(/already exists; use --force/);
    const nl = runCli(['init', '--lang', 'nl'], { cwd: dir });
    expect(nl.stderr).toMatch(/bestaat al; gebruik --force/);
    expect(runCli(['init', '--force'], { cwd: dir }).status).toBe(0);
    expect(validateConfig(JSON.parse(readFileSync(file, 'utf8'))).me).toEqual(['you@example.com']);
  });
});
