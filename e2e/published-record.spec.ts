import { expect, test } from '@playwright/test';
import { computeChanges } from '../lib/drafts/changeset';
import type { TopicDocument } from '../lib/topics/document';
import { sql } from './support/database';
import { actionsInBuild, callAction, ogImagePath, readManifest, type Identity } from './support/server-actions';

// Readers see exactly the published record, everywhere, at once. A topic is written with a
// marker in every draft field, and every public route of the build is read before it is
// published, after, after a draft edit with a second marker, after unpublish and after trash.
// The routes come from the build's manifest: a public route added without a row in ADDRESSES
// fails this spec.

const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const FIRST = `pubmark${run}one`;
const SECOND = `pubmark${run}two`;
const slug = `record-${run}`;
const speaker = `Record Speaker ${run}`;
const speakerSlug = `record-speaker-${run}`;

const documentText = `记录主题 ${FIRST} · Record Topic ${FIRST}

主题页(活文档)· 最近更新 2026-06-02 · 取材 1 篇访谈

更新日志

2026-06-02 写下更新日志 ${FIRST}。

主流共识

第一点:共识 ${FIRST}。

一段话 ${FIRST}。

"Consensus quote ${FIRST}."
「共识引语 ${FIRST}。」
${speaker} (Record Lab) · Record Show #7: Episode of the record · 2026-01-02

分歧在哪

阵营 A · "立场 ${FIRST}"——持方 ${FIRST} 立场

"Camp quote ${FIRST}."
「阵营引语 ${FIRST}。」
${speaker} (Record Lab) · Record Show #7: Episode of the record · 2026-01-02

都没说透的

盲点 ${FIRST}。

我的看法

判断(不是事实):看法 ${FIRST}。
把握程度:中等。最强的支撑是 ${FIRST};最弱的环节是 ${FIRST}。

还想知道什么

问题 ${FIRST}?

取材

Record Show #7 · Episode of the record · 2026-01-02
`;

type Fixture = { topicId: string; interviewId: string; ogImage: string };
type Phase = 'draft' | 'published' | 'edited' | 'withdrawn';
type Address = { path: string; kind: 'topic' | 'listing' | 'static' };

// Every public route of the build: how a reader reaches it for the marked topic, and whether
// it is the topic's own page (gone when the topic is) or a page that lists it among others.
const ADDRESSES: Record<string, (f: Fixture) => Address[]> = {
  '/[locale]/(reader)/topics/[slug]/page': () => [{ path: `/topics/${slug}`, kind: 'topic' }],
  '/[locale]/(reader)/topics/[slug]/v/[n]/page': () => [{ path: `/topics/${slug}/v/1`, kind: 'topic' }],
  '/[locale]/(reader)/topics/[slug]/history/page': () => [{ path: `/topics/${slug}/history`, kind: 'topic' }],
  '/[locale]/(reader)/topics/[slug]/opengraph-image': (f) => [{ path: f.ogImage, kind: 'topic' }],
  '/topics/[slug]/feed.xml/route': () => [{ path: `/topics/${slug}/feed.xml`, kind: 'topic' }],
  '/topics/[slug]/rss.xml/route': () => [{ path: `/topics/${slug}/rss.xml`, kind: 'topic' }],
  '/[locale]/(reader)/speakers/[slug]/page': () => [{ path: `/speakers/${speakerSlug}`, kind: 'topic' }],
  '/[locale]/(reader)/interviews/[id]/page': (f) => [{ path: `/interviews/${f.interviewId}`, kind: 'topic' }],
  // The list of speakers names the topic's speaker while a published page cites them.
  '/[locale]/(reader)/speakers/page': () => [
    { path: `/speakers?q=${encodeURIComponent(speaker)}`, kind: 'listing' },
    { path: `/speakers?q=${encodeURIComponent(speaker)}&days=30`, kind: 'listing' },
  ],
  '/[locale]/(reader)/page/[n]/page': () => [
    { path: '/', kind: 'listing' },
    { path: '/page/1', kind: 'listing' },
  ],
  // Searches for words of the page, not the markers: a results page repeats its query.
  '/[locale]/(reader)/search/[query]/page': () => [
    { path: `/search?q=${encodeURIComponent('记录主题')}`, kind: 'listing' },
    { path: `/search?q=${encodeURIComponent('Record Topic')}`, kind: 'listing' },
    { path: `/search?q=${encodeURIComponent('草稿日志')}`, kind: 'listing' },
  ],
  '/[locale]/(reader)/search/page': () => [{ path: '/search', kind: 'static' }],
  '/feed.xml/route': () => [{ path: '/feed.xml', kind: 'listing' }],
  '/rss.xml/route': () => [{ path: '/rss.xml', kind: 'listing' }],
  '/sitemap.xml/route': () => [{ path: '/sitemap.xml', kind: 'listing' }],
  '/robots.txt/route': () => [{ path: '/robots.txt', kind: 'static' }],
  '/[locale]/[...missing]/page': () => [{ path: `/no-such-page-${run}`, kind: 'static' }],
};

