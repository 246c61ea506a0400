import { describe, expect, it } from 'vitest';
import { MAX_CHANGED_FILES, parseBackgroundRequest, parseTabRequest } from './messages';

const msg = (type: unknown, fields: Record<string, unknown> = {}) => ({
  channel: 'sourcelight',
  type,
  ...fields,
});
const long = (n: number) => 'x'.repeat(n);

describe('parseBackgroundRequest', () => {
  it.each([
    ['getDictionary', {}, {}],
    ['getStatus', {}, {}],
    ['listSources', {}, {}],
    ['lookupTerm', { termId: 't1' }, { termId: 't1' }],
    ['lookupTerm', { termId: long(200) }, { termId: long(200) }],
    ['getArticle', { articleId: long(300) }, { articleId: long(300) }],
    ['search', { query: 'csto' }, { query: 'csto' }],
    ['search', { query: '', limit: 200 }, { query: '', limit: 200 }],
    ['search', { query: 'a', limit: undefined }, { query: 'a' }],
    ['openReader', { termId: 't' }, { termId: 't' }],
    ['openReader', { articleId: 'a', passageId: 'p' }, { articleId: 'a', passageId: 'p' }],
    ['sourcesChanged', { files: [] }, { files: [] }],
    ['sourcesChanged', { files: ['a.txt', long(300)] }, { files: ['a.txt', long(300)] }],
    [
      'sourcesChanged',
      { files: ['a.txt'], generations: [3, 4] },
      { files: ['a.txt'], generations: [3, 4] },
    ],
  ])('accepts %s %j', (type, fields, expected) => {
    expect(parseBackgroundRequest(msg(type, fields))).toEqual(msg(type, expected));
  });

  it('keeps only the fields of the message (no extra data passes the boundary)', () => {
    expect(parseBackgroundRequest(msg('getDictionary', { evil: 1, query: 'x' }))).toEqual(
      msg('getDictionary'),
    );
    expect(parseBackgroundRequest(msg('lookupTerm', { termId: 't', other: {} }))).toEqual(
      msg('lookupTerm', { termId: 't' }),
    );
  });

  it.each([
    ['not an object', 'search'],
    ['null', null],
    ['an array', [msg('getStatus')]],
    ['another channel', { channel: 'other', type: 'getStatus' }],
    ['no channel', { type: 'getStatus' }],
    ['an unknown type', msg('deleteEverything')],
    ['a type that is not a string', msg(1)],
    ['an inherited name as type', msg('toString')],
    ['__proto__ as type', msg('__proto__')],
    ['constructor as type', msg('constructor')],
    ['a tab message', msg('getPageInfo')],
    ['lookupTerm without termId', msg('lookupTerm')],
    ['lookupTerm with a number', msg('lookupTerm', { termId: 5 })],
    ['lookupTerm with a long id', msg('lookupTerm', { termId: long(201) })],
    ['getArticle with a long id', msg('getArticle', { articleId: long(301) })],
    ['search without query', msg('search')],
    ['search with a long query', msg('search', { query: long(501) })],
    ['search limit 0', msg('search', { query: 'a', limit: 0 })],
    ['search limit 201', msg('search', { query: 'a', limit: 201 })],
    ['search limit 1.5', msg('search', { query: 'a', limit: 1.5 })],
    ['search limit as text', msg('search', { query: 'a', limit: '5' })],
    ['search limit NaN', msg('search', { query: 'a', limit: Number.NaN })],
    ['openReader with no id', msg('openReader')],
    ['openReader with a passage only', msg('openReader', { passageId: 'p' })],
    ['openReader with a bad passage id', msg('openReader', { termId: 't', passageId: 3 })],
    ['openReader with an empty term id', msg('openReader', { termId: '' })],
    ['sourcesChanged without files', msg('sourcesChanged')],
    ['sourcesChanged with a string', msg('sourcesChanged', { files: 'a.txt' })],
    ['sourcesChanged with a number inside', msg('sourcesChanged', { files: ['a', 1] })],
    [
      'sourcesChanged with a generation of 0',
      msg('sourcesChanged', { files: [], generations: [0] }),
    ],
    [
      'sourcesChanged with a fractional generation',
      msg('sourcesChanged', { files: [], generations: [1.5] }),
    ],
    ['sourcesChanged with a long name', msg('sourcesChanged', { files: [long(301)] })],
    [
      'sourcesChanged with too many files',
      msg('sourcesChanged', { files: Array.from({ length: MAX_CHANGED_FILES + 1 }, () => 'f') }),
    ],
  ])('refuses %s', (_, message) => {
    expect(parseBackgroundRequest(message)).toBeNull();
  });
});

describe('parseTabRequest', () => {
  it.each([
    'getPageInfo',
    'getPageTerms',
    'openCardAtSelection',
    'dictionaryChanged',
    'capturePage',
  ])('accepts %s', (type) => {
    expect(parseTabRequest(msg(type, { extra: true }))).toEqual(msg(type));
  });

  it('accepts revealTerm with a term id, and nothing else', () => {
    expect(parseTabRequest(msg('revealTerm', { termId: 't', x: 1 }))).toEqual(
      msg('revealTerm', { termId: 't' }),
    );
    expect(parseTabRequest(msg('revealTerm'))).toBeNull();
    expect(parseTabRequest(msg('revealTerm', { termId: long(201) }))).toBeNull();
  });

  it.each([null, 'getPageInfo', msg('search', { query: 'a' }), msg('hasOwnProperty')])(
    'refuses %j',
    (message) => {
      expect(parseTabRequest(message)).toBeNull();
    },
  );
});
