import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DictionaryEntry } from '../types';
import { compileMatcher, matchTerms, matchTermsSimple, splitWords, wordKey } from './match-terms';
import { familyKey } from './spelling-family';

const DICTIONARY: DictionaryEntry[] = [
  {
    id: 'kassym-jomart-tokayev',
    name: 'Kassym-Jomart Tokayev',
    kind: 'person',
    variants: ['Kassym-Jomart Tokayev', 'Tokayev', 'Toqayev', 'Tokaev'],
  },
  {
    id: 'csto',
    name: 'Collective Security Treaty Organization',
    kind: 'organisation',
    variants: ['Collective Security Treaty Organization', 'CSTO'],
  },
  {
    id: 'european-union',
    name: 'European Union',
    kind: 'organisation',
    variants: ['EU', 'European Union'],
  },
  { id: 'astana', name: 'Astana', kind: 'place', variants: ['Astana', 'Nur-Sultan'] },
  { id: 'turkey', name: 'Turkey', kind: 'place', variants: ['Turkey'] },
  {
    id: 'belt-and-road',
    name: 'Belt and Road Initiative',
    kind: 'concept',
    variants: ['Belt and Road Initiative'],
  },
  {
    id: 'astana-international-forum',
    name: 'Astana International Forum',
    kind: 'event',
    variants: ['Astana International Forum', 'AIF'],
  },
  {
    id: 'nursultan-nazarbayev',
    name: 'Nursultan Nazarbayev',
    kind: 'person',
    variants: ['Nursultan Nazarbayev', 'Nazarbayev'],
  },
  {
    id: 'dariga-nazarbayeva',
    name: 'Dariga Nazarbayeva',
    kind: 'person',
    variants: ['Dariga Nazarbayeva', 'Nazarbayeva'],
  },
];
const matcher = compileMatcher(DICTIONARY);
// The 1,000-2,000-run properties take 3-5 s on a busy 2-core machine: past vitest's default 5 s.
const PROPERTY_TIMEOUT_MS = 30_000;

/** The matched surface strings and their term ids. */
const found = (text: string) =>
  matchTerms(text, matcher).map((m) => [text.slice(m.start, m.end), m.termId]);

