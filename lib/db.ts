import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { env } from '@/lib/env';

// The one PrismaClient. Password hashes are omitted from every read unless a query asks
// for them explicitly (sign-in does).
function createClient() {
  const { DATABASE_URL, DATABASE_POOL_MAX } = env();
  const adapter = new PrismaPg({
    connectionString: DATABASE_URL,
    max: DATABASE_POOL_MAX,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type Database = ReturnType<typeof createClient>;

const globalForDb = globalThis as unknown as { topicDeskDb?: Database };

/** Created on first use, and reused across hot reloads in development. */
export function getDb(): Database {
  globalForDb.topicDeskDb ??= createClient();
  return globalForDb.topicDeskDb;
}
