import { describe, expect, expectTypeOf, it } from 'vitest';
import type { CuratedArticleMeta } from '../terms/curated';
import type { ArticleMeta, CuratedArticleField } from '../types';
import { applyArticleOverrides } from './article-overrides';
import { SeedError } from './seed-error';

function meta(id: string, extra: Partial<ArticleMeta> = {}): ArticleMeta {
  return {
    id,
    file: `${id.replace(/~.*$/u, '')}.txt`,
    title: `Title of ${id}`,
    publisher: null,
    author: null,
    url: null,
    date: null,
    dateText: null,
    mentionsUntil: '2022-06-03',
    ...extra,
  };
}

const ARTICLES = [
  meta('004_euractiv', { publisher: 'Euractiv' }),
  meta('002_archive~1', { date: '2022-11-21', dateText: '21.11.2022' }),
  meta('002_archive~10'),
];

/** The SeedError message for these overrides, or null when they apply. */
function errorFor(overrides: Record<string, CuratedArticleMeta>): string | null {
  try {
    applyArticleOverrides(ARTICLES, overrides);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(SeedError);
    expect((error as SeedError).file).toBe('data/terms.json');
    return (error as SeedError).message;
  }
}

describe('applyArticleOverrides', () => {
  it('the curated file and ArticleMeta name the same fields', () => {
    expectTypeOf<keyof CuratedArticleMeta>().toEqualTypeOf<CuratedArticleField>();
  });

  it('replaces each field given, records it, and leaves other articles untouched', () => {
    const out = applyArticleOverrides(ARTICLES, {
      '004_euractiv': { date: '2024-01', author: 'Jane Doe', url: 'https://example.org/a' },
    });
    expect(out[0]).toEqual({
      ...ARTICLES[0],
      date: '2024-01',
      dateText: null,
      author: 'Jane Doe',
      url: 'https://example.org/a',
      curatedFields: ['author', 'date', 'url'],
    });
    expect(out[1]).toBe(ARTICLES[1]);
    expect(out[2]).toBe(ARTICLES[2]);
    expect(ARTICLES[0]).not.toHaveProperty('curatedFields');
  });

  it('replaces a date the source states, and drops the source wording of it', () => {
    const [, post] = applyArticleOverrides(ARTICLES, { '002_archive~1': { date: '2022-11-20' } });
    expect(post).toMatchObject({ date: '2022-11-20', dateText: null, curatedFields: ['date'] });
  });

  it('does not mark a value the source already states as curated', () => {
    const [first] = applyArticleOverrides(ARTICLES, {
      '004_euractiv': { publisher: 'Euractiv', title: 'A better title' },
    });
    expect(first).toMatchObject({ publisher: 'Euractiv', title: 'A better title' });
    expect(first!.curatedFields).toEqual(['title']);
  });

  it('keeps the "mentions events up to" hint, which comes from the text', () => {
    const [first] = applyArticleOverrides(ARTICLES, { '004_euractiv': { date: '2024' } });
    expect(first!.mentionsUntil).toBe('2022-06-03');
  });

  it('returns the articles as they are without overrides', () => {
    expect(applyArticleOverrides(ARTICLES, undefined)).toEqual(ARTICLES);
    expect(applyArticleOverrides(ARTICLES, {})).toEqual(ARTICLES);
  });

  it.each([
    ['a typo', '004_euractiw', '004_euractiv'],
    ['a file extension', '004_euractiv.txt', '004_euractiv'],
    ['a post number past the last', '002_archive~11', '002_archive~1, 002_archive~10'],
  ])('fails on an unknown id (%s), naming it and the nearest ids', (_, id, near) => {
    const message = errorFor({ [id]: { publisher: 'X' } });
    expect(message).toContain(`data/terms.json: articles["${id}"]: no article has this id`);
    expect(message).toContain(`nearest ids: ${near} (`);
  });

  it('with a warning callback, an unknown id is reported and skipped, the rest applied', () => {
    const warnings: string[] = [];
    const out = applyArticleOverrides(
      ARTICLES,
      { '004_euractiw': { publisher: 'X' }, '004_euractiv': { date: '2024-01' } },
      'data/terms.json',
      (m) => warnings.push(m),
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/articles\["004_euractiw"\]: no article has this id.*ignored$/u);
    expect(out.find((a) => a.id === '004_euractiv')?.date).toBe('2024-01');
    // A bad value is still an error, not a warning.
    expect(() =>
      applyArticleOverrides(
        ARTICLES,
        { nope: { date: '21.11.2022' } },
        'data/terms.json',
        () => {},
      ),
    ).toThrow(SeedError);
  });

  it('says so when no id is close, with examples of real ids', () => {
    expect(errorFor({ 'something else entirely': { publisher: 'X' } })).toContain(
      'no id is close (ids look like 004_euractiv, 002_archive~1)',
    );
  });

  it.each(['2024/01', '01.2024', '2024-1', '2023-02-29', 'January 2024', '24'])(
    'fails on a date it cannot read: %j',
    (date) => {
      expect(errorFor({ '004_euractiv': { date } })).toMatch(
        /articles\["004_euractiv"\]\.date: .* is not a date; write YYYY-MM-DD, YYYY-MM or YYYY/u,
      );
    },
  );

  it.each(['2024', '2024-01', '2024-02-29'])('accepts the date %j', (date) => {
    expect(errorFor({ '004_euractiv': { date } })).toBeNull();
  });

  it.each(['euractiv.com', 'javascript:alert(1)', 'ftp://example.org/x'])(
    'fails on a URL that is not a full web address: %j',
    (url) => {
      expect(errorFor({ '004_euractiv': { url } })).toMatch(/\.url: .* is not a web address/u);
    },
  );
});
