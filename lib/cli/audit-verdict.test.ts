import { describe, expect, it } from 'vitest';
import { auditVerdict } from './audit-verdict.mjs';

describe('auditVerdict', () => {
  it('passes with no high or critical findings', () => {
    const verdict = auditVerdict({ metadata: { vulnerabilities: { info: 0, low: 2, moderate: 1, high: 0, critical: 0 } }, vulnerabilities: {} });
    expect(verdict.exitCode).toBe(0);
    expect(verdict.lines[0]).toContain('low 2');
  });

  it('fails on a high or critical finding and names the package', () => {
    const verdict = auditVerdict({
      metadata: { vulnerabilities: { low: 0, moderate: 0, high: 1, critical: 0 } },
      vulnerabilities: { 'some-package': { severity: 'high', range: '<1.2.3' }, other: { severity: 'low' } },
    });
    expect(verdict.exitCode).toBe(1);
    expect(verdict.lines.join('\n')).toContain('high: some-package <1.2.3');
    expect(verdict.lines.join('\n')).not.toContain('other');
  });

  it('says NOT CHECKED when the advisory database does not answer, failing only if required', () => {
    const refused = { statusCode: 405, message: '405 Method Not Allowed' };
    expect(auditVerdict(refused)).toEqual({ exitCode: 0, lines: [expect.stringContaining('NOT CHECKED')] });
    expect(auditVerdict(refused, { required: true }).exitCode).toBe(1);
  });
});
