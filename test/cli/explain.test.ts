/**
 * `replycheck explain` through the real CLI: how a message was read and why it needs a reply or not, in both
 * languages and in the JSON contract (docs/explain-json.md).
 */
import { describe, expect, test } from '@jest/globals';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../src/meta.js';
import { runCli } from '../helpers/cli.js';

const AR = join(ROOT, 'fixtures', 'rules', 'awaiting-reply');
const cfgDir = mkdtempSync(join(tmpdir(), 'rc-explain-'));
const cfg = join(cfgDir, 'replycheck.config.json');
writeFileSync(cfg, JSON.stringify({ me: ['*@prinsweb.example'], internalDomains: ['prinsweb.example'] }));
const NOW = '2026-11-12T10:00:00+01:00';

function json(args: string[]) {
  const r = runCli(['explain', ...args, '-c', cfg, '--now', NOW, '-f', 'json']);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as { version: number; messages: Array<Record<string, any>> };
}

describe('replycheck explain', () => {
  test('an FYI needs no reply, and says why (en and nl)', () => {
    for (const lang of ['en', 'nl']) {
      const out = json([join(AR, `ok-fyi-${lang}`)]);
      expect(out.version).toBe(1);
      expect(out.messages).toHaveLength(1);
      expect(out.messages[0]).toMatchObject({ direction: 'in', needsReply: false, noReplyReason: 'fyi', language: lang, findings: [] });
    }
  });

  test('a broadcast and a mail greeting another recipient are told apart from a real request', () => {
    expect(json([join(AR, 'ok-broadcast-en')]).messages[0]).toMatchObject({ needsReply: false, noReplyReason: 'broadcast' });
    expect(json([join(AR, 'ok-greeting-names-other-recipient-nl')]).messages[0]).toMatchObject({ needsReply: false, noReplyReason: 'addressed-to-other' });
    const cc = json([join(AR, 'finds-cc-greeted-by-name-nl')]).messages[0]!;
    expect(cc).toMatchObject({ needsReply: true });
    expect(cc.findings).toContain('awaiting-reply');
    expect(cc.questions[0]).toMatchObject({ kind: 'question', answeredBy: null });
    expect(cc.split.newText).toContain('Kun jij controleren');
  });

  test('an answer to my own question: the reply needs nothing, my question was answered', () => {
    const out = json([join(AR, 'ok-answer-to-my-question-en')]);
    const [mine, theirs] = out.messages;
    expect(mine).toMatchObject({ direction: 'out' });
    expect(mine).not.toHaveProperty('needsReply');
    expect(theirs).toMatchObject({ direction: 'in', needsReply: false, noReplyReason: 'answer-to-mine' });
  });

  test('--message-id selects one message; an unknown id is an error, not an empty success', () => {
    const one = json([join(AR, 'ok-answer-to-my-question-nl'), '--message-id', 'atm-nl-2@bakkerij.example']);
    expect(one.messages.map((m) => m.messageId)).toEqual(['<atm-nl-2@bakkerij.example>']);
    const r = runCli(['explain', join(AR, 'ok-fyi-en'), '-c', cfg, '--now', NOW, '--message-id', '<nope@x>']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('<nope@x>');
  });

  test('stylish output names the judgement in the chosen language', () => {
    const en = runCli(['explain', join(AR, 'ok-fyi-nl'), '-c', cfg, '--now', NOW]);
    expect(en.stdout).toContain('needs no reply (fyi)');
    const nl = runCli(['explain', join(AR, 'ok-fyi-nl'), '-c', cfg, '--now', NOW, '--lang', 'nl']);
    expect(nl.stdout).toContain('vraagt geen antwoord (fyi)');
    expect(nl.stdout).toContain('1 bericht toegelicht');
  });

  test('--findings keeps only messages a finding is about (the demo)', () => {
    const r = runCli(['explain', '--demo', '--findings', '-f', 'json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { messages: Array<{ findings: string[] }> };
    expect(out.messages.length).toBeGreaterThan(5);
    expect(out.messages.every((m) => m.findings.length > 0)).toBe(true);
  });
});
