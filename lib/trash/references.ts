import 'server-only';
import type { Database } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TrashKind } from './schema';

type Client = Database | Prisma.TransactionClient;

/**
 * How many rows still point at an item. Only an item nothing points at may be deleted for
 * good; a topic never is, because its history (revisions) keeps pointing at it.
 */
export async function countReferences(db: Client, kind: TrashKind, id: string): Promise<number> {
  switch (kind) {
    case 'topic':
      return Number.POSITIVE_INFINITY;
    case 'speaker': {
      const [quotes, camps, paraphrases] = await Promise.all([
        db.quoteSpeaker.count({ where: { speakerId: id } }),
        db.campMember.count({ where: { speakerId: id } }),
        db.block.count({ where: { speakerId: id } }),
      ]);
      return quotes + camps + paraphrases;
    }
    case 'interview': {
      const [quotes, paraphrases, sources] = await Promise.all([
        db.quote.count({ where: { interviewId: id } }),
        db.block.count({ where: { interviewId: id } }),
        db.topicSource.count({ where: { interviewId: id } }),
      ]);
      return quotes + paraphrases + sources;
    }
    case 'quote':
      return db.block.count({ where: { quoteId: id } });
  }
}
