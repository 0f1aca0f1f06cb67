// Timings for issue-level targets: importing the reference page and a generated 400-quote
// document, and backing up and restoring a site of BENCH_TOPICS (default 1,000) topics.
// Runs against the throw-away databases lib/cli/run-import-bench.mjs prepares.
import { readFileSync } from 'node:fs';
import { PrismaPg } from '@prisma/adapter-pg';
import type { Database } from '@/lib/db';
import { backupSite, restoreSite } from '@/lib/backup/backup';
import { exportTopic } from '@/lib/export/topic-export';
import { writeLargeTopic } from '@/lib/fixtures/large-topic';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { inferSpeakers } from '@/lib/import/infer-speakers';
import { pageInterviews } from '@/lib/import/page-interviews';
import { parseTopicText } from '@/lib/import/parse-topic-text';
import { readTopicDocument } from '@/lib/import/read-topic-document';
import { writeImportedTopic } from '@/lib/import/write-imported-topic';
import { HOSTILE_DOCUMENTS } from '@/lib/testing/hostile-documents';

const client = (url: string) =>
  new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 4 }), omit: { user: { passwordHash: true } } }) as unknown as Database;

const source = client(process.env.SOURCE_URL!);
const target = client(process.env.TARGET_URL!);
const topics = Number(process.env.BENCH_TOPICS ?? 1000);

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, Math.round(performance.now() - started)];
}

/** Reading a hostile document (parse, speaker inference, interview merging): wall and CPU time, best of three. */
function hostileTimings() {
  return HOSTILE_DOCUMENTS.map(({ name, make }) => {
    const text = make();
    const runs = [0, 1, 2].map(() => {
      const wall = performance.now();
      const cpu = process.cpuUsage();
      let outcome = 'parsed';
      try {
        const topic = readTopicDocument(text);
        inferSpeakers(topic);
        pageInterviews(topic);
      } catch (error) {
        outcome = `refused: ${(error as Error).message}`;
      }
      const used = process.cpuUsage(cpu);
      return { outcome, wallMs: Math.round(performance.now() - wall), cpuMs: Math.round((used.user + used.system) / 1000) };
    });
    const best = runs.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));
    return { name, bytes: Buffer.byteLength(text), ...best, worstWallMs: Math.max(...runs.map((r) => r.wallMs)) };
  });
}

try {
  const hostile = hostileTimings();
  const seed = readFileSync('lib/import/fixtures/performance-plateau.txt', 'utf8');
  const [, seedMs] = await timed(() => writeImportedTopic(source, parseTopicText(seed), { publish: true, authorId: null }));

  await writeLargeTopic(source, { slug: 'bench-400-quotes', camps: 20, quotes: 400 });
  const large = (await exportTopic(source, 'bench-400-quotes', { format: 'txt', version: 'draft' })).body;
  const [largeReport, largeMs] = await timed(() =>
    writeImportedTopic(source, parseTopicText(large), { slug: 'bench-400-quotes-imported', publish: true, authorId: null }),
  );

  const [, generateMs] = await timed(async () => {
    for (let i = 0; i < topics; i += 1) {
      await writeLargeTopic(source, { slug: `bench-site-${i}`, camps: 2, quotes: 4, speakers: 4, interviews: 2 });
    }
  });
  const [backup, backupMs] = await timed(() => backupSite(source, { withPasswordHashes: true }));
  const bytes = Buffer.byteLength(JSON.stringify(backup));
  const [, restoreMs] = await timed(() => restoreSite(target, JSON.parse(JSON.stringify(backup))));

  console.log(
    JSON.stringify({
      importSeedMs: seedMs,
      import400QuotesMs: largeMs,
      import400Quotes: { quotes: largeReport.counts.quotes, camps: largeReport.counts.camps, lines: large.split('\n').length },
      site: { topics: backup.tables.Topic.length, revisions: backup.tables.Revision.length, rows: Object.values(backup.tables).reduce((n, rows) => n + rows.length, 0), backupBytes: bytes, generateMs },
      backupMs,
      restoreMs,
      hostile,
    }),
  );
} finally {
  await source.$disconnect();
  await target.$disconnect();
}
