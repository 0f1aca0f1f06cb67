import { expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { getPublishedTopic } from '@/lib/published/topic-reads';
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

  // The demo content is a fixture of this repository: its counts are known exactly.
  expect(doc.changelog.map((entry) => entry.publishNumber ?? null)).toEqual([1, null]);
  expect(doc.consensus).toHaveLength(2);
  expect(doc.camps.map((camp) => [camp.label, camp.blocks.map((b) => b.kind)])).toEqual([
    ['A', ['paragraph', 'quote', 'paraphrase', 'note']],
    ['B', ['paraphrase']],
    ['C', ['quote', 'quote']],
  ]);
  expect(doc.consensus.map((point) => point.blocks.map((b) => b.kind))).toEqual([['paragraph', 'quote', 'quote'], ['quote']]);
  expect(quotes.filter((b) => b.quote.original && b.quote.translation)).toHaveLength(5);
  expect(quotes.filter((b) => b.quote.speakers.length === 2)).toHaveLength(1);
  expect(quotes.filter((b) => !b.quote.original && b.quote.translation && b.seeAlso?.slug === 'inference-economics')).toHaveLength(1);
  expect(blocks.filter((b) => b.kind === 'paraphrase' && b.reason.length > 0)).toHaveLength(2);
  expect(blocks.filter((b) => b.kind === 'paragraph' && /\*[^*]+\*/.test(b.text))).toHaveLength(2);
  expect(doc.view?.confidence).toBe('MEDIUM');
  expect(doc.blindSpots).toHaveLength(2);
  expect(doc.openQuestions).toHaveLength(2);
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
