// @prisma/schema-engine-wasm imports its .wasm file as an ES module, which only bundlers
// understand; Node needs the module instantiated by hand with the JS glue as its imports.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as glue from '@prisma/schema-engine-wasm/schema_engine_bg';

const require = createRequire(import.meta.url);

// The engine reports a Rust panic's message here just before it traps.
export const panics = { last: undefined };
globalThis.PRISMA_WASM_PANIC_REGISTRY = {
  set_message(message) {
    panics.last = message;
  },
};

export async function loadSchemaEngine() {
  const wasmPath = require.resolve('@prisma/schema-engine-wasm').replace(/schema_engine\.js$/, 'schema_engine_bg.wasm');
  const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
    './schema_engine_bg.js': glue,
  });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return glue.SchemaEngine;
}
