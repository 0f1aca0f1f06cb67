import type { TestProject } from 'vitest/node';
import { prepareTestDatabase } from './test-database.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

// One migrated database for the whole integration run; test files run one at a time against it.
export default async function setup(project: TestProject) {
  const database = await prepareTestDatabase('integration');
  project.provide('databaseUrl', database.url);
  return () => database.dispose();
}
