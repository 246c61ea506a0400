/**
 * Text normalisation shared by the matcher, the index and the term extractor.
 */

const NON_ASCII = /[^\u0000-\u007f]/u;
const COMBINING_MARKS = /\p{M}+/gu;

/**
 * Removes diacritics (Toqaýev -> Toqayev). Cheap on ASCII input, which is
 * the common case on the pages we scan.
 *
 * @example foldDiacritics('Qasym-Jomart Toqaýev') // 'Qasym-Jomart Toqayev'
 */
export function foldDiacritics(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  return text.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
}

/** URL-safe slug of a name: `Kassym-Jomart Tokayev` -> `kassym-jomart-tokayev`. */
export function slugify(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/['\u2019]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}
