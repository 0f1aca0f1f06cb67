import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { getDb } from '@/lib/db';
import { getPublishedTopic } from '@/lib/topics/queries';
import { writeDemo } from '@/prisma/demo/write-demo';
import { parseTopicText } from './parse-topic-text';
import { writeImportedTopic } from './write-imported-topic';

const db = getDb();
const seedPath = new URL('./fixtures/performance-plateau.txt', import.meta.url);
const seed = readFileSync(seedPath, 'utf8');

// The seed cites the sister topic inference-economics, which the demo content provides.
beforeAll(() => writeDemo(db));

const counts = async () => ({
  topics: await db.topic.count(),
  speakers: await db.speaker.count(),
  interviews: await db.interview.count(),
  quotes: await db.quote.count(),
  revisions: await db.revision.count(),
});

describe('importing the reference page', () => {
  it('publishes every quote, translation, speaker, camp, paraphrase, note and the view', async () => {
    const report = await writeImportedTopic(db, parseTopicText(seed), { publish: true, authorId: null });
    expect(report).toMatchObject({ slug: 'performance-plateau', outcome: 'created', published: true, revisionNumber: 1 });
    expect(report.counts).toMatchObject({ consensusPoints: 3, camps: 5, quotes: 17, paraphrases: 3, notes: 2 });
    // Other test files may have imported the same people already: matched or created, all are there.
    expect([...report.speakers.created, ...report.speakers.matched].sort()).toEqual(
      ['Bob McGrew', 'Brad Lightcap', 'Martin Casado', 'Sarah Wang', 'Vibe Check panel', 'Winston Weinberg'],
    );
    expect(report.unattributedQuotes.map((q) => q.line)).toEqual([52, 59, 66, 81, 83, 90, 92, 94, 111]);
    expect(report.warnings.at(-1)?.message).toMatch(/header says 取材 9 篇访谈; the page cites 4 interviews/);

    const page = await getPublishedTopic('performance-plateau');
    const doc = page!.document;
    const blocks = [...doc.consensus, ...doc.camps].flatMap((section) => section.blocks);
    const quoteBlocks = blocks.flatMap((b) => (b.kind === 'quote' ? [b] : []));
    expect(quoteBlocks).toHaveLength(17);
    expect(quoteBlocks.filter((b) => b.quote.original && b.quote.translation)).toHaveLength(16);
    expect(doc.camps.map((c) => c.label)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(doc.camps[0]!.members.map((m) => m.name)).toEqual(['Winston Weinberg', 'Vibe Check panel']);
    expect(blocks.filter((b) => b.kind === 'paraphrase').map((b) => b.kind === 'paraphrase' && b.reason)).toHaveLength(3);
    expect(doc.view?.confidence).toBe('MEDIUM_HIGH');
    const mcgrew = quoteBlocks.find((b) => b.quote.speakers[0]?.name === 'Bob McGrew')!;
    expect(mcgrew.quote.speakers[0]!.affiliation).toBe('former OpenAI');
    expect(mcgrew.seeAlso?.slug).toBe('inference-economics');
    expect(report.placeholders).toEqual([]);
    expect(doc.sources).toHaveLength(4);
  });

  it('re-importing the same slug adds a revision to the same topic and reuses its quotes', async () => {
    const before = await counts();
    const report = await writeImportedTopic(db, parseTopicText(seed), { publish: false, authorId: null });
    expect(report).toMatchObject({ outcome: 'updated', revisionNumber: 2, reusedQuotes: 17 });
    expect(report.speakers.created).toEqual([]);
    expect(report.interviews.created).toEqual([]);
    const after = await counts();
    expect(after).toEqual({ ...before, revisions: before.revisions + 1 });
    // A draft import does not change what readers see.
    expect((await getPublishedTopic('performance-plateau'))?.publishNumber).toBe(1);
  });

  it('shows what a re-import changes, and a dry run reports without writing', async () => {
    const edited = seed.replace('阵营 D · "Data 才是被严重低估的轴"', '阵营 D · "Data 是被低估的轴"').replace(/^都没说透的$/m, '都没说透的\n没人算过数据的边际回报。');
    const before = await counts();
    const preview = await writeImportedTopic(db, parseTopicText(edited), { publish: false, authorId: null, dryRun: true });
    expect(await counts()).toEqual(before);
    expect(preview.outcome).toBe('updated');
    expect(preview.diff).toMatchObject({ added: 2, removed: 1 });
    expect(preview.diff!.lines).toEqual([
      { op: '-', text: '### 阵营 D · "Data 才是被严重低估的轴"——Datology / 数据派立场' },
      { op: '+', text: '### 阵营 D · "Data 是被低估的轴"——Datology / 数据派立场' },
      { op: '+', text: '- 没人算过数据的边际回报。' },
    ]);
    const applied = await writeImportedTopic(db, parseTopicText(edited), { publish: false, authorId: null });
    expect(applied.diff).toEqual(preview.diff);
    expect(await db.revision.count()).toBe(before.revisions + 1);
  });

  it('writes nothing at all when any step fails', async () => {
    await db.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION fail_atomicity_import() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM "Topic" WHERE id = NEW."topicId" AND slug = 'atomicity-check') THEN
          RAISE EXCEPTION 'injected failure';
        END IF;
        RETURN NEW;
      END $$`);
    await db.$executeRawUnsafe(
      `CREATE TRIGGER fail_atomicity_import BEFORE INSERT ON "Revision" FOR EACH ROW EXECUTE FUNCTION fail_atomicity_import()`,
    );
    try {
      const before = await counts();
      const document = `原子性 · Atomicity\n主流共识\n第一点:一切或全无\n"Everything or nothing, said nobody before."\n「要么全部,要么全无。」\nUnique Speaker Atomicity (Nowhere) · Atomic Show #1`;
      await expect(writeImportedTopic(db, parseTopicText(document), { slug: 'atomicity-check', publish: true, authorId: null })).rejects.toThrow(
        /injected failure/,
      );
      expect(await counts()).toEqual(before);
      expect(await db.speaker.count({ where: { name: 'Unique Speaker Atomicity' } })).toBe(0);
    } finally {
      await db.$executeRawUnsafe('DROP TRIGGER fail_atomicity_import ON "Revision"');
      await db.$executeRawUnsafe('DROP FUNCTION fail_atomicity_import()');
    }
  });
});

describe('npm run import', () => {
  const run = (args: string[]) => {
    const result = spawnSync(process.execPath, ['lib/cli/run.mjs', 'lib/import/import-cli.ts', ...args], {
      env: { ...process.env, DATABASE_URL: inject('databaseUrl'), NODE_NO_WARNINGS: '1' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it('prints a machine-readable report with --json', () => {
    const { code, stdout } = run([seedPath.pathname, '--json', '--slug', 'plateau-from-cli']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout.trim().split('\n').at(-1)!);
    expect(report).toMatchObject({ ok: true, slug: 'plateau-from-cli', outcome: 'created', published: false, counts: { quotes: 17, camps: 5 } });
  });

  it('refuses bad files with a clear message and writes nothing', async () => {
    const before = await counts();
    const missing = run(['/no/such/file.txt']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Not imported: cannot read /no/such/file.txt: no such file');
    const binary = run([process.execPath]);
    expect(binary.code).toBe(1);
    expect(binary.stderr).toMatch(/Not imported: .*(larger than 5 MB|binary file)/);
    const json = run(['/no/such/file.txt', '--json']);
    expect(JSON.parse(json.stdout)).toEqual({ ok: false, error: 'cannot read /no/such/file.txt: no such file' });
    expect(await counts()).toEqual(before);
  });
});
