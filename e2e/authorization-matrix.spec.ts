import { expect, request as playwrightRequest, test } from '@playwright/test';
import { storageStateFor } from './support/accounts';
import { sql } from './support/database';
import { actionsInBuild, callAction, csrfTokenOf, ogImagePath, routesInBuild, type Identity } from './support/server-actions';

// Every server action and route handler × {anonymous, READER, ANALYST, ADMIN}, against the real
// server. The list comes from the build's manifests, so an action or route added without a
// row here fails this suite.

const IDENTITIES: Identity[] = ['ANONYMOUS', 'READER', 'ANALYST', 'ADMIN'];
const RANK: Record<Identity, number> = { ANONYMOUS: 0, READER: 1, ANALYST: 2, ADMIN: 3 };

type Fixture = { targetUserId: string; topicId: string };
// Form actions get (previous state, FormData); the editor's JSON actions get `args` as they are.
type ActionRow = { minimum: Identity; form: (fixture: Fixture) => Record<string, string | File>; args?: (fixture: Fixture) => unknown[] };
const noForm = () => ({});

const tinyDocument = () => `矩阵 · Matrix ${serial}\n主流共识\n第一点:授权矩阵\n一段话。`;

let serial = 0;
const ACTIONS: Record<string, ActionRow> = {
  'app/(editor)/admin/users/actions.ts#createUserAction': {
    minimum: 'ADMIN',
    form: () => ({ email: `matrix-${Date.now()}-${serial++}@example.com`, name: 'Matrix', role: 'READER' }),
  },
  'app/(editor)/admin/users/actions.ts#changeRoleAction': {
    minimum: 'ADMIN',
    form: ({ targetUserId }) => ({ userId: targetUserId, role: serial++ % 2 ? 'READER' : 'ANALYST' }),
  },
  'app/(editor)/admin/users/actions.ts#setDisabledAction': {
    minimum: 'ADMIN',
    form: ({ targetUserId }) => ({ userId: targetUserId, disabled: 'false' }),
  },
  'app/(editor)/admin/users/actions.ts#resetPasswordAction': {
    minimum: 'ADMIN',
    form: ({ targetUserId }) => ({ userId: targetUserId }),
  },
  'app/(editor)/editor/import/actions.ts#previewImportAction': {
    minimum: 'ANALYST',
    form: () => ({ file: new File([tinyDocument()], 'matrix.txt', { type: 'text/plain' }), slug: `matrix-preview-${serial++}` }),
  },
  'app/(editor)/editor/import/actions.ts#confirmImportAction': {
    minimum: 'ANALYST',
    form: () => ({ document: tinyDocument(), slug: `matrix-import-${Date.now()}-${serial++}` }),
  },
  'app/(editor)/editor/topics/[id]/history/actions.ts#restoreRevisionAction': {
    minimum: 'ADMIN',
    form: ({ topicId }) => ({ topicId, number: '1' }),
  },
  'app/(editor)/editor/new/actions.ts#createTopicAction': {
    minimum: 'ANALYST',
    form: () => ({ titleZh: '矩阵', titleEn: 'Matrix', slug: `matrix-new-${Date.now()}-${serial++}` }),
  },
  'app/(editor)/editor/topics/[id]/actions.ts#saveDraftAction': {
    minimum: 'ANALYST',
    form: noForm,
    // A change based on a state the block never had: refused as a conflict, nothing written.
    args: ({ topicId }) => [{ topicId, baseVersion: 1, changes: [{ op: 'item', type: 'blindSpot', id: 'matrix-none', base: { id: 'matrix-none', text: 'never' }, next: null }] }],
  },
  'app/(editor)/editor/topics/[id]/actions.ts#searchLibraryAction': { minimum: 'ANALYST', form: noForm, args: () => [{ kind: 'speaker', query: 'a' }] },
  'app/(editor)/editor/topics/[id]/actions.ts#createSpeakerAction': {
    minimum: 'ANALYST',
    form: noForm,
    args: () => [{ name: `Matrix Speaker ${Date.now()} ${serial++}`, organisation: '' }],
  },
  'app/(editor)/editor/topics/[id]/actions.ts#createInterviewAction': {
    minimum: 'ANALYST',
    form: noForm,
    args: () => [{ show: 'Matrix Show', episodeTitle: `Episode ${serial++}`, episodeNumber: '', publishedOn: '', url: '' }],
  },
  'app/(editor)/editor/topics/[id]/actions.ts#proposeChangelogAction': { minimum: 'ANALYST', form: noForm, args: ({ topicId }) => [topicId] },
  'app/(editor)/editor/topics/[id]/actions.ts#publishAction': {
    minimum: 'ANALYST',
    form: noForm,
    // An outdated version: refused as stale after the role check, so the page stays as it is.
    args: ({ topicId }) => [{ topicId, expectedVersion: 1, changelogLine: '' }],
  },
  'app/(editor)/editor/topics/[id]/actions.ts#unpublishAction': {
    minimum: 'ANALYST',
    form: noForm,
    // A topic that is not published: refused after the role check, nothing changes.
    args: () => ['matrix-no-such-topic'],
  },
  'app/(editor)/editor/topics/[id]/actions.ts#trashTopicAction': {
    minimum: 'ANALYST',
    form: noForm,
    // A topic that does not exist: refused after the role check.
    args: () => ['matrix-no-such-topic'],
  },
  'app/(editor)/admin/trash/actions.ts#restoreFromTrashAction': { minimum: 'ADMIN', form: () => ({ kind: 'speaker', id: 'matrix-no-such-speaker' }) },
  'app/(editor)/admin/trash/actions.ts#purgeFromTrashAction': { minimum: 'ADMIN', form: () => ({ kind: 'quote', id: 'matrix-no-such-quote' }) },
  'app/(editor)/editor/speakers/actions.ts#createSpeakerRecordAction': {
    minimum: 'ANALYST',
    form: () => ({ name: `Matrix Person ${Date.now()} ${serial++}`, aliases: '', bio: '', links: '' }),
  },
  'app/(editor)/editor/speakers/actions.ts#updateSpeakerAction': {
    minimum: 'ANALYST',
    form: () => ({ id: 'matrix-no-such-speaker', name: 'Nobody', aliases: '', bio: '', links: '' }),
  },
  'app/(editor)/editor/speakers/actions.ts#mergeSpeakersAction': { minimum: 'ADMIN', form: () => ({ survivorId: 'matrix-none-a', mergedId: 'matrix-none-b' }) },
  'app/(editor)/editor/speakers/actions.ts#trashSpeakerAction': { minimum: 'ANALYST', form: () => ({ id: 'matrix-no-such-speaker' }) },
  'app/(editor)/editor/interviews/actions.ts#saveInterviewAction': {
    minimum: 'ANALYST',
    form: () => ({ show: 'Matrix Show', episodeTitle: 'Matrix', episodeNumber: `m-${Date.now()}-${serial++}`, publishedOn: '', url: '', spokenLanguage: 'en', transcriptLanguage: '', transcriptNotes: '', notes: '' }),
  },
  'app/(editor)/editor/interviews/actions.ts#trashInterviewAction': { minimum: 'ANALYST', form: () => ({ id: 'matrix-no-such-interview' }) },
  'app/(editor)/editor/quotes/actions.ts#markReviewedAction': { minimum: 'ANALYST', form: () => ({ id: 'matrix-no-such-quote' }) },
  'app/(editor)/editor/quotes/actions.ts#trashQuoteAction': { minimum: 'ANALYST', form: () => ({ id: 'matrix-no-such-quote' }) },
  'app/(editor)/admin/audit/actions.ts#undoMergeAction': { minimum: 'ADMIN', form: () => ({ eventId: 'matrix-no-such-event' }) },
  // Issue 20 (transcripts and provenance): each call names a record that does not exist, so it is
  // refused after the role check and writes nothing.
  'app/(editor)/editor/interviews/[id]/transcript-actions.ts#importTranscriptAction': {
    minimum: 'ANALYST',
    form: noForm,
    args: () => [{ interviewId: 'matrix-no-such-interview', fileName: 'matrix.vtt', source: 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nMatrix\n' }],
  },
  'app/(editor)/editor/interviews/[id]/transcript-actions.ts#confirmLabelsAction': { minimum: 'ANALYST', form: noForm, args: () => [{ interviewId: 'matrix-no-such-interview', labels: [] }] },
  'app/(editor)/editor/interviews/[id]/transcript-actions.ts#transcriptVisibilityAction': { minimum: 'ANALYST', form: noForm, args: () => [{ transcriptId: 'matrix-none', isPublic: false }] },
  // A paragraph only: a permitted call creates nothing in the library.
  'app/(editor)/editor/topics/[id]/paste-actions.ts#pasteFragmentAction': { minimum: 'ANALYST', form: noForm, args: () => [{ text: 'A matrix paragraph.' }] },
  'app/(editor)/editor/topics/[id]/provenance-actions.ts#transcriptChoicesAction': { minimum: 'ANALYST', form: noForm, args: ({ topicId }) => [{ topicId }] },
  'app/(editor)/editor/topics/[id]/provenance-actions.ts#transcriptViewAction': { minimum: 'ANALYST', form: noForm, args: () => ['matrix-no-such-transcript'] },
  'app/(editor)/editor/topics/[id]/provenance-actions.ts#searchTranscriptsAction': { minimum: 'ANALYST', form: noForm, args: () => [{ query: 'matrix' }] },
  'app/(editor)/editor/topics/[id]/provenance-actions.ts#previewClipAction': {
    minimum: 'ANALYST',
    form: noForm,
    args: () => [{ transcriptId: 'matrix-no-such-transcript', start: { position: 0, offset: 0 }, end: { position: 0, offset: 1 } }],
  },
  'app/(editor)/editor/topics/[id]/provenance-actions.ts#clipQuoteAction': {
    minimum: 'ANALYST',
    form: noForm,
    args: () => [{ transcriptId: 'matrix-no-such-transcript', start: { position: 0, offset: 0 }, end: { position: 0, offset: 1 }, translation: null }],
  },
  'app/(editor)/editor/topics/[id]/provenance-actions.ts#findInTranscriptsAction': { minimum: 'ANALYST', form: noForm, args: ({ topicId }) => [{ topicId }] },
  'app/(editor)/editor/topics/[id]/provenance-actions.ts#acceptAnchorsAction': {
    minimum: 'ANALYST',
    form: noForm,
    args: ({ topicId }) => [{ topicId, anchors: [{ quoteId: 'matrix-none', transcriptId: 'matrix-none', target: 'original', exact: 'x', prefix: '', suffix: '' }] }],
  },
  'app/(editor)/editor/topics/[id]/provenance-actions.ts#differenceNoteAction': { minimum: 'ANALYST', form: noForm, args: ({ topicId }) => [{ topicId, quoteId: 'matrix-none', note: null }] },
  'app/(editor)/account/actions.ts#changePasswordAction': {
    // Signed in, the refusal is about the (wrong) current password, not about the role.
    minimum: 'READER',
    form: () => ({ currentPassword: 'not-my-password', newPassword: 'a-brand-new-passphrase', confirmPassword: 'a-brand-new-passphrase' }),
  },
};

// Route handlers: who may call which method. /api/auth is public by design (it is the sign-in).
type Probe = { method: 'GET' | 'POST'; path: string | ((fixture: Fixture) => string); expectStatus: number[] };
const ROUTES: Record<string, { minimum: Identity; probe: Probe[] }> = {
  '/api/health': { minimum: 'ANONYMOUS', probe: [{ method: 'GET', path: '/api/health', expectStatus: [200] }] },
  '/feed.xml': { minimum: 'ANONYMOUS', probe: [{ method: 'GET', path: '/feed.xml', expectStatus: [200] }] },
  '/topics/[slug]/feed.xml': {
    minimum: 'ANONYMOUS',
    probe: [{ method: 'GET', path: '/topics/open-weights-catch-up/feed.xml', expectStatus: [200] }],
  },
  '/rss.xml': { minimum: 'ANONYMOUS', probe: [{ method: 'GET', path: '/rss.xml', expectStatus: [200] }] },
  // The language switch: anyone may choose; a post without a language is refused.
  '/api/locale': { minimum: 'ANONYMOUS', probe: [{ method: 'POST', path: '/api/locale', expectStatus: [400, 403] }] },
  '/topics/[slug]/rss.xml': {
    minimum: 'ANONYMOUS',
    probe: [{ method: 'GET', path: '/topics/open-weights-catch-up/rss.xml', expectStatus: [200] }],
  },
  '/topics/[slug]/opengraph-image': {
    minimum: 'ANONYMOUS',
    // Next names the image route with a content hash: read it from the build.
    probe: [{ method: 'GET', path: () => ogImagePath('open-weights-catch-up'), expectStatus: [200] }],
  },
  '/editor/topics/[id]/export': {
    minimum: 'ANALYST',
    probe: [{ method: 'GET', path: ({ topicId }) => `/editor/topics/${topicId}/export?format=md`, expectStatus: [200] }],
  },
  // Called by each server on itself with a secret it made up at start: nobody else gets past a 404.
  '/api/internal/published-change': {
    minimum: 'ANONYMOUS',
    probe: [{ method: 'POST', path: '/api/internal/published-change', expectStatus: [404] }],
  },
  '/api/auth/[...nextauth]': {
    minimum: 'ANONYMOUS',
    // Without the CSRF token next-auth refuses to sign in or out: it answers with a redirect
    // carrying an error instead of a session.
    probe: [
      { method: 'GET', path: '/api/auth/csrf', expectStatus: [200] },
      { method: 'POST', path: '/api/auth/callback/credentials', expectStatus: [302] },
      { method: 'POST', path: '/api/auth/signout', expectStatus: [302] },
    ],
  },
};

async function contextFor(identity: Identity, baseURL: string) {
  return playwrightRequest.newContext({
    baseURL,
    storageState: identity === 'ANONYMOUS' ? { cookies: [], origins: [] } : storageStateFor(identity),
  });
}

test('every server action and route handler in the build has a row in the matrix', () => {
  const missingActions = actionsInBuild().map((a) => a.key).filter((key) => !(key in ACTIONS));
  const missingRoutes = routesInBuild().filter((path) => !(path in ROUTES));
  expect(missingActions, 'server actions without a matrix row').toEqual([]);
  expect(missingRoutes, 'route handlers without a matrix row').toEqual([]);
  expect(actionsInBuild().length).toBe(Object.keys(ACTIONS).length);
});

let fixture: Fixture;
test.beforeAll(async () => {
  const [target] = await sql<{ id: string }>(
    `INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt")
     VALUES ($1, $2, 'Matrix target', 'not-a-hash', 'READER', now()) RETURNING id`,
    [`matrix-target-${Date.now()}`, `matrix-target-${Date.now()}@example.com`],
  );
  const [topic] = await sql<{ id: string }>(`SELECT id FROM "Topic" WHERE slug = 'open-weights-catch-up'`);
  fixture = { targetUserId: target!.id, topicId: topic!.id };
});

test.describe('server actions', () => {
  for (const identity of IDENTITIES) {
    test(`as ${identity}: allowed exactly at or above each action's role`, async ({ baseURL }) => {
      const actions = actionsInBuild();
      expect(actions.length).toBeGreaterThan(0);
      for (const action of actions) {
        const row = ACTIONS[action.key]!;
        const { status, text } = await callAction(baseURL!, identity, action, row.form(fixture), baseURL!, row.args?.(fixture));
        expect(status, `${action.key} as ${identity}`).toBe(200);
        const refused = /"code":"(UNAUTHENTICATED|FORBIDDEN)"/.exec(text)?.[1];
        if (RANK[identity] >= RANK[row.minimum]) {
          expect(refused, `${action.key} should be allowed for ${identity}: ${text.slice(0, 300)}`).toBeUndefined();
        } else {
          expect(refused, `${action.key} should be refused for ${identity}: ${text.slice(0, 300)}`).toBe(identity === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
        }
      }
    });
  }

  test('an action posted from another origin is refused before it runs', async ({ baseURL }) => {
    const action = actionsInBuild().find((a) => a.key.endsWith('#createUserAction'))!;
    const before = await sql<{ n: string }>('SELECT count(*) AS n FROM "User"');
    const fields = { email: 'cross-site@example.com', name: 'Cross site', role: 'ADMIN' };
    const { status, text } = await callAction(baseURL!, 'ADMIN', action, fields, 'https://evil.example');
    expect(status).toBe(403);
    expect(text).toContain('origin');
    expect(await sql<{ n: string }>('SELECT count(*) AS n FROM "User"')).toEqual(before);
  });
});

test.describe('form tokens', () => {
  test('a signed-in form posted without this browser\'s token, or with another, is refused and changes nothing', async ({ baseURL }) => {
    const action = actionsInBuild().find((a) => a.key.endsWith('#createUserAction'))!;
    for (const token of ['', 'x'.repeat(43), csrfTokenOf('ANALYST')!]) {
      const email = `no-token-${Date.now()}-${serial++}@example.com`;
      const { status, text } = await callAction(baseURL!, 'ADMIN', action, { csrf_token: token, email, name: 'No token', role: 'READER' });
      expect(status).toBe(200);
      expect(text).toContain('页面已过期,请刷新后再提交 · This page is out of date: reload it and submit again.');
      expect(await sql('SELECT 1 FROM "User" WHERE email = $1', [email])).toEqual([]);
    }
    // With it, the same form goes through.
    const email = `with-token-${Date.now()}-${serial++}@example.com`;
    await callAction(baseURL!, 'ADMIN', action, { email, name: 'With token', role: 'READER' });
    expect(await sql('SELECT 1 AS found FROM "User" WHERE email = $1', [email])).toEqual([{ found: 1 }]);
  });
});

test.describe('plain form posts', () => {
  test('a form posted without script to a signed-in screen needs the page\'s token', async ({ baseURL }) => {
    const analyst = await contextFor('ANALYST', baseURL!);
    for (const [csrf_token, refused] of [['', true], ['x'.repeat(43), true], [csrfTokenOf('ADMIN')!, true], [csrfTokenOf('ANALYST')!, false]] as const) {
      // The token as a text part, as a file part (how scripted clients such as wapiti send every
      // field of a multipart form), and urlencoded.
      const asFile = { name: 'csrf_token', mimeType: 'application/octet-stream', buffer: Buffer.from(csrf_token) };
      for (const body of [{ multipart: { csrf_token, slug: 'default' } }, { multipart: { csrf_token: asFile, slug: 'default' } }, { form: { csrf_token, slug: 'default' } }]) {
        const response = await analyst.post('/editor/import', { ...body, maxRedirects: 0 });
        if (refused) {
          expect(response.status()).toBe(403);
          expect(await response.text()).toContain('Reload the page and submit it again');
        } else {
          expect(response.status()).not.toBe(403);
        }
      }
    }
    await analyst.dispose();
  });
});

test.describe('route handlers', () => {
  for (const identity of IDENTITIES) {
    test(`as ${identity}: each route answers at or above its role and refuses below it`, async ({ baseURL }) => {
      const api = await contextFor(identity, baseURL!);
      for (const [route, row] of Object.entries(ROUTES)) {
        for (const probe of row.probe) {
          const path = typeof probe.path === 'function' ? probe.path(fixture) : probe.path;
          const response = await api.fetch(path, {
            method: probe.method,
            maxRedirects: 0,
            form: probe.method === 'POST' ? { email: 'x@example.com', password: 'whatever-password' } : undefined,
          });
          const label = `${probe.method} ${path} (${route}) as ${identity}`;
          if (RANK[identity] >= RANK[row.minimum]) {
            expect(probe.expectStatus, label).toContain(response.status());
            // next-auth answers a bad sign-in with a redirect that says why.
            if (probe.method === 'POST' && route.startsWith('/api/auth')) expect(response.headers()['location'] ?? '').toMatch(/error=|csrf=true|\/login|\/api\/auth/);
          } else {
            expect(response.status(), label).toBe(identity === 'ANONYMOUS' ? 401 : 403);
          }
        }
      }
      await api.dispose();
    });
  }
});
