import { describe, expect, it } from 'vitest';
import type { DictionaryEntry, TermKind } from '../types';
import { diffDictionaries, formatDictionaryDiff, type DictionaryDiff } from './dictionary-diff';

/** `'Name:kind=Variant|Variant'`, kind defaults to person. */
function dict(...specs: string[]): { terms: DictionaryEntry[] } {
  return {
    terms: specs.map((spec) => {
      const [head, rest] = spec.split('=') as [string, string | undefined];
      const [name, kind] = head.split(':') as [string, TermKind | undefined];
      return {
        id: name.toLowerCase().replace(/\W+/gu, '-'),
        name,
        kind: kind ?? 'person',
        variants: [name, ...(rest ? rest.split('|') : [])],
      };
    }),
  };
}

const NONE: DictionaryDiff = {
  added: [],
  removed: [],
  merged: [],
  split: [],
  renamed: [],
  kindChanged: [],
  variants: [],
};

const cases: Array<[string, string[], string[], Partial<DictionaryDiff>]> = [
  ['identical', ['A', 'B=Bee'], ['A', 'B=Bee'], {}],
  ['order and ids do not matter', ['A', 'B'], ['B', 'A'], {}],
  ['added', ['A'], ['A', 'Narok:place'], { added: ['Narok'] }],
  ['removed', ['A', 'Reading:place'], ['A'], { removed: ['Reading'] }],
  [
    'merged into an existing term',
    ['Kassym-Jomart Tokayev', 'Tokayev'],
    ['Kassym-Jomart Tokayev=Tokayev'],
    { merged: [{ from: 'Tokayev', into: 'Kassym-Jomart Tokayev' }] },
  ],
  [
    'two merged under a new canonical name',
    ['Nur-Sultan:place', 'Astana:place'],
    ['Astana City:place=Astana|Nur-Sultan'],
    {
      merged: [
        { from: 'Astana', into: 'Astana City' },
        { from: 'Nur-Sultan', into: 'Astana City' },
      ],
    },
  ],
  [
    'split off a variant',
    ['European Union:organisation=EU|Europe'],
    ['European Union:organisation=EU', 'Europe:place'],
    { split: [{ from: 'European Union', into: ['European Union', 'Europe'] }] },
  ],
  [
    'renamed (the old name kept as a variant)',
    ['EURACTIV:organisation'],
    ['Euractiv:organisation=EURACTIV'],
    { renamed: [{ from: 'EURACTIV', to: 'Euractiv' }] },
  ],
  [
    'renamed (only variants in common)',
    ['Tragic January:event=January events'],
    ['January events:event'],
    { renamed: [{ from: 'Tragic January', to: 'January events' }] },
  ],
  [
    'kind changed',
    ['Soviet Union:organisation'],
    ['Soviet Union:place'],
    { kindChanged: [{ name: 'Soviet Union', from: 'organisation', to: 'place' }] },
  ],
  [
    'variants added and removed',
    ['Kassym-Jomart Tokayev=Tokayev'],
    ['Kassym-Jomart Tokayev=Toqayev'],
    { variants: [{ name: 'Kassym-Jomart Tokayev', added: ['Toqayev'], removed: ['Tokayev'] }] },
  ],
  [
    'a new person with a surname another term had is added, not a split',
    ['John Smith=Smith'],
    ['John Smith', 'Jane Smith=Smith'],
    {
      added: ['Jane Smith'],
      variants: [{ name: 'John Smith', added: [], removed: ['Smith'] }],
    },
  ],
  ['case and diacritics do not make a change', ['Toqaýev'], ['Toqaýev'], {}],
];

describe('diffDictionaries', () => {
  it.each(cases)('%s', (_label, before, after, expected) => {
    expect(diffDictionaries(dict(...before), dict(...after))).toEqual({ ...NONE, ...expected });
  });

  it('from nothing, every term is added', () => {
    expect(diffDictionaries({ terms: [] }, dict('A', 'B')).added).toEqual(['A', 'B']);
  });
});

describe('formatDictionaryDiff', () => {
  it('says so when nothing changed', () => {
    expect(formatDictionaryDiff(NONE)).toBe('no changes');
  });

  it('names each change in one line', () => {
    expect(
      formatDictionaryDiff({
        ...NONE,
        added: ['A', 'B', 'C'],
        removed: ['D'],
        merged: [{ from: 'E', into: 'F' }],
        kindChanged: [{ name: 'G', from: 'person', to: 'place' }],
        variants: [{ name: 'H', added: ['h1', 'h2'], removed: ['h3'] }],
      }),
    ).toBe(
      '+3 added (A, B, C), -1 removed (D), 1 merged (E → F), 1 kind changed (G: person → place), ' +
        'variants +2/-1 in 1 term (H)',
    );
  });

  it('cuts long lists', () => {
    const added = Array.from({ length: 12 }, (_, i) => `T${i}`);
    expect(formatDictionaryDiff({ ...NONE, added }, 3)).toBe('+12 added (T0, T1, T2, … 9 more)');
  });
});
