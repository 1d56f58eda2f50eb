/**
 * `--format sarif` and `--format github` for scan and lint, run through the CLI as a CI job would (issue 12).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ROOT } from '../../src/meta.js';
import { runCli } from '../helpers/cli.js';

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Array<{ physicalLocation?: { artifactLocation: { uri: string }; region?: { startLine: number; startColumn: number } }; logicalLocations?: Array<{ name: string; kind: string }> }>;
  partialFingerprints: Record<string, string>;
}
interface SarifLog {
  version: string;
  $schema: string;
  runs: Array<{ tool: { driver: { name: string; version: string; rules: Array<{ id: string; helpUri: string }> } }; results: SarifResult[] }>;
}

const dir = mkdtempSync(join(tmpdir(), 'rc-sarif-'));
const draft = join(dir, 'draft, v2.txt');
writeFileSync(draft, 'Hoi Piet,\n\nIk kom er zo snel mogelijk op terug.\n\nGroet,\nJoan\n');

describe('scan', () => {
  const json = JSON.parse(runCli(['scan', '--demo', '-f', 'json']).stdout) as { findings: Array<{ ruleId: string; severity: string; messageId: string }> };

  test('sarif: one result per finding, levels mapped, the rules that fired with their docs, located by Message-ID', () => {
    const r = runCli(['scan', '--demo', '-f', 'sarif']);
    expect(r.status).toBe(1);
    const log = JSON.parse(r.stdout) as SarifLog;
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    const run = log.runs[0]!;
    expect(run.tool.driver.name).toBe('replycheck');
    expect(run.results.length).toBe(json.findings.length);
    const level = { error: 'error', warn: 'warning', info: 'note' } as Record<string, string>;
    expect(run.results.map((x) => x.level)).toEqual(json.findings.map((f) => level[f.severity]));
    for (const res of run.results) {
      expect(run.tool.driver.rules[res.ruleIndex]!.id).toBe(res.ruleId);
      expect(run.tool.driver.rules[res.ruleIndex]!.helpUri).toContain(`docs/rules/${res.ruleId}.md`);
      expect(res.locations[0]!.logicalLocations![0]!.kind).toBe('message');
      expect(res.partialFingerprints['replycheck/v1']).toContain(res.ruleId);
    }
    expect(new Set(run.results.map((x) => x.locations[0]!.logicalLocations![0]!.name))).toEqual(new Set(json.findings.map((f) => f.messageId)));
    // a thread finding has no file position: no physical location is invented for it
    expect(run.results.filter((x) => x.locations[0]!.physicalLocation && !x.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual([]);
  });

  test('sarif in Dutch: the message texts are Dutch', () => {
    const log = JSON.parse(runCli(['scan', '--demo', '-f', 'sarif', '--lang', 'nl']).stdout) as SarifLog;
    expect(log.runs[0]!.results.some((x) => /heeft|beloofd|vraag/i.test(x.message.text))).toBe(true);
  });

  test('github: one workflow command per finding, error/warning/notice by severity', () => {
    const out = runCli(['scan', '--demo', '-f', 'github']).stdout.trimEnd().split('\n');
    expect(out.length).toBe(json.findings.length);
    const cmd = { error: 'error', warn: 'warning', info: 'notice' } as Record<string, string>;
    out.forEach((line, i) => expect(line.startsWith(`::${cmd[json.findings[i]!.severity]} `)).toBe(true));
    expect(out.every((l) => /title=[a-z-]+/.test(l) && /::[^:]/.test(l))).toBe(true);
  });
});

describe('lint', () => {
  test('sarif: findings at their line and column in the draft file, the path a relative URI', () => {
    const rel = relative(ROOT, draft);
    const r = runCli(['lint', rel, '-f', 'sarif']);
    const log = JSON.parse(r.stdout) as SarifLog;
    const results = log.runs[0]!.results;
    expect(results.length).toBeGreaterThan(0);
    const vague = results.find((x) => x.ruleId === 'vague-promise')!;
    expect(vague).toBeDefined();
    const loc = vague.locations[0]!.physicalLocation!;
    expect(loc.artifactLocation.uri).toBe(rel.split('/').map(encodeURIComponent).join('/'));
    expect(loc.region!.startLine).toBe(3);
    expect(loc.region!.startColumn).toBeGreaterThanOrEqual(1);
  });

  test('github: file, line and col escaped the way the runner reads them', () => {
    const out = runCli(['lint', draft, '-f', 'github']).stdout;
    const line = out.split('\n').find((l) => l.includes('vague-promise'))!;
    expect(line).toMatch(/^::warning |^::error |^::notice /);
    // the comma in the file name is escaped, or the runner would end the property there
    expect(line).toContain(`file=${draft.replace(/,/g, '%2C')},line=3,`);
  });
});
