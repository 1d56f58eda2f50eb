/**
 * Draws the recall set of eval/enron/recall.json: incoming messages of the Enron sample where the owner is in
 * To and the new text (as the parser splits it) holds a "?" or a request phrase. The test is deliberately
 * naive and independent of the question detector, so recall is measured against mail the detector may miss.
 * The judge then reads each thread (scripts/enron-thread.ts) and fills in realQuestion / answered / note.
 *
 *   node dist/scripts/enron-recall.js N SEED OUT.json
 */
import { writeFileSync } from 'node:fs';
import { defaultConfig } from '../src/config/defaults.js';
import { collectMessages } from '../src/run.js';
import { configFor, corpusPresent, PEOPLE, person } from './lib/enron-corpus.js';
import { seededShuffle } from './lib/enron.js';
import type { RecallItem } from './eval-enron.js';

/** A question mark, or a request phrase of the kind "please …", "could you …", "let me know …". */
export const ASKS = /\?|\b(please|pls|could you|can you|would you|will you|let me know|kindly|do you)\b/i;

const [n, seed, out] = process.argv.slice(2);
if (!n || !seed || !out) {
  console.error('usage: enron-recall.js N SEED OUT.json');
  process.exit(2);
}
if (!corpusPresent()) {
  console.log('skipped: ../shared/corpora/enron-sample is absent');
  process.exit(0);
}
const pool: (RecallItem & { key: string; ruleId: string; from: string; date: string })[] = [];
for (const id of PEOPLE) {
  const p = person(id);
  const config = { ...defaultConfig(), ...(configFor(p, false) as { me: string[]; internalDomains: string[] }) };
  const { messages } = await collectMessages({ config, rules: [], paths: [p.inbox, p.sent], now: new Date(p.now) });
  for (const m of messages) {
    if (m.direction !== 'in' || !m.to.some((a) => p.me.includes(a.address)) || !ASKS.test(m.newText)) continue;
    pool.push({ key: `${id}:${m.messageId}`, ruleId: 'recall', person: id, messageId: m.messageId, subject: m.subject, from: m.from.address, date: m.date.toISOString(), realQuestion: null, answered: null, note: '' });
  }
}
const items = seededShuffle(pool, (x) => x.key, Number(seed)).slice(0, Number(n));
writeFileSync(out, JSON.stringify({ kind: 'replycheck-enron-recall', version: 1, drawn: { seed: Number(seed), from: pool.length, rule: String(ASKS) }, items }, null, 1) + '\n');
console.log(`drew ${items.length} of ${pool.length} candidates into ${out}`);
