// A scripted client of a running production server, as the browser talks to it: next-auth's
// credentials sign-in and server actions called by id. Used by the load and cluster benchmarks.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { root } from './bench-support.mjs';

const { encodeReply } = createRequire(import.meta.url)('next/dist/compiled/react-server-dom-turbopack/client.node.js');

/** Server action ids of a build, keyed `<file>#<export>`. */
export function actionIds(distDir) {
  const manifest = JSON.parse(readFileSync(`${root}${distDir}/server/server-reference-manifest.json`, 'utf8'));
  const ids = {};
  for (const [id, entry] of Object.entries(manifest.node)) ids[`${entry.filename}#${entry.exportedName}`] = id;
  return ids;
}

/**
 * Tries a sign-in through next-auth's credentials endpoint. Returns the cookie header when it
 * worked, and next-auth's error code (`invalid`, `throttled:<s>`) when it did not.
 */
export async function attemptSignIn(baseUrl, email, password) {
  const jar = new Map();
  const keep = (response) => {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const [name, ...value] = pair.split('=');
      jar.set(name, value.join('='));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = await csrf.json();
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie() },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/editor`, json: 'true' }),
    redirect: 'manual',
  });
  keep(response);
  if ([...jar.keys()].some((name) => name.includes('session-token'))) return { cookie: cookie(), error: null };
  const location = response.headers.get('location') ?? (await response.json().catch(() => ({}))).url ?? '';
  return { cookie: null, error: new URL(location, baseUrl).searchParams.get('error') ?? `HTTP ${response.status}` };
}

/** Signs in and returns the session cookie header; throws when refused. */
export async function signIn(baseUrl, email, password) {
  const { cookie, error } = await attemptSignIn(baseUrl, email, password);
  if (!cookie) throw new Error(`sign-in failed for ${email} (${error})`);
  return cookie;
}

/** Calls a server action as the browser does and returns its result (the RSC line "1:"). */
export async function callAction(baseUrl, cookie, id, pagePath, args) {
  const started = performance.now();
  const response = await fetch(`${baseUrl}${pagePath}`, {
    method: 'POST',
    headers: { 'Next-Action': id, Origin: baseUrl, Accept: 'text/x-component', Cookie: cookie },
    body: await encodeReply(args),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  const line = text.split('\n').find((l) => l.startsWith('1:'));
  return { status: response.status, ms, result: line ? JSON.parse(line.slice(2)) : null };
}
