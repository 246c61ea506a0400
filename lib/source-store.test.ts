import 'fake-indexeddb/auto';
import { deleteDB, openDB } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoredSource } from '../core/sources/user-source';
import { CORPUS_FORMAT_VERSION } from '../core/types';
import {
  readKeptSearchIndex,
  SOURCE_DB_NAME,
  StorageFullError,
  bundledOff,
  deleteSources,
  getSources,
  putSource,
  putSources,
  readLibrarySnapshotText,
  setSourcesEnabled,
  sourceFiles,
  writeLibrarySnapshotText,
} from './source-store';

const record = (file: string, text = `Text of ${file}.`): StoredSource => ({
  file,
  origin: 'file',
  addedAt: '2026-12-02T00:00:00.000Z',
  text,
  enabled: true,
  compiled: {
    formatVersion: CORPUS_FORMAT_VERSION,
    articles: [],
    passages: [],
    terms: [],
    figures: [],
  },
});

/** Writes a raw value past the module, as an older or damaged store would hold it. */
async function putRaw(value: unknown): Promise<void> {
  const d = await openDB(SOURCE_DB_NAME);
  await d.put('sources', value);
  d.close();
}

describe('source store (IndexedDB)', () => {
  beforeEach(async () => {
    vi.restoreAllMocks();
    await deleteDB(SOURCE_DB_NAME);
  });

  it('stores, replaces and reads back sources, all or by file', async () => {
    await putSource(record('a.txt'));
    await putSource(record('b.txt'));
    await putSource(record('a.txt', 'New text.'));
    expect((await sourceFiles()).sort()).toEqual(['a.txt', 'b.txt']);
    const { sources, problems } = await getSources(['a.txt', 'missing.txt']);
    expect(problems).toEqual([]);
    expect(sources.map((s) => [s.file, s.text])).toEqual([['a.txt', 'New text.']]);
  });

  it('skips and names a damaged or stale record, returning the others', async () => {
    await putSource(record('good.txt'));
    await putRaw({ file: 'stale.txt', origin: 'file', text: 'x', compiled: { formatVersion: 0 } });
    await putRaw({ file: 'odd.txt', origin: 'somewhere', text: 'x' });
    const { sources, problems } = await getSources();
    expect(sources.map((s) => s.file)).toEqual(['good.txt']);
    expect(problems).toEqual([
      'odd.txt: unknown origin',
      'stale.txt: compiled by another version of Sourcelight (add it again)',
    ]);
  });

  it('removes sources and gives them back for undo', async () => {
    await putSources([record('a.txt'), record('b.txt'), record('c.txt')]);
    const { removed } = await deleteSources(['a.txt', 'c.txt']);
    expect(removed.map((r) => r.file)).toEqual(['a.txt', 'c.txt']);
    expect(await sourceFiles()).toEqual(['b.txt']);
    await putSources(removed);
    expect((await sourceFiles()).sort()).toEqual(['a.txt', 'b.txt', 'c.txt']);
  });

  it('every write to the sources moves the generation on; a snapshot is kept only for the generation it was made at', async () => {
    const generation = async () => (await getSources()).generation;
    const seen = [await generation()];
    const written = [await putSource(record('a.txt'))];
    seen.push(await generation());
    written.push(await putSources([record('b.txt'), record('c.txt')]));
    seen.push(await generation());
    written.push(await setSourcesEnabled(['a.txt', 'bundled.txt'], false));
    seen.push(await generation());
    written.push((await deleteSources(['b.txt'])).generation);
    seen.push(await generation());
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    // Each write says which generation it made.
    expect(written).toEqual([1, 2, 3, 4]);

    expect(await writeLibrarySnapshotText('snapshot at 3', 3)).toBe(false);
    expect((await readLibrarySnapshotText()).text).toBeUndefined();
    expect(await writeLibrarySnapshotText('snapshot at 4', 4)).toBe(true);
    expect(await readLibrarySnapshotText()).toEqual({ text: 'snapshot at 4', generation: 4 });
    // A failed write (no key) does not move it.
    await expect(putSources([record('d.txt'), { text: 'no key' } as never])).rejects.toThrow();
    expect(await generation()).toBe(4);
  });

  it('keeps a search index only with the snapshot written with it, for that generation and bundled corpus', async () => {
    const generation = await putSource(record('a.txt'));
    const index = { generation, bundledHash: 'h1', text: '{"index":1}' };
    expect(await writeLibrarySnapshotText('snapshot', generation, index)).toBe(true);
    expect(await readKeptSearchIndex(generation, 'h1')).toBe('{"index":1}');
    // Another generation or another bundled corpus (an update): not this one's.
    expect(await readKeptSearchIndex(generation + 1, 'h1')).toBeNull();
    expect(await readKeptSearchIndex(generation, 'h2')).toBeNull();
    // A snapshot refused (the store moved on) leaves both as they were.
    expect(await writeLibrarySnapshotText('old', generation - 1, { ...index, text: 'x' })).toBe(
      false,
    );
    expect(await readKeptSearchIndex(generation, 'h1')).toBe('{"index":1}');
    // A snapshot written without an index removes the one kept with the snapshot before it.
    expect(await writeLibrarySnapshotText('snapshot again', generation)).toBe(true);
    expect(await readKeptSearchIndex(generation, 'h1')).toBeNull();
  });

  it('a set of sources that cannot all be stored stores none of them', async () => {
    await putSource(record('before.txt'));
    const bad = { ...record('x.txt'), file: undefined } as unknown as StoredSource;
    await expect(putSources([record('a.txt'), bad, record('b.txt')])).rejects.toThrow();
    expect(await sourceFiles()).toEqual(['before.txt']);
  });

  it('turns stored sources off by their record and bundled ones by file', async () => {
    await putSource(record('mine.txt'));
    await setSourcesEnabled(['mine.txt', '000_bundled.txt'], false);
    expect((await getSources(['mine.txt'])).sources[0]?.enabled).toBe(false);
    expect(await bundledOff()).toEqual(['000_bundled.txt']);
    await setSourcesEnabled(['000_bundled.txt', 'mine.txt'], true);
    expect((await getSources(['mine.txt'])).sources[0]?.enabled).toBe(true);
    expect(await bundledOff()).toEqual([]);
  });

  it('says storage is full, and keeps what was stored, when the browser refuses a write', async () => {
    await putSource(record('kept.txt'));
    const proto = Object.getPrototypeOf(
      (await openDB(SOURCE_DB_NAME)).transaction('sources').store,
    );
    const original = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    void proto;
    void original;
    await expect(putSource(record('big.txt'))).rejects.toBeInstanceOf(StorageFullError);
    await expect(putSource(record('big.txt'))).rejects.toThrow(/storage is full.*big\.txt/iu);
    vi.restoreAllMocks();
    expect(await sourceFiles()).toEqual(['kept.txt']);
  });
});
