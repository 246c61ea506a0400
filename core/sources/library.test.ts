import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import MiniSearch from 'minisearch';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { compileCorpus } from '../compile';
import { SEARCH_OPTIONS, passageDocument, type PassageDocument } from '../search/options';
import { searchCorpus } from '../search/search-corpus';
import { buildTermCard } from '../search/term-card';
import { validateCurated } from '../terms/curated';
import type { CompiledCorpus } from '../types';
import { SourceLibrary, type StoreContents } from './library';
import { readLibrarySnapshot, writeLibrarySnapshot } from './library-snapshot';
import { compileSource, type StoredSource } from './user-source';

const ROOT = resolve(import.meta.dirname, '../..');
const curated = validateCurated(JSON.parse(readFileSync(resolve(ROOT, 'data/terms.json'), 'utf8')));
let bundled: CompiledCorpus;

beforeAll(() => {
  const dir = resolve(ROOT, 'seeds');
  const files = readdirSync(dir)
    .filter((n) => n.endsWith('.txt') || n.endsWith('.md'))
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(resolve(dir, name))) }));
  // Through JSON, as the background reads the asset.
  bundled = JSON.parse(JSON.stringify(compileCorpus({ files, curated }).corpus)) as CompiledCorpus;
}, 60_000);

/** A real published article (eval sets), added as the reader would add a file. */
function added(path: string, file = path.split('/').pop()!): StoredSource {
  // The evaluation sets' own bookkeeping keys are not seed front matter.
  const text = readFileSync(resolve(ROOT, path), 'utf8').replace(
    /^(?:licence|topic|split|title_from):.*\n/gmu,
    '',
  );
  return compileSource(
    { file, text, origin: 'file', addedAt: '2026-12-02T00:00:00.000Z' },
    curated,
  );
}
const DERNA = 'eval/compiler/articles/derna-floods/01.txt';
const SHINE = 'eval/pages/pages/32-shine-tokayev-renames-capital.txt';

const hitArticles = (library: SourceLibrary, query: string) =>
  searchCorpus(library.loaded(), query, 50).hits.map((h) => h.article.id);
const termWithVariant = (library: SourceLibrary, variant: string) =>
  library.loaded().corpus.terms.find((t) => t.variants.includes(variant));

