export type DiffLine = { op: '+' | '-' | ' '; text: string };

/** A line diff by longest common subsequence: what a re-import changes, in the order it appears. */
export function diffLines(before: string[], after: string[]): DiffLine[] {
  const n = before.length;
  const m = after.length;
  // lengths[i][j]: LCS length of before[i..] and after[j..]
  const lengths = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      lengths[i]![j] = before[i] === after[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (before[i] === after[j]) {
      out.push({ op: ' ', text: before[i]! });
      i += 1;
      j += 1;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) {
      out.push({ op: '-', text: before[i]! });
      i += 1;
    } else {
      out.push({ op: '+', text: after[j]! });
      j += 1;
    }
  }
  while (i < n) out.push({ op: '-', text: before[i++]! });
  while (j < m) out.push({ op: '+', text: after[j++]! });
  return out;
}
