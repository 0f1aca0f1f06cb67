/** A name as duplicates are detected by: case, width, accents and spacing ignored. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s.\-_·]+/g, ' ')
    .trim();
}
