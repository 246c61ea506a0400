/**
 * The build's line on what changed in the dictionary: against the previous
 * output when there is one, and never a reason to fail the build.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CORPUS_FORMAT_VERSION, DICTIONARY_ASSET, type CompiledDictionary } from '../core/types';
import { describeDictionaryChanges } from './compile-seeds';

const next: CompiledDictionary = {
  formatVersion: CORPUS_FORMAT_VERSION,
  terms: [
    { id: 'narok', name: 'Narok', kind: 'place', variants: ['Narok'] },
    { id: 'soviet-union', name: 'Soviet Union', kind: 'place', variants: ['Soviet Union'] },
  ],
};

let outDir: string;
beforeEach(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'sl-diff-'));
});
afterEach(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('describeDictionaryChanges', () => {
  it('says "first build" when there is no previous dictionary', async () => {
    expect(await describeDictionaryChanges(outDir, next)).toBe(
      'Sourcelight: dictionary vs previous build: first build',
    );
  });

  it('names what changed against the previous dictionary', async () => {
    const previous: CompiledDictionary = {
      formatVersion: CORPUS_FORMAT_VERSION,
      terms: [
        { id: 'reading', name: 'Reading', kind: 'place', variants: ['Reading'] },
        {
          id: 'soviet-union',
          name: 'Soviet Union',
          kind: 'organisation',
          variants: ['Soviet Union'],
        },
      ],
    };
    await writeFile(join(outDir, DICTIONARY_ASSET), JSON.stringify(previous));
    expect(await describeDictionaryChanges(outDir, next)).toBe(
      'Sourcelight: dictionary vs previous build: +1 added (Narok), -1 removed (Reading), ' +
        '1 kind changed (Soviet Union: organisation → place)',
    );
  });

  it.each([
    ['not JSON', '{"terms": ['],
    ['another shape', '{"terms": [{"id": 1}]}'],
    ['empty', ''],
  ])('does not fail when the previous dictionary is %s', async (_label, text) => {
    await writeFile(join(outDir, DICTIONARY_ASSET), text);
    expect(await describeDictionaryChanges(outDir, next)).toMatch(
      /^Sourcelight: dictionary vs previous build: not compared \(.+\)$/u,
    );
  });
});