/** The build's public routes: everything but the signed-in screens, sign-in, the API and Next's own pages. */
function publicRoutes(): string[] {
  const manifest = readManifest('app-paths-manifest.json') as Record<string, string>;
  return Object.keys(manifest)
    .filter((route) => !/^\/(\(editor\)|\(auth\)|api|_)/.test(route))
    .map((route) => route.replace(/\/opengraph-image-[a-z0-9]+\/route$/, '/opengraph-image'));
}

async function act(identity: Identity, key: string, args: unknown[] | undefined, fields: Record<string, string> = {}) {
  const action = actionsInBuild().find((candidate) => candidate.key === key);
  if (!action) throw new Error(`No action ${key} in the build.`);
  const response = await callAction(test.info().project.use.baseURL!, identity, action, fields, undefined, args);
  expect(response.status, `${key}: ${response.text.slice(0, 300)}`).toBe(200);
  return response.text;
}

const topicVersion = async (topicId: string) => Number((await sql<{ version: number }>(`SELECT version FROM "Topic" WHERE id = $1`, [topicId]))[0]!.version);

async function publish(topicId: string, line: string) {
  await act('ANALYST', 'app/(editor)/editor/topics/[id]/actions.ts#publishAction', [{ topicId, expectedVersion: await topicVersion(topicId), changelogLine: line }]);
  expect((await sql<{ status: string }>(`SELECT status::text FROM "Topic" WHERE id = $1`, [topicId]))[0]!.status).toBe('PUBLISHED');
}

/** Every string of the document with one marker replaced by another (ids and the slug aside). */
function remark(doc: TopicDocument): TopicDocument {
  const swap = (value: unknown): unknown => {
    if (typeof value === 'string') return value.replaceAll(FIRST, SECOND);
    if (Array.isArray(value)) return value.map(swap);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, key === 'id' ? v : swap(v)]));
    return value;
  };
  return swap(doc) as TopicDocument;
}

async function readAddress(request: import('@playwright/test').APIRequestContext, address: Address) {
  const response = await request.get(address.path, { maxRedirects: 0 });
  const type = response.headers()['content-type'] ?? '';
  const body = type.startsWith('image/') ? '' : await response.text();
  const headers = response.headers();
  return { status: response.status(), body, type, cacheControl: headers['cache-control'] ?? '', cache: `${headers['x-nextjs-cache'] ?? '-'} ${headers['x-microcache'] ?? '-'}` };
}

async function expectPhase(request: import('@playwright/test').APIRequestContext, fixture: Fixture, phase: Phase) {
  const covered = publicRoutes();
  const missing = covered.filter((route) => !ADDRESSES[route]);
  expect(missing, 'public routes without a row in ADDRESSES').toEqual([]);
  for (const route of covered) {
    for (const address of ADDRESSES[route]!(fixture)) {
      const { status, body, type, cacheControl, cache } = await readAddress(request, address);
      const where = `${phase}: ${address.path} (cache ${cache}, ${cacheControl})`;
      expect(status, where).not.toBe(500);
      // Never a draft: the second marker only ever exists in the draft.
      expect(body.includes(SECOND), `${where} shows a draft`).toBe(false);
      // A CDN may keep a public answer at most as long as the README says a purge takes.
      const maxAge = /s-maxage=(\d+)/.exec(cacheControl);
      if (maxAge) expect(Number(maxAge[1]), `${where}: ${cacheControl}`).toBeLessThanOrEqual(300);
      if (address.kind === 'static') continue;
      const live = phase === 'published' || phase === 'edited';
      if (address.kind === 'topic') {
        expect(status, where).toBe(live ? 200 : 404);
        if (live && !type.startsWith('image/')) expect(body, where).toContain(FIRST);
        if (live && type.startsWith('image/')) expect(type, where).toBe('image/png');
      } else {
        expect(status, where).toBe(200);
        const listed =
          address.path === '/sitemap.xml'
            ? body.includes(`/topics/${slug}<`)
            : address.path.startsWith('/speakers?')
              ? body.includes(`href="/speakers/${speakerSlug}"`)
              : body.includes(FIRST);
        // The draft's own changelog line is never found (its text exists only in the draft).
        const expected = live && !address.path.includes(encodeURIComponent('草稿日志'));
        expect(listed, `${where} ${expected ? 'omits' : 'lists'} the topic`).toBe(expected);
      }
    }
  }
}

