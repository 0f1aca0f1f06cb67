import { expect, request as playwrightRequest, test } from '@playwright/test';
import { storageStateFor } from './support/accounts';
import { sql } from './support/database';
import { actionsInBuild, callAction, routesInBuild, type Identity } from './support/server-actions';

// Every server action in the build, called as an admin (so every input reaches its parser)
// with hostile and boundary inputs — empty, huge, wrong types, unicode edge cases, prototype
// keys — and every route handler with hostile query strings. Each must refuse cleanly: never a
// 500, never a crash. The inputs are drawn from a seeded generator, so a failure reproduces.

let seed = 20261129;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const STRINGS = [
  '',
  ' ',
  'x'.repeat(100_000),
  '\u0000',
  '\uD800',
  '😀'.repeat(2_000),
  '\u202Eevil',
  '<script>alert(1)</script>',
  '../../../etc/passwd',
  'null',
  '-1',
  '1e309',
  'NaN',
  '%00%2e%2e',
  "'; DROP TABLE \"Topic\"; --",
  'a'.repeat(65),
];
const KEYS = ['__proto__', 'constructor', 'prototype', 'id', 'topicId', 'name', 'email', 'slug', 'kind', 'changes', 'role', 'password', 'q', ''];

function hostileValue(depth = 0): unknown {
  const roll = random();
  if (depth > 3 || roll < 0.45) return pick(STRINGS);
  if (roll < 0.55) return pick([0, -1, 1.5, Number.MAX_SAFE_INTEGER, true, false, null]);
  if (roll < 0.75) return Array.from({ length: Math.floor(random() * 4) }, () => hostileValue(depth + 1));
  const object: Record<string, unknown> = {};
  for (let i = 0; i < 1 + Math.floor(random() * 4); i += 1) Object.defineProperty(object, pick(KEYS), { value: hostileValue(depth + 1), enumerable: true, configurable: true, writable: true });
  return object;
}

function hostileForm(): Record<string, string> {
  const fields: Record<string, string> = {};
  for (let i = 0; i < 1 + Math.floor(random() * 6); i += 1) fields[pick(KEYS) || 'field'] = pick(STRINGS);
  return fields;
}

const ROUNDS = 12;

test('every server action refuses hostile input cleanly', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const actions = actionsInBuild();
  expect(actions.length).toBeGreaterThan(10);
  const failures: string[] = [];
  for (const action of actions) {
    for (let round = 0; round < ROUNDS; round += 1) {
      // Half the rounds as a form action (previous state, FormData), half with arbitrary arguments.
      const asForm = round % 2 === 0;
      const args = asForm ? undefined : Array.from({ length: Math.floor(random() * 3) }, () => hostileValue());
      const { status, text } = await callAction(baseURL!, 'ADMIN', action, asForm ? hostileForm() : {}, baseURL!, args);
      if (status >= 500) failures.push(`${action.key} round ${round}: ${status} ${text.slice(0, 200)}`);
    }
  }
  expect(failures).toEqual([]);
});

// Each route as each identity that can reach its parser: signed out, a route that needs a
// role answers 401 before it reads anything, so the signed-in rounds are what fuzz its input.
for (const identity of ['ANONYMOUS', 'ANALYST', 'ADMIN'] as const satisfies Identity[]) {
  test(`every route handler refuses hostile query strings and bodies cleanly, as ${identity}`, async ({ baseURL }) => {
    const [topic] = await sql<{ id: string }>(`SELECT id FROM "Topic" WHERE slug = 'open-weights-catch-up'`);
    const api = await playwrightRequest.newContext({
      baseURL,
      storageState: identity === 'ANONYMOUS' ? { cookies: [], origins: [] } : storageStateFor(identity),
    });
    const failures: string[] = [];
    const reached = new Map<string, number>();
    for (const route of routesInBuild()) {
      for (let round = 0; round < 6; round += 1) {
        const path = route
          .replace('[slug]', pick(['open-weights-catch-up', '%00', 'x'.repeat(3_000), '..%2F..']))
          .replace('[id]', pick([topic!.id, topic!.id, 'nope', "'", '😀']))
          .replace('[...nextauth]', 'session');
        const query = new URLSearchParams({ [pick(KEYS) || 'k']: pick(STRINGS).slice(0, 2_000), format: pick(['md', 'txt', 'json', 'exe', '']) });
        const get = await api.get(`${path}?${query}`, { maxRedirects: 0 });
        if (get.status() >= 500) failures.push(`GET ${path}?${query} → ${get.status()}`);
        if (get.status() !== 401 && get.status() !== 403) reached.set(route, (reached.get(route) ?? 0) + 1);
        const post = await api.post(`${path}?${query}`, { form: hostileForm(), maxRedirects: 0 });
        if (post.status() >= 500) failures.push(`POST ${path}?${query} → ${post.status()}`);
      }
    }
    await api.dispose();
    expect(failures).toEqual([]);
    // Signed in, the analyst's routes were reached past the role check, so their input was read.
    if (identity !== 'ANONYMOUS') expect(reached.get('/editor/topics/[id]/export') ?? 0, 'the export route read its input').toBeGreaterThan(0);
  });
}
