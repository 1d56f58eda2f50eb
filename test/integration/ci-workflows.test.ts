/**
 * The copy-paste CI recipes in examples/ci run as written (issue 12): the GitHub Actions workflow and the GitLab job
 * are read from their YAML, and every `run:`/`script:` line is executed by bash the way the runner would (matrix
 * and secrets substituted, `replycheck` on the PATH) against a real Dovecot with two mailboxes. Only the install
 * and the artifact actions are left out: the workspace stands in for the artifacts.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT } from '../../src/meta.js';
import { startCiMailboxes, DEMO_ME, DEMO_NOW } from './ci-mailboxes.js';
import type { Dovecot } from './dovecot.js';
import { describeDovecot, passwordOf } from './setup.js';

const NOW = DEMO_NOW;
const ME = DEMO_ME;

interface Step { id?: string; uses?: string; run?: string; env?: Record<string, string> }

/** A workspace with the user's config, a `replycheck` shim on the PATH and a step-summary file. */
function workspace(dv: Dovecot) {
  const dir = mkdtempSync(join(tmpdir(), 'rc-ci-'));
  const bin = join(dir, '.bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'replycheck'), `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'bin', 'replycheck')}" "$@"\n`);
  chmodSync(join(bin, 'replycheck'), 0o755);
  const acct = (user: string) => ({ host: dv.host, port: dv.tlsPort, secure: true, user, passwordEnv: `REPLYCHECK_${user.toUpperCase()}_PASSWORD`, caFile: dv.caFile, timeoutSeconds: 10 });
  writeFileSync(join(dir, 'replycheck.config.json'), JSON.stringify({ me: ME, internalDomains: ['prinsweb.example'], checkInternal: false, accounts: { support: acct('support'), sales: acct('sales') } }, null, 2));
  const summary = join(dir, 'step-summary.md');
  writeFileSync(summary, '');
  const secrets = { REPLYCHECK_SUPPORT_PASSWORD: passwordOf('support'), REPLYCHECK_SALES_PASSWORD: passwordOf('sales') };
  const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, GITHUB_STEP_SUMMARY: summary, REPLYCHECK_NOW: NOW, CI: 'true', LANG: 'C', NO_COLOR: '1' } as NodeJS.ProcessEnv;
  return { dir, summary, secrets, env };
}

function bash(script: string, cwd: string, env: NodeJS.ProcessEnv) {
  return spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], { cwd, env, encoding: 'utf8', timeout: 120_000 });
}

/** `${{ matrix.mailbox }}`, `${{ secrets.X }}` → values, as the runner expands them before the shell sees the script. */
function expand(text: string, ctx: { matrix?: Record<string, string>; secrets: Record<string, string> }): string {
  return text.replace(/\$\{\{\s*(matrix|secrets)\.([A-Za-z_]+)\s*\}\}/g, (_m, kind: 'matrix' | 'secrets', name: string) => (kind === 'matrix' ? ctx.matrix?.[name] : ctx.secrets[name]) ?? '');
}

function redactedEverywhere(files: string[]) {
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    expect(text).not.toMatch(/prinsweb\.example|yogaoost|fatima|klant\d+@example\.com/i);
  }
}

describeDovecot('CI recipes', () => {
  let dv: Dovecot;

  beforeAll(async () => {
    dv = await startCiMailboxes();
  }, 90_000);

  afterAll(async () => {
    await dv?.stop();
  });

  test('GitHub Actions: scan per mailbox (matrix), then a redacted report with JUnit, HTML and the job summary', () => {
    const wf = parseYaml(readFileSync(join(ROOT, 'examples', 'ci', 'github-weekly-report.yml'), 'utf8')) as {
      on: { schedule: Array<{ cron: string }> };
      jobs: { scan: { strategy: { matrix: { mailbox: string[] } }; steps: Step[] }; report: { needs: string; steps: Step[] } };
    };
    expect(wf.on.schedule[0]!.cron).toMatch(/^\S+ \S+ \S+ \S+ \S+$/);
    const ws = workspace(dv);
    const runSteps = (steps: Step[], matrix?: Record<string, string>) =>
      steps
        .filter((s) => s.run && !s.uses && s.id !== 'install')
        .map((s) => {
          const env = { ...ws.env, ...Object.fromEntries(Object.entries(s.env ?? {}).map(([k, v]) => [k, expand(v, { matrix, secrets: ws.secrets })])) };
          return bash(expand(s.run!, { matrix, secrets: ws.secrets }), ws.dir, env);
        });
    for (const mailbox of wf.jobs.scan.strategy.matrix.mailbox) {
      for (const r of runSteps(wf.jobs.scan.steps, { mailbox })) expect({ mailbox, status: r.status, stderr: r.stderr }).toEqual({ mailbox, status: 0, stderr: '' });
      const result = JSON.parse(readFileSync(join(ws.dir, 'results', `${mailbox}.json`), 'utf8')) as { stats: { messages: number } };
      expect(result.stats.messages).toBeGreaterThan(0);
    }
    const [files, verdict] = runSteps(wf.jobs.report.steps);
    expect({ status: files!.status, stderr: files!.stderr }).toEqual({ status: 0, stderr: '' });
    // the demo has open errors last week: the verdict step fails the job, as the workflow says it will
    expect(verdict!.status).toBe(1);
    const junit = readFileSync(join(ws.dir, 'replycheck.xml'), 'utf8');
    expect(junit).toMatch(/<testsuites[\s\S]*<testcase /);
    expect(readFileSync(join(ws.dir, 'replycheck.html'), 'utf8')).toContain('<svg');
    const summary = readFileSync(ws.summary, 'utf8');
    expect(summary).toMatch(/^#/m);
    expect(statSync(ws.summary).size).toBeLessThan(1024 * 1024);
    redactedEverywhere([ws.summary, join(ws.dir, 'replycheck.xml'), join(ws.dir, 'replycheck.html')]);
    // no secret in anything the jobs wrote
    for (const f of [ws.summary, join(ws.dir, 'replycheck.xml'), join(ws.dir, 'replycheck.html'), ...readdirSync(join(ws.dir, 'results')).map((f) => join(ws.dir, 'results', f))])
      expect(readFileSync(f, 'utf8')).not.toContain('s3cret');
  }, 300_000);

  test('GitLab CI: the parallel matrix scan jobs and the report job, each script line as the runner runs it', () => {
    const ci = parseYaml(readFileSync(join(ROOT, 'examples', 'ci', 'gitlab-weekly-report.yml'), 'utf8')) as Record<string, { script?: string[]; parallel?: { matrix: Array<{ MAILBOX: string[] }> }; artifacts?: { reports?: { junit?: string } } }>;
    const ws = workspace(dv);
    const scan = ci['replycheck-scan']!;
    for (const MAILBOX of scan.parallel!.matrix[0]!.MAILBOX) {
      const r = bash(scan.script!.join('\n'), ws.dir, { ...ws.env, ...ws.secrets, MAILBOX });
      expect({ MAILBOX, status: r.status, stderr: r.stderr }).toEqual({ MAILBOX, status: 0, stderr: '' });
    }
    const report = ci['replycheck-report']!;
    const r = bash(report.script!.join('\n'), ws.dir, { ...ws.env, ...ws.secrets });
    expect(r.status).toBe(1); // --fail-on error on the last line: the demo's errors fail the job, after the files exist
    expect(existsSync(join(ws.dir, report.artifacts!.reports!.junit!))).toBe(true);
    redactedEverywhere([join(ws.dir, 'replycheck.xml'), join(ws.dir, 'replycheck.html')]);
  }, 300_000);
});
