/**
 * A throw-away Dovecot for the integration tests and the bench: its own config in a temp dir (never /etc),
 * listening on 127.0.0.1 on free ports (plain+STARTTLS and implicit TLS), passwd-file users, Maildir storage
 * filled by writing files straight into cur/, and a CA + server certificate made with openssl at start.
 *
 * Pitfalls handled (see /work/shared/design/toolchain.md): Dovecot refuses mail access as uid 0, so as root
 * the mail belongs to `nobody`; mkdtemp makes 0700 folders, so parents are opened up; unix socket paths
 * must stay under 108 bytes (short base_dir); the master keeps stdout open (stdio ignored); doveadm needs -c.
 * A failed login makes Dovecot delay later logins from the same IP by seconds (auth penalty): run
 * wrong-password tests last in a file.
 */
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmod, chown, mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const DOVECOT_BIN = ['/usr/sbin/dovecot', '/usr/local/sbin/dovecot'].find((p) => existsSync(p));

/** Whether the integration tests can run here; in CI a missing Dovecot is a failure, not a skip. */
export function dovecotAvailable(): boolean {
  if (DOVECOT_BIN && spawnSync('openssl', ['version']).status === 0) return true;
  if (process.env.CI === 'true') throw new Error('CI=true but dovecot or openssl is missing: apt-get install -y dovecot-imapd');
  console.warn('SKIPPED: IMAP integration tests need Dovecot (apt-get install -y dovecot-imapd) and openssl.');
  return false;
}

export interface TestUser {
  user: string;
  password: string;
}

export interface DeliverOptions {
  /** Maildir info flags, e.g. 'S' (seen), 'RS' (answered+seen). */
  flags?: string;
  /** INTERNALDATE: Dovecot takes it from the file's mtime. */
  date?: Date;
}

