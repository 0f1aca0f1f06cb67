import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const alias = {
  '@': fileURLToPath(new URL('./', import.meta.url)),
  'server-only': fileURLToPath(new URL('./lib/testing/server-only-stub.ts', import.meta.url)),
};

export default defineConfig({
  resolve: { alias },
  test: {
    // Vitest's default leaves a core idle on a two-core machine; the integration files spend
    // much of their time waiting on PostgreSQL and child processes.
    maxWorkers: 2,
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          environment: 'node',
          include: ['lib/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'prisma/**/*.test.ts'],
          exclude: ['**/*.integration.test.ts', 'node_modules/**'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          environment: 'node',
          include: ['lib/**/*.integration.test.ts', 'prisma/**/*.integration.test.ts'],
          globalSetup: ['lib/testing/vitest-global-setup.ts'],
          setupFiles: ['lib/testing/vitest-integration-setup.ts'],
          // Each file has a database of its own (lib/testing/database-template.mjs), so files run
          // side by side, one per core.
          fileParallelism: true,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
