import { describe, expect, it } from 'vitest';
import type { DictionaryEntry, TermKind } from '../types';
import type { CuratedTerms } from './curated';
import { validateCurated } from './curated';
import { applyDecision, closeNames, ReviewError, type Decision } from './review-decisions';

function entry(name: string, kind: TermKind, variants: string[] = []): DictionaryEntry {
  return { id: name.toLowerCase(), name, kind, variants: [name, ...variants] };
}

const TERMS: DictionaryEntry[] = [
  entry('Kassym-Jomart Tokayev', 'person', ['Tokayev', 'Toqayev']),
  entry('Tokaev', 'person'),
  entry('Astana', 'place', ['Nur-Sultan']),
  entry('Constitution', 'place'),
  entry('Akorda', 'organisation'),
  entry('EURACTIV', 'organisation'),
  entry('John Smith', 'person', ['Smith']),
  entry('Jane Smith', 'person', ['J. Smith']),
];

const BASE: CuratedTerms = {
  aliases: [{ name: 'Astana', kind: 'place', variants: ['Nur-Sultan'] }],
  exclude: ['Turkic'],
  kinds: { 'Soviet Union': 'place' },
};

const cases: Array<[string, Decision, CuratedTerms, CuratedTerms?]> = [
  [
    'accept adds the canonical name',
    { type: 'accept', name: 'toqayev' },
    { ...BASE, accepted: ['Kassym-Jomart Tokayev'] },
  ],
  [
    'reject excludes every name of the term',
    { type: 'reject', name: 'Kassym-Jomart Tokayev' },
    { ...BASE, exclude: ['Turkic', 'Kassym-Jomart Tokayev', 'Tokayev', 'Toqayev'] },
  ],
  [
    'reject also drops the alias, kind fix and acceptance of the term',
    { type: 'reject', name: 'astana' },
    { aliases: [], exclude: ['Turkic', 'Astana', 'Nur-Sultan'], kinds: {}, accepted: [] },
    { ...BASE, kinds: { astana: 'place' }, accepted: ['Astana'] },
  ],
  [
    'reject a variant: only that form, and out of its alias',
    { type: 'reject', name: 'nur-sultan' },
    {
      aliases: [{ name: 'Astana', kind: 'place', variants: [] }],
      exclude: ['Turkic', 'Nur-Sultan'],
      kinds: { 'Soviet Union': 'place' },
    },
  ],
  [
    'merge writes one alias with both terms’ names',
    { type: 'merge', names: ['Kassym-Jomart Tokayev', 'Tokaev'] },
    {
      ...BASE,
      aliases: [
        ...BASE.aliases,
        {
          name: 'Kassym-Jomart Tokayev',
          kind: 'person',
          variants: ['Tokayev', 'Toqayev', 'Tokaev'],
        },
      ],
    },
  ],
  [
    'merge --as names it and replaces the alias in its place',
    { type: 'merge', names: ['Astana', 'Akorda'], as: 'Astana City' },
    {
      ...BASE,
      aliases: [
        { name: 'Astana City', kind: 'place', variants: ['Astana', 'Nur-Sultan', 'Akorda'] },
      ],
    },
  ],
  [
    'merge takes the kind of the term whose name it keeps',
    { type: 'merge', names: ['Constitution', 'Akorda'], as: 'Akorda' },
    {
      ...BASE,
      aliases: [
        ...BASE.aliases,
        { name: 'Akorda', kind: 'organisation', variants: ['Constitution'] },
      ],
    },
  ],
  [
    'rename keeps the old name as a variant',
    { type: 'rename', name: 'EURACTIV', to: 'Euractiv' },
    {
      ...BASE,
      aliases: [
        ...BASE.aliases,
        { name: 'Euractiv', kind: 'organisation', variants: ['EURACTIV'] },
      ],
    },
  ],
  [
    'rename of an aliased term rewrites its alias',
    { type: 'rename', name: 'Nur-Sultan', to: 'Astana City' },
    {
      ...BASE,
      aliases: [{ name: 'Astana City', kind: 'place', variants: ['Astana', 'Nur-Sultan'] }],
    },
  ],
  [
    'kind adds a kind fix keyed by the canonical name',
    { type: 'kind', name: 'Akorda', kind: 'place' },
    { ...BASE, kinds: { 'Soviet Union': 'place', Akorda: 'place' } },
  ],
  [
    'kind of an aliased term changes the alias (an alias’s kind wins over kinds)',
    { type: 'kind', name: 'Astana', kind: 'organisation' },
    { ...BASE, aliases: [{ name: 'Astana', kind: 'organisation', variants: ['Nur-Sultan'] }] },
  ],
  [
    'kind replaces a fix keyed by another name of the term',
    { type: 'kind', name: 'Kassym-Jomart Tokayev', kind: 'person' },
    { ...BASE, kinds: { 'Soviet Union': 'place', 'Kassym-Jomart Tokayev': 'person' } },
    { ...BASE, kinds: { 'Soviet Union': 'place', Toqayev: 'place' } },
  ],
  [
    'kind accepts the American spelling',
    { type: 'kind', name: 'Constitution', kind: 'Organization' },
    { ...BASE, kinds: { 'Soviet Union': 'place', Constitution: 'organisation' } },
  ],
];

