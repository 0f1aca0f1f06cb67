import { createHash } from 'node:crypto';

// A topic's rows in a derived table (its search text, its appearances), replaced by the rows
// of a new version with as few writes as possible: a row whose content is unchanged stays as
// it is, with its index entries, and only rows that differ are deleted and inserted. A publish
// of a 400-quote topic that changed one paragraph writes a few rows, not a thousand and more
// (and their trigram and character-pair index entries).

/** What a row says, hashed: every field but those named in `ignore` (its id, its time). */
export function fingerprint(row: Record<string, unknown>, ignore: readonly string[]): string {
  const hash = createHash('sha256');
  for (const key of Object.keys(row).sort()) {
    if (ignore.includes(key)) continue;
    hash.update(key).update('\u0000').update(JSON.stringify(row[key] ?? null)).update('\u0001');
  }
  return hash.digest('base64url');
}

/**
 * Which existing rows to delete and which new rows to insert, so that the table holds exactly
 * `next` (as a multiset: two identical passages are two rows).
 */
export function planSync<Row extends { fingerprint: string }>(existing: { id: string; fingerprint: string }[], next: Row[]) {
  const kept = new Map<string, string[]>();
  for (const row of existing) kept.set(row.fingerprint, [...(kept.get(row.fingerprint) ?? []), row.id]);
  const insert: Row[] = [];
  for (const row of next) {
    const ids = kept.get(row.fingerprint);
    if (ids?.length) ids.pop();
    else insert.push(row);
  }
  return { remove: [...kept.values()].flat(), insert };
}
