import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Runs a TypeScript entry point with tsx. `server-only` modules load under the react-server
 * condition, as they do inside Next.
 */
export function runTypeScript(file, args = [], env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', file, ...args], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, DATABASE_POOL_MAX: '2', ...env },
    });
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? 1));
  });
}
