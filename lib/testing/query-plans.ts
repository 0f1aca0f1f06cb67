// EXPLAINs statements captured at the driver (lib/db-query-counter.ts `calls`) with their own
// parameters, and reports the sequential scans of tables that grow with the content.
import type pg from 'pg';

/**
 * Tables with rows per quote, block, revision, appearance, search entry or audit event
 * (hundreds of thousands at the size of issue 9; prisma/schema.prisma): a hot path never
 * scans them.
 */
export const LARGE_TABLES = ['Revision', 'Block', 'Quote', 'QuoteSpeaker', 'PublishedAppearance', 'SearchEntry', 'AuditEvent'] as const;

/**
 * Tables with a row, or a few, per topic, speaker or interview (thousands to tens of
 * thousands). The planner may still scan one when that is cheaper than the index — fifty ids
 * out of 2,000 interviews — but only if an index condition could reach the rows instead
 * (re-planned with bitmap scans only), so that it switches to the index as the table grows.
 * User and SignInThrottle (a few rows) are free.
 */
export const MEDIUM_TABLES = [
  'Topic',
  'ConsensusPoint',
  'Camp',
  'CampMember',
  'EditorView',
  'TopicListItem',
  'TopicSource',
  'TopicLink',
  'ChangelogEntry',
  'SlugRedirect',
  'Speaker',
  'SpeakerAffiliation',
  'Interview',
] as const;

export type Call = { text: string; values: unknown[] };
export type ScanFinding = { text: string; values: unknown[]; tables: string[]; plan: string };

/** Transaction control and session settings have no plan. */
const NO_PLAN = /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|SET|SHOW|DEALLOCATE)\b/i;

type PlanNode = {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  Plans?: PlanNode[];
};

const walk = (node: PlanNode, visit: (node: PlanNode) => void) => {
  visit(node);
  for (const child of node.Plans ?? []) walk(child, visit);
};

function seqScanned(plan: PlanNode, tables: ReadonlySet<string>) {
  const found = new Set<string>();
  walk(plan, (node) => {
    if (node['Node Type'] === 'Seq Scan' && node['Relation Name'] && tables.has(node['Relation Name'])) found.add(node['Relation Name']);
  });
  return found;
}

/** Every access to `table` in the plan goes through an index condition (a bitmap index scan). */
function reachedByIndexCondition(plan: PlanNode, table: string) {
  let ok = true;
  walk(plan, (node) => {
    if (node['Relation Name'] !== table) return;
    if (node['Node Type'] !== 'Bitmap Heap Scan') ok = false;
    else walk(node, (child) => (ok &&= child['Node Type'] !== 'Bitmap Index Scan' || Boolean(child['Index Cond'])));
  });
  return ok;
}

async function explain(client: pg.ClientBase, text: string, values: unknown[], format: 'json' | 'text', bitmapOnly = false) {
  if (bitmapOnly) {
    // Only bitmap scans left: they need an index condition, so a table still scanned (at the
    // "disabled" cost) has none; a whole-index walk cannot stand in for one either.
    await client.query('BEGIN');
    for (const setting of ['enable_seqscan', 'enable_indexscan', 'enable_indexonlyscan']) await client.query(`SET LOCAL ${setting} = off`);
  }
  try {
    const { rows } = await client.query({ text: `EXPLAIN (FORMAT ${format}) ${text}`, values });
    if (format === 'text') return rows.map((row: Record<string, string>) => row['QUERY PLAN']).join('\n');
    const raw = (rows[0] as Record<string, unknown>)['QUERY PLAN'];
    return ((typeof raw === 'string' ? JSON.parse(raw) : raw) as [{ Plan: PlanNode }])[0].Plan;
  } finally {
    if (bitmapOnly) await client.query('ROLLBACK');
  }
}

/**
 * EXPLAINs each distinct statement with its parameters, as the planner saw them, and returns
 * how many were explained, the plans that scan a large table or scan a medium one with no
 * index condition to use instead (`findings`), and the medium-table scans the planner chose
 * over a usable index (`tolerated`, for the record).
 */
export async function findSequentialScans(client: pg.ClientBase, calls: Call[]) {
  const large = new Set<string>(LARGE_TABLES);
  const medium = new Set<string>(MEDIUM_TABLES);
  const seen = new Set<string>();
  const findings: ScanFinding[] = [];
  const tolerated: ScanFinding[] = [];
  let explained = 0;
  for (const { text, values } of calls) {
    if (NO_PLAN.test(text)) continue;
    const key = `${text}\u0000${JSON.stringify(values)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const plan = (await explain(client, text, values, 'json')) as PlanNode;
    explained += 1;
    const bad = [...seqScanned(plan, large)];
    const scannedMedium = [...seqScanned(plan, medium)];
    const ok: string[] = [];
    if (scannedMedium.length) {
      const bitmapPlan = (await explain(client, text, values, 'json', true)) as PlanNode;
      for (const table of scannedMedium) (reachedByIndexCondition(bitmapPlan, table) ? ok : bad).push(table);
    }
    if (bad.length === 0 && ok.length === 0) continue;
    const finding = { text, values, tables: bad.length ? bad : ok, plan: (await explain(client, text, values, 'text')) as string };
    (bad.length ? findings : tolerated).push(finding);
  }
  return { explained, findings, tolerated };
}

/** A readable report: each offending statement, its parameters and its plan. */
export function describeFindings(findings: ScanFinding[]) {
  return findings
    .map((f, i) => `#${i + 1} Seq Scan on ${f.tables.join(', ')}\n${f.text.trim()}\nparameters: ${JSON.stringify(f.values).slice(0, 300)}\n${f.plan}`)
    .join('\n\n');
}
