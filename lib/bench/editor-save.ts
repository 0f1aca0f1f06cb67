// Server time of editor saves on a generated topic with 400 quotes (800 blocks): a typical
// block edit (one paragraph's text), a shared quote's translation, and a move of one block;
// then of publishing it (lib/publishing), with the statements one publish sends and how many
// times it loads the draft. Prints JSON; run by lib/cli/run-editor-bench.mjs on a throw-away
// database.
import { getDb } from '@/lib/db';
import { createCountingClient } from '@/lib/db-query-counter';
import { computeChanges } from '@/lib/drafts/changeset';
import { applyEdit } from '@/lib/drafts/draft-edits';
import { applySave } from '@/lib/drafts/apply-save';
import { writeLargeTopic } from '@/lib/fixtures/large-topic';
import { publishTopic } from '@/lib/publishing/publish-topic';
import type { TopicDocument } from '@/lib/topics/document';
import { loadDraftDocument } from '@/lib/topics/draft-document';

const ROUNDS = Number(process.env.BENCH_SAVES ?? 100);
const db = getDb();

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 10) / 10;
};

async function measure(topicId: string, authorId: string, edit: (doc: TopicDocument, round: number) => TopicDocument) {
  let base = (await loadDraftDocument(db, topicId))!;
  let version = (await db.topic.findUniqueOrThrow({ where: { id: topicId }, select: { version: true } })).version;
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const next = edit(base, round);
    const started = performance.now();
    const result = await applySave(db, authorId, { topicId, baseVersion: version, changes: computeChanges(base, next), reason: 'autosave' });
    times.push(performance.now() - started);
    if (result.status !== 'saved') throw new Error(`save ${round} was ${result.status}`);
    version = result.version;
    base = result.document ?? next;
  }
  return { saves: ROUNDS, p50Ms: percentile(times, 50), p95Ms: percentile(times, 95), maxMs: percentile(times, 100) };
}

/**
 * An analyst's publish: one paragraph edited and saved, then the topic published; the publish
 * is timed. Last, one more publish through a client that counts what is sent: statements, and
 * loads of the draft (each load reads the consensus points once).
 */
async function measurePublish(topicId: string, authorId: string, paragraphIds: { list: `blocks:${string}`; id: string }[]) {
  const rounds = Math.max(20, Math.floor(ROUNDS / 2));
  const times: number[] = [];
  const editAndPublish = async (round: number, client: typeof db) => {
    const base = (await loadDraftDocument(db, topicId))!;
    const { version } = await db.topic.findUniqueOrThrow({ where: { id: topicId }, select: { version: true } });
    const { list, id } = paragraphIds[round % paragraphIds.length]!;
    const next = applyEdit(base, { type: 'update', list, id, patch: { text: `Published paragraph, round ${round}.` } });
    const saved = await applySave(db, authorId, { topicId, baseVersion: version, changes: computeChanges(base, next), reason: 'save' });
    if (saved.status !== 'saved') throw new Error(`save before publish ${round} was ${saved.status}`);
    const started = performance.now();
    await publishTopic(client, { topicId, expectedVersion: saved.version, publisher: { userId: authorId, via: 'editor' }, changelogLine: `第 ${round} 次发布` });
    return performance.now() - started;
  };
  for (let round = 0; round < rounds; round += 1) times.push(await editAndPublish(round, db));
  const counting = createCountingClient(process.env.DATABASE_URL!);
  try {
    counting.reset();
    await editAndPublish(rounds, counting.db);
    // The save before it went through the other client: what is counted is the publish alone.
    const draftLoads = counting.counter.statements.filter((text) => /FROM "public"\."ConsensusPoint"/.test(text)).length;
    return { publishes: rounds, p50Ms: percentile(times, 50), p95Ms: percentile(times, 95), maxMs: percentile(times, 100), statements: counting.counter.queries, draftLoads };
  } finally {
    await counting.close();
  }
}

try {
  const author = await db.user.upsert({
    where: { email: 'bench-analyst@topicdesk.local' },
    create: { email: 'bench-analyst@topicdesk.local', name: 'Bench analyst', passwordHash: 'not-a-hash', role: 'ANALYST' },
    update: {},
    select: { id: true },
  });
  const { topicId } = await writeLargeTopic(db, { slug: `bench-editor-${Date.now()}`, camps: 20, quotes: 400 });
  const doc = (await loadDraftDocument(db, topicId))!;
  const blocks = doc.camps.flatMap((camp) => camp.blocks.map((block) => ({ list: `blocks:${camp.id}` as const, block })));
  const paragraphs = blocks.filter(({ block }) => block.kind === 'paragraph');
  const quotes = blocks.filter(({ block }) => block.kind === 'quote');

  const blockEdit = await measure(topicId, author.id, (base, round) => {
    const { list, block } = paragraphs[round % paragraphs.length]!;
    return applyEdit(base, { type: 'update', list, id: block.id, patch: { text: `Edited paragraph, round ${round}.` } });
  });
  const quoteEdit = await measure(topicId, author.id, (base, round) => {
    const { list, block } = quotes[round % quotes.length]!;
    if (block.kind !== 'quote') throw new Error('not a quote');
    return applyEdit(base, { type: 'update', list, id: block.id, patch: { quote: { ...block.quote, translation: { text: `改过的译文 ${round}`, lang: 'zh' } } } });
  });
  const move = await measure(topicId, author.id, (base, round) => {
    const camp = base.camps[round % base.camps.length]!;
    return applyEdit(base, { type: 'move', list: `blocks:${camp.id}`, id: camp.blocks[0]!.id, toList: `blocks:${camp.id}`, toIndex: camp.blocks.length - 1 });
  });
  const publish = await measurePublish(topicId, author.id, paragraphs.map(({ list, block }) => ({ list, id: block.id })));
  console.log(JSON.stringify({ topicId, blocks: blocks.length, quotes: quotes.length, blockEdit, quoteEdit, move, publish }));
} finally {
  await db.$disconnect();
}
