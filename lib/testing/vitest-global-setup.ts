import type { TestProject } from 'vitest/node';
import { prepareTestDatabase } from './test-database.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    /** The server the run was given (DATABASE_URL), or '' for the embedded database. */
    serverDatabaseUrl: string;
  }
}

// One migrated database for the whole integration run; test files run one at a time against it.
export default async function setup(project: TestProject) {
  const database = await prepareTestDatabase('integration');
  project.provide('databaseUrl', database.url);
  project.provide('serverDatabaseUrl', process.env.DATABASE_URL ?? '');
  return () => database.dispose();
}
