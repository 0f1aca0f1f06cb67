import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { storageStateFor, type RoleName } from './accounts';
import { CSRF_COOKIE, CSRF_FIELD } from '../../lib/security/csrf-token';

// The build's server actions and route handlers, and a way to call an action exactly as Next's
// client does. Shared by the authorization matrix and the fuzzing spec.

export type Identity = 'ANONYMOUS' | RoleName;

const distDir = process.env.E2E_DIST_DIR ?? '.next-test';
export const readManifest = (name: string) => JSON.parse(readFileSync(`${distDir}/server/${name}`, 'utf8'));

export type ManifestAction = { id: string; key: string; pagePath: string };

export function actionsInBuild(): ManifestAction[] {
  const manifest = readManifest('server-reference-manifest.json') as {
    node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers)[0]!; // e.g. app/(editor)/admin/users/page
    const pagePath = worker.replace(/^app/, '').replace(/\/page$/, '').replace(/\/\([^)]+\)/g, '') || '/';
    return { id, key: `${entry.filename}#${entry.exportedName}`, pagePath };
  });
}

export function ogImagePath(slug: string): string {
  const manifest = readManifest('app-paths-manifest.json') as Record<string, string>;
  const route = Object.keys(manifest).find((path) => /\/topics\/\[slug\]\/opengraph-image-[a-z0-9]+\/route$/.test(path))!;
  return route.replace(/\/route$/, '').replace(/\/\([^)]+\)/g, '').replace(/^\/\[locale\]/, '').replace('[slug]', slug);
}

export function routesInBuild(): string[] {
  const manifest = readManifest('app-paths-manifest.json') as Record<string, string>;
  return Object.keys(manifest)
    .filter((path) => path.endsWith('/route'))
    // Public pages live under app/[locale]; readers reach them without it (next.config rewrites).
    .map((path) => path.replace(/\/route$/, '').replace(/\/\([^)]+\)/g, '').replace(/^\/\[locale\]/, '').replace(/\/opengraph-image-[a-z0-9]+$/, '/opengraph-image'))
    .filter((path) => !/^\/(favicon\.ico|sitemap\.xml|robots\.txt)$/.test(path));
}

// React's own encoder for server-action arguments, as the browser uses it.
const { encodeReply } = createRequire(import.meta.url)('next/dist/compiled/react-server-dom-turbopack/client.node.js') as {
  encodeReply: (value: unknown) => Promise<FormData | string>;
};

/** The session cookie of a role, as the browser would send it (from auth.setup.ts's saved state). */
function cookiesOf(identity: Identity): { name: string; value: string }[] {
  if (identity === 'ANONYMOUS') return [];
  return (JSON.parse(readFileSync(storageStateFor(identity), 'utf8')) as { cookies: { name: string; value: string }[] }).cookies;
}

export function cookieHeader(identity: Identity): string {
  return cookiesOf(identity).map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
}

/** The form token a signed-in page of this identity's browser carries (lib/security/csrf-token.ts). */
export const csrfTokenOf = (identity: Identity) => cookiesOf(identity).find((cookie) => cookie.name === CSRF_COOKIE)?.value;

// Posted with fetch exactly as Next's client posts an action: React's reply encoding as a
// multipart body, the action id in a header, and the page's own origin.
export async function callAction(baseURL: string, identity: Identity, action: ManifestAction, fields: Record<string, string | File>, origin = baseURL, args?: unknown[]) {
  const form = new FormData();
  // As the browser's form would: with the token its signed-in pages carry, unless the caller set one.
  const token = csrfTokenOf(identity);
  if (token && !(CSRF_FIELD in fields)) form.append(CSRF_FIELD, token);
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  const response = await fetch(new URL(action.pagePath, baseURL), {
    method: 'POST',
    headers: { 'Next-Action': action.id, Origin: origin, Accept: 'text/x-component', Cookie: cookieHeader(identity) },
    body: await encodeReply(args ?? [{ status: 'idle' }, form]),
    redirect: 'manual',
  });
  return { status: response.status, text: await response.text() };
}

