import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleIdOfPassage, parseReaderRoute, readerPath, type ReaderRoute } from './reader-url';

describe('reader routes', () => {
  it.each<[ReaderRoute, string]>([
    [
      { kind: 'article', articleId: '001_2d6e', passageId: '001_2d6e:4', termId: 'csto' },
      'reader.html?article=001_2d6e&passage=001_2d6e%3A4&term=csto',
    ],
    [
      { kind: 'article', articleId: '003~2', passageId: null, termId: null },
      'reader.html?article=003%7E2',
    ],
    [{ kind: 'term', termId: 'kassym-jomart-tokayev' }, 'reader.html?term=kassym-jomart-tokayev'],
    [{ kind: 'search', query: 'Tokayev & "CSTO"' }, 'reader.html?q=Tokayev+%26+%22CSTO%22'],
    [{ kind: 'empty' }, 'reader.html'],
  ])('%j <-> %s', (route, path) => {
    expect(readerPath(route)).toBe(path);
    expect(parseReaderRoute(path.slice('reader.html'.length))).toEqual(route);
  });

  it('an article wins over a term, a term over a query', () => {
    expect(parseReaderRoute('?q=x&term=t&article=a').kind).toBe('article');
    expect(parseReaderRoute('?q=x&term=t')).toEqual({ kind: 'term', termId: 't' });
  });

  it('ignores blank parameters and caps long ones', () => {
    expect(parseReaderRoute('?q=%20%20&article=')).toEqual({ kind: 'empty' });
    const long = parseReaderRoute(`?q=${'a'.repeat(5000)}`);
    expect(long.kind === 'search' && long.query.length).toBe(500);
  });

  it('round-trips any search text', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 100 }), (text) => {
        const query = text.trim();
        fc.pre(query.length > 0);
        expect(parseReaderRoute(readerPath({ kind: 'search', query }).slice(11))).toEqual({
          kind: 'search',
          query,
        });
      }),
    );
  });

  it('finds the article of a passage id', () => {
    expect(articleIdOfPassage('003_d17d~2:7')).toBe('003_d17d~2');
    expect(articleIdOfPassage('nocolon')).toBeNull();
  });
});
