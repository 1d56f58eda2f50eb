/**
 * Canary secrets never appear: not when a server echoes the base64 login blob (PLAIN, XOAUTH2) in a NO or BAD line,
 * not with --debug, not from a failing passwordCommand, not from a config file with a syntax error; in no output
 * format and not on stderr. The server side is a fake on 127.0.0.1 that repeats what it was sent.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../src/meta.js';
import { startEchoAuthServer } from './proxy.js';

const CANARY = 'Kanarie-7Q9x-geheim-wachtwoord';
const TOKEN = 'ya29.Kanarie-token-4Zr8';

/** Every form a secret could leak in: as is, and in base64 at each offset (as inside a SASL blob). */
function leaks(text: string, secret: string): string[] {
  const found: string[] = [];
  if (text.includes(secret)) found.push('plain');
  const part = secret.slice(4, -4); // a middle part also catches a shortened echo
  if (text.includes(part)) found.push('part');
  for (const shift of [0, 1, 2]) {
    const b64 = Buffer.concat([Buffer.alloc(shift), Buffer.from(secret)]).toString('base64');
    const core = b64.slice(shift ? 4 : 0, Math.floor((shift + secret.length) / 3) * 4).slice(4, -4);
    if (text.includes(core)) found.push(`base64+${shift}`);
  }
  return found;
}

function cli(args: string[], env: Record<string, string> = {}): Promise<{ status: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'replycheck'), ...args], { cwd: ROOT, env: { ...process.env, LANG: 'C', NO_COLOR: '1', ...env } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (status) => resolve({ status, out }));
  });
}

const dir = mkdtempSync(join(tmpdir(), 'rc-canary-'));
const FORMATS: string[][] = [
  ['scan', '-f', 'json'],
  ['scan', '-f', 'stylish'],
  ['scan', '-f', 'stylish', '--lang', 'nl'],
  ['report', '-f', 'json'],
  ['report', '-f', 'junit'],
  ['report', '-f', 'markdown'],
  ['report', '-f', 'html'],
  ['report', '-f', 'stylish', '--lang', 'nl'],
];

describe('secrets never appear', () => {
  const servers: Array<{ port: number; close(): Promise<void> }> = [];
  let noPort = 0;
  let badPort = 0;

  beforeAll(async () => {
    servers.push(await startEchoAuthServer('no'), await startEchoAuthServer('bad'));
    [noPort, badPort] = servers.map((s) => s.port) as [number, number];
  });

  afterAll(async () => {
    for (const s of servers) await s.close();
  });

  const config = (name: string, account: Record<string, unknown>) => {
    const file = join(dir, `${name}.json`);
    writeFileSync(file, JSON.stringify({ me: ['joan@prinsweb.example'], accounts: { work: { host: '127.0.0.1', user: 'joan', secure: false, allowPlaintext: true, timeoutSeconds: 5, ...account } } }));
    return file;
  };

  // Every format once; the other cases through one scan and one report format each (the formats share the texts).
  const SOME = [FORMATS[0]!, FORMATS[2]!, FORMATS[4]!];
  test.each([
    ['PLAIN, echoed in NO', () => noPort, { passwordEnv: 'RC_CANARY' }, CANARY, FORMATS],
    ['PLAIN, echoed in BAD', () => badPort, { passwordEnv: 'RC_CANARY' }, CANARY, SOME],
    ['XOAUTH2/OAUTHBEARER token, echoed in NO', () => noPort, { tokenCommand: `printf '%s' '${TOKEN}'` }, TOKEN, SOME],
    ['XOAUTH2/OAUTHBEARER token, echoed in BAD', () => badPort, { tokenCommand: `printf '%s' '${TOKEN}'` }, TOKEN, SOME],
  ])('a server echoing the login blob (%s): in no format, not on stderr, not with --debug', async (_name, port, secret, value, formats) => {
    const file = config(`echo-${port()}-${value.length}`, { port: port(), ...secret });
    for (const args of formats) {
      const r = await cli([...args, '-c', file, '--no-cache', '--debug'], { RC_CANARY: CANARY });
      expect([args.join(' '), r.status]).toEqual([args.join(' '), 3]);
      expect([args.join(' '), leaks(r.out, value)]).toEqual([args.join(' '), []]);
      expect(r.out).toMatch(/imap:work|work/);
    }
  }, 120_000);

  test('a failing passwordCommand: its exit code, not its output', async () => {
    const file = config('cmd', { port: noPort, passwordCommand: `echo '${CANARY}'; echo 'gpg: bad passphrase ${CANARY}' >&2; exit 5` });
    for (const args of [FORMATS[0]!, FORMATS[2]!, FORMATS[3]!]) {
      const r = await cli([...args, '-c', file, '--no-cache', '--debug']);
      expect(r.status).toBe(3);
      expect(leaks(r.out, CANARY)).toEqual([]);
      expect(r.out).toMatch(/passwordCommand (failed with exit code 5|faalde met afsluitcode 5)/);
    }
  }, 60_000);

  test.each([
    ['JSON', 'bad.json', `{\n  "me": ["a@b.nl"],\n  "accounts": {\n    "w": { "host": "h", "user": "u", "password": "${CANARY}",\n    }\n  }\n}\n`],
    ['YAML', 'bad.yaml', `me: [a@b.nl]\naccounts:\n  w:\n    host: h\n    password: "${CANARY}\n    user: u\n`],
  ])('a %s config with a syntax error next to the password: its place shown, the password not, with --debug too', async (_kind, name, text) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    for (const extra of [[], ['--debug']]) {
      const r = await cli(['scan', '-c', file, ...extra]);
      expect(r.status).toBe(2);
      expect(r.out).toMatch(new RegExp(`Cannot read config \\S*${name.replace('.', '\\.')}:\\d+:\\d+`));
      expect(r.out).toContain('password');
      expect(leaks(r.out, CANARY)).toEqual([]);
    }
    expect(readFileSync(file, 'utf8')).toContain(CANARY);
  });
});
