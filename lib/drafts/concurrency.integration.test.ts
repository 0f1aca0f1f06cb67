import { PrismaPg } from '@prisma/adapter-pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { getDb, type Database } from '@/lib/db';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { writeDemo } from '@/prisma/demo/write-demo';
import type { TopicDocument } from '@/lib/topics/document';
import { loadDraftDocument } from '@/lib/topics/draft-document';
import { applySave, type SaveDraftResult } from './apply-save';
import { computeChanges } from './changeset';

// A randomised trial: many clients save the same statement at once, each from the version it
// last read, some of them long out of date. A save wins exactly when its base is the current
// text (compare-and-set per item); every refusal reaches its client; the accepted saves form one
// unbroken chain in the revisions; the draft ends as the last accepted save; nothing throws.

// The embedded database serves every connection through one session, so there the trial's
// clients share one connection (and the trial is smaller: the saves run one after another);
// on PostgreSQL 40 clients race 2,000 saves through the pool.
const embedded = inject('serverDatabaseUrl') === '';
const CLIENTS = embedded ? 24 : 40;
const ROUNDS = embedded ? 25 : 50;
const db: Database = embedded ? (new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 1 }) }) as unknown as Database) : getDb();
let topicId = '';
let authorId = '';

afterAll(async () => {
  if (embedded) await db.$disconnect();
});

beforeAll(async () => {
  await writeDemo(getDb());
  authorId = (await db.user.findUniqueOrThrow({ where: { email: 'analyst@topicdesk.local' }, select: { id: true } })).id;
  const topic = await db.topic.create({ data: { slug: `trial-${Date.now()}`, titleZh: '并发试验', titleEn: 'Concurrency trial' }, select: { id: true } });
  topicId = topic.id;
  await db.consensusPoint.create({ data: { id: `trial-point-${Date.now()}`, topicId, position: 0, statement: 'start' } });
});

type Outcome = { base: string; next: string; result: SaveDraftResult };

const statementOf = (doc: TopicDocument) => doc.consensus[0]!.statement;
let seed = 42;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);

async function client(index: number, outcomes: Outcome[]) {
  let base = (await loadDraftDocument(db, topicId))!;
  for (let round = 0; round < ROUNDS; round += 1) {
    // Two in five rounds start from a fresh read; the rest reuse whatever the client saw last.
    if (random() < 0.4) base = (await loadDraftDocument(db, topicId))!;
    const version = (await db.topic.findUniqueOrThrow({ where: { id: topicId }, select: { version: true } })).version;
    const next = structuredClone(base);
    next.consensus[0]!.statement = `client ${index} round ${round}`;
    const result = await applySave(db, authorId, { topicId, baseVersion: version, changes: computeChanges(base, next), reason: 'autosave' });
    outcomes.push({ base: statementOf(base), next: statementOf(next), result });
    if (result.status === 'saved') base = result.document ?? next;
    else if (result.status === 'conflict') base = result.document;
  }
}

describe('concurrent saves of one item', () => {
  it('let exactly the fresh ones win and lose nothing', async () => {
    const outcomes: Outcome[] = [];
    await Promise.all(Array.from({ length: CLIENTS }, (_, i) => client(i, outcomes)));
    expect(outcomes).toHaveLength(CLIENTS * ROUNDS);

    const accepted = outcomes.filter((o) => o.result.status === 'saved');
    const refused = outcomes.filter((o) => o.result.status === 'conflict');
    expect(accepted.length + refused.length).toBe(outcomes.length); // every save answered, none invalid
    expect(accepted.length).toBeGreaterThan(CLIENTS);
    expect(refused.length).toBeGreaterThan(0);

    // The revisions, in order, are exactly the accepted saves, each based on the one before.
    const revisions = await db.revision.findMany({ where: { topicId }, orderBy: { number: 'asc' }, select: { number: true, document: true } });
    const texts = revisions.map((r) => statementOf(r.document as TopicDocument));
    const byRevision = [...accepted].sort((a, b) => (a.result as { revision: number }).revision - (b.result as { revision: number }).revision);
    expect(texts).toEqual(byRevision.map((o) => o.next));
    byRevision.forEach((outcome, i) => expect(outcome.base).toBe(i === 0 ? 'start' : byRevision[i - 1]!.next));

    // Each refusal told its client what the text was instead, and it was not the client's base.
    for (const o of refused) {
      if (o.result.status !== 'conflict') continue;
      expect((o.result.conflicts[0]!.theirs as { statement: string }).statement).not.toBe(o.base);
    }
    expect(statementOf((await loadDraftDocument(db, topicId))!)).toBe(byRevision.at(-1)!.next);
  }, 240_000);
});
