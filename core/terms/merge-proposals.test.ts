import { describe, expect, it } from 'vitest';
import type { Term } from '../types';
import type { CuratedTerms } from './curated';
import { proposeMerges } from './merge-proposals';
import { article, term } from './test-article';

const NO_CURATION: CuratedTerms = { aliases: [], exclude: [] };

describe('proposeMerges', () => {
  const one = [article('a', 'Text.'), article('b', 'Text.')];
  const cases: Array<[string, Term[], Array<[string, string]>, CuratedTerms?]> = [
    [
      'spelled alike',
      [term('Tokayev', 'person', ['a:0', 'b:0']), term('Toqayev', 'person', ['a:0'])],
      [['Tokayev', 'Toqayev']],
    ],
    [
      'a name a letter apart',
      [
        term('Abdul Hamid Dbeibah', 'person', ['a:0', 'b:0']),
        term('Abdul Hamid Dbeiba', 'person', ['a:0']),
        term('Iran', 'place', ['a:0']),
        term('Iraq', 'place', ['a:0']),
        term('Euro 2024', 'event', ['a:0']),
        term('Euro 2020', 'event', ['a:0']),
        term('John Smith', 'person', ['a:0']),
        term('Joan Smith', 'person', ['a:0']),
      ],
      [['Abdul Hamid Dbeibah', 'Abdul Hamid Dbeiba']],
    ],
    [
      'a lone surname of another kind, in a source that names the person',
      [term('Nair', 'organisation', ['a:0']), term('Unnikrishnan Nair', 'person', ['a:0'])],
      [['Unnikrishnan Nair', 'Nair']],
    ],
    [
      'an acronym that fits a name in the same source',
      [
        term('OIC', 'organisation', ['a:0']),
        term('Organisation of Islamic Cooperation', 'organisation', ['a:0']),
      ],
      [['Organisation of Islamic Cooperation', 'OIC']],
    ],
    [
      'not an acronym and a name that never meet',
      [
        term('OIC', 'organisation', ['a:0']),
        term('Organisation of Islamic Cooperation', 'organisation', ['b:0']),
      ],
      [],
    ],
    [
      'not a name built on the acronym',
      [
        term('BRICS', 'organisation', ['a:0']),
        term('BRICS Summit', 'event', ['a:0']),
        term('UN', 'organisation', ['a:0']),
        term('UN News', 'organisation', ['a:0']),
      ],
      [],
    ],
    [
      'people are not expansions of acronyms',
      [term('JS', 'organisation', ['a:0']), term('John Smith', 'person', ['a:0'])],
      [],
    ],
    [
      'a person named by the end of one other person’s name',
      [term('Jinping', 'person', ['a:0']), term('Xi Jinping', 'person', ['a:0'])],
      [['Xi Jinping', 'Jinping']],
    ],
    [
      'a first name that fits two people is ambiguous',
      [
        term('Nikita', 'person', ['a:0']),
        term('Nikita Khrushchev', 'person', ['a:0']),
        term('Nikita Shatalov', 'person', ['a:0']),
      ],
      [],
    ],
    [
      'never two people who share only a surname',
      [
        term('John Smith', 'person', ['a:0'], ['Smith']),
        term('Jane Smith', 'person', ['b:0'], ['Smith']),
      ],
      [],
    ],
    [
      'not two family members with the surname spelled alike',
      [
        term('Nursultan Nazarbayev', 'person', ['a:0'], ['Nazarbayev']),
        term('Dariga Nazarbaev', 'person', ['a:0'], ['Nazarbaev']),
      ],
      [],
    ],
    [
      'a middle name and surname fit the full name',
      [term('Jomart Tokayev', 'person', ['a:0']), term('Kassym-Jomart Tokayev', 'person', ['a:0'])],
      [['Kassym-Jomart Tokayev', 'Jomart Tokayev']],
    ],
    [
      'not when the curator accepted both',
      [term('Jinping', 'person', ['a:0']), term('Xi Jinping', 'person', ['a:0'])],
      [],
      { aliases: [], exclude: [], accepted: ['Jinping', 'Xi Jinping'] },
    ],
  ];
  it.each(cases)('%s', (_label, terms, expected, curated = NO_CURATION) => {
    const got = proposeMerges({ articles: one, terms, curated });
    expect(got.map((p) => [p.keep, p.merge])).toEqual(expected);
  });
});
