import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db';
import { createCountingClient } from '@/lib/db-query-counter';
import { writeLargeTopic } from '@/lib/fixtures/large-topic';
import { parseTopicText } from '@/lib/import/parse-topic-text';
import { writeImportedTopic } from '@/lib/import/write-imported-topic';
import { getPublishedTopic, getPublishedVersion } from '@/lib/published/topic-reads';
import { StaleVersionError } from './errors';
import { publishDraftAsAnalyst, restoreTopicAsAdmin, trashTopicAsAnalyst, unpublishAsAnalyst } from './mutations';
import { publishTopic } from './publish-topic';

// The one publishing path: what it writes (the revision, the published record, the audit event,
// the announcement), the rules it holds every caller to, and what a takedown removes.

vi.mock('@/lib/auth/session', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/auth/session')>()),
  requireRole: async () => ({ id: userId, email: 'publisher@example.com', name: 'Publisher', role: 'ADMIN' }),
}));

const db = getDb();
let userId = '';
const commandLine = { userId: null, via: 'command-line' } as const;

beforeAll(async () => {
  userId = (await db.user.create({ data: { email: `publisher-${Date.now()}@example.com`, name: 'Publisher', passwordHash: 'x', role: 'ADMIN' } })).id;
});

async function newTopic(slug: string) {
  return db.topic.create({ data: { slug, titleZh: '测试', titleEn: 'Test' }, select: { id: true } });
}

const auditOf = (topicId: string, action: string) =>
  db.auditEvent.findMany({ where: { action, targetId: topicId }, orderBy: { at: 'asc' }, select: { detail: true, actorId: true } });

describe('publishing', () => {
  it('numbers versions, links each changelog line to its version, and audits who published through which door', async () => {
    const { id } = await newTopic('publish-numbering');
    const first = await publishDraftAsAnalyst({ topicId: id, expectedVersion: 1, changelogLine: '' });
    const second = await publishTopic(db, { topicId: id, expectedVersion: 2, publisher: commandLine, changelogLine: '新增阵营 C' });
    expect([first.revisionNumber, first.publishNumber, second.revisionNumber, second.publishNumber]).toEqual([1, 1, 2, 2]);
    expect(second.document.changelog.map((entry) => [entry.text, entry.publishNumber])).toEqual([
      ['新增阵营 C', 2],
      ['首次发布', 1],
    ]);
    expect(await db.topic.findUniqueOrThrow({ where: { id }, select: { status: true, version: true } })).toEqual({ status: 'PUBLISHED', version: 3 });
    expect(await auditOf(id, 'topic.publish')).toEqual([
      { actorId: userId, detail: { revision: 1, version: 1, changelog: '首次发布', via: 'editor' } },
      { actorId: null, detail: { revision: 2, version: 2, changelog: '新增阵营 C', via: 'command-line' } },
    ]);
  });

  it('proposes the changelog line from what changed since the last publish', async () => {
    const { id } = await newTopic('publish-proposed-line');
    await publishTopic(db, { topicId: id, expectedVersion: 1, publisher: commandLine });
    await db.camp.create({ data: { topicId: id, position: 0, label: 'C', stance: 'Capability ≠ Utility' } });
    await db.editorView.create({ data: { topicId: id, judgment: '判断。', confidence: 'MEDIUM_LOW' } });
    const second = await publishTopic(db, { topicId: id, expectedVersion: 2, publisher: commandLine });
    expect(second.document.changelog[0]!.text).toBe('新增阵营 C、给出判断(把握程度中等偏低)');
  });

  it('refuses a publisher who has not seen the latest save, and writes nothing', async () => {
    const { id } = await newTopic('publish-stale');
    await publishTopic(db, { topicId: id, expectedVersion: 1, publisher: commandLine });
    const before = await Promise.all([db.revision.count({ where: { topicId: id } }), db.changelogEntry.count({ where: { topicId: id } }), db.publishedVersion.count({ where: { topicId: id } })]);
    await expect(publishTopic(db, { topicId: id, expectedVersion: 1, publisher: commandLine })).rejects.toBeInstanceOf(StaleVersionError);
    const after = await Promise.all([db.revision.count({ where: { topicId: id } }), db.changelogEntry.count({ where: { topicId: id } }), db.publishedVersion.count({ where: { topicId: id } })]);
    expect(after).toEqual(before);
  });

  it('announces the change in its own transaction, to every server listening', async () => {
    const { id } = await newTopic('publish-announced');
    const pg = await import('pg');
    const listener = new pg.default.Client({ connectionString: process.env.DATABASE_URL! });
    await listener.connect();
    const heard: string[] = [];
    listener.on('notification', (message) => heard.push(message.payload ?? ''));
    await listener.query('LISTEN topicdesk_published_change');
    try {
      await publishTopic(db, { topicId: id, expectedVersion: 1, publisher: commandLine });
      await expect.poll(() => heard.length).toBe(1);
      expect(JSON.parse(heard[0]!)).toEqual({ origin: expect.any(String), change: { kind: 'published', slugs: ['publish-announced'] } });
      // A refused publish rolls back, announcement included.
      await expect(publishTopic(db, { topicId: id, expectedVersion: 1, publisher: commandLine })).rejects.toThrow();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(heard).toHaveLength(1);
    } finally {
      await listener.end();
    }
  });
});

