/**
 * `npm run bench`: speed numbers, printed (never asserted in tests).
 *   - lint start-up: `replycheck lint draft.eml` against the floor `node -e ""`
 *   - IMAP: 10,000 generated messages in a local Dovecot: bare fetch floor, cold scan, warm scan
 *   - mbox: `replycheck scan` of a 10,000-message mbox against mailparser alone over the same file
 *   - robustness: the slowest call on the fuzz corpus, peak RSS on a large mbox, no exit 0 on a partial read
 *   - lint-worst: the slowest lint of every draft of the corpora, the fuzz corpus, the walls and absurd dates
 * `npm run bench -- lint`, `-- lint-worst`, `-- imap`, `-- mbox` or `-- robust` runs one part.
 */
const only = process.argv[2];
if (!only || only === 'lint') {
  const { benchLint } = await import('./bench-lint.js');
  await benchLint();
  console.log('');
}
if (!only || only === 'lint-worst') {
  const { benchLintWorst } = await import('./bench-lint-worst.js');
  await benchLintWorst();
  console.log('');
}
if (!only || only === 'imap') {
  const { benchImap } = await import('./bench-imap.js');
  await benchImap();
}
if (!only || only === 'mbox') {
  console.log('');
  const { benchMbox } = await import('./bench-mbox.js');
  await benchMbox();
}
if (!only || only === 'enron') {
  console.log('');
  const { benchEnron } = await import('./bench-commands.js');
  benchEnron();
}
if (only === 'memory') {
  // not in the default run: generating and scanning 100,000 messages takes minutes on this machine
  const { benchMemory } = await import('./bench-commands.js');
  benchMemory();
}
if (!only || only === 'robust') {
  console.log('');
  const { benchRobust } = await import('./bench-robust.js');
  await benchRobust();
}
