// Starts the production server (lib/server/production-server.mjs: Next's request handler, as
// `next start` runs it, behind the microcache) as a child and waits until it answers. Node runs
// the file directly, not through npx, which would leave an orphan server behind when stopped.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { internalOrigin, isLoopback, listenHost } from '../server/listen-host.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * @param {{ port: number; env?: Record<string, string>; stdio?: import('node:child_process').StdioOptions; readyPath?: string; timeoutMs?: number }} options
 */
export async function startNextServer({ port, env = {}, stdio = 'inherit', readyPath = '/api/health', timeoutMs = 60_000 }) {
  const child = spawn(process.execPath, [`${root}lib/server/production-server.mjs`], {
    cwd: root,
    stdio,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', ...env, PORT: String(port) },
  });
  let exited = false;
  const exit = new Promise((resolve) => child.on('exit', (code) => ((exited = true), resolve(code))));
  // The server listens on HOST (127.0.0.1 by default); localhost reaches it on this machine.
  const host = listenHost({ ...process.env, ...env });
  const url = isLoopback(host) ? `http://localhost:${port}` : internalOrigin(host, port);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) throw new Error(`The web server exited before answering (code ${await exit}).`);
    try {
      const response = await fetch(`${url}${readyPath}`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`The web server did not answer ${readyPath} within ${timeoutMs / 1000}s.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const stop = async () => {
    if (exited) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exit;
    clearTimeout(timer);
  };
  return { url, child, exit, stop };
}
