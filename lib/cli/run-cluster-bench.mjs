#!/usr/bin/env node
// `npm run bench:cluster`: two app instances of one build on one database, sharing Redis (the
// Next cache handler) and their secrets, behind nginx — checked for what a second server must
// not break:
//   1. a publish on instance A is visible through instance B within 1 s (B had the old page
//      cached, in its microcache or Next's), PUBLISHES times
//   2. search results B had cached show a publish on A within 1 s (lists are refreshed
//      stale-while-revalidate: B answers once from its copy while it renders a fresh one)
//   3. a session signed in on A works on B (an editor page and a server action)
//   4. the sign-in throttle is shared: failures on A and B count together
//   5. through nginx: sign in, save, publish and read, every request answered
// Pass/fail per check; exits non-zero when one fails. Report in reports/cluster.{json,md}.
import { ensureDependencies } from './ensure-dependencies.mjs';

ensureDependencies();
const { ensureBuild } = await import('./build.mjs');
const { startAppCluster } = await import('./app-cluster.mjs');
const { actionIds, attemptSignIn, callAction, signIn } = await import('./app-client.mjs');
// Demo passwords known to this run (set in the environment the seed it runs inherits).
const DEMO_ACCOUNTS = (await import('./demo-logins.mjs')).testDemoAccounts();
const { prepareTestDatabase } = await import('../testing/test-database.mjs');
const { databaseLabel, checkList, runTypeScriptJson, writeBenchReport } = await import('./bench-support.mjs');

const DIST = '.next-test';
const PUBLISHES = Number(process.env.CLUSTER_PUBLISHES ?? 10);
const VISIBLE_WITHIN_MS = 1_000;
const account = (role) => DEMO_ACCOUNTS.find((a) => a.role === role);

