/**
 * Near-identical passages (one wire text reposted by several posts or sites):
 * shown once, with the other sources listed as "also in N sources" (issue 12).
 * Two passages are near-identical when most of the shorter one's word triples
 * (3-word shingles) are in the longer one: a repost that adds a dateline or a
 * paragraph still counts.
 */
import type { Excerpt } from '../messages';

/** Share of the shorter passage's word triples found in the longer one. */
export const NEAR_DUPLICATE = 0.8;
/**
 * Sources listed by name under one excerpt; beyond this only counted (`alsoInCount`). A wire
 * text reposted by hundreds of clipped pages made one card reply megabytes long.
 */
export const ALSO_IN_LISTED = 8;

/**
 * Keeps the first of each set of near-identical passages (in the given order)
 * and lists the others' articles in its `alsoIn`. Passages of the same article
 * are never merged (an article may repeat itself on purpose).
 *
 * @example collapseNearDuplicates(excerpts, (e) => passageText(e.passageId))
 */
export function collapseNearDuplicates<T extends Excerpt>(
  items: readonly T[],
  fullText: (item: T) => string,
): T[] {
  const kept: Array<{ item: T; shingles: Set<string>; articles: Set<string> }> = [];
  for (const item of items) {
    const shingles = shinglesOf(fullText(item));
    const twin =
      shingles.size >= 3
        ? kept.find(
            (k) =>
              !k.articles.has(item.article.id) &&
              similarity(k.shingles, shingles) >= NEAR_DUPLICATE,
          )
        : undefined;
    if (!twin) {
      kept.push({ item: { ...item }, shingles, articles: new Set([item.article.id]) });
      continue;
    }
    twin.articles.add(item.article.id);
    const listed = twin.item.alsoIn ?? [];
    if (listed.length < ALSO_IN_LISTED) twin.item.alsoIn = [...listed, item.article];
    else twin.item.alsoInCount = twin.articles.size - 1;
  }
  return kept.map((k) => k.item);
}

function shinglesOf(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

/** How much of the shorter passage the longer one contains (0..1). */
function similarity(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size;
}
