import { describe, expect, it, vi } from 'vitest';
import { parseBackgroundRequest } from '../messages';
import { compileCorpus } from '../compile';
import { SourceLibrary } from '../sources/library';
import { EMPTY_CURATED } from '../terms/curated';
import type { CompiledCorpus } from '../types';
import { StaleCorpusError, createLookupService, readCorpusAsset } from './service';
import type { TermCard } from '../messages';

describe('listSources', () => {
  // The first compile in a file reads the word lists: seconds on a loaded machine.
  it(
    'lists every article in corpus order with its passage count, none left out',
    { timeout: 60_000 },
    async () => {
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
    },
  );

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

describe('sourcesChanged', () => {
  it('rereads the files it is told of, and leaves the merge to the next read', async () => {
    const files = [
      {
        name: 'a.txt',
        bytes: new TextEncoder().encode('Almaty\n\nAlmaty is a city in Kazakhstan.\n'),
      },
    ];
    const { corpus } = compileCorpus({ files, curated: EMPTY_CURATED });
    const library = new SourceLibrary(JSON.parse(JSON.stringify(corpus)) as CompiledCorpus);
    const loaded = vi.spyOn(library, 'loaded');
    const reread = vi.fn(async (lib: SourceLibrary, changed: { files: string[] }) => {
      for (const file of changed.files) lib.setUserSource(file, null);
    });
    const service = createLookupService({ load: async () => library, reread });
    expect(await service.sourcesChanged({ files: ['x.txt', 'y.txt'] })).toEqual({ userSources: 0 });
    expect(reread).toHaveBeenCalledWith(library, { files: ['x.txt', 'y.txt'] });
    expect(loaded).not.toHaveBeenCalled();
  });
});

describe('loading the library', () => {
  const emptyLibrary = () => {
    const { corpus } = compileCorpus({
      files: [{ name: 'a.txt', bytes: new TextEncoder().encode('Almaty\n\nAlmaty is a city.\n') }],
      curated: EMPTY_CURATED,
    });
    return new SourceLibrary(JSON.parse(JSON.stringify(corpus)) as CompiledCorpus);
  };

  it('loads once for concurrent and later requests', async () => {
    const library = emptyLibrary();
    const load = vi.fn(async () => library);
    const service = createLookupService({ load });
    await Promise.all([service.getDictionary({}), service.listSources({}), service.getStatus({})]);
    await service.getDictionary({});
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries again on the next request after a failed load (the asset may be rebuilt)', async () => {
    const library = emptyLibrary();
    const load = vi
      .fn<() => Promise<SourceLibrary>>()
      .mockRejectedValueOnce(new Error("Sourcelight's index is missing"))
      .mockResolvedValue(library);
    const service = createLookupService({ load });
    expect(await service.getStatus({})).toEqual({
      ok: false,
      error: "Sourcelight's index is missing",
    });
    expect(await service.getStatus({})).toEqual(expect.objectContaining({ ok: true }));
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('lookupTerm with prebuilt cards', () => {
  const { corpus } = compileCorpus({
    files: [
      {
        name: 'a.txt',
        bytes: new TextEncoder().encode(
          'Title a\n\nKassym-Jomart Tokayev met officials in Almaty on Monday.\n',
        ),
      },
    ],
    curated: EMPTY_CURATED,
  });
  const termId = corpus.terms[0]!.id;
  const prebuilt = { term: { id: termId, name: 'from the shard' } } as unknown as TermCard;

  it('answers from the prebuilt card until the library is loaded, without loading it', async () => {
    const load = vi.fn(async () => new SourceLibrary(structuredClone(corpus)));
    const service = createLookupService({ load, prebuiltCard: async () => prebuilt });
    expect(await service.lookupTerm({ termId })).toBe(prebuilt);
    expect(load).not.toHaveBeenCalled();
    await service.search({ query: 'Almaty' });
    expect((await service.lookupTerm({ termId }))?.term.name).not.toBe('from the shard');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('the library answers when the prebuilt card cannot (undefined)', async () => {
    const load = vi.fn(async () => new SourceLibrary(structuredClone(corpus)));
    const service = createLookupService({ load, prebuiltCard: async () => undefined });
    expect((await service.lookupTerm({ termId }))?.term.id).toBe(termId);
    expect(load).toHaveBeenCalledTimes(1);
  });
});
