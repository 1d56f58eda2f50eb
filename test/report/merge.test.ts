/**
 * `report --merge`: the fixture mailbox split in two "mailboxes" (one per group of customers, the newsletter in
 * both), each scanned to JSON, merged, and compared with one report over all the mail at once.
 */
import { describe, expect, test } from '@jest/globals';
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG, MAILBOX, NOW, run, tempDir } from './run-report.js';
import { fingerprint, normaliseEvidence } from '../../src/stats/baseline.js';

// Mailbox A holds the conversations with Piet and Anna, B those with Kees, Lisa and Marco (each with its replies,
// as a scan of one person's INBOX + Sent would); the newsletter reached both.
const FIRST = /^(02|03|04|05|06|07|08|11|13)-/;

async function scanTo(dir: string, file: string): Promise<string> {
  const r = await run(['scan', dir, '-c', CONFIG, '--now', NOW, '--since', '60d', '-f', 'json']);
  expect(r.stdout.startsWith('{')).toBe(true);
  writeFileSync(file, r.stdout);
  return file;
}

describe('merge', () => {
  test('merged figures equal one run over all the mail', async () => {
    const tmp = tempDir();
    const a = join(tmp, 'a');
    const b = join(tmp, 'b');
    mkdirSync(a);
    mkdirSync(b);
    for (const f of readdirSync(MAILBOX)) {
      if (FIRST.test(f)) copyFileSync(join(MAILBOX, f), join(a, f));
      if (!FIRST.test(f) || f.startsWith('11-')) copyFileSync(join(MAILBOX, f), join(b, f));
    }
    expect(readdirSync(a).length + readdirSync(b).length).toBe(readdirSync(MAILBOX).length + 1);
    const files = [await scanTo(a, join(tmp, 'a.json')), await scanTo(b, join(tmp, 'b.json'))];

    const common = ['-c', CONFIG, '--period', 'last-week', '--now', NOW, '-f', 'json'];
    const whole = await run(['report', MAILBOX, ...common]);
    const merged = await run(['report', '--merge', ...files, ...common]);
    const W = JSON.parse(whole.stdout);
    const M = JSON.parse(merged.stdout);
    expect(M.merged).toBe(2);
    for (const k of ['stats', 'previousStats', 'changes', 'trend', 'verdict'] as const) expect(M[k]).toEqual(W[k]);
    const ids = (j: { findings: { fingerprint: string }[] }) => j.findings.map((f) => f.fingerprint).sort();
    expect(ids(M)).toEqual(ids(W));
    expect(merged.code).toBe(whole.code);
    // Not trivially equal: both halves contributed.
    expect(W.stats.incoming.needingReply).toBe(3);
    expect(W.stats.messages.automated).toBe(1); // the newsletter in both halves counts once

    // Without --now the merge takes the scans' clock; a folder stands for its .json files.
    const byFolder = await run(['report', '--merge', tmp, '-c', CONFIG, '--period', 'last-week', '-f', 'json']);
    expect(JSON.parse(byFolder.stdout).stats).toEqual(W.stats);
  });

  test('a merge input from a newer, incompatible version is refused with exit 2', async () => {
    const f = join(tempDir(), 'future.json');
    writeFileSync(f, JSON.stringify({ version: 2, tool: { name: 'replycheck', version: '9.0.0' }, findings: [], records: [] }));
    const r = await run(['report', '--merge', f, '-c', CONFIG, '--now', NOW]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('written by replycheck 9.0.0 in JSON version 2; this replycheck reads version 1');
    const nl = await run(['--lang', 'nl', 'report', '--merge', f, '-c', CONFIG, '--now', NOW]);
    expect(nl.stderr).toContain('JSON-versie 2');
  });

  test('a scan JSON without records (older replycheck) is refused with exit 2', async () => {
    const f = join(tempDir(), 'old.json');
    writeFileSync(f, JSON.stringify({ version: 1, findings: [], stats: {} }));
    const r = await run(['report', '--merge', f, '-c', CONFIG, '--now', NOW]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('has no "records"');
  });
});

describe('finding identity', () => {
  test('rule + Message-ID + evidence, whatever the spacing, case or closing punctuation', () => {
    const f = { ruleId: 'unanswered-question', messageId: '<a@x.example>', evidence: 'Kunt u de  offerte sturen?' };
    expect(normaliseEvidence('  Kunt u de\n offerte STUREN? ')).toBe('kunt u de offerte sturen');
    expect(fingerprint({ ...f, evidence: 'kunt u de offerte sturen' })).toBe(fingerprint(f));
    expect(fingerprint({ ...f, messageId: '<b@x.example>' })).not.toBe(fingerprint(f));
    expect(fingerprint({ ...f, ruleId: 'awaiting-reply' })).not.toBe(fingerprint(f));
    expect(fingerprint({ ...f, evidence: 'Kunt u de factuur sturen?' })).not.toBe(fingerprint(f));
  });
});
