/**
 * The import rules of docs/architecture.md, checked by test/dependencies.test.ts (inside `npm test`).
 * TypeScript is parsed with swc (TypeScript 7 has no compiler API), type-only imports included.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle: the modules cannot be understood, tested or loaded lazily one at a time.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'rules-use-the-rule-api',
      severity: 'error',
      comment:
        'A rule file imports the public rule API (src/rule.ts, published as replycheck/rule) and other files in ' +
        'rules/ only: never a module behind the API (sources, parsing, the cache, the config loader, the terminal), ' +
        'a Node built-in or an npm package. What a rule needs is re-exported by src/rule.ts, on purpose.',
      from: { path: '^rules/' },
      to: { pathNot: ['^rules/', '^src/rule\\.ts$'] },
    },
    {
      name: 'only-the-cli-imports-the-cli',
      severity: 'error',
      comment: 'src/cli turns flags into options and results into exit codes; nothing below it may reach back up.',
      from: { path: '^(src|rules)/', pathNot: '^src/cli/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'stages-never-import-the-pipeline',
      severity: 'error',
      comment: 'src/pipeline.ts strings the stages together (src/run.ts words it for the CLI); a stage that imports either is a cycle waiting to happen.',
      from: { path: '^(src/(source|parse|thread|analyze|text|format|stats|cache|lint|config)|rules)/' },
      to: { path: '^src/(run|pipeline)\\.ts$' },
    },
    {
      name: 'only-the-cache-opens-the-cache',
      severity: 'error',
      comment: 'The SQLite cache has one owner, src/cache: no other module opens the file or runs SQL on it behind its back.',
      from: { path: '^(src|rules)/', pathNot: '^src/cache/' },
      to: { path: '(^|/)better-sqlite3(/|$)' },
    },
    {
      name: 'formatters-only-render',
      severity: 'error',
      comment: 'src/format renders the data it is given: it reads no mail, no cache and no config file.',
      from: { path: '^src/format/' },
      to: { path: '^src/(source|parse|thread|cache|config/load)' },
    },
  ],
  options: {
    parser: 'swc',
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules|coverage)/' },
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
