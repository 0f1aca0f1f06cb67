#!/usr/bin/env node
// A stand-in for Prisma's native schema engine, built on the WebAssembly engine that Prisma
// publishes on npm. The Prisma CLI downloads a native binary on first use, which fails on an
// offline machine; it runs whatever PRISMA_SCHEMA_ENGINE_BINARY names instead, speaking
// line-delimited JSON-RPC on stdin/stdout. This file speaks that protocol and forwards each
// call to the WASM engine, which reaches PostgreSQL through @prisma/adapter-pg.
// lib/cli/prisma.mjs points the CLI here only when the native engine is absent.
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { createAdapterFactory, runCliCommand } from './postgres.mjs';
import { loadSchemaEngine, panics } from './load-wasm.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  strict: false,
  options: {
    datamodels: { type: 'string', multiple: true },
    datasource: { type: 'string' },
    'enabled-preview-features': { type: 'string' },
    'extension-types': { type: 'string' },
    version: { type: 'boolean', short: 'V' },
  },
});

if (values.version) {
  // The CLI compares this to its engines version only for binaries it downloaded itself.
  process.stdout.write('schema-engine-cli wasm-bridge\n');
  process.exit(0);
}

// A Rust panic can trap inside a callback of the engine's own futures, outside any request's
// promise: report it the way the native engine does (an ERROR line, exit code 101).
const reportPanic = (error) => {
  const message = panics.last ?? String(error?.stack ?? error);
  process.stderr.write(
    `${JSON.stringify({ level: 'ERROR', target: 'schema_engine::logger', fields: { message, is_panic: true } })}\n`,
  );
  process.exit(101);
};
process.on('uncaughtException', reportPanic);
process.on('unhandledRejection', reportPanic);

const datasource = values.datasource ? JSON.parse(values.datasource) : {};

if (positionals[0] === 'cli') {
  process.exitCode = await runCliCommand(positionals[1], datasource.url);
} else {
  await serveJsonRpc();
}


async function serveJsonRpc() {
  const datamodels = await Promise.all(
    (values.datamodels ?? []).map(async (path) => [path, await readFile(path, 'utf8')]),
  );
  const factory = createAdapterFactory(datasource.url);
  const log = (message) => process.stderr.write(`${message}\n`);
  const SchemaEngine = await loadSchemaEngine();
  const engine = await SchemaEngine.new(
    { datamodels: datamodels.length ? datamodels : undefined },
    log,
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  // The WASM engine can only open a shadow database for evaluateDataLoss after it has
  // diagnosed the migration history once in this process; `migrate dev` does not always ask.
  let diagnosed = false;

  const call = async (method, params) => {
    switch (method) {
      case 'getDatabaseVersion':
        return engine.version(params ?? null);
      case 'diagnoseMigrationHistory':
        diagnosed = true;
        return engine.diagnoseMigrationHistory(params);
      case 'evaluateDataLoss':
        if (!diagnosed) {
          await engine.diagnoseMigrationHistory({
            migrationsList: params.migrationsList,
            optInToShadowDatabase: true,
            filters: params.filters,
          });
          diagnosed = true;
        }
        return engine.evaluateDataLoss(params);
      case 'createDatabase':
        return { databaseName: await runCliCommand('create-database', datasource.url, { quiet: true }) };
      case 'debugPanic':
        throw new Error('debugPanic requested');
      default:
        if (typeof engine[method] !== 'function') {
          throw Object.assign(new Error(`The WASM schema engine bridge does not support ${method}.`), {
            code: -32601,
          });
        }
        return engine[method](params);
    }
  };

  // The CLI ends the engine by closing stdin or with a signal; clean up either way.
  const shutdown = () => factory.closeAll().finally(() => process.exit(0));
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);

  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  // Requests are answered in order: the engine is not re-entrant.
  let queue = Promise.resolve();
  for await (const line of lines) {
    if (!line.trim()) continue;
    const request = JSON.parse(line);
    queue = queue.then(async () => {
      try {
        const result = await call(request.method, request.params);
        respond({ jsonrpc: '2.0', id: request.id, result: result ?? null });
      } catch (error) {
        respond({ jsonrpc: '2.0', id: request.id, error: toRpcError(error) });
      }
    });
  }
  await queue;
  await factory.closeAll();
}

function respond(message) {
  process.stdout.write(`${JSON.stringify(message)}\n`);
}

// The CLI shows `data.message` and, when present, the Prisma error code (P3005, P1001, …).
function toRpcError(error) {
  if (panics.last) {
    const message = panics.last;
    panics.last = undefined;
    return { code: 4466, message: 'The schema engine panicked.', data: { is_panic: true, message, error: { message } } };
  }
  const message = String(error?.message ?? error);
  const errorCode = error?.code && /^P\d{4}$/.test(String(error.code)) ? String(error.code) : undefined;
  const codeInMessage = message.match(/\b(P\d{4})\b/)?.[1];
  return {
    code: typeof error?.code === 'number' ? error.code : 4466,
    message: 'An error happened. Check the data field for details.',
    data: {
      is_panic: false,
      message,
      meta: error?.meta ?? null,
      error_code: errorCode ?? codeInMessage,
    },
  };
}
