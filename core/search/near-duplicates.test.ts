import { describe, expect, it } from 'vitest';
import type { Excerpt } from '../messages';
import type { ArticleMeta } from '../types';
import { ALSO_IN_LISTED, collapseNearDuplicates } from './near-duplicates';

const article = (id: string): ArticleMeta => ({
  id,
  file: `${id}.txt`,
  title: id,
  publisher: null,
  author: null,
  url: null,
  date: null,
  dateText: null,
});
const WIRE =
  'Kazakhstan President Kassym-Jomart Tokayev said on Friday that order had been restored across the country after days of unrest, and that troops from the CSTO would leave soon.';
const excerpt = (
  passageId: string,
  articleId: string,
  text: string,
): Excerpt & { full: string } => ({
  passageId,
  text: text.slice(0, 60),
  marks: [],
  article: article(articleId),
  full: text,
});

describe('collapseNearDuplicates', () => {
  it('keeps the first of a reposted text and lists the other sources', () => {
    const items = [
      excerpt('a:1', 'a', WIRE),
      excerpt('b:4', 'b', `ALMATY (Reuters) - ${WIRE}`),
      excerpt('c:2', 'c', WIRE.replace('on Friday', 'on Friday evening')),
      excerpt(
        'd:0',
        'd',
        'Critics said the troops had come to protect the regime, not the people, and asked for an inquiry.',
      ),
    ];
    const out = collapseNearDuplicates(items, (e) => e.full);
    expect(out.map((e) => e.passageId)).toEqual(['a:1', 'd:0']);
    expect(out[0]!.alsoIn?.map((a) => a.id)).toEqual(['b', 'c']);
    expect(out[1]!.alsoIn).toBeUndefined();
    // The input is not changed.
    expect(items[0]!.alsoIn).toBeUndefined();
  });

  it('names at most ALSO_IN_LISTED other sources and counts the rest', () => {
    const reposts = Array.from({ length: 30 }, (_, i) => excerpt(`r${i}:1`, `r${i}`, WIRE));
    // The same article twice counts once.
    reposts.push(excerpt('r3:7', 'r3', WIRE));
    const [kept, ...rest] = collapseNearDuplicates(reposts, (e) => e.full);
    expect(kept!.alsoIn).toHaveLength(ALSO_IN_LISTED);
    expect(kept!.alsoInCount).toBe(29);
    // r3's second passage is not merged into the excerpt that already has r3.
    expect(rest.map((e) => e.passageId)).toEqual(['r3:7']);
  });

  it('gives no count when every other source is listed', () => {
    const [kept] = collapseNearDuplicates(
      [excerpt('a:1', 'a', WIRE), excerpt('b:1', 'b', WIRE)],
      (e) => e.full,
    );
    expect(kept!.alsoIn?.map((a) => a.id)).toEqual(['b']);
    expect(kept!.alsoInCount).toBeUndefined();
  });

  it('never merges two passages of one article, or short passages', () => {
    const out = collapseNearDuplicates(
      [
        excerpt('a:1', 'a', WIRE),
        excerpt('a:9', 'a', WIRE),
        excerpt('b:1', 'b', 'Tokayev spoke.'),
        excerpt('c:1', 'c', 'Tokayev spoke.'),
      ],
      (e) => e.full,
    );
    expect(out.map((e) => e.passageId)).toEqual(['a:1', 'a:9', 'b:1', 'c:1']);
  });
});

/** The definition, pair by pair (what the module did before it indexed shingles). */
function collapseByPairs<T extends Excerpt>(items: readonly T[], fullText: (item: T) => string) {
  const shinglesOf = (text: string) => {
    const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    return new Set(words.slice(2).map((w, i) => `${words[i]} ${words[i + 1]} ${w}`));
  };
  const similarity = (a: Set<string>, b: Set<string>) => {
    const [small, large] = a.size <= b.size ? [a, b] : [b, a];
    return small.size === 0 ? 0 : [...small].filter((s) => large.has(s)).length / small.size;
  };
  const kept: Array<{ item: T; shingles: Set<string>; articles: Set<string> }> = [];
  for (const item of items) {
    const shingles = shinglesOf(fullText(item));
    const twin =
      shingles.size >= 3
        ? kept.find(
            (k) => !k.articles.has(item.article.id) && similarity(k.shingles, shingles) >= 0.8,
          )
        : undefined;
    if (!twin) kept.push({ item, shingles, articles: new Set([item.article.id]) });
    else twin.articles.add(item.article.id);
  }
  return kept.map((k) => [k.item.passageId, [...k.articles].sort()]);
}

describe('collapseNearDuplicates equals the pairwise definition', () => {
  it('on random reposts, edits and repeats across articles', () => {
    const words = WIRE.split(' ');
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 40; round++) {
      const items = Array.from({ length: 60 }, (_, i) => {
        // A slice of the wire text, some words replaced: from a repost to another text.
        const start = random(words.length - 4);
        const picked = words.slice(start, start + 4 + random(words.length));
        for (let e = random(6); e > 0; e--) picked[random(picked.length)] = `w${random(50)}`;
        return excerpt(`p${i}`, `a${random(12)}`, picked.join(' '));
      });
      const collapsed = collapseNearDuplicates(items, (e) => e.full);
      const articlesOf = (e: (typeof collapsed)[number]) =>
        [e.article.id, ...(e.alsoIn ?? []).map((a) => a.id)].sort();
      const expected = collapseByPairs(items, (e) => e.full);
      // alsoIn lists at most ALSO_IN_LISTED: compare where nothing was left unlisted.
      const listedAll = collapsed.every((e) => e.alsoInCount === undefined);
      expect(collapsed.map((e) => e.passageId)).toEqual(expected.map(([id]) => id));
      if (listedAll) expect(collapsed.map((e) => [e.passageId, articlesOf(e)])).toEqual(expected);
    }
  });
});
