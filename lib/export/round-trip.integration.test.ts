import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { writeLargeTopic } from '@/lib/fixtures/large-topic';
import { parseTopicText } from '@/lib/import/parse-topic-text';
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
