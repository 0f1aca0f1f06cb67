import { afterEach, describe, expect, it, vi } from 'vitest';

// The route is public: it answers 503 without details when the database is unreachable. Each
// test loads the route afresh against the database it names, and leaves this file's own.
const fileDatabaseUrl = process.env.DATABASE_URL!;
const scope = globalThis as { topicDeskDb?: { $disconnect(): Promise<void> } };

async function routeAgainst(databaseUrl: string) {
  await scope.topicDeskDb?.$disconnect().catch(() => {});
  delete scope.topicDeskDb;
  vi.resetModules();
  process.env.DATABASE_URL = databaseUrl;
  return import('@/app/api/health/route');
}

afterEach(async () => {
  await scope.topicDeskDb?.$disconnect().catch(() => {});
  delete scope.topicDeskDb;
  process.env.DATABASE_URL = fileDatabaseUrl;
});

describe('/api/health', () => {
  it('answers 200 with the database status when the database is up', async () => {
    const { GET } = await routeAgainst(fileDatabaseUrl);
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', database: { ok: true } });
  });

  it('answers 503 when the database cannot be reached', async () => {
    const { GET } = await routeAgainst('postgresql://postgres@127.0.0.1:9/unreachable');
    const response = await GET();
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body).toMatchObject({ status: 'unavailable', database: { ok: false, error: 'database unreachable' } });
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});