/** Polls `url` until its HTML contains `text`; returns the milliseconds since `started`, or null. */
async function msUntilVisible(url, text, started, limitMs = 5_000) {
  for (;;) {
    const html = await fetch(url).then((response) => response.text());
    const elapsed = performance.now() - started;
    if (html.includes(text)) return Math.round(elapsed);
    if (elapsed > limitMs) return null;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const database = await prepareTestDatabase('bench_cluster');
let cluster;
const { checks, check, table, failed } = checkList();
try {
  const env = { DATABASE_URL: database.url, DATABASE_POOL_MAX: database.embedded ? '4' : '10', NEXT_DIST_DIR: DIST };
  console.log('▶ Fixtures, a production build, two instances, nginx in front');
  const { topics } = await runTypeScriptJson('lib/bench/load-fixtures.ts', { ...env, LOAD_ANALYSTS: '1' });
  const [topic] = topics;
  await ensureBuild(env);
  cluster = await startAppCluster({ instances: 2, env });
  const [a, b] = cluster.servers.map((server) => server.url);
  const ids = actionIds(DIST);
  const SAVE = ids['app/(editor)/editor/topics/[id]/actions.ts#saveDraftAction'];
  const PUBLISH = ids['app/(editor)/editor/topics/[id]/actions.ts#publishAction'];
  const editorPath = `/editor/topics/${topic.id}`;
  const pagePath = `/topics/${topic.slug}`;
  const analyst = account('ANALYST');

  let base = topic.document;
  let version = topic.version;
  /** Saves a new statement for the first consensus point on `server`, then publishes it there. */
  const saveAndPublish = async (server, cookie, statement) => {
    const point = base.consensus[0];
    const changes = [{ op: 'item', type: 'point', id: point.id, base: { id: point.id, statement: point.statement }, next: { id: point.id, statement } }];
    const save = await callAction(server, cookie, SAVE, editorPath, [{ topicId: topic.id, baseVersion: version, changes, reason: 'save' }]);
    if (save.result?.status !== 'saved') throw new Error(`save on ${server}: ${save.status} ${JSON.stringify(save.result)?.slice(0, 200)}`);
    version = save.result.version;
    const publish = await callAction(server, cookie, PUBLISH, editorPath, [{ topicId: topic.id, expectedVersion: version, changelogLine: statement }]);
    if (publish.result?.status !== 'success') throw new Error(`publish on ${server}: ${publish.status} ${JSON.stringify(publish.result)?.slice(0, 200)}`);
    version = publish.result.result.version;
    base = publish.result.result.document;
    return save.status;
  };

  // Where B answered from: its microcache (lib/microcache) or Next's cache, shared through Redis.
  const cachedOn = (response) =>
    response.headers.get('x-microcache') === 'HIT' ? 'microcache' : response.headers.get('x-nextjs-cache') === 'HIT' ? 'Next' : null;

  console.log(`▶ ${PUBLISHES} publishes on A, each read back through B`);
  const cookieA = await signIn(a, analyst.email, analyst.password);
  const delays = [];
  let cachedBefore = 0;
  let inMicrocache = 0;
  for (let i = 0; i < PUBLISHES; i += 1) {
    // B serves the current page from the shared cache before the publish...
    await fetch(`${b}${pagePath}`).then((r) => r.text());
    const warm = await fetch(`${b}${pagePath}`);
    await warm.text();
    if (cachedOn(warm)) cachedBefore += 1;
    if (cachedOn(warm) === 'microcache') inMicrocache += 1;
    // ...and must show the new one right after it.
    const statement = `cluster publish ${i} ${Date.now()}`;
    await saveAndPublish(a, cookieA, statement);
    delays.push(await msUntilVisible(`${b}${pagePath}`, statement, performance.now()));
  }
  const worst = delays.includes(null) ? null : Math.max(...delays);
  check(
    'publish on A visible through B',
    worst !== null && worst <= VISIBLE_WITHIN_MS && cachedBefore === PUBLISHES,
    `${PUBLISHES} publishes; B had the old page cached ${cachedBefore}/${PUBLISHES} times (${inMicrocache} of them in its microcache); visible after ${delays.join(', ')} ms (worst ${worst ?? 'never'}; target ≤ ${VISIBLE_WITHIN_MS})`,
  );

  console.log('▶ Search results cached on B, then a publish on A');
  const token = `refresh${Date.now().toString(36)}`;
  const searchPath = `/search?q=${token}`;
  const topicLink = `href="/topics/${topic.slug}`;
  await fetch(`${b}${searchPath}`).then((r) => r.text());
  const cachedSearch = await fetch(`${b}${searchPath}`);
  const before = await cachedSearch.text();
  await saveAndPublish(a, cookieA, `list refresh ${token}`);
  const listDelay = await msUntilVisible(`${b}${searchPath}`, topicLink, performance.now());
  check(
    'search results cached on B show a publish on A',
    cachedOn(cachedSearch) !== null && !before.includes(topicLink) && listDelay !== null && listDelay <= VISIBLE_WITHIN_MS,
    `B had "${token}" cached (${cachedOn(cachedSearch) ?? 'not cached'}, ${before.includes(topicLink) ? 'already listing the topic' : 'no result'}); the topic listed after ${listDelay ?? 'never'} ms (target ≤ ${VISIBLE_WITHIN_MS})`,
  );

  console.log('▶ A session from A on B');
  const editorOnB = await fetch(`${b}${editorPath}`, { headers: { Cookie: cookieA }, redirect: 'manual' });
  await editorOnB.text();
  check('session signed in on A opens the editor on B', editorOnB.status === 200, `GET ${editorPath} on B → ${editorOnB.status}`);
  const statementOnB = `saved on B ${Date.now()}`;
  const saveOnB = await saveAndPublish(b, cookieA, statementOnB).then(
    (status) => ({ ok: true, detail: `save and publish on B with A's session → HTTP ${status}` }),
    (error) => ({ ok: false, detail: error.message }),
  );
  check('server actions on B with a session from A', saveOnB.ok, saveOnB.detail);
  const onA = await msUntilVisible(`${a}${pagePath}`, statementOnB, performance.now());
  check('publish on B visible through A', onA !== null && onA <= VISIBLE_WITHIN_MS, `after ${onA ?? 'never'} ms`);

  console.log('▶ Through nginx');
  const front = cluster.url;
  const cookieFront = await signIn(front, analyst.email, analyst.password);
  const statementFront = `through nginx ${Date.now()}`;
  const frontFlow = await saveAndPublish(front, cookieFront, statementFront).then(
    () => ({ ok: true }),
    (error) => ({ ok: false, detail: error.message }),
  );
  const statuses = await Promise.all(Array.from({ length: 200 }, (_, i) => fetch(`${front}${i % 2 ? pagePath : '/'}`).then(async (r) => (await r.text(), r.status))));
  const notOk = statuses.filter((status) => status !== 200).length;
  const frontPage = await fetch(`${front}${pagePath}`).then((r) => r.text());
  check(
    'sign in, save, publish and read through nginx',
    frontFlow.ok && notOk === 0 && frontPage.includes(statementFront),
    frontFlow.ok ? `200 reads: ${notOk} not 200; the published text ${frontPage.includes(statementFront) ? 'is' : 'is NOT'} on the page` : frontFlow.detail,
  );

  console.log('▶ The sign-in throttle across instances');
  // The reader account: the analyst is still needed above. Five wrong passwords, alternating.
  const reader = account('READER');
  const failures = [];
  for (let i = 0; i < 5; i += 1) failures.push((await attemptSignIn(i % 2 ? b : a, reader.email, 'not the password at all')).error);
  const afterwards = await attemptSignIn(b, reader.email, reader.password);
  check(
    'sign-in throttle shared by A and B',
    !afterwards.cookie && String(afterwards.error).startsWith('throttled'),
    `5 failures on A and B (${failures.join(', ')}); then the right password on B → ${afterwards.cookie ? 'signed in (throttle not shared)' : afterwards.error}`,
  );

  const report = { at: new Date().toISOString(), database: databaseLabel(database), instances: 2, publishes: PUBLISHES, visibleAfterMs: delays, checks };
  const markdown = [
    `# Two app instances behind nginx (${report.at}, ${report.database})`,
    '',
    'One build started twice, one database, Redis as the shared Next cache handler, one NEXTAUTH_SECRET, nginx balancing (least connections).',
    '',
    ...table(),
    '',
  ].join('\n');
  writeBenchReport('cluster', report, markdown);
  if (failed()) process.exitCode = 1;
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await cluster?.stop();
  await database.dispose();
}
