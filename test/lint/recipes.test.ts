/**
 * The recipes of docs/integrations.md, taken from the document as written and run with the real clients: neomutt (batch
 * mode), aerc (in tmux), vim (Ex mode), bash and zsh. A stand-in sendmail records what it was given. Each client is
 * a Debian package (.ci/run installs them); a missing one skips its tests with a notice, except under CI=true.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../src/meta.js';

const DOC = readFileSync(join(ROOT, 'docs', 'integrations.md'), 'utf8');

/** The code block under `<!-- recipe: name -->` in docs/integrations.md. */
function recipe(name: string): string {
  const m = new RegExp(`<!-- recipe: ${name} -->\\n\`\`\`[a-z]*\\n([\\s\\S]*?)\`\`\``).exec(DOC);
  if (!m) throw new Error(`docs/integrations.md has no recipe "${name}"`);
  return m[1]!;
}

function have(tool: string): boolean {
  if (spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0) return true;
  if (process.env.CI === 'true') throw new Error(`CI=true but ${tool} is missing: apt-get install -y ${tool}`);
  console.warn(`SKIPPED: the ${tool} recipe test needs ${tool} (apt-get install -y ${tool}).`);
  return false;
}
const describeIf = (ok: boolean) => (ok ? describe : describe.skip);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function waitFor<T>(what: string, fn: () => T | undefined | false, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(150);
  }
}

// Replies to a customer who asked two things; the clean one answers both, the other leaves the second open.
const QUOTE = 'Jan de Vries <jan.devries@klant.example> schreef:\n> Wat kost de nieuwe website?\n> En wanneer kunnen jullie beginnen?\n';
const CLEAN = `Hoi Jan,\n\nDe nieuwe website kost ongeveer 6.500 euro. We kunnen maandag 16 maart beginnen.\n\nGroet,\nJoan\n\n${QUOTE}`;
const OPEN_QUESTION = `Hoi Jan,\n\nDe nieuwe website kost ongeveer 6.500 euro.\n\nGroet,\nJoan\n\n${QUOTE}`;
const FINDING = /unanswered-question: Jan de Vries asked a question this draft does not answer: “En wanneer kunnen jullie beginnen\?”/;

interface Sandbox {
  root: string;
  home: string;
  bin: string;
  out: string;
  tmp: string;
  env: Record<string, string>;
}

const sandboxes: string[] = [];
function sandbox(): Sandbox {
  const root = mkdtempSync(join(tmpdir(), 'rc-recipes-'));
  sandboxes.push(root);
  const [home, bin, out, tmp, run] = ['home', 'bin', 'out', 'tmp', 'run'].map((d) => join(root, d));
  for (const d of [home, bin, out, tmp, run, join(home, 'bin')]) mkdirSync(d, { recursive: true, mode: 0o700 });
  // replycheck on the PATH, as an installed one would be
  writeFileSync(join(bin, 'replycheck'), `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'bin', 'replycheck')}" "$@"\n`, { mode: 0o755 });
  // the stand-in for the real sendmail: records its arguments and the message
  writeFileSync(join(bin, 'fake-sendmail'), '#!/bin/sh\nn=$(date +%s%N)\nprintf "%s\\n" "$@" > "$FAKE_OUT/$n.args"\ncat > "$FAKE_OUT/$n.eml"\nexit "${FAKE_STATUS:-0}"\n', { mode: 0o755 });
  writeFileSync(join(home, 'bin', 'replycheck-sendmail'), recipe('sendmail-wrapper'), { mode: 0o755 });
  const env: Record<string, string> = {
    PATH: `${bin}:${process.env.PATH}`,
    HOME: home,
    TMPDIR: tmp,
    LANG: 'C.UTF-8',
    TERM: 'xterm-256color',
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_CACHE_HOME: join(home, '.cache'),
    XDG_RUNTIME_DIR: run,
    FAKE_OUT: out,
    REPLYCHECK_SENDMAIL: join(bin, 'fake-sendmail'),
  };
  return { root, home, bin, out, tmp, env };
}