describe('applyDecision', () => {
  it.each(cases)('%s', (_label, decision, expected, curated = BASE) => {
    const once = applyDecision({ curated, terms: TERMS, decision });
    expect(once).toEqual(expected);
    expect(() => validateCurated(JSON.parse(JSON.stringify(once)))).not.toThrow();
  });

  // The dictionary a rebuild would give after the decision, for the idempotence check.
  const rebuilt = (decision: Decision): DictionaryEntry[] => {
    switch (decision.type) {
      case 'reject':
        return TERMS.flatMap((t) => {
          const k = decision.name.toLowerCase();
          if (t.name.toLowerCase() === k) return [];
          return [{ ...t, variants: t.variants.filter((v) => v.toLowerCase() !== k) }];
        });
      default:
        return TERMS;
    }
  };
  it.each(cases)('%s: twice is once', (_label, decision, _expected, curated = BASE) => {
    const once = applyDecision({ curated, terms: TERMS, decision });
    expect(applyDecision({ curated: once, terms: rebuilt(decision), decision })).toEqual(once);
  });

  it('leaves the value untouched when there is nothing to do', () => {
    const curated = { ...BASE, accepted: ['Tokayev'] };
    expect(
      applyDecision({ curated, terms: TERMS, decision: { type: 'accept', name: 'Toqayev' } }),
    ).toBe(curated);
    expect(
      applyDecision({
        curated: BASE,
        terms: TERMS,
        decision: { type: 'merge', names: ['Tokayev', 'Toqayev'] },
      }),
    ).toBe(BASE);
  });

  it('does not exclude a name another term also uses', () => {
    const terms = [entry('Smith & Co', 'organisation', ['Smith']), entry('Smith', 'person')];
    const got = applyDecision({
      curated: BASE,
      terms,
      decision: { type: 'reject', name: 'Smith & Co' },
    });
    expect(got.exclude).toEqual(['Turkic', 'Smith & Co']);
  });

  const errors: Array<[string, Decision, RegExp]> = [
    [
      'unknown name, with close ones',
      { type: 'kind', name: 'Tokayv', kind: 'place' },
      /^no term "Tokayv" in the dictionary; close: Tokaev, Tokayev \(Kassym-Jomart Tokayev\)/u,
    ],
    [
      'an unknown kind',
      { type: 'kind', name: 'Akorda', kind: 'building' },
      /is not a kind; use one of person/u,
    ],
    [
      'rename onto another term',
      { type: 'rename', name: 'Tokaev', to: 'Tokayev' },
      /already a name of Kassym-Jomart Tokayev; to make them one term: merge/u,
    ],
    [
      'merge named after a third term',
      { type: 'merge', names: ['Tokaev', 'Akorda'], as: 'Astana' },
      /is a name of another term \(Astana\)/u,
    ],
  ];
  it.each(errors)('fails on %s, in one line', (_label, decision, message) => {
    expect(() => applyDecision({ curated: BASE, terms: TERMS, decision })).toThrow(ReviewError);
    expect(() => applyDecision({ curated: BASE, terms: TERMS, decision })).toThrow(message);
  });

  it('fails on a name of two terms, naming both', () => {
    const terms = [
      entry('John Smith', 'person', ['Smith']),
      entry('Smith Street', 'place', ['Smith']),
    ];
    expect(() =>
      applyDecision({ curated: BASE, terms, decision: { type: 'reject', name: 'smith' } }),
    ).toThrow('"smith" is a name of 2 terms (John Smith, Smith Street); use the full name');
  });
});

describe('closeNames', () => {
  it('offers names and variants spelled close, nearest first', () => {
    expect(closeNames(TERMS, 'Akorada')).toEqual(['Akorda']);
    expect(closeNames(TERMS, 'Nur Sultan')).toEqual(['Nur-Sultan (Astana)']);
    expect(closeNames(TERMS, 'Qwxyz')).toEqual([]);
  });
});
