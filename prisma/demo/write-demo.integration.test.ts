import { expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { getPublishedTopic } from '@/lib/topics/queries';
import { writeDemo } from './write-demo';

const db = getDb();

const counts = async () => ({
  topics: await db.topic.count(),
  quotes: await db.quote.count(),
  speakers: await db.speaker.count(),
  interviews: await db.interview.count(),
  users: await db.user.count(),
  revisions: await db.revision.count(),
});

it('is idempotent', async () => {
  await writeDemo(db);
  const first = await counts();
  const report = await writeDemo(db);
  expect(report.createdTopics).toEqual([]);
  expect(report.createdAccounts).toEqual([]);
  expect(await counts()).toEqual(first);
});

it('fills every part of the anatomy on the demo topic', async () => {
  await writeDemo(db);
  const page = await getPublishedTopic('open-weights-catch-up');
  const doc = page!.document;
  const blocks = [...doc.consensus, ...doc.camps].flatMap((section) => section.blocks);
  const quotes = blocks.flatMap((block) => (block.kind === 'quote' ? [block] : []));

  expect(doc.changelog.length).toBeGreaterThanOrEqual(2);
  expect(doc.consensus.length).toBeGreaterThanOrEqual(2);
  expect(doc.camps.length).toBeGreaterThanOrEqual(3);
  expect(quotes.some((b) => b.quote.original && b.quote.translation)).toBe(true);
  expect(quotes.some((b) => b.quote.speakers.length === 2)).toBe(true);
  expect(quotes.some((b) => !b.quote.original && b.quote.translation && b.seeAlso?.slug === 'inference-economics')).toBe(true);
  expect(blocks.some((b) => b.kind === 'paraphrase' && b.reason.length > 0)).toBe(true);
  expect(blocks.some((b) => b.kind === 'note')).toBe(true);
  expect(blocks.some((b) => b.kind === 'paragraph' && /\*[^*]+\*/.test(b.text))).toBe(true);
  expect(doc.view?.confidence).toBe('MEDIUM');
  expect(doc.blindSpots.length).toBeGreaterThan(0);
  expect(doc.openQuestions.length).toBeGreaterThan(0);
  expect(doc.sources).toHaveLength(5);
  expect(doc.sisterTopics.map((t) => t.slug)).toEqual(['inference-economics']);
  const formerSpeaker = quotes.flatMap((b) => b.quote.speakers).find((s) => s.slug === 'tomasz-wierzbicki');
  expect(formerSpeaker?.affiliation).toBe('former DeepMind');
});

it('creates one account per role with an argon2id hash', async () => {
  await writeDemo(db);
  const users = await db.user.findMany({
    where: { email: { endsWith: '@topicdesk.local' } },
    select: { role: true, passwordHash: true },
    orderBy: { role: 'asc' },
  });
  expect(users.map((u) => u.role)).toEqual(['READER', 'ANALYST', 'ADMIN']);
  expect(users.every((u) => u.passwordHash.startsWith('$argon2id$'))).toBe(true);
});
