import { describe, expect, it } from 'vitest';
import type { SourceSummary } from '../messages';
import type { ArticleMeta } from '../types';
import {
  filterSources,
  isImportableName,
  originSets,
  packFileName,
  pastedFileName,
  sortSources,
} from './source-list';

function source(
  id: string,
  meta: Partial<ArticleMeta>,
  extra: Partial<SourceSummary> = {},
): SourceSummary {
  return {
    article: {
      id,
      file: `${id}.txt`,
      title: id,
      publisher: null,
      author: null,
      url: null,
      date: null,
      dateText: null,
      ...meta,
    },
    passageCount: 1,
    termCount: 1,
    origin: 'file',
    file: `${id}.txt`,
    enabled: true,
    addedAt: null,
    ...extra,
  };
}

const SOURCES = [
  source(
    'a',
    { title: 'Floods in Derna', publisher: 'Reuters', date: '2023-09-12' },
    {
      origin: 'bundled',
    },
  ),
  source(
    'b',
    { title: 'São Paulo votes', publisher: null, author: 'Ana Lima', date: null },
    {
      addedAt: '2024-05-01T10:00:00.000Z',
    },
  ),
  source(
    'c',
    { title: 'Kenya protests', publisher: 'BBC', date: '2024-06' },
    {
      origin: 'page',
      addedAt: '2024-06-26T08:00:00.000Z',
    },
  ),
  source(
    'd',
    { title: 'kenya: the finance bill', publisher: 'reuters', date: '2024' },
    {
      origin: 'pack',
      addedAt: '2024-06-26T08:00:00.000Z',
      enabled: false,
    },
  ),
];
const ids = (list: SourceSummary[]) => list.map((s) => s.article.id);

describe('filterSources', () => {
  it.each([
    ['', ['a', 'b', 'c', 'd']],
    ['kenya', ['c', 'd']],
    ['KENYA reuters', ['d']],
    ['sao paulo', ['b']], // accents ignored
    ['lima', ['b']], // author
    ['reuters', ['a', 'd']], // publisher, any case
    ['bbc derna', []], // every word must match the same source
  ])('%j keeps %j', (query, expected) => {
    expect(ids(filterSources(SOURCES, query))).toEqual(expected);
  });
});

describe('sortSources', () => {
  it.each([
    // Newest added first; bundled (never added) last; equal times by title.
    ['added', ['c', 'd', 'b', 'a']],
    // Newest date first whatever its precision; undated last.
    ['date', ['c', 'd', 'a', 'b']],
    ['title', ['a', 'c', 'd', 'b']],
    // Publisher A–Z, case ignored, ties by title; no publisher last.
    ['publisher', ['c', 'a', 'd', 'b']],
  ] as const)('%s', (sort, expected) => {
    expect(ids(sortSources(SOURCES, sort))).toEqual(expected);
    expect(ids(sortSources([...SOURCES].reverse(), sort))).toEqual(expected);
  });
});

describe('originSets', () => {
  it('counts articles and distinct files per origin, only for origins present', () => {
    const archive = [
      source('e~1', {}, { file: 'e.txt', enabled: true }),
      source('e~2', {}, { file: 'e.txt', enabled: false }),
    ];
    const sets = originSets([...SOURCES, ...archive]);
    expect(sets.map((s) => [s.origin, s.files, s.articles, s.articlesOn])).toEqual([
      ['bundled', ['a.txt'], 1, 1],
      ['page', ['c.txt'], 1, 1],
      ['file', ['b.txt', 'e.txt'], 3, 2],
      ['pack', ['d.txt'], 1, 0],
    ]);
    expect(originSets([SOURCES[0]!]).map((s) => s.origin)).toEqual(['bundled']);
  });
});

describe('pastedFileName', () => {
  const now = new Date('2024-06-25T10:11:12.000Z');
  it.each([
    ['Kenya protests, day 3\n\nText.', 'kenya-protests-day-3.txt'],
    ['  \n  Árvíztűrő tükörfúrógép \nText', 'arvizturo-tukorfurogep.txt'],
    ['---\ntitle: x\n---', 'pasted-2024-06-25-10-11-12.txt'],
    ['', 'pasted-2024-06-25-10-11-12.txt'],
    ['../../etc/passwd', 'etc-passwd.txt'],
    ['.hidden', 'hidden.txt'],
  ])('%j -> %s', (text, expected) => {
    expect(pastedFileName(text, now, [])).toBe(expected);
  });

  it('cuts a long first line at 60 characters, never ending on a dash', () => {
    const name = pastedFileName(`${'word '.repeat(40)}\n\nText`, now, []);
    expect(name.length).toBeLessThanOrEqual(64);
    expect(name).toMatch(/^word(-word)+\.txt$/);
  });

  it('never takes a name already stored (case ignored)', () => {
    expect(pastedFileName('Kenya\n', now, ['Kenya.txt', 'kenya-2.txt'])).toBe('kenya-3.txt');
  });
});

describe('file names', () => {
  it.each([
    ['notes.txt', true],
    ['a/b/Report.MD', true],
    ['page.html', true],
    ['page.htm', true],
    ['set.pack.json', true],
    ['data.json', false],
    ['photo.jpg', false],
    ['.DS_Store', false],
  ])('%s importable: %s', (name, expected) => {
    expect(isImportableName(name)).toBe(expected);
  });

  it('names an exported pack by what it holds and the day', () => {
    expect(packFileName('all', new Date('2024-06-25T23:00:00Z'))).toBe(
      'sourcelight-all-2024-06-25.pack.json',
    );
  });
});
