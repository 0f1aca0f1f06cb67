import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { writeLargeTopic } from '@/lib/fixtures/large-topic';
import { parseTopicText } from '@/lib/import/parse-topic-text';
import { readTopicDocument } from '@/lib/import/read-topic-document';
import { writeImportedTopic } from '@/lib/import/write-imported-topic';
import { loadDraftDocument } from '@/lib/topics/draft-document';
import type { TopicDocument } from '@/lib/topics/document';
import { writeDemo } from '@/prisma/demo/write-demo';
import { exportTopic } from './topic-export';

// import(export(topic)) reproduces the topic document: same text, structure, order,
// attributions, sources and links; only the ids of newly written rows differ.
const db = getDb();

/** Ids, and changelog links to this site's own publishes, are not content that text carries. */
function withoutIds(document: TopicDocument) {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'id' && key !== 'publishNumber').map(([key, v]) => [key, strip(v)]));
    }
    return value;
  };
  const stripped = strip(document) as Partial<TopicDocument>;
  delete stripped.slug;
  return stripped;
}

async function draftOf(slug: string) {
  const topic = await db.topic.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  return (await loadDraftDocument(db, topic.id))!;
}

let serial = 0;
async function roundTrip(slug: string, format: 'txt' | 'md') {
  const exported = await exportTopic(db, slug, { format, version: 'draft' });
  const copy = `${slug}-copy-${format}-${serial++}`;
  const report = await writeImportedTopic(db, parseTopicText(exported.body), { slug: copy, publish: false, authorId: null });
  return { original: await draftOf(slug), copy: await draftOf(copy), report, text: exported.body };
}

beforeAll(async () => {
  await writeDemo(db);
  await writeImportedTopic(db, parseTopicText(readFileSync(new URL('../import/fixtures/performance-plateau.txt', import.meta.url), 'utf8')), {
    slug: 'round-trip-seed',
    publish: false,
    authorId: null,
  });
  for (const fixture of ['inference-cost-decline', 'agents-in-production']) {
    const text = readFileSync(new URL(`../import/fixtures/${fixture}.txt`, import.meta.url), 'utf8');
    await writeImportedTopic(db, parseTopicText(text), { slug: `round-trip-${fixture}`, publish: true, authorId: null });
  }
  await writeLargeTopic(db, { slug: 'round-trip-generated', camps: 12, quotes: 120 });
});

describe.each(['md', 'txt'] as const)('export as %s, then import', (format) => {
  it.each([
    'open-weights-catch-up',
    'inference-economics',
    'round-trip-seed',
    'round-trip-inference-cost-decline',
    'round-trip-agents-in-production',
    'round-trip-generated',
  ])('reproduces %s', async (slug) => {
    const { original, copy, report } = await roundTrip(slug, format);
    expect(report.warnings.filter((w) => w.line > 0)).toEqual([]);
    expect(report.speakers.created).toEqual([]);
    expect(withoutIds(copy)).toEqual(withoutIds(original));
  });
});

it('exports are stable: the re-imported copy exports to the same text', async () => {
  const { text } = await roundTrip('open-weights-catch-up', 'md');
  const copySlug = `open-weights-catch-up-copy-md-${serial - 1}`;
  const again = await exportTopic(db, copySlug, { format: 'md', version: 'draft' });
  // Only the header differs: the copy is an unpublished draft, so it has no 最近更新 date.
  const body = (markdown: string) => markdown.split('\n').filter((line) => !line.startsWith('主题页')).join('\n');
  expect(body(again.body)).toBe(body(text));
});

// export → import → export gives the same bytes: into the topic it came from (which then
// does not change at all), and, for the text formats, into a new topic as well.
const corpusPages = readdirSync(new URL('../import/corpus/', import.meta.url)).filter((file) => file.endsWith('.txt'));

describe('export → import → export', () => {
  beforeAll(async () => {
    for (const file of corpusPages) {
      const text = readFileSync(new URL(`../import/corpus/${file}`, import.meta.url), 'utf8');
      await writeImportedTopic(db, parseTopicText(text), { slug: `corpus-${file.replace('.txt', '')}`, publish: true, authorId: null });
    }
  });

  const slugs = () => ['open-weights-catch-up', 'round-trip-seed', 'round-trip-inference-cost-decline', 'round-trip-generated', ...corpusPages.map((file) => `corpus-${file.replace('.txt', '')}`)];

  it.each(['txt', 'md', 'json'] as const)('in %s, into the same topic: nothing changes, the bytes are the same', async (format) => {
    for (const slug of slugs()) {
      const first = await exportTopic(db, slug, { format, version: 'draft' });
      const topic = await db.topic.findUniqueOrThrow({ where: { slug }, select: { id: true, status: true, _count: { select: { revisions: true } } } });
      const report = await writeImportedTopic(db, readTopicDocument(first.body), { slug, publish: topic.status === 'PUBLISHED', authorId: null });
      expect(report.outcome, slug).toBe('unchanged');
      expect(await db.revision.count({ where: { topicId: topic.id } }), slug).toBe(topic._count.revisions);
      expect((await exportTopic(db, slug, { format, version: 'draft' })).body, slug).toBe(first.body);
    }
  });

  it.each(['txt', 'md'] as const)('in %s, into a new topic: the same bytes', async (format) => {
    for (const slug of slugs()) {
      const first = await exportTopic(db, slug, { format, version: 'draft' });
      const published = (await db.topic.findUniqueOrThrow({ where: { slug }, select: { status: true } })).status === 'PUBLISHED';
      const copy = `${slug}-again-${format}`;
      const report = await writeImportedTopic(db, readTopicDocument(first.body), { slug: copy, publish: published, authorId: null });
      expect(report.speakers.created, slug).toEqual([]);
      expect((await exportTopic(db, copy, { format, version: 'draft' })).body, slug).toBe(first.body);
    }
  });

  it('in json, into a new topic: the same document, ids aside', async () => {
    for (const slug of slugs()) {
      const first = await exportTopic(db, slug, { format: 'json', version: 'draft' });
      const parsed = readTopicDocument(first.body);
      await writeImportedTopic(db, parsed, { slug: `${slug}-again-json`, publish: false, authorId: null });
      expect(withoutIds(await draftOf(`${slug}-again-json`)), slug).toEqual(withoutIds(await draftOf(slug)));
    }
  });

  it('keeps inferred speakers unconfirmed through the text, and confirmed ones confirmed', async () => {
    const txt = (await exportTopic(db, 'round-trip-seed', { format: 'txt', version: 'draft' })).body;
    // Inferred and unconfirmed: no attribution line, as in the page that was imported.
    expect(txt).toContain('"A model\'s capacity for memorization plateaus, establishing a measurable limit to the amount of information it can retain, regardless of training size."\n「模型的记忆容量会触顶,给出一个可测量的信息保留上限——无论训练规模多大。」\n\n');
    const seedTopic = await db.topic.findUniqueOrThrow({ where: { slug: 'round-trip-seed' }, select: { id: true } });
    const inferred = await db.block.findMany({ where: { camp: { topicId: seedTopic.id }, speakersInferredFrom: { not: null } }, select: { id: true } });
    expect(inferred.length).toBeGreaterThan(0);
    await db.block.updateMany({ where: { id: { in: inferred.map((b) => b.id) } }, data: { speakersInferredFrom: null } });
    const confirmed = (await exportTopic(db, 'round-trip-seed', { format: 'txt', version: 'draft' })).body;
    expect(confirmed).toContain('「模型的记忆容量会触顶,给出一个可测量的信息保留上限——无论训练规模多大。」\n— Jack Morris\n');
  });
});
