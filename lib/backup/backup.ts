import 'server-only';
import type { Database } from '@/lib/db';
import { BACKUP_FORMAT, BACKUP_TABLES, BACKUP_VERSION, type Backup, type BackupTable } from './tables';

export class BackupError extends Error {
  name = 'BackupError';
}

async function appliedMigrations(db: Database): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
    'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name',
  );
  return rows.map((row) => row.migration_name);
}

/**
 * The whole site as one JSON value, read in a single repeatable-read snapshot. Postgres writes
 * each row as JSON itself, so every value comes back on restore exactly as it was.
 */
export async function backupSite(db: Database, { withPasswordHashes = false } = {}): Promise<Backup> {
  return db.$transaction(
    async (tx) => {
      const tables = {} as Backup['tables'];
      for (const table of BACKUP_TABLES) {
        const [{ rows }] = await tx.$queryRawUnsafe<[{ rows: Record<string, unknown>[] }]>(
          `SELECT coalesce(json_agg(t ORDER BY t.ctid), '[]'::json) AS rows FROM "${table}" t`,
        );
        tables[table] = table === 'User' && !withPasswordHashes ? rows.map((row) => ({ ...row, passwordHash: '' })) : rows;
      }
      return {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        createdAt: new Date().toISOString(),
        migrations: await appliedMigrations(tx as unknown as Database),
        withPasswordHashes,
        tables,
      };
    },
    { timeout: 600_000, maxWait: 10_000, isolationLevel: 'RepeatableRead' },
  );
}

function assertBackup(value: unknown): asserts value is Backup {
  const backup = value as Partial<Backup> | null;
  if (!backup || backup.format !== BACKUP_FORMAT) throw new BackupError('This file is not a Topic Desk backup.');
  if (backup.version !== BACKUP_VERSION) throw new BackupError(`This backup has format version ${backup.version}; this version of Topic Desk reads version ${BACKUP_VERSION}.`);
  for (const table of BACKUP_TABLES) {
    if (!Array.isArray(backup.tables?.[table])) throw new BackupError(`The backup has no ${table} table; it is incomplete.`);
  }
}

/** Restores a backup into an empty, migrated database, in one transaction. */
export async function restoreSite(db: Database, value: unknown) {
  assertBackup(value);
  const backup = value;
  const migrations = await appliedMigrations(db);
  if (migrations.join() !== backup.migrations.join()) {
    throw new BackupError(
      `The database schema (${migrations.at(-1) ?? 'no migrations'}) differs from the backup's (${backup.migrations.at(-1)}). ` +
        'Restore into a database migrated to the same version (npm run db:migrate).',
    );
  }
  return db.$transaction(
    async (tx) => {
      for (const table of BACKUP_TABLES) {
        const [{ count }] = await tx.$queryRawUnsafe<[{ count: bigint }]>(`SELECT count(*) AS count FROM "${table}"`);
        if (Number(count) > 0) throw new BackupError(`Restore needs an empty database, but ${table} already has ${count} rows.`);
      }
      const insert = (table: BackupTable, rows: Record<string, unknown>[]) =>
        rows.length === 0
          ? Promise.resolve(0)
          : tx.$executeRawUnsafe(`INSERT INTO "${table}" SELECT * FROM json_populate_recordset(NULL::"${table}", $1::json)`, JSON.stringify(rows));
      const counts: Partial<Record<BackupTable, number>> = {};
      for (const table of BACKUP_TABLES) {
        const rows = backup.tables[table];
        // A topic points at its published revision, which does not exist yet: set it afterwards.
        await insert(table, table === 'Topic' ? rows.map((row) => ({ ...row, publishedRevisionId: null })) : rows);
        counts[table] = rows.length;
      }
      await tx.$executeRawUnsafe(
        `UPDATE "Topic" t SET "publishedRevisionId" = r."publishedRevisionId"
         FROM json_populate_recordset(NULL::"Topic", $1::json) r
         WHERE t.id = r.id AND r."publishedRevisionId" IS NOT NULL`,
        JSON.stringify(backup.tables.Topic),
      );
      // A trigger counted each quote's blocks again as they were inserted: count them once.
      await tx.$executeRawUnsafe(`UPDATE "Quote" q SET "useCount" = (SELECT count(*) FROM "Block" b WHERE b."quoteId" = q.id)`);
      return { counts, withPasswordHashes: backup.withPasswordHashes };
    },
    { timeout: 600_000, maxWait: 10_000 },
  );
}