describe('the published record', () => {
  it('is what readers get: a draft edit of every kind changes nothing until it is published', async () => {
    const { id } = await newTopic('record-draft-edits');
    await publishTopic(db, { topicId: id, expectedVersion: 1, publisher: commandLine, changelogLine: '第一版' });
    await db.topic.update({ where: { id }, data: { titleZh: '草稿标题', titleEn: 'Draft title', slug: 'record-draft-renamed' } });
    await db.slugRedirect.create({ data: { slug: 'record-draft-edits', topicId: id } });
    await db.changelogEntry.create({ data: { topicId: id, date: new Date(), text: '草稿里的更新日志' } });
    await db.camp.create({ data: { topicId: id, position: 0, label: 'Z', stance: '草稿阵营' } });

    const page = await getPublishedTopic('record-draft-edits');
    expect(page?.document).toMatchObject({ titleZh: '测试', titleEn: 'Test', camps: [] });
    expect(page?.document.changelog.map((entry) => entry.text)).toEqual(['第一版']);
    expect(await getPublishedTopic('record-draft-renamed')).toBeNull();
    expect(await db.publishedFeedEntry.findMany({ where: { topicId: id }, select: { text: true } })).toEqual([{ text: '第一版' }]);

    const { version } = await db.topic.findUniqueOrThrow({ where: { id }, select: { version: true } });
    const second = await publishTopic(db, { topicId: id, expectedVersion: version, publisher: commandLine, changelogLine: '第二版' });
    expect(second.change.slugs).toEqual(['record-draft-renamed', 'record-draft-edits']);
    expect(await getPublishedTopic('record-draft-edits')).toBeNull();
    expect((await getPublishedTopic('record-draft-renamed'))?.document).toMatchObject({ titleZh: '草稿标题', camps: [{ label: 'Z' }] });
    expect((await getPublishedVersion('record-draft-renamed', 1))?.document.titleZh).toBe('测试');
  });

  it('leaves the site whole on unpublish and trash, and comes back with every version', async () => {
    const { id } = await newTopic('record-takedown');
    await publishTopic(db, { topicId: id, expectedVersion: 1, publisher: commandLine });
    await publishTopic(db, { topicId: id, expectedVersion: 2, publisher: commandLine, changelogLine: '再版' });
    const rows = () =>
      Promise.all([
        db.publishedTopic.count({ where: { topicId: id } }),
        db.publishedVersion.count({ where: { topicId: id } }),
        db.publishedFeedEntry.count({ where: { topicId: id } }),
        db.searchEntry.count({ where: { topicId: id } }),
      ]);
    expect(await rows()).toEqual([1, 2, 2, 1]);

    expect(await unpublishAsAnalyst(id)).toEqual({ kind: 'withdrawn', slugs: ['record-takedown'] });
    expect(await rows()).toEqual([0, 0, 0, 0]);
    expect(await getPublishedVersion('record-takedown', 1)).toBeNull();

    const { version } = await db.topic.findUniqueOrThrow({ where: { id }, select: { version: true } });
    await publishTopic(db, { topicId: id, expectedVersion: version, publisher: commandLine, changelogLine: '重新上线' });
    expect(await rows()).toEqual([1, 3, 3, 1]);
    expect((await getPublishedVersion('record-takedown', 1))?.publishNumber).toBe(1);

    expect(await trashTopicAsAnalyst(id)).toEqual({ kind: 'withdrawn', slugs: ['record-takedown'] });
    expect(await rows()).toEqual([0, 0, 0, 0]);
    expect(await restoreTopicAsAdmin(id)).toEqual({ kind: 'published', slugs: ['record-takedown'] });
    expect(await rows()).toEqual([1, 3, 3, 1]);
    expect((await getPublishedTopic('record-takedown'))?.publishNumber).toBe(3);
  });
});

