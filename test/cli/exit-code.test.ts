import { describe, expect, test } from '@jest/globals';
import { exitCode } from '../../src/cli/exit-code.js';

const f = (...severities: ('error' | 'warn' | 'info')[]) => severities.map((severity) => ({ severity }));

describe('the one exit-code decision (scan, report, lint)', () => {
  test('an unreadable source is 3, whatever the findings or --fail-on', () => {
    expect(exitCode({ unreadable: true, findings: [] })).toBe(3);
    expect(exitCode({ unreadable: true, findings: f('error'), failOn: 'never' })).toBe(3);
  });

  test('error findings fail; warnings and infos alone do not', () => {
    expect(exitCode({ unreadable: false, findings: f('warn', 'error') })).toBe(1);
    expect(exitCode({ unreadable: false, findings: f('warn', 'info') })).toBe(0);
    expect(exitCode({ unreadable: false, findings: [] })).toBe(0);
  });

  test('--fail-on warn fails on a warning, never on info; --fail-on never passes findings and breaches', () => {
    expect(exitCode({ unreadable: false, findings: f('warn'), failOn: 'warn' })).toBe(1);
    expect(exitCode({ unreadable: false, findings: f('info'), failOn: 'warn' })).toBe(0);
    expect(exitCode({ unreadable: false, findings: f('error'), failOn: 'never', breaches: 2 })).toBe(0);
  });

  test('--max-warnings: more warnings than allowed fail, exactly that many pass', () => {
    expect(exitCode({ unreadable: false, findings: f('warn', 'warn'), maxWarnings: 1 })).toBe(1);
    expect(exitCode({ unreadable: false, findings: f('warn', 'warn'), maxWarnings: 2 })).toBe(0);
    expect(exitCode({ unreadable: false, findings: f('warn'), maxWarnings: 0 })).toBe(1);
  });

  test('a breached report threshold fails even without findings', () => {
    expect(exitCode({ unreadable: false, findings: [], breaches: 1 })).toBe(1);
    expect(exitCode({ unreadable: false, findings: [], breaches: 0 })).toBe(0);
  });
});
