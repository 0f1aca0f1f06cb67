export type AffiliationStint = {
  organisation: string;
  startedOn: Date | null;
  endedOn: Date | null;
};

/**
 * What the page shows after a name: the current organisations ("OpenAI", "Cohere / Meta"),
 * or "former X" when every stint has ended, or null when nothing is known.
 * Stints are expected in the order the editor keeps them (position).
 */
export function affiliationLabel(stints: readonly AffiliationStint[]): string | null {
  const current = stints.filter((stint) => !stint.endedOn).map((stint) => stint.organisation);
  if (current.length > 0) return current.join(' / ');
  const latest = [...stints].sort((a, b) => (b.endedOn?.getTime() ?? 0) - (a.endedOn?.getTime() ?? 0))[0];
  return latest ? `former ${latest.organisation}` : null;
}
