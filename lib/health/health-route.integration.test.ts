import { afterAll, describe, expect, it, inject, vi } from 'vitest';

const forgetClient = () => delete (globalThis as { topicDeskDb?: unknown }).topicDeskDb;
afterAll(() => {
  forgetClient();
  process.env.DATABASE_URL = inject('databaseUrl');
});

// The route is public: it answers 503 without details when the database is unreachable.
describe('/api/health', () => {
  it('answers 200 with the database status when the database is up', async () => {
    process.env.DATABASE_URL = inject('databaseUrl');
    const { GET } = await import('@/app/api/health/route');
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', database: { ok: true } });
  });

  it('answers 503 when the database cannot be reached', async () => {
    vi.resetModules();
    forgetClient();
    process.env.DATABASE_URL = 'postgresql://postgres@127.0.0.1:9/unreachable';
    const { GET } = await import('@/app/api/health/route');
    const response = await GET();
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body).toEqual({ status: 'unavailable', database: { ok: false, error: 'database unreachable' } });
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});
