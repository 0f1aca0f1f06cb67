/** Words as a listener counts them: whitespace-separated words, and each Chinese character. */
export function countWords(text: string): number {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const other = text.replace(/\p{Script=Han}/gu, ' ').split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return han + other;
}
