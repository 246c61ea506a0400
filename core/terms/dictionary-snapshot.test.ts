import { describe, expect, it } from 'vitest';
import type { CompiledDictionary } from '../types';
import {
  MAX_SNAPSHOT_CHARS,
  dictionaryFromSnapshot,
  snapshotHash,
  snapshotOf,
} from './dictionary-snapshot';

const DICTIONARY: CompiledDictionary = {
  formatVersion: 7,
  terms: [
    { id: 'tokayev', name: 'Tokayev', kind: 'person', variants: ['Tokayev', 'Toqayev'] },
    {
      id: 'csto',
      name: 'CSTO',
      kind: 'organisation',
      variants: ['CSTO'],
      contextVariants: ['CSTO'],
      spellingKeys: ['csto'],
    },
  ],
};

describe('dictionary snapshot', () => {
  it('gives back the dictionary it was made from, through JSON as storage keeps it', () => {
    const stored: unknown = JSON.parse(JSON.stringify(snapshotOf(DICTIONARY, '1.2.0')));
    expect(dictionaryFromSnapshot(stored, '1.2.0')).toEqual(DICTIONARY);
  });

  it('is not used from another extension version or format, or when missing', () => {
    const snapshot = snapshotOf(DICTIONARY, '1.2.0');
    expect(dictionaryFromSnapshot(snapshot, '1.3.0')).toBeNull();
    expect(dictionaryFromSnapshot({ ...snapshot, format: 0 }, '1.2.0')).toBeNull();
    expect(dictionaryFromSnapshot(undefined, '1.2.0')).toBeNull();
    expect(dictionaryFromSnapshot('garbage', '1.2.0')).toBeNull();
    expect(dictionaryFromSnapshot({ ...snapshot, dictionary: { terms: 'x' } }, '1.2.0')).toBeNull();
  });

  it('drops damaged entries and keeps the rest; none left is no snapshot', () => {
    const snapshot = snapshotOf(DICTIONARY, '1')!;
    const damaged = {
      ...snapshot,
      dictionary: {
        formatVersion: 7,
        terms: [
          ...DICTIONARY.terms,
          null,
          { id: 'x', name: 'X', kind: 'spaceship', variants: ['X'] },
          { id: 'y', name: 'Y', kind: 'place', variants: 'Y' },
          { id: 'z', name: 'Z', kind: 'place', variants: ['Z'], spellingKeys: [1] },
        ],
      },
    };
    expect(dictionaryFromSnapshot(damaged, '1')).toEqual(DICTIONARY);
    const empty = { ...snapshot, dictionary: { formatVersion: 7, terms: [null] } };
    expect(dictionaryFromSnapshot(empty, '1')).toBeNull();
  });

  it('is not made for a dictionary too large to keep', () => {
    const big: CompiledDictionary = {
      formatVersion: 7,
      terms: Array.from({ length: MAX_SNAPSHOT_CHARS / 50 }, (_, i) => ({
        id: `name-${i}`,
        name: `Name ${i}`,
        kind: 'person' as const,
        variants: [`Name ${i}`],
      })),
    };
    expect(snapshotOf(big, '1')).toBeNull();
  });

  it('hashes tell dictionaries apart, and are read back from what is stored', () => {
    const a = snapshotOf(DICTIONARY, '1')!;
    const b = snapshotOf({ ...DICTIONARY, terms: DICTIONARY.terms.slice(1) }, '1')!;
    expect(a.hash).not.toBe(b.hash);
    expect(snapshotOf(DICTIONARY, '1')!.hash).toBe(a.hash);
    expect(snapshotHash(JSON.parse(JSON.stringify(a)))).toBe(a.hash);
    expect(snapshotHash(undefined)).toBeNull();
  });
});
