import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_SNAPSHOT_CHARS } from '../core/terms/dictionary-snapshot';
import type { CompiledDictionary } from '../core/types';
import {
  DICTIONARY_SNAPSHOT_KEY,
  forgetDictionarySnapshot,
  readDictionarySnapshot,
  saveDictionarySnapshot,
} from './dictionary-snapshot';

const DICTIONARY: CompiledDictionary = {
  formatVersion: 7,
  terms: [{ id: 'tokayev', name: 'Tokayev', kind: 'person', variants: ['Tokayev'] }],
};
const OTHER: CompiledDictionary = {
  formatVersion: 7,
  terms: [
    ...DICTIONARY.terms,
    { id: 'csto', name: 'CSTO', kind: 'organisation', variants: ['CSTO'] },
  ],
};

let version = '1.2.0';

describe('dictionary snapshot in storage', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
    version = '1.2.0';
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockImplementation(() => ({
      manifest_version: 3,
      name: 'Sourcelight',
      version,
    }));
  });

  it('written by an earlier version of the extension, it is not used', async () => {
    await saveDictionarySnapshot(DICTIONARY);
    version = '1.3.0';
    expect(await readDictionarySnapshot()).toBeNull();
    // The updated extension's background writes its own, even for the same dictionary.
    expect(await saveDictionarySnapshot(DICTIONARY)).toBe(true);
    expect(await readDictionarySnapshot()).toEqual(DICTIONARY);
  });

  it('is read back as saved; nothing saved reads as none', async () => {
    expect(await readDictionarySnapshot()).toBeNull();
    expect(await saveDictionarySnapshot(DICTIONARY)).toBe(true);
    expect(await readDictionarySnapshot()).toEqual(DICTIONARY);
  });

  it('is written only when the dictionary changed', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await saveDictionarySnapshot(DICTIONARY);
    await saveDictionarySnapshot(DICTIONARY);
    expect(set).toHaveBeenCalledTimes(1);
    await saveDictionarySnapshot(OTHER);
    expect(set).toHaveBeenCalledTimes(2);
    expect(await readDictionarySnapshot()).toEqual(OTHER);
  });

  it('a dictionary too large to keep removes the old snapshot', async () => {
    await saveDictionarySnapshot(DICTIONARY);
    const big: CompiledDictionary = {
      formatVersion: 7,
      terms: Array.from({ length: MAX_SNAPSHOT_CHARS / 50 }, (_, i) => ({
        id: `n${i}`,
        name: `Name ${i}`,
        kind: 'person' as const,
        variants: [`Name ${i}`],
      })),
    };
    expect(await saveDictionarySnapshot(big)).toBe(false);
    expect(await readDictionarySnapshot()).toBeNull();
  });

  it('a failed write (storage full) leaves no snapshot, so pages ask the background', async () => {
    await saveDictionarySnapshot(DICTIONARY);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    expect(await saveDictionarySnapshot(OTHER)).toBe(false);
    expect(await readDictionarySnapshot()).toBeNull();
  });

  it('forgotten while the sources change, it reads as none', async () => {
    await saveDictionarySnapshot(DICTIONARY);
    await forgetDictionarySnapshot();
    expect(await readDictionarySnapshot()).toBeNull();
  });

  it('a damaged or unreadable snapshot reads as none', async () => {
    await fakeBrowser.storage.local.set({ [DICTIONARY_SNAPSHOT_KEY]: { format: 1, hash: 3 } });
    expect(await readDictionarySnapshot()).toBeNull();
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('unreadable'));
    expect(await readDictionarySnapshot()).toBeNull();
  });
});
