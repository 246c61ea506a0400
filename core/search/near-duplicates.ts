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
  // Which kept items hold each shingle: an item is compared only with those it shares one with
  // (comparing every pair cost a 200-excerpt card at 10,000 articles most of its time).
  const keptWith = new Map<string, number[]>();
  for (const item of items) {
    const shingles = shinglesOf(fullText(item));
    const twin =
      shingles.size >= 3 ? firstTwin(kept, keptWith, shingles, item.article.id) : undefined;
    if (!twin) {
      for (const s of shingles) {
        const list = keptWith.get(s);
        if (list) list.push(kept.length);
        else keptWith.set(s, [kept.length]);
      }
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

/**
 * The earliest kept item of another article that `shingles` nearly repeats: the shared shingles
 * are at least NEAR_DUPLICATE of the smaller set's.
 */
function firstTwin<K extends { shingles: Set<string>; articles: Set<string> }>(
  kept: readonly K[],
  keptWith: ReadonlyMap<string, readonly number[]>,
  shingles: Set<string>,
  articleId: string,
): K | undefined {
  const shared = new Map<number, number>();
  for (const s of shingles)
    for (const i of keptWith.get(s) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
  let first = -1;
  for (const [i, count] of shared) {
    if (first !== -1 && i > first) continue;
    const k = kept[i]!;
    if (k.articles.has(articleId)) continue;
    if (count / Math.min(k.shingles.size, shingles.size) >= NEAR_DUPLICATE) first = i;
  }
  return first === -1 ? undefined : kept[first];
}

function shinglesOf(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}