describe('matchTerms', () => {
  it.each([
    ['President Tokayev said', [['Tokayev', 'kassym-jomart-tokayev']]],
    ["Tokayev's decree", [['Tokayev', 'kassym-jomart-tokayev']]],
    ['Tokayev\u2019s decree', [['Tokayev', 'kassym-jomart-tokayev']]],
    ['TOKAYEV SPEAKS', [['TOKAYEV', 'kassym-jomart-tokayev']]],
    ['Kassym-Jomart Tokayev', [['Kassym-Jomart Tokayev', 'kassym-jomart-tokayev']]],
    ['Kassym Jomart Tokayev', [['Kassym Jomart Tokayev', 'kassym-jomart-tokayev']]],
    [
      'Kassym\u2011Jomart\u00a0Tokayev',
      [['Kassym\u2011Jomart\u00a0Tokayev', 'kassym-jomart-tokayev']],
    ],
    ['Toqaýev arrived', [['Toqaýev', 'kassym-jomart-tokayev']]],
    [
      'the Collective Security Treaty Organization (CSTO)',
      [
        ['Collective Security Treaty Organization', 'csto'],
        ['CSTO', 'csto'],
      ],
    ],
    ['the Csto and csto are not acronyms', []],
    [
      'EU-Kazakhstan relations and the EU.',
      [
        ['EU', 'european-union'],
        ['EU', 'european-union'],
      ],
    ],
    ['EUROPE and neutral words', []],
    [
      'in Nur-Sultan and Astana',
      [
        ['Nur-Sultan', 'astana'],
        ['Astana', 'astana'],
      ],
    ],
    ['a roast turkey, flights to Turkey', [['Turkey', 'turkey']]],
    ['the Belt And Road Initiative', [['Belt And Road Initiative', 'belt-and-road']]],
    [
      'the Astana International Forum opened',
      [['Astana International Forum', 'astana-international-forum']],
    ],
    ['Astana. International forum', [['Astana', 'astana']]],
    [
      'Nursultan Nazarbayev and Dariga Nazarbayeva',
      [
        ['Nursultan Nazarbayev', 'nursultan-nazarbayev'],
        ['Dariga Nazarbayeva', 'dariga-nazarbayeva'],
      ],
    ],
    ['Tokayevs and Tokayevism are other words', []],
    ['', []],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('does not join words across sentence punctuation', () => {
    expect(found('Kassym. Jomart Tokayev')).toEqual([['Tokayev', 'kassym-jomart-tokayev']]);
  });

  it('offsets are UTF-16 offsets into the original text (astral characters before a name)', () => {
    const text = '😀😀 Tokayev';
    const [m] = matchTerms(text, matcher);
    expect(text.slice(m!.start, m!.end)).toBe('Tokayev');
  });
});

describe('matchTerms properties', () => {
  const allVariants = DICTIONARY.flatMap((t) => t.variants.map((v) => ({ v, id: t.id })));

  it('every match slices back to a known variant of its term (after normalisation)', () => {
    const piece = fc.oneof(
      fc.constantFrom(...allVariants.map((x) => x.v)),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
      fc.constantFrom(' ', "'s ", '-', '. ', '\u00a0', ', ', '\u00ad', '\u200d', '\u200b'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        const matches = matchTerms(text, matcher);
        let last = -1;
        for (const m of matches) {
          expect(m.start).toBeGreaterThan(last);
          expect(m.end).toBeGreaterThan(m.start);
          last = m.end - 1;
          const norm = (s: string) =>
            splitWords(s)
              .map((w) => wordKey(w.word))
              .join(' ');
          const variants = DICTIONARY.find((t) => t.id === m.termId)!.variants.map(norm);
          expect(variants).toContain(norm(text.slice(m.start, m.end)));
        }
      }),
      { numRuns: 500 },
    );
  });

  it(
    'the fast tokeniser finds exactly what the reference tokeniser finds',
    () => {
      const piece = fc.oneof(
        fc.constantFrom(...allVariants.map((x) => x.v)),
        fc.constantFrom(
          'Toqaýev',
          'TOQAÝEV',
          'To\u0301kayev',
          'Tokayev\u0301',
          'İstanbul',
          'Ωmega',
          '𝐀stana',
          '😀',
          'Tokayev\u{1D16D}',
          '\u{1D16D}Astana',
          '\ud800',
        ),
        fc.string({ unit: 'grapheme', maxLength: 6 }),
        fc.string({ unit: 'binary', maxLength: 4 }),
        fc.constantFrom(' ', "'s ", '-', '. ', '\u00a0', ', ', '\u2011'),
      );
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
          const text = pieces.join('');
          expect(matchTerms(text, matcher)).toEqual(matchTermsSimple(text, matcher));
        }),
        { numRuns: 2000 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it('never throws on arbitrary Unicode, including lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(() => matchTerms(text, matcher)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });

  it('finds every planted variant surrounded by spaces', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...allVariants), { minLength: 1, maxLength: 10 }),
        (picked) => {
          const text = picked.map((x) => x.v).join(' ; ');
          const matches = matchTerms(text, matcher);
          expect(matches.map((m) => m.termId)).toEqual(picked.map((x) => x.id));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('compileMatcher', () => {
  it('scales to a large dictionary without changing results', () => {
    const big = [
      ...DICTIONARY,
      ...Array.from({ length: 20_000 }, (_, i) => ({
        id: `synthetic-${i}`,
        name: `Zq${i} Term`,
        kind: 'concept' as const,
        variants: [`Zq${i} Term`],
      })),
    ];
    const text = 'President Tokayev met the CSTO in Astana. Zq19999 Term too.';
    expect(matchTerms(text, compileMatcher(big)).map((m) => m.termId)).toEqual([
      'kassym-jomart-tokayev',
      'csto',
      'astana',
      'synthetic-19999',
    ]);
  });

  it('names that begin with a lowercase word still match where a page writes them in lowercase', () => {
    // Lowercase page words are checked against the first words of lowercase-first variants only.
    const names: DictionaryEntry[] = [
      { id: 'de-gaulle', name: 'de Gaulle', kind: 'person', variants: ['de Gaulle'] },
      { id: 'de-beers', name: 'De Beers', kind: 'organisation', variants: ['De Beers'] },
      { id: 'new-york', name: 'New York', kind: 'place', variants: ['New York'] },
      { id: 'iphone', name: 'iPhone', kind: 'concept', variants: ['iPhone'] },
      { id: 'eu', name: 'EU', kind: 'organisation', variants: ['EU'] },
      { id: 'al-farabi', name: 'al-Farabi', kind: 'person', variants: ['al-Farabi'] },
      { id: 'ekibastuz', name: 'Ékibastuz', kind: 'place', variants: ['éKibastuz'] },
    ];
    const matcher = compileMatcher(names);
    const found = (text: string) => matchTerms(text, matcher).map((m) => m.termId);
    expect(found('de Gaulle and De Gaulle, de Beers and De Beers')).toEqual([
      'de-gaulle',
      'de-gaulle',
      'de-beers',
    ]);
    expect(found('new York, New York, iphone, iPhone, eu, EU, al-Farabi, éKibastuz')).toEqual([
      'new-york',
      'iphone',
      'iphone',
      'eu',
      'al-farabi',
      'ekibastuz',
    ]);
    const piece = fc.oneof(
      fc.constantFrom('de', 'De', 'DE', 'new', 'New', 'york', 'York', 'iphone', 'iPhone', 'IPHONE'),
      fc.constantFrom('eu', 'EU', 'Eu', 'al', 'Al', 'farabi', 'Farabi', 'éKibastuz', 'ékibastuz'),
      fc.constantFrom('gaulle', 'Gaulle', 'beers', 'Beers', 'Éé', 'ß', 'ǅ', '5g'),
      fc.constantFrom(' ', '-', ', '),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        expect(matchTerms(text, matcher)).toEqual(matchTermsSimple(text, matcher));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('page forms: dotted acronyms, spelling families, conditions', () => {
  const PAGE_DICTIONARY: DictionaryEntry[] = [
    {
      id: 'tokayev',
      name: 'Kassym-Jomart Tokayev',
      kind: 'person',
      variants: ['Kassym-Jomart Tokayev', 'Tokayev'],
      spellingKeys: ['kasim jomart tokaev', 'tokaev'],
    },
    {
      id: 'united-states',
      name: 'United States',
      kind: 'place',
      variants: ['United States', 'U.S.'],
      contextVariants: ['U.S.'],
    },
    { id: 'un', name: 'UN', kind: 'organisation', variants: ['UN'], contextVariants: ['UN'] },
    {
      id: 'mora',
      name: 'Enrique Mora',
      kind: 'person',
      variants: ['Enrique Mora'],
      fullNameVariants: ['Mora'],
    },
    {
      id: 'turkey',
      name: 'Turkey',
      kind: 'place',
      variants: ['Turkey'],
      contextVariants: ['Turkey'],
    },
  ];
  const matcher = compileMatcher(PAGE_DICTIONARY);
  const found = (text: string) =>
    matchTerms(text, matcher).map((m) => ({
      text: text.slice(m.start, m.end),
      termId: m.termId,
      ...(m.condition ? { condition: m.condition } : {}),
      ...(m.bySpelling ? { bySpelling: true } : {}),
    }));

  it('reads letters with dots as the acronym, the closing dot included, also at a sentence end', () => {
    expect(found('The U.S. State Department and the U.N. met. He flew to the U.S.')).toEqual([
      { text: 'U.S.', termId: 'united-states', condition: 'context' },
      { text: 'U.N.', termId: 'un', condition: 'context' },
      { text: 'U.S.', termId: 'united-states', condition: 'context' },
    ]);
    // Undotted `US` is the same acronym; `us` and a lone `U.` are not.
    expect(found('US troops told us. U. Thant')).toEqual([
      { text: 'US', termId: 'united-states', condition: 'context' },
    ]);
  });

  it('finds other romanisations through the spelling family, capitalised only', () => {
    expect(found('Qasym-Zhomart Toqaev spoke; later Toqaev left. toqaev')).toEqual([
      { text: 'Qasym-Zhomart Toqaev', termId: 'tokayev', bySpelling: true },
      { text: 'Toqaev', termId: 'tokayev', bySpelling: true },
    ]);
  });

  it('marks surnames alone and ambiguous forms with their condition', () => {
    expect(found('Enrique Mora met Mora in Turkey.')).toEqual([
      { text: 'Enrique Mora', termId: 'mora' },
      { text: 'Mora', termId: 'mora', condition: 'full-name' },
      { text: 'Turkey', termId: 'turkey', condition: 'context' },
    ]);
  });

  it('finds the same matches on the simple path', () => {
    const text = 'Toqaev met U.S. envoys; Enrique Mora and Mora.';
    expect(matchTermsSimple(text, matcher)).toEqual(matchTerms(text, matcher));
  });

  it('finds any word by its family key on both paths (the fast path hashes without folding when nothing folds)', () => {
    const letter = fc.constantFrom(...'aeiouyqkhzdjgwcstnrv');
    fc.assert(
      fc.property(fc.array(letter, { minLength: 5, maxLength: 10 }), (letters) => {
        const word = letters.join('');
        // Folding shortens a real name by a few letters at most; the matcher relies on it.
        fc.pre(word.length - familyKey(word).length <= 4);
        // No name starts with `Ck`: the matcher does not look words starting with `c` up under `k`.
        fc.pre(!/^c[kq]/u.test(word));
        const spelled = word[0]!.toUpperCase() + word.slice(1);
        const m = compileMatcher([
          {
            id: 'x',
            name: 'Xx Placeholder',
            kind: 'place',
            variants: ['Xx Placeholder'],
            spellingKeys: [familyKey(word)],
          },
        ]);
        const text = `Near ${spelled} today`;
        expect(matchTerms(text, m).map((x) => x.termId)).toEqual(['x']);
        expect(matchTermsSimple(text, m).map((x) => x.termId)).toEqual(['x']);
      }),
      { numRuns: 500 },
    );
  });
});

describe('invisible format characters inside names', () => {
  // Soft hyphen, zero-width non-joiner and joiner, word joiner, zero-width no-break space (BOM).
  const INVISIBLES = ['\u00ad', '\u200c', '\u200d', '\u2060', '\ufeff'];
  // An alternation, not a class: a class holding U+200D reads as one joined sequence to a linter.
  const INVISIBLE = /\u00ad|\u200c|\u200d|\u2060|\ufeff/gu;
  const strip = (s: string) => s.replace(INVISIBLE, '');
  const NAMES: DictionaryEntry[] = [
    {
      id: 'tokayev',
      name: 'Kassym-Jomart Tokayev',
      kind: 'person',
      variants: ['Kassym-Jomart Tokayev', 'Tokayev'],
      spellingKeys: ['kasim jomart tokaev', 'tokaev'],
    },
    { id: 'kazakhstan', name: 'Kazakhstan', kind: 'place', variants: ['Kazakhstan'] },
    { id: 'csto', name: 'CSTO', kind: 'organisation', variants: ['CSTO'] },
    { id: 'united-states', name: 'United States', kind: 'place', variants: ['U.S.'] },
    {
      id: 'nazarbayev',
      name: 'Nursultan Nazarbayev',
      kind: 'person',
      variants: ['Nursultan Nazarbayev', 'Nazarbayev'],
    },
  ];
  const names = compileMatcher(NAMES);
  const found = (text: string) =>
    matchTerms(text, names).map((m) => [text.slice(m.start, m.end), m.termId]);

  it.each([
    ['President Toka\u00adyev said', [['Toka\u00adyev', 'tokayev']]],
    ['elections in Kazakh\u00adstan.', [['Kazakh\u00adstan', 'kazakhstan']]],
    // Hyphenation tools put a soft hyphen at every break point.
    [
      'Nur\u00adsul\u00adtan Na\u00adzar\u00adba\u00adyev',
      [['Nur\u00adsul\u00adtan Na\u00adzar\u00adba\u00adyev', 'nazarbayev']],
    ],
    ['Toka\u200dyev', [['Toka\u200dyev', 'tokayev']]],
    ['Toka\u200cyev', [['Toka\u200cyev', 'tokayev']]],
    ['Toka\u2060yev', [['Toka\u2060yev', 'tokayev']]],
    ['Toka\ufeffyev', [['Toka\ufeffyev', 'tokayev']]],
    ['Kassym-Jomart Toka\u00adyev', [['Kassym-Jomart Toka\u00adyev', 'tokayev']]],
    // A word joiner after a hyphen keeps a line from breaking there.
    ['Kassym-\u2060Jomart Tokayev', [['Kassym-\u2060Jomart Tokayev', 'tokayev']]],
    // Never starting or ending on an invisible character.
    ['\u00adTokayev\u00ad said', [['Tokayev', 'tokayev']]],
    ['\ufeffTokayev', [['Tokayev', 'tokayev']]],
    ['Kazakhstan\u200d\u00ad, then', [['Kazakhstan', 'kazakhstan']]],
    // Case rules apply to the visible letters.
    ['the C\u00adSTO and the c\u00adsto', [['C\u00adSTO', 'csto']]],
    ['toka\u00adyev', []],
    // One longer word is still not the name.
    ['Tokayev\u00adism', []],
    ['the U.\u00adS. envoy', [['U.\u00adS.', 'united-states']]],
    ['Toqa\u00adev arrived', [['Toqa\u00adev', 'tokayev']]],
    ['😀\u00ad Toka\u00adyev', [['Toka\u00adyev', 'tokayev']]],
    // A zero-width space is a word break (as Unicode's word boundaries and the browser's own
    // word selection have it), also allowed between the words of a name.
    ['Toka\u200byev', []],
    ['Tokayev\u200bsaid', [['Tokayev', 'tokayev']]],
    ['Kassym-\u200bJomart Tokayev', [['Kassym-\u200bJomart Tokayev', 'tokayev']]],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
    expect(
      matchTermsSimple(text, names).map((m) => [text.slice(m.start, m.end), m.termId]),
    ).toEqual(expected);
  });

  it(
    'finds a name with invisible characters inserted anywhere in it, over exactly its characters',
    () => {
      const aliases = NAMES.flatMap((t) => t.variants.map((v) => ({ v, id: t.id })));
      fc.assert(
        fc.property(
          fc.constantFrom(...aliases),
          fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INVISIBLES)), { maxLength: 6 }),
          fc.constantFrom('', 'See ', 'said: '),
          ({ v, id }, inserts, before) => {
            const chars = [...v].map((c) => [c]);
            // Position 0 and chars.length put invisibles before and after the name.
            const edges: string[][] = [[], ...chars.map(() => [])];
            for (const [at, ch] of inserts) edges[at % edges.length]!.push(ch);
            let name = edges[0]!.join('');
            const first = before.length + name.length;
            chars.forEach((c, i) => (name += c.join('') + edges[i + 1]!.join('')));
            const last = before.length + name.length - edges[chars.length]!.join('').length;
            const text = `${before}${name} today`;
            for (const match of [matchTerms, matchTermsSimple]) {
              const [m, ...rest] = match(text, names);
              expect(rest).toEqual([]);
              expect(m).toMatchObject({ termId: id, start: first, end: last });
            }
          },
        ),
        { numRuns: 1000 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'matches a text as it matches the text without its invisible characters',
    () => {
      const piece = fc.oneof(
        fc.constantFrom(...NAMES.flatMap((t) => t.variants), 'Toqaev', 'U.S', 'Kazakh', 'stan'),
        fc.constantFrom(...INVISIBLES, '\u200b'),
        fc.string({ unit: 'grapheme', maxLength: 4 }),
        fc.string({ unit: 'binary', maxLength: 3 }),
        fc.constantFrom(' ', "'s ", '-', '. ', '\u00a0', ', ', '.'),
      );
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
          const text = pieces.join('');
          const visible = strip(text);
          const matches = matchTerms(text, names);
          expect(matches).toEqual(matchTermsSimple(text, names));
          for (const m of matches) {
            expect(text[m.start]).not.toMatch(INVISIBLE);
            expect(text[m.end - 1]).not.toMatch(INVISIBLE);
          }
          const seen = matches.map((m) => ({ ...m, text: strip(text.slice(m.start, m.end)) }));
          const expected = matchTerms(visible, names).map((m) => ({
            ...m,
            text: visible.slice(m.start, m.end),
          }));
          // Same terms, same visible text, same order; only offsets differ.
          const key = ({ start: _s, end: _e, ...rest }: { start: number; end: number }) => rest;
          expect(seen.map(key)).toEqual(expected.map(key));
        }),
        { numRuns: 2000 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
