import { describe, expect, it } from 'vitest';
import { parseBackgroundRequest } from '../messages';
import { compileCorpus } from '../compile';
import { SourceLibrary } from '../sources/library';
import { EMPTY_CURATED } from '../terms/curated';
import type { CompiledCorpus } from '../types';
import { StaleCorpusError, createLookupService, readCorpusAsset } from './service';

describe('listSources', () => {
  it('lists every article in corpus order with its passage count, none left out', async () => {
    const files = ['b', 'a', 'c'].map((id, i) => ({
      name: `${id}.txt`,
      bytes: new TextEncoder().encode(
        `Title ${id}\n\n${'Almaty is a city in Kazakhstan with many parks. '.repeat(i + 1)}\n\n${i === 1 ? 'A second paragraph about the Astana summit and its guests.\n' : ''}`,
      ),
    }));
    const { corpus } = compileCorpus({ files, curated: EMPTY_CURATED });
    const service = createLookupService({
      load: async () => new SourceLibrary(JSON.parse(JSON.stringify(corpus)) as CompiledCorpus),
    });
    const { sources } = await service.listSources({});
    const count = (id: string) => corpus.passages.filter((p) => p.articleId === id).length;
    expect(count('a')).toBeGreaterThan(0);
    expect(sources.map((s) => [s.article.id, s.passageCount, s.origin, s.enabled])).toEqual([
      ['b', count('b'), 'bundled', true],
      ['a', count('a'), 'bundled', true],
      ['c', count('c'), 'bundled', true],
    ]);
  });

  it('is a request the background accepts', () => {
    expect(parseBackgroundRequest({ channel: 'sourcelight', type: 'listSources' })).toEqual({
      channel: 'sourcelight',
      type: 'listSources',
    });
  });
});

describe('readCorpusAsset', () => {
  it('refuses an asset of another format with a typed error that says to rebuild', () => {
    const read = () => readCorpusAsset(JSON.stringify({ formatVersion: 0 }));
    expect(read).toThrow(StaleCorpusError);
    expect(read).toThrow(/format 0, expected \d+: rebuild the extension/u);
  });
});
