import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db';
import { writeDemo } from '@/prisma/demo/write-demo';
import { searchSite } from '@/lib/published/search-reads';

vi.mock('@/lib/auth/session', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/auth/session')>()),
  requireRole: async () => ({ id: adminId, email: 'admin@topicdesk.local', name: 'Admin', role: 'ADMIN' }),
}));

const db = getDb();
let adminId = '';

beforeAll(async () => {
  await writeDemo(db);
  adminId = (await db.user.findUniqueOrThrow({ where: { email: 'admin@topicdesk.local' }, select: { id: true } })).id;
});

describe('searchSite', () => {
  it('finds a two-character Chinese word inside longer text', async () => {
    const { hits } = await searchSite('算力', db);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => hit.text.includes('算力'))).toBe(true);
  });

  it('finds English words whatever their case, every word required', async () => {
    const lower = await searchSite('inference economics', db);
    const upper = await searchSite('INFERENCE Economics', db);
    expect(lower.hits.length).toBeGreaterThan(0);
    expect(upper.hits.map((h) => h.href)).toEqual(lower.hits.map((h) => h.href));
    expect((await searchSite('inference zzzznotaword', db)).hits).toEqual([]);
  });

  it('ranks a title match above body text', async () => {
    const { hits } = await searchSite('Inference', db);
    const lastTitle = hits.map((h) => h.kind).lastIndexOf('TOPIC');
    const firstOther = hits.findIndex((h) => h.kind !== 'TOPIC');
    expect(hits.filter((h) => h.kind === 'TOPIC').map((h) => h.href)).toContain('/topics/inference-economics');
    expect(firstOther === -1 || lastTitle < firstOther).toBe(true);
  });

  it('finds speakers by name and links results to their place on the page', async () => {
    const { speakers } = await searchSite('lindqvist', db);
    expect(speakers.map((s) => s.slug)).toContain('mara-lindqvist');
    // A word of her quotes: the list checked is not empty.
    const { hits } = await searchSite('release cycles', db);
    const quoteHits = hits.filter((h) => h.kind === 'QUOTE');
    expect(quoteHits.length).toBeGreaterThan(0);
    expect(quoteHits.every((h) => /^\/topics\/[a-z0-9-]+#(camp-[a-z]|point-[a-z0-9]+)$/.test(h.href))).toBe(true);
  });

  it('never shows drafts: an unpublished topic leaves the results', async () => {
    const { unpublishAsAnalyst } = await import('@/lib/publishing/mutations');
    const { publishTopic } = await import('@/lib/publishing/publish-topic');
    const topic = await db.topic.findUniqueOrThrow({ where: { slug: 'inference-economics' }, select: { id: true } });
    await unpublishAsAnalyst(topic.id);
    expect((await searchSite('Inference Economics', db)).hits.some((h) => h.href.startsWith('/topics/inference-economics'))).toBe(false);
    // Other test files share this database: publish it again.
    const { version } = await db.topic.findUniqueOrThrow({ where: { id: topic.id }, select: { version: true } });
    await publishTopic(db, { topicId: topic.id, expectedVersion: version, publisher: { userId: adminId, via: 'editor' } });
    expect((await searchSite('Inference Economics', db)).hits.some((h) => h.href.startsWith('/topics/inference-economics'))).toBe(true);
  });

  it('treats LIKE wildcards in the query literally', async () => {
    // Unescaped, "_" would match any one character, and 算_ would find 算力.
    expect((await searchSite('算力', db)).hits.length).toBeGreaterThan(0);
    expect((await searchSite('算_', db)).hits).toEqual([]);
  });
});
