/**
 * Real mail in `npm run eval`: the Enron sample (../shared/corpora/enron-sample, four people, inbox + sent).
 * For each person the real CLI scans both folders with the config a user would write (their addresses, their
 * own domain internal, the rest default), then again with `checkInternal: true` (the variant). Printed:
 * findings per 1,000 messages per rule; precision per rule on the judged sample eval/enron/judged.json (over
 * the judged findings that still fire); the judged false alarms that still fire; recall on eval/enron/recall.json.
 *
 *   node dist/scripts/eval-enron.js [--draw N --seed S --out FILE] [--keep DIR]
 *     --draw: a fresh seeded, stratified sample of current unjudged findings, written for the next judge
 *     --keep: also write each scan's JSON output to DIR (for scripts/enron-thread.ts)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from '../src/meta.js';
import { corpusPresent, ENRON_DIR, PEOPLE, person, scanPerson, type Person, type ScanOutput } from './lib/enron-corpus.js';
import { identity, per1000, scoreJudged, stratifiedDraw, type FoundItem, type JudgedFile, type JudgedItem } from './lib/enron.js';

export const JUDGED = path.join(ROOT, 'eval/enron/judged.json');
export const RECALL = path.join(ROOT, 'eval/enron/recall.json');
const RULES = ['unanswered-question', 'awaiting-reply', 'no-acknowledgement', 'slow-reply', 'late-without-apology', 'broken-promise', 'missing-aftercare'];
const RECALL_RULES = new Set(['unanswered-question', 'awaiting-reply']);

export interface RecallItem {
  person: string;
  messageId: string;
  subject: string;
  from?: string;
  date?: string;
  /** From a colleague (the owner's own domain): the default config leaves such mail out. */
  internal?: boolean;
  /** Is there a real question or request to the owner in the new text? */
  realQuestion: boolean | null;
  /** Did the owner's sent mail answer it? */
  answered: boolean | null;
  note: string;
}

interface Run {
  label: string;
  people: { p: Person; out: ScanOutput }[];
}

const pad = (s: string | number, n: number) => String(s).padStart(n);
const pct = (x: number | null) => (x === null ? '   -' : `${(100 * x).toFixed(0).padStart(3)}%`);

function printRates(run: Run): void {
  console.log(`  ${run.label}`);
  const short = RULES.map((r) => r.split('-').map((w) => w[0]).join(''));
  console.log(`    ${'person'.padEnd(13)}${pad('messages', 9)}${pad('findings', 9)}${pad('/1000', 7)}  ${short.map((s) => pad(s, 6)).join('')}   (per 1,000 messages)`);
  let msgs = 0;
  const all: string[] = [];
  const row = (name: string, n: number, rules: string[]) =>
    console.log(`    ${name.padEnd(13)}${pad(n, 9)}${pad(rules.length, 9)}${pad(per1000(rules.length, n).toFixed(1), 7)}  ${RULES.map((r) => pad(per1000(rules.filter((x) => x === r).length, n).toFixed(1), 6)).join('')}`);
  for (const { p, out } of run.people) {
    const rules = out.findings.map((f) => f.ruleId);
    msgs += out.stats.messages;
    all.push(...rules);
    row(p.id, out.stats.messages, rules);
  }
  row('all', msgs, all);
  const other = [...new Set(all)].filter((r) => !RULES.includes(r));
  if (other.length) console.log(`    (also: ${other.join(', ')})`);
  console.log(`    ${RULES.map((r, i) => `${short[i]} = ${r}`).join(', ')}`);
}

const itemsOf = (run: Run): FoundItem[] =>
  run.people.flatMap(({ p, out }) =>
    out.findings.map((f) => ({ person: p.id, ruleId: f.ruleId, messageId: f.messageId, evidence: f.evidence, subject: f.subject, correspondent: f.correspondent, date: f.date, threadId: f.threadId })),
  );

