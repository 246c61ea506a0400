import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionBrowser } from './support/chromium';

describe('built extension in Chromium', () => {
  let ext: ExtensionBrowser;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('background answers a typed search from the popup page', async () => {
    const page = await ext.openExtensionPage('popup.html');
    const reply = await page.evaluate(() =>
      chrome.runtime.sendMessage({ channel: 'sourcelight', type: 'search', query: 'Tokayev' }),
    );
    expect(reply.ok).toBe(true);
    expect(reply.data.hits.length).toBeGreaterThan(0);
    expect(reply.data.hits[0].article.title).toEqual(expect.any(String));
  });

  it('background rejects a malformed message without answering', async () => {
    const page = await ext.openExtensionPage('popup.html');
    const reply = await page.evaluate(() =>
      chrome.runtime.sendMessage({ channel: 'sourcelight', type: 'search', query: 42 }),
    );
    expect(reply).toBeUndefined();
  });
});
