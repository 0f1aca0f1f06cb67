import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { getPublishedTopic } from '@/lib/published/topic-reads';
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
    const report = await writeImportedTopic(db, parseTopicText(seed), { publish: true, authorId: null, source: 'performance-plateau.txt' });
    expect(report).toMatchObject({ slug: 'performance-plateau', outcome: 'created', published: true, revisionNumber: 1 });
    expect(report.counts).toMatchObject({ consensusPoints: 3, camps: 5, quotes: 17, paraphrases: 3, notes: 2 });
    // Other test files may have imported the same people already: matched or created, all are there.
    expect([...report.speakers.created, ...report.speakers.matched].sort()).toEqual([
      'Ari Morcos', 'Bob McGrew', 'Brad Lightcap', 'Christina Kim', 'Eric Zelikman', 'Isa Fulford', 'Jack Morris', 'Joelle Pineau',
      'Martin Casado', 'Sarah Wang', 'Vibe Check panel', 'Winston Weinberg',
    ]);
    // The nine quotes the issue names, and Winston Weinberg's, named in the paragraph before them.
    expect(report.unattributedQuotes).toEqual([]);
    expect(report.inferredSpeakers.map((i) => [i.quoteLine, i.speakers.join(' / '), i.fromLine])).toEqual([
      [37, 'Winston Weinberg', 35], [52, 'Jack Morris', 50], [59, 'Joelle Pineau', 57], [66, 'Joelle Pineau', 57],
      [81, 'Isa Fulford / Christina Kim', 79], [83, 'Isa Fulford / Christina Kim', 79],
      [90, 'Ari Morcos', 88], [92, 'Ari Morcos', 88], [94, 'Ari Morcos', 88], [111, 'Eric Zelikman', 109],
    ]);
    expect(report.warnings.at(-1)?.message).toMatch(/header says 取材 9 篇访谈; the page cites 4 interviews/);

    const page = await getPublishedTopic('performance-plateau');
    const doc = page!.document;
    // The page's changelog and 最近更新 are the document's: the import is not news on the page.
    expect(doc.changelog).toEqual([]);
    expect(page!.updatedOn).toBe('2026-05-20');
    const blocks = [...doc.consensus, ...doc.camps].flatMap((section) => section.blocks);
    const quoteBlocks = blocks.flatMap((b) => (b.kind === 'quote' ? [b] : []));
    expect(quoteBlocks).toHaveLength(17);
    expect(quoteBlocks.filter((b) => b.quote.original && b.quote.translation)).toHaveLength(16);
    expect(quoteBlocks.filter((b) => b.speakersInferredFrom).map((b) => b.quote.speakers.map((s) => s.name).join(' / '))).toEqual([
      'Winston Weinberg', 'Jack Morris', 'Joelle Pineau', 'Joelle Pineau', 'Isa Fulford / Christina Kim', 'Isa Fulford / Christina Kim',
      'Ari Morcos', 'Ari Morcos', 'Ari Morcos', 'Eric Zelikman',
    ]);
    expect(quoteBlocks.find((b) => b.quote.speakers[0]?.name === 'Joelle Pineau')?.speakersInferredFrom).toMatch(/^Joelle Pineau \(Cohere Chief Scientist\) 是这一派/);
    expect(doc.camps.map((c) => c.label)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(doc.camps[0]!.members.map((m) => m.name)).toEqual(['Winston Weinberg', 'Vibe Check panel', 'Jack Morris']);
    expect(doc.camps[1]!.members.map((m) => m.name)).toEqual(['Joelle Pineau', 'Martin Casado', 'Sarah Wang']);
    expect(doc.camps[1]!.members[0]!.affiliation).toBe('Cohere Chief Scientist');
    expect(blocks.filter((b) => b.kind === 'paraphrase').map((b) => b.kind === 'paraphrase' && b.reason)).toHaveLength(3);
    expect(doc.view?.confidence).toBe('MEDIUM_HIGH');
    const mcgrew = quoteBlocks.find((b) => b.quote.speakers[0]?.name === 'Bob McGrew')!;
    expect(mcgrew.quote.speakers[0]!.affiliation).toBe('former OpenAI');
    expect(mcgrew.seeAlso?.slug).toBe('inference-economics');
    expect(report.placeholders).toEqual([]);
    expect(doc.sources).toHaveLength(4);

    // Where it came from is history, not page content.
    const revision = await db.revision.findFirstOrThrow({ where: { topicId: report.topicId, number: 1 }, select: { message: true } });
    expect(revision.message).toBe('导入 · Imported from performance-plateau.txt (created; 17 quotes, 10 speakers inferred, 0 quotes without a speaker)');
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: 'topic.import', targetId: report.topicId }, select: { detail: true } });
    expect(audit.detail).toMatchObject({ slug: 'performance-plateau', source: 'performance-plateau.txt', outcome: 'created', revision: 1, inferredSpeakers: 10 });

    // Speaker pages, the stance ledger and search know the inferred speakers like any other.
    const pineau = await db.speaker.findFirstOrThrow({ where: { name: 'Joelle Pineau' }, select: { id: true } });
    const appearances = await db.publishedAppearance.findMany({ where: { topicId: report.topicId, speakerId: pineau.id }, select: { kind: true, campLabel: true } });
    expect(appearances.map((a) => `${a.kind} ${a.campLabel}`).sort()).toEqual(['MEMBER B', 'QUOTE B', 'QUOTE B']);
    const found = await db.searchEntry.findFirst({ where: { topicId: report.topicId, kind: 'QUOTE', context: { contains: 'Ari Morcos' } }, select: { text: true } });
    expect(found?.text).toBeTruthy();
  });

  it('re-importing an unchanged document writes nothing and says so', async () => {
    const before = await counts();
    const report = await writeImportedTopic(db, parseTopicText(seed), { publish: true, authorId: null });
    expect(report).toMatchObject({ outcome: 'unchanged', revisionNumber: 1, published: true });
    expect(await counts()).toEqual(before);
    expect(await db.auditEvent.count({ where: { action: 'topic.import', targetId: report.topicId } })).toBe(1);
  });

  it('re-importing a changed document adds a revision to the same topic and reuses its quotes', async () => {
    const before = await counts();
    const edited = seed.replace(/^都没说透的$/m, '都没说透的\n没人算过数据的边际回报。');
    const report = await writeImportedTopic(db, parseTopicText(edited), { publish: false, authorId: null });
    expect(report).toMatchObject({ outcome: 'updated', revisionNumber: 2, reusedQuotes: 17 });
    expect(report.speakers.created).toEqual([]);
    expect(report.interviews.created).toEqual([]);
    const after = await counts();
    expect(after).toEqual({ ...before, revisions: before.revisions + 1 });
    // A draft import does not change what readers see.
    expect((await getPublishedTopic('performance-plateau'))?.publishNumber).toBe(1);
  });

  it('shows what a re-import changes, and a dry run reports without writing', async () => {
    const edited = seed.replace('阵营 D · "Data 才是被严重低估的轴"', '阵营 D · "Data 是被低估的轴"');
    const before = await counts();
    const preview = await writeImportedTopic(db, parseTopicText(edited), { publish: false, authorId: null, dryRun: true });
    expect(await counts()).toEqual(before);
    expect(preview.outcome).toBe('updated');
    expect(preview.diff).toMatchObject({ added: 1, removed: 2 });
    expect(preview.diff!.lines).toEqual([
      { op: '-', text: '### 阵营 D · "Data 才是被严重低估的轴"——Datology / 数据派立场' },
      { op: '+', text: '### 阵营 D · "Data 是被低估的轴"——Datology / 数据派立场' },
      { op: '-', text: '- 没人算过数据的边际回报。' },
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
      env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL!, NODE_NO_WARNINGS: '1' },
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

  it('reports every speaker, interview, quote, inference and warning, then "unchanged" for the same file', () => {
    const first = run([seedPath.pathname, '--slug', 'plateau-report']);
    expect(first.code, first.stderr).toBe(0);
    const out = first.stdout;
    expect(out).toContain('Created plateau-report (revision 1, draft).');
    expect(out).toMatch(/ {2}speakers \(12\):\n {4}Bob McGrew \(former OpenAI\) — (matched|created)\n/);
    expect(out).toMatch(/ {4}Joelle Pineau \(Cohere Chief Scientist\) — (matched|created)\n/);
    expect(out).toMatch(/ {2}interviews \(4\):\n {4}Uncapped #46 · Brad Lightcap from OpenAI — (matched|created); written as "Uncapped #46 Brad Lightcap from OpenAI", "Uncapped #46"\n/);
    expect(out).toContain('  quotes (17):\n');
    expect(out).toContain('    line 90: Ari Morcos (inferred) — "Data is the most under-invested in area of research relative to its impact, and "');
    expect(out).toContain('    line 71: Martin Casado / Sarah Wang · Inside AI\'s $10B+ Capital Flywheel — "This is probably also a unique time');
    expect(out).toContain('  line 81: speaker inferred, to confirm: Isa Fulford / Christina Kim, named on line 79: "OpenAI 的 Isa Fulford / Christina Kim');
    expect(out).toContain('  The header says 取材 9 篇访谈; the page cites 4 interviews');
    expect(out).toContain('  1 warnings, 10 inferred speakers to confirm');

    const again = run([seedPath.pathname, '--slug', 'plateau-report']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('Unchanged: plateau-report (revision 1, the topic already holds this document; nothing was written).');
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
