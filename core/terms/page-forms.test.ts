import { describe, expect, it } from 'vitest';
import type { Term, TermKind } from '../types';
import { addPageForms, isAmbiguousForm } from './page-forms';

const term = (id: string, kind: TermKind, variants: string[]): Term => ({
  id,
  name: variants[0]!,
  kind,
  variants,
  passageIds: ['a:0'],
  related: [],
});

describe('isAmbiguousForm', () => {
  it.each([
    ['Turkey', 'place'],
    ['Jordan', 'place'],
    ['Senate', 'organisation'],
    ['Washington', 'place'],
    ['AIF', 'event'],
    ['CSTO', 'organisation'],
    ['U.S.', 'place'],
    ['EU', 'organisation'],
    ['multi-vector', 'concept'],
    ['Vision 2040', 'concept'],
    ['Northern Corridor', 'place'],
  ] as const)('%s is also an ordinary word or another thing', (form, kind) => {
    expect(isAmbiguousForm(form, kind)).toBe(true);
  });

  it.each([
    ['Kazakhstan', 'place'],
    ['Nur-Sultan', 'place'],
    ['Xi’an', 'place'],
    ['Collective Security Treaty Organization', 'organisation'],
    ['ODIHR', 'organisation'],
    ['Kassym-Jomart Tokayev', 'person'],
    ['Charles Michelle', 'person'],
    ['United States', 'place'],
    ['Tokayev', 'person'],
  ] as const)('%s names one thing', (form, kind) => {
    expect(isAmbiguousForm(form, kind)).toBe(false);
  });
});

describe('addPageForms', () => {
  it('marks ambiguous variants as needing context', () => {
    const [turkey, astana] = addPageForms([
      term('turkey', 'place', ['Turkey']),
      term('astana', 'place', ['Astana', 'Nur-Sultan']),
    ]);
    expect(turkey!.contextVariants).toEqual(['Turkey']);
    expect(astana!.contextVariants).toBeUndefined();
  });

  it('adds a distinctive surname as a variant; an ordinary one only beside the full name', () => {
    const [massimov, mora] = addPageForms([
      term('karim-massimov', 'person', ['Karim Massimov']),
      term('enrique-mora', 'person', ['Enrique Mora']),
    ]);
    expect(massimov!.variants).toContain('Massimov');
    expect(massimov!.fullNameVariants).toBeUndefined();
    expect(mora!.variants).not.toContain('Mora');
    expect(mora!.fullNameVariants).toEqual(['Mora']);
  });

  it('gives a surname two people share to neither', () => {
    const terms = addPageForms([
      term('anna-ivanova', 'person', ['Anna Ivanova']),
      term('olga-ivanova', 'person', ['Olga Ivanova']),
    ]);
    for (const t of terms) {
      expect(t.variants).not.toContain('Ivanova');
      expect(t.fullNameVariants ?? []).not.toContain('Ivanova');
    }
  });

  it('gives people and places spelling keys, never one an English word folds to or two names share', () => {
    const [tokayev, csto, mobil, a, b] = addPageForms([
      term('tokayev', 'person', ['Kassym-Jomart Tokayev']),
      term('csto', 'organisation', ['Collective Security Treaty Organization']),
      term('mobil', 'place', ['Mobille']),
      term('aliyev', 'person', ['Ilham Aliyev']),
      term('aliev', 'person', ['Ilham Aliev']),
    ]);
    expect(tokayev!.spellingKeys).toEqual(
      expect.arrayContaining(['kasim jomart tokaev', 'tokaev']),
    );
    expect(csto!.spellingKeys).toBeUndefined();
    expect(mobil!.spellingKeys).toBeUndefined(); // `mobile` folds to the same key.
    expect(a!.spellingKeys ?? []).not.toContain('ilham aliev');
    expect(b!.spellingKeys ?? []).not.toContain('ilham aliev');
  });
});
