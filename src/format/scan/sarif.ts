/** `scan --format sarif`: every finding as a SARIF result, located by its message (Message-ID) and source file. */
import type { ScanResult } from '../../scan-result.js';
import type { Formatter } from '../types.js';
import { sarifLog, toUri } from '../sarif.js';

/** "inbox.mbox@1234" / "cur/1.eml" → the file; IMAP origins ("work/INBOX#57") have none. */
export function originFile(origin: string | undefined): string | undefined {
  if (!origin || origin.startsWith('imap:') || /#\d+$/.test(origin)) return undefined;
  return origin.replace(/@\d+$/, '');
}

const sarif: Formatter<ScanResult> = (result, ctx) =>
  sarifLog(
    result.findings.map((finding) => {
      const file = originFile(finding.origin);
      return { finding, location: { ...(file && { uri: toUri(file) }), logical: { name: finding.messageId, kind: 'message' } } };
    }),
    ctx.lang,
  );
export default sarif;
