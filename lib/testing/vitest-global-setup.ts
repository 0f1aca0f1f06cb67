import type { TestProject } from 'vitest/node';
import { prepareDatabaseTemplate } from './database-template.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** How each test file makes its own database (lib/testing/database-template.mjs), as JSON. */
    databaseTemplate: string;
    /** The server the run was given (DATABASE_URL), or '' for the embedded database. */
    serverDatabaseUrl: string;
  }
}

// One template for the whole integration run (migrated, with the demo content); each test file
// gets a copy of its own (vitest-integration-setup.ts), so no file depends on another.
export default async function setup(project: TestProject) {
  const { template, dispose } = await prepareDatabaseTemplate();
  project.provide('databaseTemplate', JSON.stringify(template));
  project.provide('serverDatabaseUrl', process.env.DATABASE_URL ?? '');
  return dispose;
}
