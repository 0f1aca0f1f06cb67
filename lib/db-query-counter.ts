import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

/**
 * A PrismaClient whose every SQL statement is counted at the driver, for tests and the
 * benchmark that prove a page's query count does not grow with its content. `calls` keeps
 * each statement with its parameters, for the test that EXPLAINs them.
 */
export function createCountingClient(url: string) {
  const counter = { queries: 0, statements: [] as string[], calls: [] as { text: string; values: unknown[] }[] };
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const record = (args: unknown[]) => {
    const first = args[0] as string | { text?: string };
    const text = typeof first === 'string' ? first : (first?.text ?? '');
    const values = (typeof first === 'string' ? args[1] : (first as { values?: unknown[] } | undefined)?.values) ?? [];
    counter.queries += 1;
    counter.statements.push(text);
    counter.calls.push({ text, values: Array.isArray(values) ? values : [] });
  };
  const poolQuery = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  (pool as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    record(args);
    return poolQuery(...args);
  };
  // Connections whose sockets are still open (pg.Pool forgets a client before it has closed).
  let connections = 0;
  pool.on('remove', () => (connections -= 1));
  pool.on('connect', (client) => {
    connections += 1;
    const clientQuery = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      // pg.Pool.query runs on a client too: count it once.
      if (typeof args.at(-1) !== 'function') record(args);
      return clientQuery(...args);
    };
  });
  const db = new PrismaClient({ adapter: new PrismaPg(pool), omit: { user: { passwordHash: true } } });
  return {
    db,
    counter,
    reset() {
      counter.queries = 0;
      counter.statements = [];
      counter.calls = [];
    },
    async close() {
      await db.$disconnect();
      // pool.end() resolves once it has asked its clients to end, not once they have: a database
      // dropped right after would terminate a client still closing, an uncaught error.
      const closed = new Promise<void>((resolve) => {
        if (connections === 0) return resolve();
        pool.on('remove', () => connections === 0 && resolve());
      });
      pool.on('error', () => {});
      await pool.end().catch(() => {});
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
    },
  };
}
