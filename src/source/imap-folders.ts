/**
 * Which mailboxes to read: INBOX plus the sent folder (SPECIAL-USE \Sent, else a well-known Dutch or
 * English name), the drafts folder for `lint --drafts`, Gmail's All Mail when asked, or what the user named.
 */

export interface ListedMailbox {
  path: string;
  name: string;
  specialUse?: string;
  /** imapflow: 'extension' (server said so), 'user', or 'name' (guessed from the name). */
  specialUseSource?: string;
  flags?: Set<string>;
}

export type Role = 'mail' | 'drafts';

/** Fallback names, compared case-insensitively with the last path segment. */
export const SENT_NAMES = ['sent', 'sent items', 'sent messages', 'sent mail', 'verzonden', 'verzonden items', 'verzonden berichten'];
export const DRAFT_NAMES = ['drafts', 'draft', 'concepten', 'concept'];

function selectable(m: ListedMailbox): boolean {
  return !m.flags || !(m.flags.has('\\Noselect') || m.flags.has('\\NonExistent'));
}

/** The mailbox with this special use as the server declares it; a name match only as a fallback. */
export function findSpecial(list: ListedMailbox[], use: '\\Sent' | '\\Drafts' | '\\All', names: string[] = []): string | undefined {
  const usable = list.filter(selectable);
  const declared = usable.find((m) => m.specialUse === use && m.specialUseSource !== 'name');
  if (declared) return declared.path;
  for (const n of names) {
    const byName = usable.find((m) => m.name.toLowerCase() === n || m.path.toLowerCase() === n);
    if (byName) return byName.path;
  }
  return usable.find((m) => m.specialUse === use)?.path;
}

export interface MailboxChoice {
  paths: string[];
  /** Names asked for (or roles looked for) that the server does not have. */
  missing: string[];
}

export function chooseMailboxes(list: ListedMailbox[], opts: { role?: Role; mailboxes?: string[]; allMail?: boolean }): MailboxChoice {
  const missing: string[] = [];
  const paths: string[] = [];
  const add = (p: string | undefined, label: string) => {
    if (p === undefined) missing.push(label);
    else if (!paths.includes(p)) paths.push(p);
  };
  if (opts.role === 'drafts') {
    add(findSpecial(list, '\\Drafts', DRAFT_NAMES), '\\Drafts');
    return { paths, missing };
  }
  if (opts.mailboxes?.length) {
    for (const want of opts.mailboxes) {
      // INBOX is case-insensitive by RFC 3501; other names are matched exactly, then case-insensitively.
      const hit =
        list.find((m) => m.path === want) ??
        list.find((m) => m.path.toLowerCase() === want.toLowerCase()) ??
        (want.toUpperCase() === 'INBOX' ? { path: 'INBOX' } : undefined);
      add(hit?.path, want);
    }
    return { paths, missing };
  }
  add(list.find((m) => m.path.toUpperCase() === 'INBOX')?.path ?? 'INBOX', 'INBOX');
  add(findSpecial(list, '\\Sent', SENT_NAMES), '\\Sent');
  if (opts.allMail) add(findSpecial(list, '\\All'), '\\All');
  return { paths, missing };
}
