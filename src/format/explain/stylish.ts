/** `explain` for people: per message, how it was split and judged. */
import type { ExplainedMessage } from '../../analyze/explain.js';
import type { Bilingual, Language } from '../../model.js';
import type { Formatter } from '../types.js';
import type { ExplainResult } from './types.js';

const L = (en: string, nl: string): Bilingual => ({ en, nl });
const LABELS = {
  incoming: L('incoming', 'binnenkomend'),
  outgoing: L('outgoing', 'uitgaand'),
  needsReply: L('needs a reply from me', 'vraagt een antwoord van mij'),
  noReply: L('needs no reply', 'vraagt geen antwoord'),
  automated: L('automated', 'automatisch'),
  bulk: L('bulk', 'massamail'),
  newText: L('new text', 'nieuwe tekst'),
  quote: L('quote', 'citaat'),
  signature: L('signature', 'handtekening'),
  disclaimer: L('disclaimer', 'disclaimer'),
  questions: L('questions and requests', 'vragen en verzoeken'),
  answeredBy: L('answered by', 'beantwoord door'),
  unanswered: L('not answered', 'niet beantwoord'),
  notJudged: L('not judged: no reply needed', 'niet beoordeeld: geen antwoord nodig'),
  promises: L('promises', 'toezeggingen'),
  due: L('due', 'uiterlijk'),
  findings: L('findings', 'bevindingen'),
  none: L('(none)', '(geen)'),
  lines: L('lines', 'regels'),
  one: L('1 message explained', '1 bericht toegelicht'),
  count: L('{n} messages explained', '{n} berichten toegelicht'),
  nothing: L('No message matched.', 'Geen bericht gevonden.'),
} satisfies Record<string, Bilingual>;

function indent(text: string, prefix = '    │ '): string {
  return text.split('\n').map((l) => prefix + l).join('\n');
}

function block(m: ExplainedMessage, lang: Language): string {
  const T = (k: keyof typeof LABELS) => LABELS[k][lang];
  const out: string[] = [];
  out.push(`${m.messageId}  ${m.date}  ${m.direction === 'in' ? T('incoming') : T('outgoing')}  [${m.language}]`);
  out.push(`  ${m.subject}`);
  out.push(`  From: ${m.from}${m.to.length ? `  To: ${m.to.join(', ')}` : ''}${m.cc.length ? `  Cc: ${m.cc.join(', ')}` : ''}`);
  const flags: string[] = [];
  if (m.automated) flags.push(`${T('automated')}: ${m.automated}`);
  if (m.bulk) flags.push(`${T('bulk')}: ${m.bulk}`);
  if (m.direction === 'in') flags.push(m.needsReply ? T('needsReply') : `${T('noReply')} (${m.noReplyReason ?? '?'})`);
  if (flags.length) out.push(`  ${flags.join(' · ')}`);
  out.push(`  ${T('newText')}:`);
  out.push(indent(m.split.newText.trim() || T('none')));
  for (const [k, v] of [['quote', m.split.quotedText], ['signature', m.split.signature], ['disclaimer', m.split.disclaimer]] as const)
    if (v.trim()) out.push(`  ${T(k)}: ${v.trim().split('\n').length} ${T('lines')}`);
  if (m.questions.length) {
    out.push(`  ${T('questions')}:`);
    for (const q of m.questions) {
      const verdict = q.answeredBy === undefined ? T('notJudged') : q.answeredBy === null ? T('unanswered') : `${T('answeredBy')} ${q.answeredBy}`;
      out.push(`    - “${q.text}” (${q.kind}) → ${verdict}`);
    }
  }
  if (m.promises.length) {
    out.push(`  ${T('promises')}:`);
    for (const p of m.promises) out.push(`    - “${p.text}” ${T('due')} ${p.due} → ${p.status}${p.followUp ? ` (${p.followUp})` : ''}`);
  }
  if (m.findings.length) out.push(`  ${T('findings')}: ${m.findings.join(', ')}`);
  return out.join('\n');
}

const stylish: Formatter<ExplainResult> = (r, ctx) => {
  if (r.messages.length === 0) return LABELS.nothing[ctx.lang] + '\n';
  const body = r.messages.map((m) => block(m, ctx.lang)).join('\n\n');
  const n = r.messages.length;
  return `${body}\n\n${n === 1 ? LABELS.one[ctx.lang] : LABELS.count[ctx.lang].replace('{n}', String(n))}\n`;
};

export default stylish;
