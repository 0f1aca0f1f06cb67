// Inside changed text, a diff a reader can follow: whole words for Latin script, single
// characters for Chinese (which has no spaces between words), and punctuation on its own.
export type TextChange = { op: 'same' | 'added' | 'removed'; text: string };

const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}_'’-]+|\s+|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Longest-common-subsequence diff over tokens, merged into runs. */
export function diffText(before: string, after: string): TextChange[] {
  const a = tokenize(before);
  const b = tokenize(after);
  // Trim the common ends first: most edits touch a small part of a long text.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const lengths = Array.from({ length: midA.length + 1 }, () => new Uint32Array(midB.length + 1));
  for (let i = midA.length - 1; i >= 0; i -= 1) {
    for (let j = midB.length - 1; j >= 0; j -= 1) {
      lengths[i]![j] = midA[i] === midB[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const out: TextChange[] = [];
  const push = (op: TextChange['op'], text: string) => {
    const last = out.at(-1);
    if (last?.op === op) last.text += text;
    else out.push({ op, text });
  };
  a.slice(0, start).forEach((token) => push('same', token));
  let i = 0;
  let j = 0;
  while (i < midA.length && j < midB.length) {
    if (midA[i] === midB[j]) {
      push('same', midA[i]!);
      i += 1;
      j += 1;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) {
      push('removed', midA[i++]!);
    } else {
      push('added', midB[j++]!);
    }
  }
  while (i < midA.length) push('removed', midA[i++]!);
  while (j < midB.length) push('added', midB[j++]!);
  a.slice(endA).forEach((token) => push('same', token));
  return out;
}
