/**
 * For the judge of eval/enron/judged.json: print each drawn finding with the whole thread it is about (as the
 * tool threaded it), every message's new text and the start of its quote, and the owner's other sent mail to
 * the same person in the two weeks after (threads here are rebuilt from subjects only, so an answer can sit
 * outside the thread).
 *
 *   node dist/scripts/eval-enron.js --keep /tmp/runs                 # the scans' JSON
 *   node dist/scripts/enron-thread.js /tmp/runs DRAW.json [from] [to] # findings from..to-1 of a draw file
 *   node dist/scripts/enron-thread.js /tmp/runs --id PERSON '<message-id>'
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultConfig } from '../src/config/defaults.js';
import type { Message } from '../src/model.js';
import { collectMessages } from '../src/run.js';
import { configFor, person, type ScanOutput } from './lib/enron-corpus.js';
import { identity, type JudgedFile } from './lib/enron.js';

const [runsDir, second, a, b] = process.argv.slice(2);
if (!runsDir || !second) {
  console.error('usage: enron-thread.js RUNS_DIR DRAW.json [from] [to] | RUNS_DIR --id PERSON MESSAGE-ID');
  process.exit(2);
}

const cache = new Map<string, { msgs: Map<string, Message>; out: ScanOutput }>();
async function load(id: string) {
  let hit = cache.get(id);
  if (hit) return hit;
  const p = person(id);
  const config = { ...defaultConfig(), ...(configFor(p, false) as { me: string[]; internalDomains: string[] }) };
  const { messages } = await collectMessages({ config, rules: [], paths: [p.inbox, p.sent], now: new Date(p.now) });
  const out = JSON.parse(readFileSync(path.join(runsDir!, `${id}.json`), 'utf8')) as ScanOutput;
  hit = { msgs: new Map(messages.map((m) => [m.messageId, m])), out };
  cache.set(id, hit);
  return hit;
}

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n) + ` …[${s.length - n} more]` : s);
const who = (xs: { address: string }[]) => (xs.length > 4 ? `${xs.slice(0, 4).map((x) => x.address).join(', ')} +${xs.length - 4}` : xs.map((x) => x.address).join(', '));

function show(m: Message, target: boolean, me: string[]): void {
  const inTo = m.to.some((x) => me.includes(x.address));
  const inCc = m.cc.some((x) => me.includes(x.address));
  console.log(`${target ? '>>>' : '   '} ${m.date.toISOString().slice(0, 16)} ${m.direction.toUpperCase()} ${m.from.address}${m.automated ? ` [automated: ${m.automated}]` : ''}${m.internal ? ' [internal]' : ''}`);
  console.log(`      to: ${who(m.to)}${m.cc.length ? ` | cc: ${who(m.cc)}` : ''}${m.direction === 'in' ? (inTo ? '  [me in To]' : inCc ? '  [me in Cc only]' : '  [me NOT in To/Cc]') : ''}`);
  console.log(`      subject: ${m.subject}`);
  console.log(clip(m.newText.trim(), target ? 1500 : 450).replace(/^/gm, '      | '));
  if (m.quotedText.trim()) console.log(clip(m.quotedText.trim(), target ? 250 : 80).replace(/^/gm, '      > '));
}

async function print(id: string, messageId: string, header: string): Promise<void> {
  const { msgs, out } = await load(id);
  const me = person(id).me;
  const rec = out.records.find((r) => r.id === messageId);
  console.log(`\n${'='.repeat(100)}\n${header}`);
  if (!rec) return void console.log('  (message not in the scan records)');
  const thread = out.records.filter((r) => r.thread === rec.thread).sort((x, y) => x.date.localeCompare(y.date));
  // The target with up to 3 messages before it and 4 after: enough to judge, short enough to read.
  const at = thread.findIndex((r) => r.id === messageId);
  if (at > 3) console.log(`    … ${at - 3} earlier message(s) of the thread`);
  for (const r of thread.slice(Math.max(0, at - 3), at + 5)) {
    const m = msgs.get(r.id);
    if (m) show(m, r.id === messageId, me);
  }
  if (thread.length > at + 5) console.log(`    … ${thread.length - at - 5} later message(s) of the thread`);
  const target = msgs.get(messageId);
  if (!target) return;
  const corr = target.direction === 'in' ? target.from.address : target.to[0]?.address;
  const t0 = target.date.getTime();
  const later = [...msgs.values()].filter(
    (m) => m.direction === 'out' && !thread.some((r) => r.id === m.messageId) && m.date.getTime() > t0 && m.date.getTime() < t0 + 14 * 864e5 && [...m.to, ...m.cc].some((x) => x.address === corr),
  );
  for (const m of later.sort((x, y) => x.date.getTime() - y.date.getTime()).slice(0, 5))
    console.log(`   (outside thread) ${m.date.toISOString().slice(0, 16)} OUT to ${who(m.to)} "${m.subject}": ${clip(m.newText.trim().replace(/\s+/g, ' '), 200)}`);
}

if (second === '--id') {
  await print(a!, b!, `${a} ${b}`);
} else {
  const draw = JSON.parse(readFileSync(second, 'utf8')) as JudgedFile;
  const from = Number(a ?? 0);
  const to = Number(b ?? draw.items.length);
  for (let i = from; i < Math.min(to, draw.items.length); i++) {
    const it = draw.items[i]!;
    const { out } = await load(it.person);
    const f = out.findings.find((x) => identity({ ...x, person: it.person }) === it.key) as (ScanOutput['findings'][number] & { message?: string }) | undefined;
    await print(it.person, it.messageId, `#${i} ${it.person} ${it.ruleId}: ${f?.message ?? ''}\n   evidence: ${it.evidence ?? '-'}`);
  }
}
