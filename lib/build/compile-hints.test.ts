import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { addCompileHints, COMPILE_HINT } from './compile-hints';

let distDir: string;
beforeEach(() => {
  distDir = mkdtempSync(join(tmpdir(), 'compile-hints-'));
  mkdirSync(join(distDir, 'static/chunks'), { recursive: true });
});
afterEach(() => rmSync(distDir, { recursive: true, force: true }));

function writeBuild(rootMainFiles: string[] | undefined, chunks: Record<string, string>) {
  writeFileSync(join(distDir, 'build-manifest.json'), JSON.stringify({ pages: {}, ...(rootMainFiles ? { rootMainFiles } : {}) }));
  for (const [name, source] of Object.entries(chunks)) writeFileSync(join(distDir, 'static/chunks', name), source);
}
const chunk = (name: string) => readFileSync(join(distDir, 'static/chunks', name), 'utf8');

test("hints Next's runtime chunks and leaves every other chunk as it was", async () => {
  writeBuild(['static/chunks/runtime.js', 'static/chunks/react-dom.js'], { 'runtime.js': 'a();', 'react-dom.js': 'b();', 'editor.js': 'c();' });

  expect(await addCompileHints(distDir)).toEqual(['static/chunks/runtime.js', 'static/chunks/react-dom.js']);
  expect(chunk('runtime.js')).toBe(`${COMPILE_HINT}a();`);
  expect(chunk('react-dom.js')).toBe(`${COMPILE_HINT}b();`);
  expect(chunk('editor.js')).toBe('c();');
});

test('a second run changes nothing: the hint is never added twice', async () => {
  writeBuild(['static/chunks/runtime.js'], { 'runtime.js': 'a();' });
  await addCompileHints(distDir);

  expect(await addCompileHints(distDir)).toEqual([]);
  expect(chunk('runtime.js')).toBe(`${COMPILE_HINT}a();`);
});

test("a build manifest without Next's runtime list stops the build with a message that says why", async () => {
  writeBuild(undefined, { 'runtime.js': 'a();' });

  await expect(addCompileHints(distDir)).rejects.toThrow(/lists no rootMainFiles/);
  expect(chunk('runtime.js')).toBe('a();');
});
