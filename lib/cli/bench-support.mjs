// What the benchmark commands share: running a TypeScript script that prints one JSON line,
// percentiles, and writing a report as JSON and Markdown under reports/ (committed: the
// figures quoted in the issue notes live next to the code that produced them).
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/** Runs `script` with tsx under the react-server condition and returns the last line it printed, parsed. */
export function runTypeScriptJson(script, env = {}) {
  return new Promise((resolve, reject) => {
    let out = '';
    const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', script], {
      cwd: root,
      env: { ...process.env, ...env, NODE_NO_WARNINGS: '1' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1))) : reject(new Error(`${script} exited with ${code}`))));
  });
}

export const REPORTS_DIR = 'reports';

/** Writes reports/<name>.json and reports/<name>.md and prints the Markdown. */
export function writeBenchReport(name, report, markdown) {
  mkdirSync(`${root}${REPORTS_DIR}`, { recursive: true });
  writeFileSync(`${root}${REPORTS_DIR}/${name}.json`, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(`${root}${REPORTS_DIR}/${name}.md`, markdown);
  console.log(markdown);
  console.log(`Written to ${REPORTS_DIR}/${name}.json and ${REPORTS_DIR}/${name}.md`);
}

export const databaseLabel = (database) => (database.embedded ? 'embedded (PGlite, in memory)' : 'PostgreSQL server');

/** Pass/fail checks of a benchmark: printed as they are made, then a Markdown table for the report. */
export function checkList() {
  const checks = [];
  const check = (name, passed, detail) => {
    checks.push({ name, passed, detail });
    console.log(`${passed ? '✓' : '✗'} ${name}: ${detail}`);
  };
  const table = () => [
    '| check | result | detail |',
    '|---|---|---|',
    ...checks.map((c) => `| ${c.name} | ${c.passed ? 'pass' : '**FAIL**'} | ${c.detail.replaceAll('|', '\\|')} |`),
  ];
  return { checks, check, table, failed: () => checks.some((c) => !c.passed) };
}
