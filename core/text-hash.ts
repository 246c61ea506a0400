/**
 * FNV-1a (32-bit) of a string's UTF-16 code units: cheap, stable across builds and browsers.
 * One definition for the card shards (which shard holds a term) and the library snapshot's
 * key (which bundled corpus it was merged with).
 */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
