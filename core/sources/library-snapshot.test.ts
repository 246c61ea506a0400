import { describe, expect, it } from 'vitest';
import { CORPUS_FORMAT_VERSION } from '../types';
import {
  readLibrarySnapshot,
  textHash,
  writeLibrarySnapshot,
  type MergedParts,
} from './library-snapshot';

const PARTS: MergedParts = {
  userArticles: [],
  userPassages: [],
  userFigures: [],
  terms: [],
  figureGroups: [],
  userSummaries: [],
  userPassageNames: {},
};
const KEY = { generation: 4, bundledHash: textHash('{"bundled":1}') };

describe('library snapshot', () => {
  it('reads back what was written for the same store and bundled corpus', () => {
    const read = readLibrarySnapshot(writeLibrarySnapshot(PARTS, KEY, ['a.txt']), KEY);
    expect(read).toMatchObject({ ...PARTS, ...KEY, bundledOff: ['a.txt'] });
  });

  it('is refused for another generation, another bundled corpus, another format, or damage', () => {
    const text = writeLibrarySnapshot(PARTS, KEY, []);
    expect(readLibrarySnapshot(text, { ...KEY, generation: 5 })).toBeNull();
    expect(
      readLibrarySnapshot(text, { ...KEY, bundledHash: textHash('{"bundled":2}') }),
    ).toBeNull();
    const value = JSON.parse(text) as Record<string, unknown>;
    expect(
      readLibrarySnapshot(
        JSON.stringify({ ...value, corpusFormat: CORPUS_FORMAT_VERSION + 1 }),
        KEY,
      ),
    ).toBeNull();
    expect(readLibrarySnapshot(JSON.stringify({ ...value, format: 99 }), KEY)).toBeNull();
    expect(readLibrarySnapshot(JSON.stringify({ ...value, terms: 'x' }), KEY)).toBeNull();
    expect(readLibrarySnapshot(JSON.stringify({ ...value, userPassageNames: [] }), KEY)).toBeNull();
    expect(readLibrarySnapshot(text.slice(0, -10), KEY)).toBeNull();
    expect(readLibrarySnapshot(undefined, KEY)).toBeNull();
    expect(readLibrarySnapshot({ ...value }, KEY)).toBeNull();
  });

  it('hashes texts apart', () => {
    expect(textHash('a')).not.toBe(textHash('b'));
    expect(textHash('a')).toMatch(/^[0-9a-f]{8}$/u);
  });
});
