// Chooses the schema engine the Prisma CLI runs: the native binary when Prisma managed to
// install one (or PRISMA_SCHEMA_ENGINE_BINARY names one), otherwise our WASM bridge, so that
// `prisma migrate` works on a machine that cannot download engines.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const bridgePath = fileURLToPath(new URL('../../prisma/schema-engine/bridge.mjs', import.meta.url));

function nativeEngineInstalled() {
  const enginesDir = `${projectRoot}node_modules/@prisma/engines`;
  if (!existsSync(enginesDir)) return false;
  return readdirSync(enginesDir).some((name) => name.startsWith('schema-engine-'));
}

/** Environment additions for any process that runs the Prisma CLI. */
export function schemaEngineEnv(env = process.env) {
  if (env.PRISMA_SCHEMA_ENGINE_BINARY || nativeEngineInstalled()) return {};
  return { PRISMA_SCHEMA_ENGINE_BINARY: bridgePath, PRISMA_HIDE_UPDATE_MESSAGE: '1' };
}
