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
  let s = key
    .replace(/dzh|zh|dj/gu, 'j')
    .replace(/kh/gu, 'k')
    .replace(/gh/gu, 'g')
    .replace(/q/gu, 'k')
    .replace(/ck/gu, 'k')
    .replace(/w/gu, 'v')
    .replace(/y/gu, 'i')
    .replace(/^ie/u, 'e');
  // An i between vowels is a glide that some systems write and others do not (Tokaiev, Tokaev).
  s = s.replace(/([aeou])i(?=[aeiou])/gu, '$1');
  // Doubled letters once (Kassym, Kasym; Nazarbaiev after the glide rule, -iiev -> -iev).
  s = s.replace(/(.)\1+/gu, '$1');
  return s;
}

/** Minimum length (in letters) of a word that may be matched by its family. */
export const MIN_FAMILY_WORD = 5;
