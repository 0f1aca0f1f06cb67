// Generating the Prisma client and building Next only when their inputs changed, so that a
// second `npm start` is quick.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPrisma } from './prisma-run.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : 0);

export async function ensurePrismaClient() {
  const generated = `${root}lib/generated/prisma/client.ts`;
  if (mtime(generated) >= mtime(`${root}prisma/schema.prisma`) && mtime(generated) >= mtime(`${root}package-lock.json`)) return;
  console.log('Generating the Prisma client…');
  const code = await runPrisma(['generate'], {}, { quiet: true });
  if (code !== 0) throw new Error('prisma generate failed (see above).');
}

const BUILD_INPUTS = ['app', 'components', 'lib', 'public', 'prisma/schema.prisma', 'next.config.ts', 'proxy.ts', 'postcss.config.mjs', 'package-lock.json', 'tsconfig.json'];

export function buildIsCurrent(distDir = '.next') {
  const buildId = `${root}${distDir}/BUILD_ID`;
  if (!existsSync(buildId)) return false;
  const built = statSync(buildId).mtimeMs;
  return BUILD_INPUTS.every((input) => newestMtime(`${root}${input}`) <= built);
}

export function nextBuild(env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`${root}node_modules/next/dist/bin/next`, 'build'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`next build exited with ${code}`))));
  });
}

export async function ensureBuild(env = {}) {
  if (buildIsCurrent(env.NEXT_DIST_DIR)) return;
  console.log('Building the app (next build)…');
  await nextBuild(env);
}