test.describe.configure({ mode: 'serial' });
test.describe('the published record', () => {
  test.setTimeout(180_000);

  test('no public route shows a draft, every one shows the published page, and a takedown removes it everywhere', async ({ request }) => {
    await act('ANALYST', 'app/(editor)/editor/import/actions.ts#confirmImportAction', undefined, { document: documentText, slug });
    const [topic] = await sql<{ id: string }>(`SELECT id FROM "Topic" WHERE slug = $1`, [slug]);
    expect(topic, 'the import created the topic').toBeDefined();
    const [interview] = await sql<{ id: string }>(`SELECT "interviewId" AS id FROM "TopicSource" WHERE "topicId" = $1`, [topic!.id]);
    const fixture: Fixture = { topicId: topic!.id, interviewId: interview!.id, ogImage: ogImagePath(slug) };
    expect((await sql<{ slug: string }>(`SELECT slug FROM "Speaker" WHERE name = $1`, [speaker]))[0]?.slug).toBe(speakerSlug);

    await test.step('a draft is on no public route', () => expectPhase(request, fixture, 'draft'));

    await publish(topic!.id, `发布 ${FIRST}`);
    await test.step('published, it is on every one', () => expectPhase(request, fixture, 'published'));

    await test.step('a draft edit of every field, the address included, shows nowhere', async () => {
      const [latest] = await sql<{ document: TopicDocument }>(`SELECT document FROM "Revision" WHERE "topicId" = $1 ORDER BY number DESC LIMIT 1`, [topic!.id]);
      const base = latest!.document;
      const next = remark(base);
      next.slug = `${slug}-renamed`;
      next.changelog = [{ id: `cl-${run}`, date: '2026-06-03', text: `草稿日志 ${SECOND}`, publishNumber: null }, ...next.changelog];
      const changes = computeChanges(base, next);
      await act('ANALYST', 'app/(editor)/editor/topics/[id]/actions.ts#saveDraftAction', [{ topicId: topic!.id, baseVersion: await topicVersion(topic!.id), changes, reason: 'save' }]);
      const [saved] = await sql<{ titleZh: string }>(`SELECT "titleZh" FROM "Topic" WHERE id = $1`, [topic!.id]);
      expect(saved!.titleZh, 'the draft was saved').toContain(SECOND);
      await expectPhase(request, fixture, 'edited');
      expect((await request.get(`/topics/${slug}-renamed`, { maxRedirects: 0 })).status()).toBe(404);
    });

    await act('ANALYST', 'app/(editor)/editor/topics/[id]/actions.ts#unpublishAction', [topic!.id]);
    await test.step('unpublished, it is gone from every route at once', () => expectPhase(request, fixture, 'withdrawn'));

    // Put the first version back (the draft edit is reverted by saving the published text again).
    const [published] = await sql<{ document: TopicDocument }>(`SELECT document FROM "Revision" WHERE "topicId" = $1 AND "publishNumber" = 1`, [topic!.id]);
    const [current] = await sql<{ document: TopicDocument }>(`SELECT document FROM "Revision" WHERE "topicId" = $1 ORDER BY number DESC LIMIT 1`, [topic!.id]);
    await act('ANALYST', 'app/(editor)/editor/topics/[id]/actions.ts#saveDraftAction', [
      { topicId: topic!.id, baseVersion: await topicVersion(topic!.id), changes: computeChanges(current!.document, { ...published!.document, changelog: current!.document.changelog.filter((entry) => !entry.text.includes(SECOND)) }), reason: 'save' },
    ]);
    await publish(topic!.id, `再次发布 ${FIRST}`);
    await test.step('published again, it is back everywhere, its first version too', () => expectPhase(request, fixture, 'published'));

    await act('ANALYST', 'app/(editor)/editor/topics/[id]/actions.ts#trashTopicAction', [topic!.id]);
    await test.step('in the trash, it is gone from every route at once', () => expectPhase(request, fixture, 'withdrawn'));

    await act('ADMIN', 'app/(editor)/admin/trash/actions.ts#restoreFromTrashAction', undefined, { kind: 'topic', id: topic!.id });
    await test.step('restored from the trash, it is back everywhere', () => expectPhase(request, fixture, 'published'));
  });
});
