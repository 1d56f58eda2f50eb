/**
 * One MIME path: the same draft gives the same findings whichever way it comes in — `lint file.eml`, `lint --drafts`
 * (the IMAP Drafts folder of a real Dovecot, where the message is fetched in parts and rebuilt), and scan's parse
 * stage (a Maildir read by the local source). Dutch and English drafts with a quoted reply and a signature, in
 * quoted-printable, base64, windows-1252 8-bit and HTML only (fixtures/lint/one-path/).
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import rules from '../../rules/index.js';
import { validateConfig } from '../../src/config/validate.js';
import { lintBytes, lintMessage, type LintFileResult, type LintOptions } from '../../src/lint/lint.js';
import { ROOT } from '../../src/meta.js';
import type { Message, RawMessage } from '../../src/model.js';
import { parseStage } from '../../src/parse/stage.js';
import { isSourceProblem, readLocal, type SourceProblem } from '../../src/source/local.js';
import { readAccount } from '../../src/source/imap.js';
import { startDovecot, type Dovecot } from './dovecot.js';
import { account, describeDovecot } from './setup.js';

const DIR = join(ROOT, 'fixtures', 'lint', 'one-path');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.eml')).sort();
const config = validateConfig({ me: ['*@prinsweb.example'], cacheDir: join(ROOT, 'no-cache-here') });
// judged at each draft's own Date, as `lint` does without --now
const opts: LintOptions = { config, rules, now: new Date('2026-03-20T12:00:00+01:00'), nowGiven: false };
const parse = { me: config.me, internalDomains: config.internalDomains, now: opts.now };

/** What a person reads of a finding, without where it points (a file's line, or none for a Drafts message). */
const seen = (r: LintFileResult) => {
  expect(r.checked).toBe(true);
  return r.findings.map(({ location: _l, origin: _o, ...f }) => f);
};
const messageIdOf = (raw: Buffer) => /^Message-ID:\s*(<[^>]+>)/im.exec(raw.toString('latin1'))![1]!;

describeDovecot('the same draft, the same findings: lint file, lint --drafts, scan', () => {
  let dv: Dovecot;
  const viaFile = new Map<string, unknown>();
  const viaDrafts = new Map<string, unknown>();
  const viaScan = new Map<string, unknown>();

  beforeAll(async () => {
    const raws = FILES.map((f) => readFileSync(join(DIR, f)));
    for (const [i, f] of FILES.entries()) viaFile.set(messageIdOf(raws[i]!), seen(await lintBytes(raws[i]!, join(DIR, f), opts)));

    dv = await startDovecot([{ user: 'joan', password: 'pw-joan-s3cret' }]);
    for (const raw of raws) await dv.deliver('joan', 'Drafts', raw, { flags: 'D' });
    const res = await readAccount('joan', account(dv, 'joan'), { role: 'drafts', useCache: false, quiet: true, parse });
    for (const m of res.messages) viaDrafts.set(m.messageId, seen(await lintMessage(m, m.messageId, opts)));

    const maildir = mkdtempSync(join(tmpdir(), 'rc-one-path-'));
    try {
      mkdirSync(join(maildir, 'cur'), { recursive: true });
      for (const [i, raw] of raws.entries()) writeFileSync(join(maildir, 'cur', `${i}.draft:2,DS`), raw);
      const isRaw = (x: RawMessage | SourceProblem): x is RawMessage => !isSourceProblem(x);
      const messages: Message[] = [];
      for await (const x of parseStage(readLocal(maildir), isRaw, { parse, workersFrom: 1 }))
        if (!('problem' in x) && 'message' in x.outcome) messages.push(x.outcome.message);
      for (const m of messages) viaScan.set(m.messageId, seen(await lintMessage(m, m.messageId, opts)));
    } finally {
      rmSync(maildir, { recursive: true, force: true });
    }
  }, 90_000);

  afterAll(async () => {
    await dv?.stop();
  });

  test('every draft is read by each path, and each has findings to compare', () => {
    expect(viaFile.size).toBe(FILES.length);
    expect([...viaDrafts.keys()].sort()).toEqual([...viaFile.keys()].sort());
    expect([...viaScan.keys()].sort()).toEqual([...viaFile.keys()].sort());
    for (const findings of viaFile.values()) expect((findings as unknown[]).length).toBeGreaterThan(0);
  });

  test.each(FILES)('%s: identical findings', (file) => {
    const id = messageIdOf(readFileSync(join(DIR, file)));
    expect(viaDrafts.get(id)).toEqual(viaFile.get(id));
    expect(viaScan.get(id)).toEqual(viaFile.get(id));
  });

  test('what the drafts hold is found (nl and en): an unanswered question, a vague promise, a missing attachment', () => {
    const all = JSON.stringify([...viaFile.values()]);
    expect(all).toContain('En wanneer kunnen jullie op zijn vroegst beginnen?');
    expect(all).toContain('And can you also add a German version of the menu?');
    expect(all).toContain('missing-attachment');
    expect(all).toContain('Ik laat het je snel weten.');
  });
});
