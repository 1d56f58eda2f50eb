/**
 * The floor of the mbox bench (bench-mbox.ts): mailparser alone over an mbox file, one message after the other.
 * The same framing as replycheck (src/source/mbox.ts), the streaming MailParser with its fast options, attachment
 * content drained and dropped. Nothing else: no quote split, no language, no threads, no rules.
 * Run: `node dist/scripts/mbox-floor.js FILE` (prints the number of messages).
 */
import { MailParser } from 'mailparser';
import { readMbox } from '../src/source/mbox.js';

const OPTIONS = { skipHtmlToText: true, skipImageLinks: true, skipTextLinks: true, skipTextToHtml: true, checksumAlgo: false as const };

function parseOne(raw: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = new MailParser(OPTIONS);
    p.on('data', (d: { type: string; content?: NodeJS.ReadableStream; release?: () => void }) => {
      if (d.type !== 'attachment') return;
      d.content!.on('data', () => {});
      d.content!.on('end', () => d.release?.());
    });
    p.on('end', () => resolve());
    p.on('error', reject);
    p.end(raw);
  });
}

let n = 0;
for await (const m of readMbox(process.argv[2]!)) {
  await parseOne(m.raw);
  n++;
}
console.log(n);
