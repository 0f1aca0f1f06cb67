// The Markdown of reports/scale.md, from the JSON lib/bench/scale.ts prints (kept apart from
// the runner so a report can be rendered again from reports/scale.json).

const n = (value) => value.toLocaleString('en-US');

/** Issue 23, part 3: how the positions fixtures were written and what they hold. */
function positionsSection(report) {
  const p = report.positions;
  if (!p) return [];
  return [
    '## Speakers who move (issue 23, part 3)',
    '',
    `Written through the publishing path (lib/bench/position-fixtures.ts): a 4-camp, 40-quote topic published ${n(p.historyVersions)} times, a speaker ` +
      `changing camp at every publish (${n(p.historyMoves)} speaker changes in its history), and one speaker in ${n(p.speakerTopics)} topics, moved from ` +
      `camp A to camp B in version 2 of each (${n(p.writeMs)} ms). ${p.indexedGenerated ? `The generated site's ${n(p.indexedGenerated)} published versions, written with SQL, got their speakers' positions as a migrated database does (prisma/after-migrate.ts) in ${n(p.backfillMs)} ms. ` : ''}` +
      `${n(p.positionRows)} position rows in all. The measurements are the rows of the reader table above whose names start with "topic history", "speaker page, … topics" and "/speakers".`,
    '',
  ];
}

/** `BENCH_SCALE_FOCUS=positions`: the part 3 measurements alone, on a site holding only their fixtures. */
function renderFocusedReport(report) {
  const { targets, measurements } = report;
  return [
    `# Scale benchmark, speakers who move only (${report.at}, ${report.database})`,
    '',
    'Run with `BENCH_SCALE_FOCUS=positions npm run bench:scale`: the rest of the site is not generated (see reports/scale.md for the full run).',
    '',
    `Reader pages (target: p95 < ${targets.reader} ms):`,
    '',
    '| measurement | p50 ms | p95 ms | max ms | target p95 | |',
    '|---|---|---|---|---|---|',
    ...measurements.map((m) => `| ${m.name} | ${m.p50Ms} | ${m.p95Ms} | ${m.maxMs} | < ${m.targetMs} | ${m.met ? 'met' : '**MISSED**'} |`),
    '',
    ...positionsSection(report),
  ].join('\n');
}

/** @param {any} report the runner's report: { at, database, ...lib/bench/scale.ts output } */
export function renderScaleReport(report) {
  if (report.focus) return renderFocusedReport(report);
  const { counts, targets, measurements } = report;
  const missed = measurements.filter((m) => !m.met);
  const row = (m) => `| ${m.name} | ${m.p50Ms} | ${m.p95Ms} | ${m.maxMs} | < ${m.targetMs} | ${m.met ? 'met' : '**MISSED**'} |`;
  const table = (group, title) => [
    `${title} (target: p95 < ${targets[group]} ms):`,
    '',
    '| measurement | p50 ms | p95 ms | max ms | target p95 | |',
    '|---|---|---|---|---|---|',
    ...measurements.filter((m) => m.group === group).map(row),
    '',
  ];
  return [
    `# Scale benchmark (${report.at}, ${report.database})`,
    '',
    `Generated in ${n(report.generateMs)} ms (${report.databaseSize}): ${n(counts.topics)} topics (${n(counts.publishedTopics)} published), ` +
      `${n(counts.revisions)} revisions (the hot topic has ${n(counts.hotTopicRevisions)}), ${n(counts.quotes)} quotes, ${n(counts.speakers)} speakers, ` +
      `${n(counts.interviews)} interviews, ${n(counts.blocks)} blocks, ${n(counts.appearances)} appearances, ${n(counts.searchEntries)} search entries ` +
      '(lib/fixtures/scale-data.ts, shared with bench:sources and the query-plan test).',
    '',
    'Server time of the data functions each page calls (lib/bench/scale.ts), one request at a time; runs are spread over many topics, ' +
      'speakers and interviews. Rendering is not included: the browser side is in bench:editor and bench:reader, the diff of a 400-quote topic in bench:revisions.',
    '',
    ...table('reader', 'Reader pages'),
    `Sitemap rows: ${n(report.homeRows)}. Search hits (at most 80): ${Object.entries(report.searchRows).map(([q, hits]) => `${q} ${hits}`).join('; ')}.`,
    '',
    ...table('editor', 'Editor actions'),
    ...positionsSection(report),
    '## Cached topic page',
    '',
    report.cached.measurable
      ? 'The data cache answered outside Next; see the measurements.'
      : `Not measured here: the page's data cache (\`unstable_cache\` in lib/topics/cached-queries.ts) only runs inside a Next server ("${report.cached.reason}"), ` +
        "and a cached page is served from Next's route cache as HTML without calling any data function. It is measured over HTTP against a production build by " +
        '`npm run bench:reader` (reports/reader.md); the uncached figure above is what a cache miss or a revalidation after a publish costs.',
    '',
    '## Result',
    '',
    missed.length ? `Missed: ${missed.map((m) => m.name).join('; ')}.` : 'Every target met.',
    '',
    'The home page shows the fifty newest topics a page at a time (`listPublishedTopicPage`); a list of every published topic read each ' +
      "one's published document for its titles (9,000 documents, ~70 MB of JSON, p95 1.5 s at this size), and the sitemap now reads addresses and dates only.",
    '',
    'Found and fixed at this size (migration 20261129070519_scale_search_indexes): site search scanned all 189,000 search entries for a common word ' +
      '(200–330 ms) and any two-character Chinese word, which trigram indexes cannot look up; the results are now read in the order of an index on ' +
      '(weight, publishedAt, id), and words trigrams cannot find go through a GIN index of lower-cased character pairs kept by triggers ' +
      '(also on speakers, interviews and topic titles). The quote library\'s topic filter joined every block of the site; it now looks up the ' +
      'topics\' quote ids through indexes first.',
    '',
  ].join('\n');
}
