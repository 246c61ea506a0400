/**
 * The curated file (`data/terms.json`): the curator's corrections to what the
 * compiler found. Written by hand or by `npm run terms:review`; read at every
 * build. Every field but `aliases` and `exclude` is optional so older files
 * stay valid.
 */
import type { TermKind } from '../types';
import { TERM_KINDS } from '../types';

export interface CuratedTerms {
  /** Canonical name, kind and extra variants; merges several spellings into one term. */
  aliases: Array<{ name: string; kind: TermKind; variants?: string[] }>;
  /** Surface forms that are never terms. */
  exclude: string[];
  /** Kind fixes for extracted terms, keyed by any variant. */
  kinds?: Record<string, TermKind>;
  /** Names the curator reviewed and kept as found; `terms:review` stops proposing them. */
  accepted?: string[];
  /**
   * Article metadata the curator corrects without editing the source text,
   * keyed by article id (the seed file's stem, `~N` for the Nth post of an
   * archive page). Each field given replaces what the parser read.
   */
  articles?: Record<string, CuratedArticleMeta>;
}

export interface CuratedArticleMeta {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  date?: string;
  publisher?: string;
  author?: string;
  url?: string;
  title?: string;
}

export const EMPTY_CURATED: CuratedTerms = { aliases: [], exclude: [] };

/**
 * Checks the shape of a parsed curated file and names the first problem by
 * its JSON path (`aliases[3].kind: "persn" is not a kind ...`), so a typo in a
 * hand-edited file fails the build with a reason instead of a crash later.
 */
export function validateCurated(value: unknown): CuratedTerms {
  const fail = (path: string, problem: string): never => {
    throw new Error(`${path}: ${problem}`);
  };
  const isRecord = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  const strings = (v: unknown, path: string): string[] => {
    if (!Array.isArray(v)) return fail(path, 'must be a list of strings');
    v.forEach((s, i) => {
      if (typeof s !== 'string' || !s.trim()) fail(`${path}[${i}]`, 'must be a non-empty string');
    });
    return v as string[];
  };
  const kind = (v: unknown, path: string): TermKind =>
    TERM_KINDS.includes(v as TermKind)
      ? (v as TermKind)
      : fail(path, `${JSON.stringify(v)} is not a kind (${TERM_KINDS.join(', ')})`);

  if (!isRecord(value)) return fail('(top level)', 'must be an object');
  if (!Array.isArray(value.aliases)) fail('aliases', 'must be a list');
  (value.aliases as unknown[]).forEach((a, i) => {
    if (!isRecord(a)) return fail(`aliases[${i}]`, 'must be an object');
    if (typeof a.name !== 'string' || !a.name.trim())
      fail(`aliases[${i}].name`, 'must be a non-empty string');
    kind(a.kind, `aliases[${i}].kind`);
    if (a.variants !== undefined) strings(a.variants, `aliases[${i}].variants`);
  });
  strings(value.exclude, 'exclude');
  if (value.kinds !== undefined) {
    if (!isRecord(value.kinds)) fail('kinds', 'must be an object of name -> kind');
    for (const [name, k] of Object.entries(value.kinds as Record<string, unknown>))
      kind(k, `kinds[${JSON.stringify(name)}]`);
  }
  if (value.accepted !== undefined) strings(value.accepted, 'accepted');
  if (value.articles !== undefined) {
    if (!isRecord(value.articles)) fail('articles', 'must be an object of article id -> fields');
    for (const [id, meta] of Object.entries(value.articles as Record<string, unknown>)) {
      const path = `articles[${JSON.stringify(id)}]`;
      if (!isRecord(meta)) fail(path, 'must be an object');
      for (const [field, v] of Object.entries(meta as Record<string, unknown>)) {
        if (!['date', 'publisher', 'author', 'url', 'title'].includes(field))
          fail(`${path}.${field}`, 'unknown field (date, publisher, author, url, title)');
        if (typeof v !== 'string' || !v.trim())
          fail(`${path}.${field}`, 'must be a non-empty string');
      }
    }
  }
  return value as unknown as CuratedTerms;
}
