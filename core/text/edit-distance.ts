/**
 * Levenshtein distance between two strings (insertions, deletions,
 * substitutions), one row of memory.
 *
 * `maxLengthGap`: strings whose lengths differ by more cannot be close for
 * the caller; they get 99 without the quadratic work (name suggestions use
 * 4; pass `Infinity` for the exact distance of any pair).
 *
 * @example editDistance('Tokaev', 'Tokayev') // 1
 */
export function editDistance(a: string, b: string, maxLengthGap = 4): number {
  if (Math.abs(a.length - b.length) > maxLengthGap) return 99;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
