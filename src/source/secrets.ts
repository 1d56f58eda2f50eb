/**
 * Where an account's secret comes from: a password command (like mutt/aerc), an environment variable,
 * an OAuth2 token command, or — discouraged — a plain password in the config file.
 * The secret itself never goes into an error, a warning, a log line or the cache.
 */
import { spawn } from 'node:child_process';
import type { Bilingual } from '../model.js';
import type { AccountConfig } from '../config/types.js';
import { SourceError } from '../errors.js';

export interface Secret {
  kind: 'password' | 'token';
  value: string;
  /** Where it came from, for messages: "passwordCommand", "passwordEnv FOO", … (never the value). */
  via: string;
}

/** Seconds a password/token command may take (a GPG pinentry prompt needs a while). */
const COMMAND_TIMEOUT_MS = 120_000;

export interface SecretResult {
  secret: Secret;
  warnings: Bilingual[];
}

/** Run a shell command and return its stdout without the trailing newline(s). */
export function runSecretCommand(account: string, key: string, command: string, timeoutMs = COMMAND_TIMEOUT_MS): Promise<string> {
  return new Promise((resolve, reject) => {
    // stdin stays attached so pass/gpg can prompt; stdout is captured; stderr is captured and dropped: a failing
    // command may print (part of) the secret there, so it is never shown, only its exit status.
    const child = spawn('/bin/sh', ['-c', command], { stdio: ['inherit', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.resume();
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    const fail = (en: string, nl: string, code = 'SECRET') =>
      reject(new SourceError(code, { en: `Account ${account}: ${key} ${en}`, nl: `Account ${account}: ${key} ${nl}` }));
    child.on('error', (e) => {
      clearTimeout(timer);
      fail(`could not be started (${e.message})`, `kon niet starten (${e.message})`);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const see = { en: '; its output is not shown (it may hold the secret): run the command yourself to see why', nl: '; de uitvoer wordt niet getoond (die kan het geheim bevatten): voer de opdracht zelf uit om te zien waarom' };
      if (signal) return fail(`was stopped (${signal})${see.en}`, `is gestopt (${signal})${see.nl}`);
      if (code !== 0) return fail(`failed with exit code ${code}${see.en}`, `faalde met afsluitcode ${code}${see.nl}`);
      const value = Buffer.concat(out).toString('utf8').replace(/(?<![\r\n])[\r\n]+$/, '');
      if (!value.trim()) return fail('printed nothing', 'gaf geen uitvoer');
      resolve(value);
    });
  });
}

/** Resolve an account's secret. Order: tokenCommand, passwordCommand, passwordEnv, password. */
export async function resolveSecret(name: string, account: AccountConfig, env: NodeJS.ProcessEnv = process.env): Promise<SecretResult> {
  const warnings: Bilingual[] = [];
  if (account.tokenCommand) {
    const value = await runSecretCommand(name, 'tokenCommand', account.tokenCommand);
    return { secret: { kind: 'token', value, via: 'tokenCommand' }, warnings };
  }
  if (account.passwordCommand) {
    const value = await runSecretCommand(name, 'passwordCommand', account.passwordCommand);
    return { secret: { kind: 'password', value, via: 'passwordCommand' }, warnings };
  }
  if (account.passwordEnv) {
    const value = env[account.passwordEnv];
    if (!value)
      throw new SourceError('SECRET', {
        en: `Account ${name}: environment variable ${account.passwordEnv} (passwordEnv) is not set`,
        nl: `Account ${name}: omgevingsvariabele ${account.passwordEnv} (passwordEnv) is niet gezet`,
      });
    return { secret: { kind: 'password', value, via: `passwordEnv ${account.passwordEnv}` }, warnings };
  }
  if (account.password !== undefined && account.password !== '') {
    if (!warnedPlain.has(name)) warnings.push(plainPasswordWarning(name)); // once per account per process
    warnedPlain.add(name);
    return { secret: { kind: 'password', value: account.password, via: 'password' }, warnings };
  }
  throw new SourceError('SECRET', {
    en: `Account ${name}: no password or token configured (use passwordCommand, passwordEnv or tokenCommand)`,
    nl: `Account ${name}: geen wachtwoord of token ingesteld (gebruik passwordCommand, passwordEnv of tokenCommand)`,
  });
}

const warnedPlain = new Set<string>();

function plainPasswordWarning(name: string): Bilingual {
  return {
    en: `Account ${name}: the password is stored in plain text in the config file; use passwordCommand or passwordEnv instead`,
    nl: `Account ${name}: het wachtwoord staat leesbaar in het configuratiebestand; gebruik liever passwordCommand of passwordEnv`,
  };
}

/**
 * Remove every occurrence of the secret from a text, and of its base64 forms: a SASL blob (PLAIN "\0user\0secret",
 * XOAUTH2 "user=…\x01auth=Bearer secret…") puts the secret at any offset, so each of the three alignments is scrubbed
 * by the characters that depend on the secret alone.
 */
export function redact(text: string, secret: string | undefined): string {
  if (!secret || secret.length < 3) return text;
  let out = text.split(secret).join('***');
  const bytes = Buffer.from(secret);
  for (const shift of [0, 1, 2]) {
    const b64 = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64');
    const core = b64.slice(shift ? 4 : 0, Math.floor((shift + bytes.length) / 3) * 4);
    if (core.length >= 4) out = out.split(core).join('***');
  }
  return out;
}
