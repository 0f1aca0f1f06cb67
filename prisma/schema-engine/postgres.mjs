// PostgreSQL plumbing for the schema-engine bridge: a driver-adapter factory that the WASM
// engine can migrate through, and the few `schema-engine cli …` commands the Prisma CLI runs
// as separate processes (`migrate dev` uses them to create a missing database).
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { ColumnTypeEnum } from '@prisma/driver-adapter-utils';

// pg_catalog returns Postgres' internal one-byte "char" type (OID 18) for columns such as
// pg_constraint.contype, which @prisma/adapter-pg 7.10 refuses as unsupported, while the engine
// expects them as Character. Relabel them as text for the adapter, then mark them Character.
const INTERNAL_CHAR_OID = 18;
const TEXT_OID = 25;

function patchInternalCharColumns(queryable) {
  const performIO = queryable.performIO.bind(queryable);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    const charColumns = [];
    result.fields.forEach((field, index) => {
      if (field.dataTypeID === INTERNAL_CHAR_OID) {
        field.dataTypeID = TEXT_OID;
        charColumns.push(index);
      }
    });
    // queryRaw hands this very rows array back, so the note travels with it.
    if (charColumns.length) Object.defineProperty(result.rows, 'charColumns', { value: charColumns });
    return result;
  };
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const resultSet = await queryRaw(query);
    for (const index of resultSet.rows.charColumns ?? []) resultSet.columnTypes[index] = ColumnTypeEnum.Character;
    return resultSet;
  };
  return queryable;
}

function createPool(config) {
  return new pg.Pool({ ...config, max: 2 });
}

// adapter-pg runs a script by splitting it on ";", which breaks dollar-quoted function bodies
// and string literals in hand-written migrations. Postgres' simple-query protocol takes the
// whole script at once, and runs it in one implicit transaction.
async function connectAdapter(pool) {
  const adapter = patchInternalCharColumns(await new PrismaPg(pool).connect());
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args) => patchInternalCharColumns(await startTransaction(...args));
  adapter.executeScript = async (script) => {
    try {
      await pool.query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  return adapter;
}

export function createAdapterFactory(url) {
  if (!url) throw new Error('No datasource URL was given to the schema engine.');
  const config = { connectionString: url };
  const pools = new Set();
  const track = (pool) => (pools.add(pool), pool);
  // The engine does not always dispose a shadow database; whatever is left is dropped on exit.
  const shadowDatabases = new Set();
  const dropShadow = async (name, pool) => {
    if (!shadowDatabases.delete(name)) return;
    await pool.end().catch(() => {});
    await withMaintenanceClient(url, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  };
  const shadowPools = new Map();

  return {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    connect: () => connectAdapter(track(createPool(config))),
    // adapter-pg's own helper drops the shadow database while its pool still holds
    // connections, which Postgres refuses; close the pool first, then drop.
    async connectToShadowDb() {
      const name = `prisma_shadow_${crypto.randomUUID().replaceAll('-', '')}`;
      await withMaintenanceClient(url, (client) => client.query(`CREATE DATABASE "${name}"`));
      shadowDatabases.add(name);
      const pool = createPool({ connectionString: withDatabase(url, name) });
      shadowPools.set(name, pool);
      const adapter = await connectAdapter(pool);
      adapter.dispose = () => dropShadow(name, pool);
      return adapter;
    },
    async closeAll() {
      await Promise.allSettled([...shadowDatabases].map((name) => dropShadow(name, shadowPools.get(name))));
      await Promise.allSettled([...pools].map((pool) => pool.end()));
    },
  };
}

function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

function databaseName(url) {
  return decodeURIComponent(new URL(url).pathname.slice(1)) || 'postgres';
}

async function withMaintenanceClient(url, work) {
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

// The CLI reads errors of `cli` commands from stderr: a first line it skips, then JSON log
// lines; an ERROR from schema_engine::logger with an error_code is what `migrate dev` acts on
// (P1003 "database does not exist" makes it create the database).
function reportError(errorCode, message) {
  process.stderr.write('schema-engine wasm bridge\n');
  process.stderr.write(
    `${JSON.stringify({ level: 'ERROR', target: 'schema_engine::logger', fields: { error_code: errorCode, message } })}\n`,
  );
}

function prismaCodeFor(error) {
  if (error?.code === '3D000') return 'P1003';
  if (error?.code === '28P01' || error?.code === '28000') return 'P1000';
  return 'P1001';
}

export async function runCliCommand(command, url, { quiet = false } = {}) {
  const name = databaseName(url);
  try {
    switch (command) {
      case 'can-connect-to-database': {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.end();
        return 0;
      }
      case 'create-database':
        await withMaintenanceClient(url, (client) => client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`));
        if (quiet) return name;
        process.stdout.write(`${JSON.stringify({ databaseName: name })}\n`);
        return 0;
      case 'drop-database':
        await withMaintenanceClient(url, (client) =>
          client.query(`DROP DATABASE IF EXISTS "${name.replaceAll('"', '""')}" WITH (FORCE)`),
        );
        return 0;
      default:
        reportError('P1001', `Unknown schema engine command: ${command}`);
        return 1;
    }
  } catch (error) {
    if (quiet) throw error;
    const message =
      error?.code === '3D000'
        ? `Database \`${name}\` does not exist`
        : `Can't reach database server: ${error?.message ?? error}`;
    reportError(prismaCodeFor(error), message);
    return 1;
  }
}