/** What the stand-in sendmail received (soft line breaks of quoted-printable joined). */
const delivered = (s: Sandbox) => readdirSync(s.out).filter((f) => f.endsWith('.eml')).map((f) => readFileSync(join(s.out, f), 'utf8').replace(/=\r?\n/g, ''));
/** Files left in TMPDIR that hold a copy of the mail. */
const copiesLeft = (s: Sandbox) => readdirSync(s.tmp).filter((f) => /Hoi Jan/.test(readFileSync(join(s.tmp, f), 'latin1')));

afterAll(() => {
  for (const d of sandboxes) rmSync(d, { recursive: true, force: true });
});

describeIf(have('neomutt'))('neomutt with the send-hook wrapper', () => {
  const send = (s: Sandbox, body: string, extra: Record<string, string> = {}) => {
    const rc = join(s.root, 'muttrc');
    writeFileSync(rc, `${recipe('muttrc')}set use_from = yes\nset from = "Joan Prins <joan@prinsweb.example>"\nset record = ""\nset copy = no\n`);
    return spawnSync('neomutt', ['-n', '-F', rc, '-s', 'Re: Offerte', 'jan.devries@klant.example'], { input: body, env: { ...s.env, ...extra }, cwd: s.root, encoding: 'utf8', timeout: 30_000 });
  };

  test('a clean reply is delivered and leaves no copy in $TMPDIR', () => {
    const s = sandbox();
    const r = send(s, CLEAN);
    expect(r.status).toBe(0);
    const mails = delivered(s);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatch(/We kunnen maandag 16 maart beginnen/);
    expect(readFileSync(join(s.out, readdirSync(s.out).find((f) => f.endsWith('.args'))!), 'utf8')).toMatch(/jan\.devries@klant\.example/);
    expect(copiesLeft(s)).toEqual([]);
  });

  test('a reply that leaves a question open is held, with the finding shown; REPLYCHECK_OFF=1 sends it', () => {
    const s = sandbox();
    const r = send(s, OPEN_QUESTION);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(FINDING);
    expect(r.stderr).toMatch(/replycheck: not sent/);
    expect(delivered(s)).toEqual([]);
    expect(copiesLeft(s)).toEqual([]);
    const off = send(s, OPEN_QUESTION, { REPLYCHECK_OFF: '1' });
    expect(off.status).toBe(0);
    expect(delivered(s)).toHaveLength(1);
  });

  test("the real sendmail's failure is neomutt's failure", () => {
    const s = sandbox();
    const r = send(s, CLEAN, { FAKE_STATUS: '75' });
    expect(r.status).not.toBe(0);
    expect(copiesLeft(s)).toEqual([]);
  });
});

