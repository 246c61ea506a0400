/**
 * Applies the curator's article metadata (`articles` in `data/terms.json`) to
 * what the parser read, so a wrong or missing date, publisher, author, URL or
 * title is corrected without editing the source text (issue #10). The seeds
 * stay byte-identical; every field the curator gives wins, and is recorded in
 * `curatedFields` so the reader is told who said it.
 */
import type { ArticleMeta, CuratedArticleField } from '../types';
import { isValidIsoDate } from './dates';
import { SeedError } from './seed-error';
import { editDistance } from '../text/edit-distance';

/** The curated file's `articles` field: article id -> fields to set. */
export type ArticleOverrides = Record<string, Partial<Record<CuratedArticleField, string>>>;

/** In the order views list them. */
const FIELDS: readonly CuratedArticleField[] = ['title', 'publisher', 'author', 'date', 'url'];

/**
 * Returns the articles with the overrides applied; articles without one are
 * returned as they are. Throws `SeedError` (naming `file`) for an id no
 * article has, listing the nearest ids, and for a date or URL it cannot use.
 *
 * @example applyArticleOverrides(articles, { '004_72fd9320b8cec30d': { date: '2024-01' } })
 * // that article gets date '2024-01', dateText null, curatedFields ['date']
 */
export function applyArticleOverrides<T extends ArticleMeta>(
  articles: readonly T[],
  overrides: ArticleOverrides | undefined,
  file = 'data/terms.json',
  /**
   * Called instead of throwing for an id no article has: the curated file may
   * belong to another source set (`SOURCELIGHT_SEEDS`), whose build should say
   * so and go on. A bad date or URL always throws.
   */
  onUnknownId?: (message: string) => void,
): T[] {
  if (!overrides || Object.keys(overrides).length === 0) return [...articles];
  const ids = new Set(articles.map((a) => a.id));
  for (const [id, fields] of Object.entries(overrides)) {
    if (!ids.has(id)) {
      const near = nearestIds(id, [...ids]);
      const error = new SeedError(
        file,
        `articles[${JSON.stringify(id)}]: no article has this id; ` +
          (near.length
            ? `nearest ids: ${near.join(', ')}`
            : `no id is close (ids look like ${[...ids].slice(0, 2).join(', ')})`) +
          ' (an id is the seed file name without its extension, plus ~N for the Nth post of an archive page)',
      );
      checkFields(id, fields, file);
      if (!onUnknownId) throw error;
      onUnknownId(`${file}: ${error.reason}; ignored`);
      continue;
    }
    checkFields(id, fields, file);
  }
  return articles.map((article) => {
    const fields = overrides[article.id];
    return fields ? withOverride(article, fields) : article;
  });
}

function checkFields(id: string, fields: ArticleOverrides[string], file: string): void {
  const where = (field: string) => `articles[${JSON.stringify(id)}].${field}`;
  if (fields.date !== undefined && !isValidIsoDate(fields.date)) {
    throw new SeedError(
      file,
      `${where('date')}: ${JSON.stringify(fields.date)} is not a date; write YYYY-MM-DD, YYYY-MM or YYYY (e.g. "2024-01-05", "2024-01", "2024")`,
    );
  }
  // Views link only http(s) addresses; fail here rather than show nothing.
  if (fields.url !== undefined && !/^https?:\/\/[^\s/]+\S*$/iu.test(fields.url)) {
    throw new SeedError(
      file,
      `${where('url')}: ${JSON.stringify(fields.url)} is not a web address; write it in full, starting with https:// or http://`,
    );
  }
}

function withOverride<T extends ArticleMeta>(article: T, fields: ArticleOverrides[string]): T {
  const next: T = { ...article };
  const curated: CuratedArticleField[] = [];
  for (const field of FIELDS) {
    const value = fields[field]?.trim();
    // A value equal to what the source states is the source's, not the curator's.
    if (value === undefined || value === article[field]) continue;
    next[field] = value;
    curated.push(field);
  }
  if (curated.length === 0) return article;
  // dateText is the date as the source writes it; a curated date has no such text.
  if (curated.includes('date')) next.dateText = null;
  next.curatedFields = curated;
  return next;
}

/** Up to three ids close to `id` by edit distance (a typo, a dropped or extra `~N`, a file extension). */
function nearestIds(id: string, ids: readonly string[]): string[] {
  const limit = Math.max(3, Math.floor(id.length / 3));
  return ids
    .map((other, i) => ({
      other,
      i,
      d: editDistance(id.toLowerCase(), other.toLowerCase(), Infinity),
    }))
    .filter((x) => x.d <= limit)
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .slice(0, 3)
    .map((x) => x.other);
}