describe('one set of rules for every way in', () => {
  const page = (title: string) => `${title} · One Way In\n\n主流共识\n\n第一点:规则对所有人一样。\n\n"A sentence nobody is named for."\n「没有人署名的一句话。」\n`;

  it('refuses an unattributed quote from the editor and from the importer alike; the importer may waive it only by name', async () => {
    const imported = await writeImportedTopic(db, parseTopicText(page('统一规则')), { slug: 'one-way-in', publish: false, authorId: userId });
    const { version } = await db.topic.findUniqueOrThrow({ where: { id: imported.topicId }, select: { version: true } });
    const refusal = /Fix before publishing: .*the quote has no speaker/;
    await expect(publishDraftAsAnalyst({ topicId: imported.topicId, expectedVersion: version, changelogLine: '' })).rejects.toThrow(refusal);
    await expect(publishTopic(db, { topicId: imported.topicId, publisher: { userId, via: 'import' } })).rejects.toThrow(refusal);
    expect(await db.publishedTopic.count({ where: { topicId: imported.topicId } })).toBe(0);

    // The importer's --publish: a faithful copy of a public page, with the exception named.
    const published = await writeImportedTopic(db, parseTopicText(page('统一规则')), { slug: 'one-way-in', publish: true, authorId: userId });
    expect(published.published).toBe(true);
    expect(published.publishExceptions).toEqual(['发布时允许 1 条引语没有讲者(与原页面一致) · Published with 1 quotes without a speaker, as on the original page.']);
    const [audit] = await auditOf(imported.topicId, 'topic.publish');
    expect(audit?.detail).toMatchObject({ via: 'import', exceptions: [{ exception: 'unattributedQuotes', waived: [expect.stringMatching(/the quote has no speaker/)] }] });
  });

  it('keeps the exception to what it names: a paraphrase without a reason stops the importer too', async () => {
    const text = `无因转述 · No Reason\n\n主流共识\n\n第一点:转述要说明原因。\n\n有人这么说过。(转述)\n`;
    const parsed = parseTopicText(text);
    const paraphrase = parsed.consensus[0]!.blocks.find((block) => block.kind === 'paraphrase');
    expect(paraphrase, 'the fixture must hold a paraphrase').toBeDefined();
    if (paraphrase?.kind === 'paraphrase') paraphrase.reason = '';
    await expect(writeImportedTopic(db, parsed, { slug: 'no-reason', publish: true, authorId: userId })).rejects.toThrow(/the paraphrase gives no reason/);
    expect(await db.topic.count({ where: { slug: 'no-reason' } })).toBe(0);
  });
});

describe('publishing a large topic', () => {
  const counting = createCountingClient(process.env.DATABASE_URL!);
  afterAll(() => counting.close());

  it('loads the draft once and issues a number of statements that does not grow with the topic', async () => {
    await writeLargeTopic(db, { slug: 'publish-statements-small', camps: 2, quotes: 4 });
    const small = await db.topic.findUniqueOrThrow({ where: { slug: 'publish-statements-small' }, select: { id: true, version: true } });
    await writeLargeTopic(db, { slug: 'publish-statements-large', camps: 20, quotes: 400 });
    const large = await db.topic.findUniqueOrThrow({ where: { slug: 'publish-statements-large' }, select: { id: true, version: true } });
    const measure = async (topicId: string, expectedVersion: number) => {
      counting.reset();
      await publishTopic(counting.db, { topicId, expectedVersion, publisher: commandLine, changelogLine: 'x' });
      const draftLoads = counting.counter.statements.filter((text) => /FROM "public"\."ConsensusPoint"/.test(text)).length;
      return { statements: counting.counter.queries, draftLoads };
    };
    const smallRun = await measure(small.id, small.version);
    const largeRun = await measure(large.id, large.version);
    expect(smallRun.draftLoads).toBe(1);
    expect(largeRun.draftLoads).toBe(1);
    // Rows are written in batches of a thousand: a 400-quote topic takes the same statements.
    expect(largeRun.statements).toBe(smallRun.statements);
  });
});
