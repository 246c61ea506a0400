import { describe, expect, it } from 'vitest';
import { compileCorpus } from '../compile';
import type { DictionaryEntry } from '../types';
import { matchNames, nameMatchRank, nearNames, searchCorpus } from './search-corpus';
import { loadCorpus } from './service';

const entry = (name: string, variants: string[] = [], kind: DictionaryEntry['kind'] = 'person') =>
  ({
    id: name.toLowerCase().replace(/\W+/g, '-'),
    name,
    kind,
    variants: [name, ...variants],
    // Short test titles.
    toString: () => name,
  }) as DictionaryEntry;

const TOKAYEV = entry('Kassym-Jomart Tokayev', ['Tokayev', 'Toqayev', 'Tokaev']);
const NAZARBAYEV = entry('Nursultan Nazarbayev', ['Nazarbayev']);
const NAZARBAYEVA = entry('Dariga Nazarbayeva', ['Nazarbayeva']);
const ASTANA = entry('Astana', ['Nur-Sultan'], 'place');
const CSTO = entry('Collective Security Treaty Organization', ['CSTO'], 'organisation');
const NAMES = [TOKAYEV, NAZARBAYEV, NAZARBAYEVA, ASTANA, CSTO];

describe('name suggestions', () => {
  it.each([
    ['Tokayev', TOKAYEV, 0],
    ['tokayev', TOKAYEV, 0],
    ['Toqaýev', TOKAYEV, 0],
    ['toka', TOKAYEV, 1],
    ['kassym jomart', TOKAYEV, 1],
    ['jomart', TOKAYEV, 2],
    ['tok kass', TOKAYEV, 2],
    ['nur sultan', ASTANA, 0],
    ['sultan', ASTANA, 2],
    ['csto', CSTO, 0],
    ['security treaty', CSTO, 2],
    ['Tokayew', TOKAYEV, 3],
    ['Tokajev', TOKAYEV, 3],
    ['Nazarbaev', NAZARBAYEV, 3],
  ])('%s matches %s with rank %i', (query, name, rank) => {
    expect(nameMatchRank(name, query)).toBe(rank);
  });

  it.each([
    ['xyz', TOKAYEV],
    ['to', ASTANA],
    ['tok', CSTO],
    ['', TOKAYEV],
    ['   ', TOKAYEV],
  ])('%j does not match %s', (query, name) => {
    expect(nameMatchRank(name, query)).toBeNull();
  });

  it('orders exact before prefix before fuzzy, and keeps related names distinct', () => {
    expect(matchNames(NAMES, 'Nazarbayev').map((n) => n.name)).toEqual([
      'Nursultan Nazarbayev',
      'Dariga Nazarbayeva',
    ]);
    expect(matchNames(NAMES, 'Nazarbayeva').map((n) => n.name)[0]).toBe('Dariga Nazarbayeva');
  });

  it('suggests near names for a misspelling, closest first', () => {
    expect(nearNames(NAMES, 'Tqkaxev').map((n) => n.name)).toEqual(['Kassym-Jomart Tokayev']);
    expect(nearNames(NAMES, 'Nazarbaeva').map((n) => n.name)[0]).toBe('Dariga Nazarbayeva');
    expect(nearNames(NAMES, 'zzzzzz')).toEqual([]);
  });
});