describeIf(have('aerc') && have('tmux'))('aerc with the send-hook wrapper (driven in tmux)', () => {
  const setup = (outgoing: (s: Sandbox) => string) => {
    const s = sandbox();
    const conf = join(s.home, '.config', 'aerc');
    mkdirSync(conf, { recursive: true });
    for (const d of ['INBOX', 'Sent']) for (const sub of ['cur', 'new', 'tmp']) mkdirSync(join(s.root, 'Mail', d, sub), { recursive: true });
    const accounts = recipe('aerc-accounts').replace(/^outgoing = .*$/m, `outgoing = ${outgoing(s)}`);
    writeFileSync(join(conf, 'accounts.conf'), `${accounts}source = maildir://${join(s.root, 'Mail')}\ndefault = INBOX\nfrom = Joan Prins <joan@prinsweb.example>\ncopy-to =\n`, { mode: 0o600 });
    // no editor to type into: the composer goes straight to its review screen
    writeFileSync(join(conf, 'aerc.conf'), '[compose]\neditor=true\n');
    const defaults = '/usr/share/aerc/binds.conf';
    if (existsSync(defaults)) copyFileSync(defaults, join(conf, 'binds.conf'));
    writeFileSync(join(conf, 'binds.conf'), `${existsSync(defaults) ? readFileSync(defaults, 'utf8') : ''}\n${recipe('aerc-binds')}`);
    return s;
  };
  const tmux = (s: Sandbox, ...args: string[]) => spawnSync('tmux', ['-S', join(s.root, 'tmux.sock'), ...args], { env: s.env, encoding: 'utf8' });
  const screen = (s: Sandbox) => {
    // aerc redraws on events only: a resize makes it paint what it has
    tmux(s, 'resize-window', '-t', 'rc', '-x', '150');
    tmux(s, 'resize-window', '-t', 'rc', '-x', '160');
    return tmux(s, 'capture-pane', '-p', '-t', 'rc').stdout;
  };
  const compose = async (s: Sandbox, body: string) => {
    const envs = Object.entries(s.env).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(' ');
    tmux(s, 'new-session', '-d', '-s', 'rc', '-x', '160', '-y', '48', `env ${envs} aerc`);
    await waitFor('aerc to start', () => existsSync(join(s.env.XDG_RUNTIME_DIR!, 'aerc.sock')));
    const mailto = `mailto:jan.devries@klant.example?subject=${encodeURIComponent('Re: Offerte')}&body=${encodeURIComponent(body)}`;
    expect(spawnSync('aerc', [mailto], { env: s.env, encoding: 'utf8' }).stdout).toMatch(/success/);
    await waitFor('the review screen', () => /Send this email\?/.test(screen(s)));
    // aerc drops the first key after the composer opens: an Escape goes first
    tmux(s, 'send-keys', '-t', 'rc', 'Escape');
    await sleep(500);
    tmux(s, 'send-keys', '-t', 'rc', 'y');
  };
  afterAll(() => {
    for (const root of sandboxes) if (existsSync(join(root, 'tmux.sock'))) spawnSync('tmux', ['-S', join(root, 'tmux.sock'), 'kill-server']);
  });

  test('a clean reply is delivered and leaves no copy in $TMPDIR', async () => {
    const s = setup((x) => join(x.home, 'bin', 'replycheck-sendmail'));
    await compose(s, CLEAN);
    const mails = await waitFor('delivery', () => (delivered(s).length ? delivered(s) : undefined));
    expect(mails[0]).toMatch(/We kunnen maandag 16 maart beginnen/);
    await waitFor('the wrapper to clean up', () => copiesLeft(s).length === 0, 5000);
  }, 60_000);

  test('a reply that leaves a question open stays in its compose tab; the bound key shows the finding', async () => {
    const s = setup((x) => join(x.home, 'bin', 'replycheck-sendmail'));
    await compose(s, OPEN_QUESTION);
    const last = join(s.home, '.local', 'state', 'replycheck', 'last-check.txt');
    await waitFor('the refusal', () => existsSync(last) && /not sent/.test(readFileSync(last, 'utf8')));
    expect(readFileSync(last, 'utf8')).toMatch(FINDING);
    await waitFor('"exit status 1" in the status line', () => /exit status 1/.test(screen(s)));
    expect(delivered(s)).toEqual([]);
    tmux(s, 'send-keys', '-t', 'rc', 'Escape');
    await waitFor('the compose tab, still open', () => /Send this email\?/.test(screen(s)));
    // aerc drops the first key after a failed send: an Escape goes first
    tmux(s, 'send-keys', '-t', 'rc', 'Escape');
    await sleep(500);
    tmux(s, 'send-keys', '-t', 'rc', 'R');
    await waitFor('the finding on screen', () => /asked a question this draft does not/.test(screen(s)), 10_000).catch((e) => {
      throw new Error(`${(e as Error).message}; the screen:\n${screen(s)}`);
    });
  }, 60_000);

  test('with "~/bin/…" as outgoing, aerc sends nothing at all (why the recipe gives the full path)', async () => {
    const s = setup(() => '~/bin/replycheck-sendmail');
    await compose(s, CLEAN);
    await sleep(5000);
    expect(delivered(s)).toEqual([]);
  }, 60_000);
});

