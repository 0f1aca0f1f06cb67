#!/usr/bin/env node
// `npm run audit`: the production dependencies against npm's advisory database, failing on any
// high or critical finding. CI runs it after `npm ci`.
//
// Where the registry refuses the advisory endpoint (this workplace's mirror answers 405 to its
// POST), the audit cannot run: that is printed as NOT CHECKED, loudly, and fails only when
// AUDIT_REQUIRED=1 — a CI that can never pass would stop every change from landing, while a
// silent pass would claim a check that did not happen.
import { spawnSync } from 'node:child_process';
import { auditVerdict } from './audit-verdict.mjs';

const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
let report;
try {
  report = JSON.parse(result.stdout);
} catch {
  report = { message: (result.stderr || result.stdout || '').trim().split('\n').at(-1) };
}
const { exitCode, lines } = auditVerdict(report, { required: process.env.AUDIT_REQUIRED === '1' });
for (const line of lines) (exitCode === 0 ? console.log : console.error)(line);
process.exit(exitCode);
