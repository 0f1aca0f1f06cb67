// Prisma CLI configuration. The URL comes from lib/cli/prisma.mjs, which resolves the embedded
// database when DATABASE_URL is unset, so every CLI command reaches the same database the app uses.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: {
    path: 'prisma/migrations',
    seed: 'node lib/cli/run.mjs prisma/seed.ts',
  },
  datasource: {
    url: process.env.DATABASE_URL ?? '',
  },
});
