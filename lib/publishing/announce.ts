import 'server-only';
import type { Database } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { CHANGE_CHANNEL, type Announcement, type PublishedChange } from './change';
import { instanceId } from './instance';

/**
 * Tells every running server what changed, through PostgreSQL's NOTIFY. Inside a transaction
 * the notification is delivered when (and only if) it commits, so no server hears of a change
 * that did not happen, and none reads the database before the change is visible in it.
 */
export async function announceChange(client: Database | Prisma.TransactionClient, change: PublishedChange) {
  const announcement: Announcement = { origin: instanceId(), change };
  await client.$executeRaw`SELECT pg_notify(${CHANGE_CHANNEL}, ${JSON.stringify(announcement)})`;
}
