// `npm run provenance -- <slug> [--anchor] [--publish] [--json]`
// Every quote of a topic with its provenance status, interview and time range. --anchor first
// anchors each quote found exactly once in its interview's transcripts (as "find in
// transcripts" does) and lists the rest; --publish then publishes the topic, if it was
// published before, through the publishing path the editor uses.
import { parseArgs } from 'node:util';
import { getDb } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { loadDraftDocument } from '@/lib/topics/draft-document';
import { proposeAnchors, writeAcceptedAnchors, type AnchorProposal, type KnownTranscripts } from './find-anchors';
import { publishTopic } from '@/lib/publishing/publish-topic';
import { provenanceReport, type ProvenanceRow } from './report';

const USAGE = 'usage: npm run provenance -- <slug> [--anchor] [--publish] [--json]';
function readArgs() {
  try {
    return parseArgs({ allowPositionals: true, options: { anchor: { type: 'boolean', default: false }, publish: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } } });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(1);
  }
}
const { values, positionals } = readArgs();

function fail(message: string): never {
  if (values.json) console.log(JSON.stringify({ ok: false, error: message }));
  else console.error(message);
  process.exit(1);
}

const seconds = (value: number | null) => (value === null ? '—' : value.toFixed(1));
const excerpt = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

function describeRow(row: ProvenanceRow) {
  const interview = row.interview ? `${row.interview.show} · ${row.interview.episodeTitle}` : '(no interview)';
  const status = `${row.status}${row.againstTranslation ? ' (translation)' : ''}${row.differenceNote ? ` — ${row.differenceNote}` : ''}`;
  return `  ${status.padEnd(16)} ${seconds(row.startSeconds).padStart(8)}–${seconds(row.endSeconds).padEnd(8)} ${interview}\n      ${row.where}: "${excerpt(row.text)}"`;
}

const [slug] = positionals;
if (!slug) fail(USAGE);
const db = getDb();
try {
  const topic = await db.topic.findFirst({ where: { slug, deletedAt: null }, select: { id: true, status: true } });
  if (!topic) fail(`No topic with the address ${slug}.`);
  let anchoring: { anchored: number; ambiguous: AnchorProposal[]; notFound: AnchorProposal[] } | null = null;
  if (values.anchor) {
    const known: KnownTranscripts = new Map();
    const proposals = await proposeAnchors(db, (await loadDraftDocument(db, topic.id))!, known);
    const unique = proposals.filter((p) => p.kind === 'unique');
    const written = await db.$transaction(
      (tx: Prisma.TransactionClient) => writeAcceptedAnchors(tx, unique.map((p) => ({ quoteId: p.quoteId, ...p.candidates[0]! })), known),
      { timeout: 120_000 },
    );
    anchoring = { anchored: written.anchored.length, ambiguous: proposals.filter((p) => p.kind === 'ambiguous'), notFound: proposals.filter((p) => p.kind === 'none') };
  }
  let published: number | null = null;
  if (values.publish) {
    if (topic.status !== 'PUBLISHED') fail(`${slug} was never published; publish it from the editor first (--publish only republishes).`);
    // The one publishing path, with its rules (a quote that differs needs a reason first).
    published = (await publishTopic(db, { topicId: topic.id, publisher: { userId: null, via: 'command-line' }, message: '发布 · Published (provenance)' })).publishNumber;
  }
  const rows = await provenanceReport(db, (await loadDraftDocument(db, topic.id))!);
  if (values.json) {
    console.log(JSON.stringify({ ok: true, slug, quotes: rows.map(({ diff, ...row }) => ({ ...row, diff })), anchoring, published }));
  } else {
    const counts = rows.reduce<Record<string, number>>((all, row) => ({ ...all, [row.status]: (all[row.status] ?? 0) + 1 }), {});
    console.log(`${slug}: ${rows.length} quotes — ${Object.entries(counts).map(([s, n]) => `${n} ${s}`).join(', ') || 'none'}`);
    if (anchoring) {
      console.log(`Anchored ${anchoring.anchored}; ${anchoring.ambiguous.length} found more than once, ${anchoring.notFound.length} not found:`);
      for (const p of anchoring.ambiguous) console.log(`  ambiguous (${p.candidates.length} places) ${p.where}: "${excerpt(p.text)}"`);
      for (const p of anchoring.notFound) console.log(`  not found ${p.where}: "${excerpt(p.text)}"`);
    }
    for (const row of rows) console.log(describeRow(row));
    if (published !== null) console.log(`Published version ${published}.`);
  }
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
} finally {
  await db.$disconnect();
}
