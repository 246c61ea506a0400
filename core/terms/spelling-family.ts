/**
 * Spelling families: one key for the ways a name is romanised (Tokayev /
 * Tokaev / Toqayev, Nazarbayev / Nazarbaev, Zhanaozen / Janaozen, Mangystau /
 * Mangistau, Kassym / Qasym, Kyrgyzstan / Kirghizstan). Kazakh, Russian and
 * Kyrgyz names reach English through several transliteration systems and by
 * ear; the same few letter choices recur, so one fold covers most of them:
 *
 * - q -> k, kh -> k, gh -> g (Qasym, Kasym; Kazakhstan, Kazakstan; Darigha, Dariga);
 *   c before k dropped; a leading ye -> e (Yerlan, Erlan)
 * - zh, dzh, dj, j -> j (Zhanaozen, Janaozen, Djamila, Dzhamila)
 * - y -> i, and an i between two vowels is dropped (Tokayev, Tokaiev,
 *   Tokaev all -> tokaev; Mangystau -> mangistau)
 * - doubled letters count once (Kassym, Kasym; -iyev, -iev)
 * - w -> v (Kyzylorda is untouched; Ivanow, Ivanov)
 * - diacritics are folded by the caller (`wordKey`)
 *
 * Pure string work on one word's `wordKey` (lower case, no diacritics); the
 * guard rails (which names get a family, collisions with English words and
 * with other names) are the compiler's, in `spellingKeysFor`.
 */

/**
 * @example familyKey('toqayev') // 'tokaev'
 * @example familyKey('zhanaozen') === familyKey('janaozen') // true
 */
export function familyKey(key: string): string {
  const codes: number[] = [];
  for (let i = 0; i < key.length; i++) codes.push(key.charCodeAt(i));
  const n = foldFamilyCodes(codes, codes.length);
  return String.fromCharCode.apply(null, codes.slice(0, n));
}

const CODE = (ch: string) => ch.charCodeAt(0);
const [A, C, D, E, G, H, I, J, K, O, Q, U, V, W, Y, Z] = [...'acdeghijkoquvwyz'].map(CODE) as [
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
];
const isVowel = (x: number) => x === A || x === E || x === I || x === O || x === U;

/**
 * `familyKey` on char codes, in place: folds `codes[0..length)` and returns
 * the new length. The page matcher calls it for capitalised words, so it
 * allocates nothing and has no closures; each rule is one pass over the word,
 * in the order the doc lists them (a later rule sees an earlier one's output).
 */
export function foldFamilyCodes(codes: number[], length: number): number {
  let n = length;
  // dzh, zh, dj -> j
  let m = 0;
  for (let x = 0; x < n;) {
    const c0 = codes[x]!;
    const c1 = x + 1 < n ? codes[x + 1]! : -1;
    if (c0 === D && c1 === Z && x + 2 < n && codes[x + 2] === H) {
      codes[m++] = J;
      x += 3;
    } else if ((c0 === Z && c1 === H) || (c0 === D && c1 === J)) {
      codes[m++] = J;
      x += 2;
    } else codes[m++] = codes[x++]!;
  }
  n = m;
  n = foldPair(codes, n, K, H, K);
  n = foldPair(codes, n, G, H, G);
  for (let x = 0; x < n; x++) if (codes[x] === Q) codes[x] = K;
  n = foldPair(codes, n, C, K, K);
  for (let x = 0; x < n; x++) {
    if (codes[x] === W) codes[x] = V;
    else if (codes[x] === Y) codes[x] = I;
  }
  // A leading ie -> e (Yerlan, Erlan).
  const from = n >= 2 && codes[0] === I && codes[1] === E ? 1 : 0;
  // An i between vowels is a glide some systems write and others do not (Tokaiev, Tokaev).
  m = 0;
  for (let x = from; x < n;) {
    const c0 = codes[x]!;
    if (c0 !== I && isVowel(c0) && x + 2 < n && codes[x + 1] === I && isVowel(codes[x + 2]!)) {
      codes[m++] = c0;
      x += 2;
    } else codes[m++] = codes[x++]!;
  }
  n = m;
  // Doubled letters once (Kassym, Kasym; -iiev -> -iev).
  m = 0;
  for (let x = 0; x < n; x++) if (m === 0 || codes[x] !== codes[m - 1]) codes[m++] = codes[x]!;
  return m;
}

/** Rewrites each pair `first second` as `to`, left to right; returns the new length. */
function foldPair(codes: number[], n: number, first: number, second: number, to: number): number {
  let m = 0;
  for (let x = 0; x < n;) {
    if (codes[x] === first && x + 1 < n && codes[x + 1] === second) {
      codes[m++] = to;
      x += 2;
    } else codes[m++] = codes[x++]!;
  }
  return m;
}

/** Minimum length (in letters) of a word that may be matched by its family. */
export const MIN_FAMILY_WORD = 5;
