import { afterAll, inject } from 'vitest';
import { databaseFromTemplate } from './database-template.mjs';

// This test file's own database, copied from the run's template (migrated, demo content
// written): what another file wrote is not here, and what this file writes goes with it.
const database = await databaseFromTemplate(JSON.parse(inject('databaseTemplate')));

// lib/env.ts reads the environment lazily, and lib/db.ts makes its client on first use: both
// must start from this file's database, whatever ran in this process before.
process.env.DATABASE_URL = database.url;
process.env.DATABASE_POOL_MAX = '4';
const scope = globalThis as { topicDeskDb?: { $disconnect(): Promise<void> } };
delete scope.topicDeskDb;

afterAll(async () => {
  await scope.topicDeskDb?.$disconnect();
  delete scope.topicDeskDb;
  await database.dispose();
});