describe('SourceLibrary', () => {
  it('with no sources of the reader, answers exactly as the bundled corpus does', () => {
    const library = new SourceLibrary(bundled);
    const loaded = library.loaded();
    expect(loaded.corpus.terms).toBe(bundled.terms);
    expect(loaded.corpus.figureGroups).toBe(bundled.figureGroups);
    expect(loaded.index.documentCount).toBe(bundled.passages.length);
    expect(library.summaries().every((s) => s.origin === 'bundled' && s.enabled)).toBe(true);
  });

  it('reads the index only for a search: a card or the dictionary at wake-up does not wait for it', () => {
    const loadJS = vi.spyOn(MiniSearch, 'loadJS');
    const library = new SourceLibrary(bundled);
    const derna = added(DERNA);
    library.setUserSource(derna.file, derna);
    const loaded = library.loaded();
    expect(loaded.dictionary.terms.length).toBeGreaterThan(0);
    expect(buildTermCard(loaded, loaded.corpus.terms[0]!.id)).not.toBeNull();
    expect(loadJS).not.toHaveBeenCalled();
    expect(hitArticles(library, 'Derna')[0]).toBe(derna.compiled.articles[0]!.id);
    hitArticles(library, 'Tokayev');
    expect(loadJS).toHaveBeenCalledTimes(1);
    loadJS.mockRestore();
  });

  it('with the index kept apart (the asset), reads it on the first search only, and again after a failed read', async () => {
    const { search, ...rest } = bundled;
    const apart: CompiledCorpus = { ...rest, search: null };
    let reads = 0;
    let failNext = true;
    const library = new SourceLibrary(apart, {
      readSearchIndex: async () => {
        reads += 1;
        if (failNext) {
          failNext = false;
          throw new Error('asset missing');
        }
        return JSON.parse(JSON.stringify(search)) as unknown;
      },
    });
    const loaded = library.loaded();
    expect(buildTermCard(loaded, loaded.corpus.terms[0]!.id)).not.toBeNull();
    expect(reads).toBe(0);
    expect(() => loaded.index).toThrow(/searchReady/u);
    await expect(library.searchReady()).rejects.toThrow('asset missing');
    await library.searchReady();
    expect(reads).toBe(2);
    expect(loaded.index.documentCount).toBe(bundled.passages.length);
    // The same answers as with the index inside the corpus.
    const together = new SourceLibrary(bundled);
    expect(hitArticles(library, 'Tokayev')).toEqual(hitArticles(together, 'Tokayev'));
    await library.searchReady();
    expect(reads).toBe(2);
  });

  it('an added article is searchable, its names in the dictionary and cards, without re-indexing the rest', () => {
    const library = new SourceLibrary(bundled);
    const index = library.loaded().index;
    const before = index.documentCount;
    const derna = added(DERNA);
    library.setUserSource(derna.file, derna);
    const loaded = library.loaded();
    // The same index, grown by the new passages only.
    expect(loaded.index).toBe(index);
    expect(loaded.index.documentCount).toBe(before + derna.compiled.passages.length);
    const articleId = derna.compiled.articles[0]!.id;
    expect(hitArticles(library, 'Derna floods')[0]).toBe(articleId);
    const derna_ = termWithVariant(library, 'Derna');
    expect(derna_).toBeDefined();
    const card = buildTermCard(loaded, derna_!.id)!;
    expect(card.excerpts.some((e) => e.article.id === articleId)).toBe(true);
    expect(loaded.dictionary.terms.some((t) => t.id === derna_!.id)).toBe(true);
    const summary = library.summaries().find((s) => s.article.id === articleId)!;
    expect(summary).toMatchObject({ origin: 'file', enabled: true, file: derna.file });
    expect(summary.passageCount).toBe(derna.compiled.passages.length);
    expect(summary.termCount).toBeGreaterThan(0);
  });

  it('searches an added article as a from-scratch index of the same passages would', () => {
    const library = new SourceLibrary(bundled);
    library.loaded();
    const derna = added(DERNA);
    library.setUserSource(derna.file, derna);
    const loaded = library.loaded();
    const fresh = new MiniSearch<PassageDocument>(SEARCH_OPTIONS);
    const namesOf = (pid: string) =>
      [...bundled.terms, ...derna.compiled.terms]
        .filter((t) => t.passageIds.includes(pid))
        .map((t) => t.name);
    fresh.addAll(
      loaded.corpus.passages.map((p) =>
        passageDocument(p, loaded.articleById.get(p.articleId)!.title, namesOf(p.id)),
      ),
    );
    for (const query of ['dams collapsed', 'Tokayev', 'death toll', 'Libya storm Daniel']) {
      const ids = (i: MiniSearch<PassageDocument>) => i.search(query).map((r) => r.id);
      expect(ids(loaded.index), query).toEqual(ids(fresh));
    }
  });

  it("merges an added article's names into the names the bundled sources know", () => {
    const library = new SourceLibrary(bundled);
    const tokayev = termWithVariant(library, 'Tokayev')!;
    const shine = added(SHINE);
    library.setUserSource(shine.file, shine);
    const merged = library.loaded().termById.get(tokayev.id)!;
    const articleId = shine.compiled.articles[0]!.id;
    expect(merged.passageIds.some((pid) => pid.startsWith(`${articleId}:`))).toBe(true);
    // Still one term for him, not a second "Tokayev".
    expect(
      library.loaded().corpus.terms.filter((t) => t.variants.includes('Tokayev')),
    ).toHaveLength(1);
    const card = buildTermCard(library.loaded(), tokayev.id)!;
    expect(card.allExcerpts.some((e) => e.article.id === articleId)).toBe(true);
  });

  it('a removed article leaves no passage, name or index entry behind', () => {
    const library = new SourceLibrary(bundled);
    const before = library.loaded();
    const termIds = before.corpus.terms.map((t) => t.id);
    const derna = added(DERNA);
    library.setUserSource(derna.file, derna);
    library.loaded();
    library.setUserSource(derna.file, null);
    const after = library.loaded();
    expect(after.index.documentCount).toBe(bundled.passages.length);
    expect(after.corpus.terms.map((t) => t.id)).toEqual(termIds);
    expect(hitArticles(library, 'Derna')).toEqual([]);
    expect(library.summaries().some((s) => s.file === derna.file)).toBe(false);
  });

  it('turning sources off hides them everywhere and keeps them listed; on again restores them', () => {
    const library = new SourceLibrary(bundled);
    const first = bundled.articles[0]!;
    const onlyThere = bundled.terms.filter((t) =>
      t.passageIds.every((pid) => pid.startsWith(`${first.id}:`)),
    );
    expect(onlyThere.length).toBeGreaterThan(0);
    const query = bundled.passages
      .find((p) => p.articleId === first.id)!
      .text.split(' ')
      .slice(0, 6)
      .join(' ');
    expect(hitArticles(library, query)).toContain(first.id);

    library.setBundledOff([first.file]);
    const off = library.loaded();
    expect(hitArticles(library, query)).not.toContain(first.id);
    for (const t of onlyThere) expect(off.termById.has(t.id)).toBe(false);
    expect(off.corpus.figures.some((f) => f.articleId === first.id)).toBe(false);
    const firstSummary = library.summaries().find((s) => s.article.id === first.id)!;
    expect(firstSummary.enabled).toBe(false);
    expect(firstSummary.termCount).toBeGreaterThan(0);

    const derna = { ...added(DERNA), enabled: false };
    library.setUserSource(derna.file, derna);
    expect(hitArticles(library, 'Derna')).toEqual([]);

    library.setBundledOff([]);
    library.setUserSource(derna.file, { ...derna, enabled: true });
    expect(hitArticles(library, query)).toContain(first.id);
    expect(hitArticles(library, 'Derna').length).toBeGreaterThan(0);
    for (const t of onlyThere) expect(library.loaded().termById.has(t.id)).toBe(true);
  });

  it('a source replaced under the same file is searched with its new text only', () => {
    const library = new SourceLibrary(bundled);
    const derna = added(DERNA, 'clip.txt');
    library.setUserSource('clip.txt', derna);
    expect(hitArticles(library, 'Derna').length).toBeGreaterThan(0);
    const shine = added(SHINE, 'clip.txt');
    library.setUserSource('clip.txt', shine);
    expect(hitArticles(library, 'Derna')).toEqual([]);
    expect(hitArticles(library, 'Nursultan')).toContain(shine.compiled.articles[0]!.id);
    expect(library.loaded().index.documentCount).toBe(
      bundled.passages.length + shine.compiled.passages.length,
    );
  });
});

