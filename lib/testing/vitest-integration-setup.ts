import { inject } from 'vitest';

// lib/env.ts reads the environment lazily, so setting it before the first query is enough.
process.env.DATABASE_URL = inject('databaseUrl');
process.env.DATABASE_POOL_MAX = '4';
