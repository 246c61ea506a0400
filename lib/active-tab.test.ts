/** The popup's questions to its tab (lib/active-tab.ts): a page with no content script is not an error, but it is recorded. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { debugLog } from '../core/debug-log';
import { fetchPageInfo } from './active-tab';

beforeEach(() => {
  fakeBrowser.reset();
  debugLog.clear();
  vi.restoreAllMocks();
});

describe('fetchPageInfo', () => {
  it("gives the page's address from its content script", async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({
      ok: true,
      data: { url: 'https://news.example/a' },
    });
    expect(await fetchPageInfo(7)).toEqual({ url: 'https://news.example/a' });
    expect(debugLog.entries()).toEqual([]);
  });

  it('gives null where no content script answers, and records why', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    expect(await fetchPageInfo(7)).toBeNull();
    expect(debugLog.entries()).toEqual([
      {
        at: expect.any(Number),
        where: 'popup: ask the page its address',
        message: 'Could not establish connection. Receiving end does not exist.',
      },
    ]);
  });
});