describeIf(have('vim'))('vim: the quickfix list from :make', () => {
  test('a Maildir draft with ":" in its name: entries point into the buffer at the findings', () => {
    const s = sandbox();
    const dir = join(s.home, 'Mail', 'Drafts', 'cur');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, '1764680040.M1P2.host:2,DS');
    copyFileSync(join(ROOT, 'fixtures', 'lint', 'draft-offerte.eml'), file);
    const plugin = join(s.root, 'mail.vim');
    writeFileSync(plugin, recipe('vim'));
    const unix = spawnSync('replycheck', ['lint', '-f', 'unix', file], { env: s.env, encoding: 'utf8' }).stdout.trim().split('\n');
    const want = unix.map((l) => {
      const m = /:(\d+):(\d+): (error|warn|info) ([a-z-]+): /.exec(l.slice(file.length))!;
      return { lnum: +m[1]!, col: +m[2]!, type: m[3]![0]!.toUpperCase(), rule: m[4]! };
    });
    expect(want.length).toBeGreaterThan(3);
    const report = join(s.root, 'qf.json');
    const r = spawnSync('vim', ['-Es', '-u', 'NONE', '-i', 'NONE', '-c', `source ${plugin}`, '-c', 'silent make', '-c', 'cfirst',
      '-c', `call writefile([json_encode({'qf': map(getqflist(), {_, q -> {'buf': bufname(q.bufnr), 'lnum': q.lnum, 'col': q.col, 'type': toupper(q.type), 'text': q.text, 'valid': q.valid}}), 'at': [bufname('%'), line('.'), virtcol('.')]})], '${report}')`,
      '-c', 'qa!', file], { env: s.env, encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(0);
    const got = JSON.parse(readFileSync(report, 'utf8')) as { qf: Array<{ buf: string; lnum: number; col: number; type: string; text: string; valid: number }>; at: [string, number, number] };
    expect(got.qf.map((q) => ({ lnum: q.lnum, col: q.col, type: q.type, rule: q.text.split(':')[0] }))).toEqual(want);
    for (const q of got.qf) expect([q.buf, q.valid]).toEqual([file, 1]);
    expect(got.at).toEqual([file, want[0]!.lnum, want[0]!.col]);
  });
});

describe('shell: the alias and rcdraft in bash and zsh', () => {
  const shells = ['bash', ...(have('zsh') ? ['zsh'] : [])];
  test.each(shells)('%s: the newest draft while new/ is empty; "no drafts" for an empty folder; rcl', (sh) => {
    const s = sandbox();
    writeFileSync(join(s.home, sh === 'bash' ? '.bashrc' : '.zshrc'), recipe('shell'));
    const drafts = join(s.root, 'Drafts');
    for (const d of ['cur', 'new']) mkdirSync(join(drafts, d), { recursive: true });
    const run = (cmd: string) => spawnSync(sh, ['-i', '-c', cmd], { env: { ...s.env, ZDOTDIR: s.home }, cwd: s.root, encoding: 'utf8', timeout: 30_000 });

    const none = run(`rcdraft ${drafts}`);
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(new RegExp(`rcdraft: no drafts in ${drafts}`));

    writeFileSync(join(drafts, 'cur', '1764600000.M1P1.host:2,DS'), OPEN_QUESTION);
    const older = join(drafts, 'cur', '1764600000.M1P1.host:2,DS');
    spawnSync('touch', ['-d', '2026-01-01', older]);
    writeFileSync(join(drafts, 'cur', '1764680040.M1P2.host:2,DS'), CLEAN);
    const newest = run(`rcdraft ${drafts}`);
    expect(newest.stdout).toMatch(/No problems found/);
    expect(newest.status).toBe(0);

    const rcl = run(`rcl ${older}`);
    expect(rcl.status).toBe(1);
    expect(rcl.stdout).toContain(`${older}:`);
    expect(rcl.stdout).toMatch(FINDING);
  });
});
