/**
 * `npm run bench`: speed numbers, printed (never asserted in tests).
 *   - lint start-up: `replycheck lint draft.eml` against the floor `node -e ""`
 *   - IMAP: 10,000 generated messages in a local Dovecot: bare fetch floor, cold scan, warm scan
 * `npm run bench -- lint` or `-- imap` runs one part.
 */
const only = process.argv[2];
if (!only || only === 'lint') {
  const { benchLint } = await import('./bench-lint.js');
  await benchLint();
  console.log('');
}
if (!only || only === 'imap') {
  const { benchImap } = await import('./bench-imap.js');
  await benchImap();
}
