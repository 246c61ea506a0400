import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  LEGACY_SETTINGS_STORAGE_KEY,
  SETTINGS_STORAGE_KEY,
  type Settings,
} from '../core/settings';
import { withSiteEnabled } from '../core/sites';
import { loadSettings, saveSettings, watchSettings } from './settings-store';

const stored = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];

describe('settings store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('gives the defaults when nothing is stored, and writes nothing', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('saves a patch under the versioned key and reads it back', async () => {
    await saveSettings({ hoverDelayMs: 800 });
    await saveSettings({ theme: 'dark' });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, hoverDelayMs: 800, theme: 'dark' });
    expect(await stored(SETTINGS_STORAGE_KEY)).toMatchObject({ hoverDelayMs: 800, theme: 'dark' });
  });

  it('validates what it saves (a bad patch cannot corrupt storage)', async () => {
    await saveSettings({ hoverDelayMs: 1e9, theme: 'neon' } as unknown as Partial<Settings>);
    expect(await stored(SETTINGS_STORAGE_KEY)).toMatchObject({
      hoverDelayMs: 2000,
      theme: 'system',
    });
  });

  it('accepts a function of the current settings (site toggles)', async () => {
    await saveSettings({ disabledSites: ['a.com'] });
    const next = await saveSettings((s) => ({
      disabledSites: withSiteEnabled(s.disabledSites, 'b.org', false),
    }));
    expect(next.disabledSites).toEqual(['a.com', 'b.org']);
  });

  it('concurrent saves from one page do not lose each other', async () => {
    await Promise.all([
      saveSettings((s) => ({ kinds: { ...s.kinds, event: false } })),
      saveSettings({ highlightStyle: 'background' }),
      saveSettings((s) => ({ disabledSites: [...s.disabledSites, 'a.com'] })),
      saveSettings((s) => ({ disabledSites: [...s.disabledSites, 'b.com'] })),
    ]);
    expect(await loadSettings()).toMatchObject({
      kinds: { event: false },
      highlightStyle: 'background',
      disabledSites: ['a.com', 'b.com'],
    });
  });

  it('a failed save does not block the next one', async () => {
    await expect(
      saveSettings(() => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect((await saveSettings({ theme: 'light' })).theme).toBe('light');
  });

  it('falls back per field on corrupt stored values without throwing', async () => {
    await fakeBrowser.storage.local.set({
      [SETTINGS_STORAGE_KEY]: { enabled: 'maybe', hoverDelayMs: -4, kinds: [], theme: 'light' },
    });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, hoverDelayMs: 0, theme: 'light' });
    await fakeBrowser.storage.local.set({ [SETTINGS_STORAGE_KEY]: 'total garbage' });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('migrates the pre-v1 `settings` key once, and removes it', async () => {
    await fakeBrowser.storage.local.set({
      [LEGACY_SETTINGS_STORAGE_KEY]: {
        paused: false,
        disabledHosts: ['www.example.com'],
        hoverDelay: 450,
      },
    });
    const s = await loadSettings();
    expect(s).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['example.com'], hoverDelayMs: 450 });
    expect(await stored(SETTINGS_STORAGE_KEY)).toEqual(s);
    expect(await stored(LEGACY_SETTINGS_STORAGE_KEY)).toBeUndefined();
    // Later saves build on the migrated settings.
    expect((await saveSettings({ theme: 'dark' })).disabledSites).toEqual(['example.com']);
  });

  it('prefers v1 when both keys exist (a stale old key never overrides)', async () => {
    await fakeBrowser.storage.local.set({
      [LEGACY_SETTINGS_STORAGE_KEY]: { disabledHosts: ['old.com'] },
      [SETTINGS_STORAGE_KEY]: { ...DEFAULT_SETTINGS, disabledSites: ['new.com'] },
    });
    expect((await loadSettings()).disabledSites).toEqual(['new.com']);
  });

  it('watchSettings reports changes from any context, parsed, until unsubscribed', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await saveSettings({ enabled: false });
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    await fakeBrowser.storage.local.set({ [SETTINGS_STORAGE_KEY]: { hoverDelayMs: 'bad' } });
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[0]!.enabled).toBe(false);
    expect(seen[1]).toEqual(DEFAULT_SETTINGS);
    stop();
    await saveSettings({ enabled: true });
    expect(seen).toHaveLength(2);
  });
});