describe('searchCorpus', () => {
  const text = (name: string, s: string) => ({ name, bytes: new TextEncoder().encode(s) });
  const { corpus } = compileCorpus({
    files: [
      text(
        'capital.md',
        '---\ntitle: Capital news\ndate: 2022-01-06\n---\n\nProtests reached the capital Nur-Sultan on Wednesday, officials said.\n\nThe CSTO troops arrived on Thursday to guard strategic sites.\n',
      ),
      text(
        'later.md',
        '---\ntitle: Later report\ndate: 2022-03-01\n---\n\nIn March the city of Nur-Sultan was calm again, residents reported.\n',
      ),
    ],
    curated: { aliases: [], exclude: [] },
  });
  const loaded = loadCorpus(corpus);

  it('marks a hyphenated phrase as one span, as written', () => {
    const r = searchCorpus(loaded, 'Nur-Sultan', 10);
    expect(r.hits.length).toBe(2);
    for (const hit of r.hits) {
      const spans = hit.marks.map(([a, b]) => hit.text.slice(a, b));
      expect(spans).toContain('Nur-Sultan');
    }
  });

  it('marks every query word and gives source meta', () => {
    const r = searchCorpus(loaded, 'CSTO troops', 10);
    expect(r.hits).toHaveLength(1);
    const hit = r.hits[0]!;
    expect(hit.marks.map(([a, b]) => hit.text.slice(a, b))).toEqual(['CSTO troops']);
    expect(hit.article).toMatchObject({ title: 'Capital news', date: '2022-01-06' });
  });

  it('finds passages by prefix and by a misspelling', () => {
    expect(searchCorpus(loaded, 'strateg', 10).hits).toHaveLength(1);
    expect(searchCorpus(loaded, 'resindents', 10).hits).toHaveLength(1);
  });

  it('answers the first keystrokes with names, the passages from the third letter', () => {
    // "re" would prefix-match "reached", "residents", "reported"; a query of two letters is a
    // whole word (a big source set's first keystrokes were its slowest searches).
    expect(searchCorpus(loaded, 're', 10).hits).toEqual([]);
    expect(searchCorpus(loaded, 'res', 10).hits).toHaveLength(1);
    expect(searchCorpus(loaded, 'c', 10).names.map((x) => x.name)).toEqual(['CSTO']);
  });

  it('does not search for words in nearly every passage: "the" alone finds nothing, and adds nothing', () => {
    expect(searchCorpus(loaded, 'the', 10).hits).toEqual([]);
    expect(searchCorpus(loaded, 'a', 10).hits).toEqual([]);
    const withStopWords = searchCorpus(loaded, 'the CSTO troops of the', 10).hits;
    expect(withStopWords.map((h) => h.passageId)).toEqual(
      searchCorpus(loaded, 'CSTO troops', 10).hits.map((h) => h.passageId),
    );
  });

  it('gives no hits, and near names, for a query nothing matches', () => {
    const r = searchCorpus(loaded, 'qqqqzzzz', 10);
    expect(r.hits).toEqual([]);
    expect(r.nearNames).toEqual([]);
    expect(searchCorpus(loaded, '   ', 10)).toEqual({
      query: '',
      hits: [],
      names: [],
      nearNames: [],
    });
  });
});

describe('searchCorpus knows names and figures (issue 12)', () => {
  const text = (name: string, s: string) => ({ name, bytes: new TextEncoder().encode(s) });
  const { corpus } = compileCorpus({
    files: [
      text(
        'a.md',
        '---\ntitle: First report\npublisher: Example Wire\ndate: 2022-01-10\n---\n\n' +
          'President Kassym-Jomart Tokayev said 160 people were killed in the January events, and many more were hurt in the streets of the city.\n\n' +
          'A famine in the 1930s caused mass death across the steppe, historians say, and the memory of it is still strong in the villages.\n',
      ),
      text(
        'b.md',
        '---\ntitle: Second report\npublisher: Other Daily\ndate: 2022-01-20\n---\n\n' +
          'President Kassym-Jomart Toqayev later said 225 people were killed in the January events, a higher figure than before.\n\n' +
          'Critics of Tokayev asked for an independent inquiry into the January events, which the government has so far refused.\n',
      ),
    ],
    curated: {
      aliases: [{ name: 'January events', kind: 'event', variants: [] }],
      exclude: [],
    },
  });
  const loaded = loadCorpus(corpus);

  it('a near spelling of a name leads with that term and every passage that mentions it', () => {
    const r = searchCorpus(loaded, 'Toqaev', 10);
    expect(r.term).toMatchObject({ name: 'Kassym-Jomart Tokayev', kind: 'person', sources: 2 });
    expect(r.hits.map((h) => h.passageId).sort()).toEqual(
      corpus.terms
        .find((t) => t.name === 'Kassym-Jomart Tokayev')!
        .passageIds.slice()
        .sort(),
    );
  });

  it('a figure question leads with the figure group, each source with its date, and its passages', () => {
    const r = searchCorpus(loaded, 'death toll', 10);
    const group = r.figureGroups?.[0];
    expect(group?.measure).toBe('killed');
    expect(group?.isDisagreement).toBe(true);
    expect(group?.figures.map((f) => [f.value, f.article.publisher, f.article.date])).toEqual([
      [160, 'Example Wire', '2022-01-10'],
      [225, 'Other Daily', '2022-01-20'],
    ]);
    // The passages that carry the tolls come before the famine's "mass death".
    expect(r.hits.slice(0, 2).map((h) => h.text)).toEqual([
      expect.stringContaining('160 people were killed'),
      expect.stringContaining('225 people were killed'),
    ]);
    expect(r.term).toBeUndefined();
  });

  it('a query that only mentions a name among other words stays a word search', () => {
    expect(searchCorpus(loaded, 'Tokayev inquiry', 10).term).toBeUndefined();
  });
});
