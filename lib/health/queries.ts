import 'server-only';
import { getDb } from '@/lib/db';

export type DatabaseHealth = { ok: true; latencyMs: number } | { ok: false; error: string };

export async function checkDatabase(): Promise<DatabaseHealth> {
  const started = performance.now();
  try {
    await getDb().$queryRaw`SELECT 1`;
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    // The reason goes to the server log only: the endpoint is public.
    console.error('Health check: database unreachable:', error instanceof Error ? error.message : error);
    return { ok: false, error: 'database unreachable' };
  }
}
