// What `npm audit --json` output means for CI: pass, fail on high/critical findings, or "not
// checked" when the advisory database did not answer (failing then only if the audit is required).

/** @returns {{ exitCode: number, lines: string[] }} */
export function auditVerdict(report, { required = false } = {}) {
  const counts = report?.metadata?.vulnerabilities;
  if (!counts) {
    const reason = report?.message || (report?.statusCode ? `HTTP ${report.statusCode}` : 'no answer');
    return { exitCode: required ? 1 : 0, lines: [`npm audit: NOT CHECKED — the advisory database did not answer (${reason}).`] };
  }
  const lines = [`npm audit (production dependencies): ${Object.entries(counts).map(([level, n]) => `${level} ${n}`).join(', ')}`];
  const serious = Object.entries(report.vulnerabilities ?? {}).filter(([, finding]) => finding.severity === 'high' || finding.severity === 'critical');
  const total = (counts.high ?? 0) + (counts.critical ?? 0);
  if (total === 0) return { exitCode: 0, lines };
  return {
    exitCode: 1,
    lines: [...lines, ...serious.map(([name, finding]) => `  ${finding.severity}: ${name} ${finding.range ?? ''}`.trimEnd()), `npm audit: ${total} high or critical findings.`],
  };
}
