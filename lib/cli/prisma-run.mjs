import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { schemaEngineEnv } from './prisma-engine.mjs';

const prismaCli = fileURLToPath(new URL('../../node_modules/prisma/build/index.js', import.meta.url));
const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Runs the Prisma CLI and resolves with its exit code. */
export function runPrisma(args, env = {}, { quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [prismaCli, ...args], {
      cwd: projectRoot,
      env: { ...process.env, ...schemaEngineEnv(), ...env },
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (quiet && code !== 0) process.stderr.write(output);
      resolve(code ?? 1);
    });
  });
}
