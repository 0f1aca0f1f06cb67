// Server time of editor saves on a generated topic with 400 quotes (800 blocks): a typical
// block edit (one paragraph's text), a shared quote's translation, and a move of one block.
// Prints JSON; run by lib/cli/run-editor-bench.mjs on a throw-away database.
import { getDb } from '@/lib/db';
import { computeChanges } from '@/lib/drafts/changeset';
import { applyEdit } from '@/lib/drafts/draft-edits';
import { applySave } from '@/lib/drafts/apply-save';
import { writeLargeTopic } from '@/lib/fixtures/large-topic';
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
  console.log(JSON.stringify({ topicId, blocks: blocks.length, quotes: quotes.length, blockEdit, quoteEdit, move }));
} finally {
  await db.$disconnect();
}
