/**
 * The extension pages' changes to the reader's sources (lib/sources.ts), where the background
 * does not answer: the change is kept and reported done (the next worker reads the whole store
 * when it wakes), and the failure to tell it is recorded in the debug log, not lost.
 */
import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { debugLog } from '../core/debug-log';
import { SOURCE_DB_NAME, bundledOff } from './source-store';
import { setSourcesEnabled } from './sources';

beforeEach(async () => {
  fakeBrowser.reset();
  debugLog.clear();
  vi.restoreAllMocks();
  await deleteDB(SOURCE_DB_NAME);
});

describe('telling the background', () => {
  it('tells it which files changed, and the store generation each write made', async () => {
    const send = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockResolvedValue({ ok: true, data: { userSources: 0 } });
    await setSourcesEnabled(['seed-a.txt'], false);
    await setSourcesEnabled(['seed-a.txt'], true);
    expect(send.mock.calls).toEqual([
      [{ channel: 'sourcelight', type: 'sourcesChanged', files: ['seed-a.txt'], generations: [1] }],
      [{ channel: 'sourcelight', type: 'sourcesChanged', files: ['seed-a.txt'], generations: [2] }],
    ]);
    expect(debugLog.entries()).toEqual([]);
  });

  it('keeps the change when the worker stopped while answering, and records it', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(
      new Error('A listener indicated an asynchronous response, but the channel closed'),
    );
    await expect(setSourcesEnabled(['seed-a.txt'], false)).resolves.toBeUndefined();
    expect(await bundledOff()).toEqual(['seed-a.txt']);
    expect(debugLog.entries()).toEqual([
      {
        at: expect.any(Number),
        where: 'sources: tell the background what changed',
        message: 'A listener indicated an asynchronous response, but the channel closed',
      },
    ]);
  });
});
