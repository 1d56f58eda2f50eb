/** Small, plain test messages for the IMAP integration tests (real fixtures live in fixtures/parse). */

export interface MailSpec {
  n: number;
  from?: string;
  to?: string;
  subject?: string;
  date?: Date;
  body?: string;
  /** Adds a base64 attachment of this many bytes. */
  attachmentBytes?: number;
}

const rfc2822 = (d: Date) => d.toUTCString().replace('GMT', '+0000');

export function makeMail(spec: MailSpec): string {
  const date = spec.date ?? new Date(Date.UTC(2026, 10, 2, 9, 0, spec.n));
  const head = [
    `From: ${spec.from ?? `Klant ${spec.n} <klant${spec.n}@example.com>`}`,
    `To: ${spec.to ?? 'Joan <joan@prinsweb.example>'}`,
    `Subject: ${spec.subject ?? `Vraag ${spec.n}`}`,
    `Date: ${rfc2822(date)}`,
    `Message-ID: <msg-${spec.n}@example.com>`,
    'MIME-Version: 1.0',
  ];
  const body = spec.body ?? `Hallo Joan,\r\n\r\nKunt u mij laten weten wanneer bestelling ${spec.n} komt?\r\n\r\nGroet,\r\nKlant ${spec.n}\r\n`;
  if (!spec.attachmentBytes) {
    return [...head, 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', body].join('\r\n');
  }
  const data = Buffer.alloc(spec.attachmentBytes, 7).toString('base64').replace(/.{76}/g, '$&\r\n');
  return [
    ...head,
    'Content-Type: multipart/mixed; boundary="b-' + spec.n + '"',
    '',
    `--b-${spec.n}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
    `--b-${spec.n}`,
    'Content-Type: application/pdf; name="offerte.pdf"',
    'Content-Disposition: attachment; filename="offerte.pdf"',
    'Content-Transfer-Encoding: base64',
    '',
    data,
    `--b-${spec.n}--`,
    '',
  ].join('\r\n');
}
