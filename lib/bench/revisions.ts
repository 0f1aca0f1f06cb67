// Server time of the diff between two revisions of a 400-quote topic (both documents read and
// parsed, then compared), and of the history listing's first page for a topic with 5,000
// revisions. Prints JSON; run by lib/cli/run-revisions-bench.mjs on a throw-away database.
import { getDb } from '@/lib/db';
import { computeChanges } from '@/lib/drafts/changeset';
import { applyEdit } from '@/lib/drafts/draft-edits';
import { applySave } from '@/lib/drafts/apply-save';
import { writeLargeTopic } from '@/lib/fixtures/large-topic';
import { diffDocuments } from '@/lib/revisions/document-diff';
import { readRevisionPair, readTopicHistory } from '@/lib/revisions/history-reads';
import { loadDraftDocument } from '@/lib/topics/draft-document';

const db = getDb();
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 10) / 10;
};
async function time(runs: number, work: () => Promise<unknown>) {
  await work(); // warm up
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return { runs, p50Ms: percentile(times, 50), p95Ms: percentile(times, 95) };
}

try {
  const author = await db.user.create({ data: { email: `bench-${Date.now()}@topicdesk.local`, name: 'Bench', passwordHash: 'not-a-hash', role: 'ANALYST' }, select: { id: true } });

  // A 400-quote topic, then one save that moves, rewords and deletes across camps.
  const large = await writeLargeTopic(db, { slug: `bench-diff-${Date.now()}`, camps: 20, quotes: 400 });
  const base = (await loadDraftDocument(db, large.topicId))!;
  let next = base;
  base.camps.forEach((camp, i) => {
    const list = `blocks:${camp.id}` as const;
    next = applyEdit(next, { type: 'move', list, id: camp.blocks[0]!.id, toList: list, toIndex: camp.blocks.length - 1 });
    const paragraph = camp.blocks.find((b) => b.kind === 'paragraph');
    if (paragraph) next = applyEdit(next, { type: 'update', list, id: paragraph.id, patch: { text: `Reworded context ${i}, 改写的上下文。` } });
    if (i % 4 === 0) next = applyEdit(next, { type: 'remove', list, id: camp.blocks[3]!.id });
  });
  next = applyEdit(next, { type: 'view', view: { ...next.view!, confidence: 'MEDIUM_LOW' } });
  const { version } = await db.topic.findUniqueOrThrow({ where: { id: large.topicId }, select: { version: true } });
  const saved = await applySave(db, author.id, { topicId: large.topicId, baseVersion: version, changes: computeChanges(base, next), reason: 'save' });
  if (saved.status !== 'saved') throw new Error(`the edit was ${saved.status}`);
  const first = (await db.revision.findFirstOrThrow({ where: { topicId: large.topicId }, orderBy: { number: 'asc' }, select: { number: true } })).number;
  const diff = await time(30, async () => {
    const pair = await readRevisionPair(db, large.topicId, first, saved.revision!);
    return diffDocuments(pair!.from.document, pair!.to.document);
  });

  // A topic with 5,000 revisions (small documents: the listing never reads them).
  const small = await writeLargeTopic(db, { slug: `bench-history-${Date.now()}`, camps: 2, quotes: 4 });
  const document = (await loadDraftDocument(db, small.topicId))!;
  const existing = await db.revision.count({ where: { topicId: small.topicId } });
  for (let start = existing; start < 5_000; start += 1_000) {
    await db.revision.createMany({
      data: Array.from({ length: Math.min(1_000, 5_000 - start) }, (_, i) => ({
        topicId: small.topicId,
        number: start + i + 1,
        document,
        message: '自动保存 · Autosaved',
        authorId: author.id,
      })),
    });
  }
  const revisions = await db.revision.count({ where: { topicId: small.topicId } });
  const history = await time(50, () => readTopicHistory(db, small.topicId, { page: 1 }));
  const historyLastPage = await time(50, () => readTopicHistory(db, small.topicId, { page: 50 }));
  const blocks = base.camps.reduce((n, c) => n + c.blocks.length, 0);
  console.log(JSON.stringify({ diff: { quotes: 400, blocks, ...diff }, history: { revisions, ...history }, historyLastPage: { revisions, ...historyLastPage } }));
} finally {
  await db.$disconnect();
}
