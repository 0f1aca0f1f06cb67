import 'server-only';
import type { Database } from '@/lib/db';
import { normaliseName } from '@/lib/library/names';

/**
 * Another live speaker whose name or alias matches any of `names` once normalised (case,
 * spacing and punctuation ignored) — the library's duplicate check. The normalisation is
 * done in SQL as normaliseName does it, so this is one query whatever the library's size.
 * `excludeIds`: the record itself, and records the analyst said are a different person.
 */
export async function findSpeakerTwin(db: Database, names: string[], excludeIds: string[] = []): Promise<{ id: string; name: string } | null> {
  const wanted = [...new Set(names.map(normaliseName).filter(Boolean))];
  if (wanted.length === 0) return null;
  const rows = await db.$queryRaw<{ id: string; name: string }[]>`
    SELECT id, name FROM "Speaker"
    WHERE "deletedAt" IS NULL AND "mergedIntoId" IS NULL AND id <> ALL(${excludeIds}::text[])
      AND (btrim(regexp_replace(lower(name), '[[:space:]._·-]+', ' ', 'g')) = ANY(${wanted}::text[])
        OR EXISTS (SELECT 1 FROM unnest(aliases) AS alias
                   WHERE btrim(regexp_replace(lower(alias), '[[:space:]._·-]+', ' ', 'g')) = ANY(${wanted}::text[])))
    LIMIT 1`;
  return rows[0] ?? null;
}