function printJudged(current: FoundItem[]): void {
  if (!existsSync(JUDGED)) {
    console.log('  no judged sample (eval/enron/judged.json) yet');
    return;
  }
  const file = JSON.parse(readFileSync(JUDGED, 'utf8')) as JudgedFile;
  const keys = new Set(current.map(identity));
  const judged = file.items.filter((i) => i.verdict);
  const { rules, total } = scoreJudged(judged, keys);
  console.log(`  Precision on the judged sample (${judged.length} judged findings; lapse / (lapse + false alarm) over those that still fire)`);
  console.log(`    ${'rule'.padEnd(22)}${pad('fire', 5)}${pad('lapse', 6)}${pad('false', 6)}${pad('?', 4)}  precision   no longer fire: lapse / false / ?`);
  for (const s of [...rules, total]) {
    const fire = s.lapse + s.falseAlarm + s.cantTell;
    console.log(`    ${s.ruleId.padEnd(22)}${pad(fire, 5)}${pad(s.lapse, 6)}${pad(s.falseAlarm, 6)}${pad(s.cantTell, 4)}  ${pct(s.precision)}        ${s.gone.lapse} / ${s.gone.falseAlarm} / ${s.gone.cantTell}${s.gone.lapse ? '  (lost true findings)' : ''}`);
  }
  const lastDraw = file.drawn.length;
  const fresh = judged.filter((i) => i.inDraw?.includes(lastDraw));
  if (fresh.length) {
    const f = scoreJudged(fresh, keys);
    console.log(`  The same on the latest draw alone (draw ${lastDraw}, ${fresh.length} findings; the stratified sample that measures the current rules):`);
    console.log(`    ${[...f.rules, f.total].map((s) => `${s.ruleId} ${pct(s.precision).trim()} (${s.lapse}/${s.lapse + s.falseAlarm}${s.cantTell ? `, ${s.cantTell} ?` : ''})`).join('; ')}`);
  }
  const fa = judged.filter((i) => i.verdict === 'false-alarm' && keys.has(i.key));
  const classes = new Map<string, number>();
  for (const i of fa) classes.set(i.reasonClass ?? 'other', (classes.get(i.reasonClass ?? 'other') ?? 0) + 1);
  console.log(`  False alarms that still fire: ${fa.length}; by reason: ${[...classes].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n} (${((100 * n) / fa.length).toFixed(0)}%)`).join(', ')}`);
  for (const i of fa.sort((a, b) => a.ruleId.localeCompare(b.ruleId) || (a.reasonClass ?? '').localeCompare(b.reasonClass ?? '')))
    console.log(`    ${i.ruleId.padEnd(21)} ${(i.reasonClass ?? '').padEnd(15)} ${(i.subject ?? '').slice(0, 40).padEnd(40)}  ${i.reason}`);
  const lost = judged.filter((i) => i.verdict === 'lapse' && !keys.has(i.key));
  if (lost.length) {
    console.log(`  Judged lapses that no longer fire (lost true findings): ${lost.length}`);
    for (const i of lost) {
      const still = [...new Set(current.filter((f) => f.person === i.person && f.messageId === i.messageId).map((f) => f.ruleId))];
      console.log(`    ${i.ruleId.padEnd(21)} ${(i.subject ?? '').slice(0, 40).padEnd(40)}  ${i.reason}${still.length ? ` [message still flagged by ${still.join(', ')}]` : ''}`);
    }
  }
  const judgedKeys = new Set(file.items.map((i) => i.key));
  const unjudged = current.filter((f) => !judgedKeys.has(identity(f))).length;
  const gone = total.gone.lapse + total.gone.falseAlarm + total.gone.cantTell;
  const last = file.drawn.at(-1)?.population;
  const now = countByRule(current);
  const moved = last ? Object.keys({ ...last, ...now }).filter((r) => Math.abs((now[r] ?? 0) - (last[r] ?? 0)) > 0.25 * Math.max(last[r] ?? 0, 10)) : [];
  console.log(`  Current findings not in the judged sample: ${unjudged} of ${current.length}; judged findings that no longer fire: ${gone} of ${judged.length}`);
  if (last) console.log(`    findings per rule when last drawn → now: ${Object.keys({ ...last, ...now }).sort().map((r) => `${r} ${last[r] ?? 0}→${now[r] ?? 0}`).join(', ')}`);
  if (gone > 0.25 * judged.length || moved.length)
    console.log(`    the findings have changed a lot${moved.length ? ` (${moved.join(', ')})` : ''}: the judged set now guards against regressions; measure on a fresh draw (--draw 220 --seed N --out FILE)`);
}

function printRecall(runs: { label: string; items: FoundItem[]; internalToo: boolean }[]): void {
  if (!existsSync(RECALL)) {
    console.log('  no recall set (eval/enron/recall.json) yet');
    return;
  }
  const items = (JSON.parse(readFileSync(RECALL, 'utf8')) as { items: RecallItem[] }).items;
  console.log(`  Recall (eval/enron/recall.json: ${items.length} drawn incoming messages to the owner with a "?" or a request phrase, judged by hand;`);
  console.log(`    ${items.filter((i) => i.realQuestion).length} hold a real question/request to the owner, ${items.filter((i) => i.realQuestion && i.answered === false).length} of them went unanswered)`);
  for (const run of runs) {
    const flagged = new Set(run.items.filter((f) => RECALL_RULES.has(f.ruleId)).map((f) => `${f.person}:${f.messageId}`));
    const hit = (i: RecallItem) => flagged.has(`${i.person}:${i.messageId}`);
    const scope = items.filter((i) => run.internalToo || !i.internal);
    const open = scope.filter((i) => i.realQuestion === true && i.answered === false);
    const answered = scope.filter((i) => i.realQuestion === true && i.answered === true);
    const noQ = scope.filter((i) => i.realQuestion === false);
    console.log(`    ${run.label}${run.internalToo ? '' : ' (mail from outside the own domain)'}: unanswered ones flagged by unanswered-question/awaiting-reply ${open.filter(hit).length} of ${open.length}${open.length ? ` (${((100 * open.filter(hit).length) / open.length).toFixed(0)}%)` : ''}; answered ones flagged anyway ${answered.filter(hit).length} of ${answered.length}; no real question, flagged anyway ${noQ.filter(hit).length} of ${noQ.length}`);
    for (const i of open.filter((x) => !hit(x))) console.log(`      missed: ${i.person} "${i.subject.slice(0, 50)}": ${i.note}`);
  }
}

function countByRule(items: FoundItem[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of items) out[f.ruleId] = (out[f.ruleId] ?? 0) + 1;
  return out;
}

function argOf(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

export async function evalEnron(): Promise<void> {
  console.log('\nReal mail: the Enron sample (four people, inbox + sent, no labels)');
  if (!corpusPresent()) {
    console.log(`  skipped: ${ENRON_DIR} is absent (it is kept beside the project, not shipped)`);
    return;
  }
  const people = PEOPLE.map(person);
  for (const p of people) console.log(`  ${p.id}: me = ${p.me.join(', ')}; now = ${p.now}`);
  const runs: Run[] = [];
  for (const [label, internal] of [['default config (me, own domain internal)', false], ['VARIANT checkInternal: true', true]] as const)
    runs.push({ label, people: await Promise.all(people.map(async (p) => ({ p, out: await scanPerson(p, internal) }))) });
  const keep = argOf('--keep');
  if (keep) {
    mkdirSync(keep, { recursive: true });
    for (const [i, run] of runs.entries()) for (const { p, out } of run.people) writeFileSync(path.join(keep, `${p.id}${i ? '.internal' : ''}.json`), JSON.stringify(out));
  }
  for (const run of runs) printRates(run);
  const current = itemsOf(runs[0]!);
  printJudged(current);
  printRecall([
    { label: 'default config', items: current, internalToo: false },
    { label: 'VARIANT checkInternal', items: itemsOf(runs[1]!), internalToo: true },
  ]);

  const draw = argOf('--draw');
  if (draw) {
    const seed = Number(argOf('--seed') ?? 1);
    const out = argOf('--out') ?? 'enron-draw.json';
    const judged = existsSync(JUDGED) ? (JSON.parse(readFileSync(JUDGED, 'utf8')) as JudgedFile).items.map((i) => i.key) : [];
    const drawn = stratifiedDraw(current, { total: Number(draw), seed, exclude: new Set(judged) });
    const perRule: Record<string, number> = {};
    for (const f of drawn) perRule[f.ruleId] = (perRule[f.ruleId] ?? 0) + 1;
    const file: JudgedFile = {
      kind: 'replycheck-enron-judged',
      version: 1,
      drawn: [{ seed, at: new Date().toISOString(), perRule, population: countByRule(current), note: 'default-config run, unjudged findings only' }],
      items: drawn.map((f): JudgedItem => ({ key: identity(f), ...f, verdict: null, reasonClass: null, reason: '' })),
    };
    writeFileSync(out, JSON.stringify(file, null, 1) + '\n');
    console.log(`  drew ${drawn.length} unjudged findings (seed ${seed}) into ${out}: ${JSON.stringify(perRule)}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await evalEnron();