export interface Dovecot {
  host: string;
  /** Plain port (offers STARTTLS). */
  port: number;
  /** Implicit-TLS port. */
  tlsPort: number;
  /** PEM file of the CA that signed the server certificate. */
  caFile: string;
  dir: string;
  /** Write a message into a folder ('INBOX', 'Sent', 'Drafts', …) as a Maildir file. */
  deliver(user: string, folder: string, raw: Buffer | string, opts?: DeliverOptions): Promise<string>;
  /** Run doveadm against this instance. */
  doveadm(...args: string[]): Promise<string>;
  /** "uid flags" lines of one folder, as Dovecot sees them (\Recent left out: it is per session). */
  flags(user: string, folder: string): Promise<string[]>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

async function makeCertificates(dir: string): Promise<void> {
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  await run('openssl', ['req', '-x509', ...ec, '-keyout', join(dir, 'ca.key'), '-out', join(dir, 'ca.crt'),
    '-days', '2', '-subj', '/CN=replycheck test CA']);
  await run('openssl', ['req', ...ec, '-keyout', join(dir, 'server.key'), '-out', join(dir, 'server.csr'),
    '-subj', '/CN=localhost']);
  await writeFile(join(dir, 'san.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\n');
  await run('openssl', ['x509', '-req', '-in', join(dir, 'server.csr'), '-CA', join(dir, 'ca.crt'), '-CAkey',
    join(dir, 'ca.key'), '-CAcreateserial', '-out', join(dir, 'server.crt'), '-days', '2', '-extfile', join(dir, 'san.ext')]);
}

function waitForGreeting(port: number, timeoutMs: number, gone: () => boolean): Promise<void> {
  const until = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const sock = connect(port, '127.0.0.1');
      sock.once('data', (d) => {
        sock.destroy();
        if (d.toString().startsWith('* OK')) resolve();
        else reject(new Error(`unexpected greeting: ${d}`));
      });
      sock.once('error', () => {
        sock.destroy();
        if (gone()) reject(new Error(`dovecot exited before it listened on port ${port}`));
        else if (Date.now() > until) reject(new Error(`dovecot did not start on port ${port}`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

let seq = 0;

export interface DovecotOptions {
  /** Also accept OAuth2 (XOAUTH2 / OAUTHBEARER) tokens, checked against this RFC 7662 introspection URL. */
  oauth2IntrospectionUrl?: string;
}

export async function startDovecot(users: TestUser[], options: DovecotOptions = {}): Promise<Dovecot> {
  if (!DOVECOT_BIN) throw new Error('dovecot is not installed');
  const isRoot = process.getuid?.() === 0;
  // As root the mail belongs to nobody; otherwise everything runs as the current user.
  const mailUid = isRoot ? 65534 : process.getuid!();
  const mailGid = isRoot ? 65534 : process.getgid!();
  const me = spawnSync('id', ['-un']).stdout.toString().trim();
  const dir = await mkdtemp(join(tmpdir(), 'rcdv-'));
  await chmod(dir, 0o755);
  for (const sub of ['run', 'state', 'tls', 'mail']) await mkdir(join(dir, sub), { mode: 0o755 });
  await makeCertificates(join(dir, 'tls'));

  const passwd = users
    .map((u) => `${u.user}:{PLAIN}${u.password}:${mailUid}:${mailGid}::${join(dir, 'mail', u.user)}::`)
    .join('\n');
  const passwdFile = join(dir, 'passwd');
  await writeFile(passwdFile, passwd + '\n', { mode: 0o640 });
  if (isRoot) await chown(passwdFile, 0, Number(spawnSync('getent', ['group', 'dovecot']).stdout.toString().split(':')[2] ?? 0));
  for (const u of users) {
    const home = join(dir, 'mail', u.user);
    for (const f of ['Maildir/cur', 'Maildir/new', 'Maildir/tmp']) await mkdir(join(home, f), { recursive: true });
    await chownTree(home, mailUid, mailGid);
  }

  const dh = '/usr/share/dovecot/dh.pem';
  const confOf = (port: number, tlsPort: number) => `
protocols = imap
listen = 127.0.0.1
base_dir = ${join(dir, 'run')}
state_dir = ${join(dir, 'state')}
log_path = ${join(dir, 'dovecot.log')}
instance_name = rcdv${process.pid}x${seq++}
${isRoot ? '' : `default_internal_user = ${me}\ndefault_login_user = ${me}\ndefault_internal_group = ${me}`}
ssl = yes
ssl_cert = <${join(dir, 'tls/server.crt')}
ssl_key = <${join(dir, 'tls/server.key')}
${existsSync(dh) ? `ssl_dh = <${dh}` : ''}
disable_plaintext_auth = no
auth_mechanisms = plain login${options.oauth2IntrospectionUrl ? ' xoauth2 oauthbearer' : ''}
auth_failure_delay = 0
mail_location = maildir:~/Maildir
first_valid_uid = ${Math.min(mailUid, 500)}
passdb {
  driver = passwd-file
  args = scheme=PLAIN ${passwdFile}
}
${options.oauth2IntrospectionUrl ? `passdb {
  driver = oauth2
  args = ${join(dir, 'oauth2.conf.ext')}
}` : ''}
userdb {
  driver = passwd-file
  args = ${passwdFile}
}
namespace inbox {
  inbox = yes
  separator = /
  mailbox Sent {
    special_use = \\Sent
  }
  mailbox Drafts {
    special_use = \\Drafts
  }
  mailbox Archive {
    special_use = \\All
  }
}
protocol imap {
  mail_max_userip_connections = 200
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = ${tlsPort}
    ssl = yes
  }
}
service anvil {
  chroot =
}
`;
  const confFile = join(dir, 'dovecot.conf');
  if (options.oauth2IntrospectionUrl)
    await writeFile(
      join(dir, 'oauth2.conf.ext'),
      [
        'introspection_mode = post',
        `introspection_url = ${options.oauth2IntrospectionUrl}`,
        'force_introspection = yes',
        'username_attribute = username',
        'active_attribute = active',
        'active_value = true',
        '',
      ].join('\n'),
    );
  // A free port can be taken by another test between freePort() and Dovecot's bind (the suite starts many
  // servers at once): when Dovecot exits or never greets, start it again on fresh ports, up to three times.
  let child!: ChildProcess;
  let port = 0;
  let tlsPort = 0;
  let exited = false;
  for (let attempt = 1; ; attempt++) {
    [port, tlsPort] = [await freePort(), await freePort()];
    await writeFile(confFile, confOf(port, tlsPort));
    let stderr = '';
    child = spawn(DOVECOT_BIN, ['-F', '-c', confFile], { stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr!.on('data', (d) => (stderr += d));
    exited = false;
    const self = child;
    child.once('exit', () => {
      if (self === child) exited = true;
    });
    try {
      await waitForGreeting(port, 20_000, () => exited);
      break;
    } catch (e) {
      child.kill('SIGKILL');
      if (attempt < 3) continue;
      const log = await run('tail', ['-20', join(dir, 'dovecot.log')]).then((r) => r.stdout, () => '');
      throw new Error(`${(e as Error).message} (attempt ${attempt})\n${stderr}\n${log}`);
    }
  }

  let counter = 0;
  const folderDir = (user: string, folder: string) =>
    join(dir, 'mail', user, 'Maildir', folder === 'INBOX' ? '' : '.' + folder.replace(/\//g, '.'));

  const doveadm = async (...args: string[]) =>
    (await run('doveadm', ['-c', confFile, ...args], { maxBuffer: 64 * 1024 * 1024 })).stdout;

  return {
    host: '127.0.0.1',
    port,
    tlsPort,
    caFile: join(dir, 'tls/ca.crt'),
    dir,
    async deliver(user, folder, raw, opts = {}) {
      const fdir = folderDir(user, folder);
      if (!existsSync(join(fdir, 'cur'))) {
        for (const f of ['cur', 'new', 'tmp']) await mkdir(join(fdir, f), { recursive: true });
        if (folder !== 'INBOX') await writeFile(join(fdir, 'maildirfolder'), '');
        await chownTree(fdir, mailUid, mailGid);
      }
      const buf = Buffer.isBuffer(raw) ? raw : Buffer.from(raw);
      const date = opts.date ?? new Date();
      const name = `${Math.floor(date.getTime() / 1000)}.M${++counter}P${process.pid}.rc,S=${buf.length}:2,${opts.flags ?? ''}`;
      const file = join(fdir, 'cur', name);
      await writeFile(file, buf);
      await utimes(file, date, date);
      if (isRoot) await chown(file, mailUid, mailGid);
      return file;
    },
    doveadm,
    async flags(user, folder) {
      const out = await doveadm('fetch', '-u', user, 'uid flags', 'mailbox', folder, 'all');
      // Output: "uid: 1\nflags: \Seen\n" blocks separated by form feeds.
      return out
        .split('\f')
        .map((b) => {
          const uid = /uid: (\d+)/.exec(b)?.[1];
          const flags = (/flags:(.*)/.exec(b)?.[1] ?? '').trim().split(/\s+/).filter((f) => f && f !== '\\Recent');
          return uid ? `${uid} ${flags.sort().join(' ')}` : '';
        })
        .filter(Boolean);
    },
    async stop() {
      if (!exited) {
        const done = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([done, new Promise((r) => (timer = setTimeout(r, 3000)))]);
        clearTimeout(timer);
        if (!exited) child.kill('SIGKILL');
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function chownTree(path: string, uid: number, gid: number): Promise<void> {
  if (process.getuid?.() !== 0) return;
  await run('chown', ['-R', `${uid}:${gid}`, path]);
}
