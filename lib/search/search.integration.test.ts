import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db';
import { backfillPublishedIndex } from '@/lib/published/published-index';
import { writeDemo } from '@/prisma/demo/write-demo';
import { searchSite } from './queries';

vi.mock('@/lib/auth/session', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/auth/session')>()),
  requireRole: async () => ({ id: adminId, email: 'admin@topicdesk.local', name: 'Admin', role: 'ADMIN' }),
}));

const db = getDb();
let adminId = '';

beforeAll(async () => {
  await writeDemo(db);
  adminId = (await db.user.findUniqueOrThrow({ where: { email: 'admin@topicdesk.local' }, select: { id: true } })).id;
  await backfillPublishedIndex(db);
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
    const { speakers, hits } = await searchSite('lindqvist', db);
    expect(speakers.map((s) => s.slug)).toContain('mara-lindqvist');
    expect(hits.filter((h) => h.kind === 'QUOTE').every((h) => /^\/topics\/[a-z0-9-]+#(camp-|point-)/.test(h.href))).toBe(true);
  });

  it('never shows drafts: an unpublished topic leaves the results', async () => {
    const { unpublishTopic } = await import('@/lib/drafts/topic-lifecycle');
    const { publishDraft } = await import('@/lib/revisions/publish');
    const topic = await db.topic.findUniqueOrThrow({ where: { slug: 'inference-economics' }, select: { id: true } });
    await unpublishTopic(topic.id);
    expect((await searchSite('Inference Economics', db)).hits.some((h) => h.href.startsWith('/topics/inference-economics'))).toBe(false);
    // Other test files share this database: publish it again.
    const { version } = await db.topic.findUniqueOrThrow({ where: { id: topic.id }, select: { version: true } });
    await publishDraft(db, { topicId: topic.id, expectedVersion: version, authorId: adminId, message: 'search test' });
    expect((await searchSite('Inference Economics', db)).hits.some((h) => h.href.startsWith('/topics/inference-economics'))).toBe(true);
  });

  it('treats LIKE wildcards in the query literally', async () => {
    // Unescaped, "_" would match any one character, and 算_ would find 算力.
    expect((await searchSite('算力', db)).hits.length).toBeGreaterThan(0);
    expect((await searchSite('算_', db)).hits).toEqual([]);
  });
});
