import { readFileSync } from 'node:fs';
import { PrismaPg } from '@prisma/adapter-pg';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { getDb, type Database } from '@/lib/db';
import { exportTopic } from '@/lib/export/topic-export';
import { writeLargeTopic } from '@/lib/fixtures/large-topic';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { parseTopicText } from '@/lib/import/parse-topic-text';
import { writeImportedTopic } from '@/lib/import/write-imported-topic';
import { prepareTestDatabase } from '@/lib/testing/test-database.mjs';
import { writeDemo } from '@/prisma/demo/write-demo';
import { backupSite, restoreSite } from './backup';

// A backup restored into an empty database gives a site whose exports are byte-identical.
const db = getDb();
let target: { url: string; dispose: () => Promise<void> };
let restored: Database;

beforeAll(async () => {
  await writeDemo(db);
  const seed = readFileSync(new URL('../import/fixtures/performance-plateau.txt', import.meta.url), 'utf8');
  await writeImportedTopic(db, parseTopicText(seed), { slug: 'backup-seed', publish: true, authorId: null });
  await writeLargeTopic(db, { slug: 'backup-generated', camps: 6, quotes: 60 });
  target = await prepareTestDatabase('restore', { serverUrl: inject('serverDatabaseUrl') });
  restored = new PrismaClient({ adapter: new PrismaPg({ connectionString: target.url, max: 2 }), omit: { user: { passwordHash: true } } }) as unknown as Database;
}, 180_000);

afterAll(async () => {
  await restored?.$disconnect();
  await target?.dispose();
});

async function exportsOf(database: Database) {
  const topics = await database.topic.findMany({ where: { deletedAt: null }, select: { slug: true, publishedRevisionId: true }, orderBy: { slug: 'asc' } });
  const files: Record<string, string> = {};
  for (const topic of topics) {
    for (const format of ['md', 'txt', 'json'] as const) {
      files[`${topic.slug}.${format}`] = (await exportTopic(database, topic.slug, { format, version: 'draft', revisions: true })).body;
      if (topic.publishedRevisionId) files[`${topic.slug}.published.${format}`] = (await exportTopic(database, topic.slug, { format, version: 'published' })).body;
    }
  }
  return files;
}

it('restores into an empty database with byte-identical exports, and refuses a second restore', async () => {
  const backup = await backupSite(db);
  expect(backup.tables.User.every((user) => user.passwordHash === '')).toBe(true);
  const withHashes = await backupSite(db, { withPasswordHashes: true });
  expect(withHashes.tables.User.some((user) => String(user.passwordHash).startsWith('$argon2id$'))).toBe(true);

  // Through JSON text, as the file on disk is.
  const result = await restoreSite(restored, JSON.parse(JSON.stringify(withHashes)));
  expect(result.counts.Topic).toBe(withHashes.tables.Topic.length);

  const original = await exportsOf(db);
  const copy = await exportsOf(restored);
  expect(Object.keys(copy)).toEqual(Object.keys(original));
  for (const name of Object.keys(original)) expect(copy[name], name).toBe(original[name]);
  expect(await restored.auditEvent.count()).toBe(await db.auditEvent.count());

  await expect(restoreSite(restored, withHashes)).rejects.toThrow(/Restore needs an empty database, but User already has/);
  await expect(restoreSite(restored, { format: 'something-else' })).rejects.toThrow('This file is not a Topic Desk backup.');
});