describe('SourceLibrary from a snapshot', () => {
  const KEY = { generation: 7, bundledHash: 'abcd1234' };

  /** A library with two sources of the reader's (one off) and a bundled source off, read whole. */
  function fromRecords(): { library: SourceLibrary; store: StoreContents } {
    const store: StoreContents = {
      records: [added(DERNA), { ...added(SHINE), enabled: false }, added(SHINE, 'shine-2.txt')],
      bundledOff: [bundled.articles[1]!.file],
      generation: KEY.generation,
    };
    const library = new SourceLibrary(bundled);
    library.setStore(store);
    return { library, store };
  }

  /** The snapshot as the background keeps it: through its JSON text. */
  function snapshotOf(library: SourceLibrary, store: StoreContents) {
    const text = writeLibrarySnapshot(library.snapshotParts()!, KEY, store.bundledOff);
    return readLibrarySnapshot(text, KEY)!;
  }

  it('answers cards, the dictionary, articles and the source list as the merged records do, without them', () => {
    const { library, store } = fromRecords();
    const snapshot = snapshotOf(library, store);
    const readStore = vi.fn(async () => store);
    const woken = new SourceLibrary(bundled);
    woken.adoptSnapshot(snapshot, readStore);

    const merged = library.loaded();
    const fast = woken.loaded();
    const plain = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;
    expect(plain(fast.corpus)).toEqual(plain(merged.corpus));
    expect(fast.dictionary).toEqual(merged.dictionary);
    for (const term of merged.corpus.terms)
      expect(buildTermCard(fast, term.id), term.id).toEqual(buildTermCard(merged, term.id));
    expect(woken.summaries()).toEqual(library.summaries());
    expect(woken.userFiles().sort()).toEqual(library.userFiles().sort());
    expect(readStore).not.toHaveBeenCalled();
    expect(woken.hasRecords).toBe(false);
  });

  it('searches as the merged records do, reads the records before a change, and keeps its merge when the store has not moved', async () => {
    const { library, store } = fromRecords();
    const woken = new SourceLibrary(bundled);
    const readStore = vi.fn(async () => store);
    woken.adoptSnapshot(snapshotOf(library, store), readStore);
    const before = woken.loaded();
    const queries = ['Derna', 'Nursultan', 'Tokayev', 'Libya', 'Astana capital'];
    for (const query of queries)
      expect(hitArticles(woken, query), query).toEqual(hitArticles(library, query));
    expect(readStore).not.toHaveBeenCalled();
    expect(() => woken.setUserSource('x.txt', null)).toThrow(/complete/u);

    await woken.complete();
    expect(woken.hasRecords).toBe(true);
    expect(woken.loaded()).toBe(before);
    for (const query of queries)
      expect(hitArticles(woken, query), query).toEqual(hitArticles(library, query));
    // Changes work as on a library read whole.
    woken.setUserSource(store.records[0]!.file, null);
    expect(hitArticles(woken, 'Derna')).toEqual([]);
  });

  it('merges the records again when the store moved on since the snapshot', async () => {
    const { library, store } = fromRecords();
    const moved: StoreContents = {
      records: store.records.slice(1),
      bundledOff: [],
      generation: KEY.generation + 1,
    };
    const woken = new SourceLibrary(bundled);
    woken.adoptSnapshot(snapshotOf(library, store), async () => moved);
    const before = woken.loaded();
    await woken.complete();
    const after = woken.loaded();
    expect(after).not.toBe(before);
    const fresh = new SourceLibrary(bundled);
    fresh.setStore(moved);
    expect(after.corpus.articles.map((a) => a.id)).toEqual(
      fresh.loaded().corpus.articles.map((a) => a.id),
    );
    expect(hitArticles(woken, 'Derna')).toEqual([]);
  });

  it('a failed read of the records is tried again by the next call', async () => {
    const { library, store } = fromRecords();
    let fail = true;
    const woken = new SourceLibrary(bundled);
    woken.adoptSnapshot(snapshotOf(library, store), async () => {
      if (fail) {
        fail = false;
        throw new Error('database closed');
      }
      return store;
    });
    await expect(woken.complete()).rejects.toThrow('database closed');
    await woken.complete();
    expect(woken.hasRecords).toBe(true);
  });

  it('knows which store generation it holds: from a whole read, then from every write after it reported, in order', () => {
    const library = new SourceLibrary(bundled);
    expect(library.written([1])).toBe(false); // never read whole: nothing known
    expect(library.generation).toBeNull();
    library.setStore({ records: [], bundledOff: [], generation: 5 });
    expect(library.generation).toBe(5);
    expect(library.written([7])).toBe(false); // 6 not heard of yet
    expect(library.generation).toBe(5);
    expect(library.written([6])).toBe(true);
    expect(library.generation).toBe(7);
    expect(library.written([3, 7])).toBe(false); // old news
    expect(library.written([9, 8])).toBe(true);
    expect(library.generation).toBe(9);
  });

  it('from a snapshot, holds its generation, then the store read with the records', async () => {
    const { library, store } = fromRecords();
    const woken = new SourceLibrary(bundled);
    woken.adoptSnapshot(snapshotOf(library, store), async () => ({ ...store, generation: 9 }));
    expect(woken.generation).toBe(KEY.generation);
    expect(woken.written([KEY.generation + 1])).toBe(true);
    await woken.complete();
    expect(woken.generation).toBe(9);
    expect(woken.bundledOffFiles()).toEqual(store.bundledOff);
  });

  it('has nothing to keep while the reader uses the bundled sources alone', () => {
    const library = new SourceLibrary(bundled);
    library.setStore({ records: [], bundledOff: [], generation: 3 });
    expect(library.snapshotParts()).toBeNull();
  });

  describe('the search index kept with it', () => {
    /** Every article of the compiler's evaluation set, as the reader's files: most passages are theirs. */
    function manyRecords(): { library: SourceLibrary; store: StoreContents } {
      const dir = 'eval/compiler/articles';
      const records = readdirSync(resolve(ROOT, dir)).flatMap((topic) =>
        readdirSync(resolve(ROOT, dir, topic))
          .filter((f) => f.endsWith('.txt'))
          .map((f) => added(`${dir}/${topic}/${f}`, `${topic}-${f}`)),
      );
      const store: StoreContents = { records, bundledOff: [], generation: KEY.generation };
      const library = new SourceLibrary(bundled);
      library.setStore(store);
      return { library, store };
    }
    const QUERIES = ['Derna', 'Chandrayaan lander', 'CrowdStrike update', 'Ruto', 'Tokayev'];

    it('a woken library searches from it as the merged records do, adding no passage', async () => {
      const { library, store } = manyRecords();
      const kept = await library.searchIndexToKeep();
      expect(kept).not.toBeNull();
      const readKeptIndex = vi.fn(async (generation: number) =>
        generation === KEY.generation ? kept : null,
      );
      const woken = new SourceLibrary(bundled, { readKeptIndex });
      woken.adoptSnapshot(snapshotOf(library, store), async () => store);
      const addAll = vi.spyOn(MiniSearch.prototype, 'addAll');
      await woken.searchReady();
      for (const query of QUERIES)
        expect(hitArticles(woken, query), query).toEqual(hitArticles(library, query));
      expect(addAll).not.toHaveBeenCalled();
      expect(readKeptIndex).toHaveBeenCalledWith(KEY.generation);
      addAll.mockRestore();

      // A change afterwards is applied to it as to any index.
      await woken.complete();
      const derna = store.records.find((r) => r.file.startsWith('derna'))!.file;
      woken.setUserSource(derna, null);
      library.setUserSource(derna, null);
      for (const query of QUERIES)
        expect(hitArticles(woken, query), query).toEqual(hitArticles(library, query));
    });

    it('is not used once the library changed, nor when it holds other passages', async () => {
      const { library, store } = manyRecords();
      const kept = (await library.searchIndexToKeep())!;

      const changed = new SourceLibrary(bundled, { readKeptIndex: vi.fn(async () => kept) });
      changed.adoptSnapshot(snapshotOf(library, store), async () => store);
      await changed.complete();
      changed.setUserSource(store.records[0]!.file, null);
      await changed.searchReady();
      library.setUserSource(store.records[0]!.file, null);
      for (const query of QUERIES)
        expect(hitArticles(changed, query), query).toEqual(hitArticles(library, query));

      // An index of another merge (here: one source fewer) is refused by its passage count.
      const other = await library.searchIndexToKeep();
      const { library: whole, store: wholeStore } = manyRecords();
      const stale = new SourceLibrary(bundled, { readKeptIndex: async () => other });
      stale.adoptSnapshot(snapshotOf(whole, wholeStore), async () => wholeStore);
      await stale.searchReady();
      for (const query of QUERIES)
        expect(hitArticles(stale, query), query).toEqual(hitArticles(whole, query));
    });

    it("is not kept while the reader's passages are a small part of all of them", async () => {
      const { library } = fromRecords();
      expect(await library.searchIndexToKeep()).toBeNull();
    });
  });
});
