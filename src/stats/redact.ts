/**
 * `--redact`: a report that can be published as a CI artifact. Every address and name becomes a stable
 * pseudonym (the same person is the same pseudonym in every report made with the same key), Message-IDs are
 * hashed, subjects and quoted mail text (the evidence sentences) are dropped, source paths are numbered.
 * Pseudonyms are keyed hashes: set REPLYCHECK_REDACT_KEY (a CI secret) so nobody can confirm a guessed address.
 */
import { createHmac } from 'node:crypto';
import type { Bilingual } from '../model.js';
import type { Counted, MemberStats, PeriodStats } from './types.js';
import type { ReportData, ReportFinding } from './report-model.js';

const DEFAULT_KEY = 'replycheck-redact-v1';

/**
 * "Name <addr>" → [name, addr]: the first "<" after the last ">" before the closing one. What
 * `/^(.*?)\s*<([^>]+)>$/` reads, by hand (the pattern tries the blanks before "<" n ways).
 */
function nameAndAddress(t: string): [string, string] | undefined {
  if (!t.endsWith('>')) return undefined;
  const inner = t.slice(0, -1);
  const lt = inner.indexOf('<', inner.lastIndexOf('>') + 1);
  if (lt < 0 || lt === inner.length - 1) return undefined;
  const name = inner.slice(0, lt).trimEnd();
  if (/[\n\r\u2028\u2029]/.test(name)) return undefined;
  return [name, inner.slice(lt + 1)];
}

const WORDCHAR = /[\p{L}\p{N}]/u;

/** Every whole-word occurrence of `word` (any case) in `s` replaced by `by`: a scan, for the names of one or two letters. */
function replaceWord(s: string, word: string, by: string): string {
  const lower = s.toLowerCase();
  if (lower.length !== s.length) return s; // a text that changes length when lower-cased: offsets would not line up
  let out = '';
  let from = 0;
  for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
    const end = at + word.length;
    if ((at > 0 && WORDCHAR.test(s[at - 1]!)) || (end < s.length && WORDCHAR.test(s[end]!))) continue;
    out += s.slice(from, at) + by;
    from = end;
    at = end - 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

export class Redactor {
  private readonly names = new Map<string, string>(); // lower-cased original → pseudonym
  constructor(private readonly key: string = process.env.REPLYCHECK_REDACT_KEY || DEFAULT_KEY) {}

  private hash(s: string, n = 6): string {
    return createHmac('sha256', this.key).update(s.trim().toLowerCase()).digest('hex').slice(0, n);
  }

  address(a: string): string {
    const p = `contact-${this.hash(a)}@redacted.invalid`;
    this.names.set(a.toLowerCase(), p);
    return p;
  }

  /** A display name, pseudonymised by its address when known so name and address agree. */
  name(name: string, address?: string): string {
    const p = `Contact ${this.hash(address ?? name)}`;
    this.names.set(name.toLowerCase(), p);
    if (address) this.address(address);
    return p;
  }

  /** A team member's name: a pseudonym of its own kind, so a table of members stays readable. */
  member(name: string): string {
    const p = `Member ${this.hash(`member:${name}`, 4)}`;
    this.names.set(name.toLowerCase(), p);
    return p;
  }

  messageId(id: string): string {
    return `<${this.hash(id, 16)}@redacted.invalid>`;
  }

  /** "Name <addr>" or "addr" → pseudonym. */
  label(label: string): string {
    const m = nameAndAddress(label.trim());
    if (m) return m[0] ? this.name(m[0].replace(/^"|"$/g, ''), m[1]) : this.address(m[1]);
    return label.includes('@') ? this.address(label) : this.name(label);
  }

  /**
   * Replaces every name and address seen so far inside free text; longest first so "Piet Jansen" beats "Piet". A name
   * of one or two letters ("Bo", "Li") goes too, as a whole word only (as a part of a word it would eat "Bob", "Lisa").
   */
  text(s: string): string {
    const keys = [...this.names.keys()].filter((k) => k.trim().length > 0).sort((a, b) => b.length - a.length);
    let out = s;
    for (const k of keys)
      out = k.length >= 3 ? out.replace(new RegExp(k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), this.names.get(k)!) : replaceWord(out, k, this.names.get(k)!);
    // Any address we never saw (in an error message, say) still goes.
    return out.replace(/(?<![\w.+-])[\w.+-]+@[\w-]+(\.[\w-]+)+/g, (a) => (a.endsWith('@redacted.invalid') ? a : this.address(a)));
  }
}

function counted(r: Redactor, c: Counted): Counted {
  return { address: r.address(c.address), ...(c.name && { name: r.name(c.name, c.address) }), count: c.count };
}

function member(r: Redactor, m: MemberStats): MemberStats {
  return { ...m, name: r.member(m.name), addresses: m.addresses.map((a) => r.address(a)) };
}

function stats(r: Redactor, s: PeriodStats): PeriodStats {
  return {
    ...s,
    correspondents: { byMessages: s.correspondents.byMessages.map((c) => counted(r, c)), byMyReplies: s.correspondents.byMyReplies.map((c) => counted(r, c)) },
    team: s.team.map((m) => member(r, m)),
  };
}

function finding(r: Redactor, f: ReportFinding): ReportFinding {
  const out: ReportFinding = {
    ...f,
    messageId: r.messageId(f.messageId),
    threadId: r.messageId(f.threadId),
    subject: `thread ${r.messageId(f.threadId).slice(1, 7)}`,
    correspondent: r.label(f.correspondent),
    text: { en: '', nl: '' },
  };
  delete out.evidence;
  delete out.origin;
  if (out.data) out.data = Object.fromEntries(Object.entries(out.data).filter(([, v]) => typeof v !== 'string' || /^[\w-]+$/.test(v)));
  return out;
}

const both = (r: Redactor, b: Bilingual): Bilingual => ({ en: r.text(b.en), nl: r.text(b.nl) });

/** A redacted copy of the report; the input is left untouched. */
export function redactReport(data: ReportData, people: { address: string; name?: string }[] = [], redactor = new Redactor()): ReportData {
  const r = redactor;
  for (const p of people) if (p.name) r.name(p.name, p.address);
  else r.address(p.address);
  // Learn every name first, then rewrite free text with the full list.
  const current = stats(r, data.current);
  const previous = stats(r, data.previous);
  const findings = data.findings.map((f) => finding(r, f));
  data.findings.forEach((f, i) => (findings[i]!.text = { en: r.text(f.text.en), nl: r.text(f.text.nl) }));
  return {
    ...data,
    current,
    previous,
    findings,
    sources: data.sources.map((s, i) => ({
      ...s,
      source: `source ${i + 1}`,
      ...(s.failed && { failed: r.text(s.failed) }),
      ...(s.failedTexts && { failedTexts: both(r, s.failedTexts) }),
      ...(s.warnings && { warnings: s.warnings.map((w) => r.text(w)) }),
      ...(s.warningTexts && { warningTexts: s.warningTexts.map((w) => both(r, w)) }),
    })),
    errors: data.errors.map((e) => ({ ...e, source: 'redacted', message: r.text(e.message), ...(e.texts && { texts: both(r, e.texts) }) })),
    redacted: true,
  };
}
