import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  LEGACY_SETTINGS_STORAGE_KEY,
  SETTINGS_STORAGE_KEY,
  type Settings,
} from '../core/settings';
import { SettingsStorageError } from '../core/settings-problem';
import { withSiteEnabled } from '../core/sites';
import { loadSettings, readSettings, saveSettings, watchSettings } from './settings-store';

const stored = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];

describe('settings store', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
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

/** What Chromium says when storage.local is at its 10 MB quota (seen in tests/e2e/settings-quota.test.ts). */
const QUOTA_ERROR = 'Resource::kQuotaBytes quota exceeded';
const LEGACY = {
  paused: false,
  disabledHosts: ['www.example.com'],
  hoverDelay: 450,
  underline: false,
};
const MIGRATED: Settings = {
  ...DEFAULT_SETTINGS,
  disabledSites: ['example.com'],
  hoverDelayMs: 450,
  highlightStyle: 'background',
};

/** Makes every storage.local.set fail as a full storage does; returns a function that frees it. */
function fillStorage(): () => void {
  const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error(QUOTA_ERROR));
  return () => set.mockRestore();
}

describe('settings store when storage fails (#16 item 12)', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('a failed migration write: the migrated settings are still given, never a rejection', async () => {
    await fakeBrowser.storage.local.set({ [LEGACY_SETTINGS_STORAGE_KEY]: LEGACY });
    fillStorage();
    // What the content script calls: it must get settings to highlight with.
    await expect(loadSettings()).resolves.toEqual(MIGRATED);
  });

  it('a failed migration write is reported, and the old key is kept so nothing is lost', async () => {
    await fakeBrowser.storage.local.set({ [LEGACY_SETTINGS_STORAGE_KEY]: LEGACY });
    fillStorage();
    expect(await readSettings()).toEqual({
      settings: MIGRATED,
      problem: { kind: 'migration-unsaved', reason: QUOTA_ERROR },
    });
    expect(await stored(LEGACY_SETTINGS_STORAGE_KEY)).toEqual(LEGACY);
    expect(await stored(SETTINGS_STORAGE_KEY)).toBeUndefined();
  });

  it('a read that throws gives the defaults and says so; loadSettings does not reject', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('IO error: LOCK'));
    expect(await readSettings()).toEqual({
      settings: DEFAULT_SETTINGS,
      problem: { kind: 'unreadable', reason: 'IO error: LOCK' },
    });
    await expect(loadSettings()).resolves.toEqual(DEFAULT_SETTINGS);
  });

  it('a read without problems reports none', async () => {
    expect((await readSettings()).problem).toBeNull();
    await fakeBrowser.storage.local.set({ [LEGACY_SETTINGS_STORAGE_KEY]: LEGACY });
    expect(await readSettings()).toEqual({ settings: MIGRATED, problem: null });
    expect(await readSettings()).toEqual({ settings: MIGRATED, problem: null });
  });

  it('a save that storage rejects (quota) rejects as not saved, and storage keeps the old value', async () => {
    await saveSettings({ theme: 'dark' });
    fillStorage();
    const failed = saveSettings({ theme: 'light' });
    await expect(failed).rejects.toBeInstanceOf(SettingsStorageError);
    await expect(failed).rejects.toMatchObject({
      problem: { kind: 'not-saved', reason: QUOTA_ERROR },
    });
    expect(((await stored(SETTINGS_STORAGE_KEY)) as Settings).theme).toBe('dark');
    expect((await loadSettings()).theme).toBe('dark');
  });

  it('a save is refused when the stored settings cannot be read (it would overwrite them with defaults)', async () => {
    await saveSettings({ disabledSites: ['keep.me'] });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('IO error'));
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await expect(saveSettings({ theme: 'dark' })).rejects.toMatchObject({
      problem: { kind: 'unreadable', reason: 'IO error' },
    });
    expect(set).not.toHaveBeenCalled();
    get.mockRestore();
    expect((await loadSettings()).disabledSites).toEqual(['keep.me']);
  });

  it('once space is freed, the next save stores the migrated settings with the change and drops the old key', async () => {
    await fakeBrowser.storage.local.set({ [LEGACY_SETTINGS_STORAGE_KEY]: LEGACY });
    const free = fillStorage();
    await expect(saveSettings({ theme: 'dark' })).rejects.toMatchObject({
      problem: { kind: 'not-saved' },
    });
    free();
    expect(await saveSettings({ theme: 'dark' })).toEqual({ ...MIGRATED, theme: 'dark' });
    expect(await stored(SETTINGS_STORAGE_KEY)).toEqual({ ...MIGRATED, theme: 'dark' });
    expect(await stored(LEGACY_SETTINGS_STORAGE_KEY)).toBeUndefined();
    expect(await readSettings()).toEqual({
      settings: { ...MIGRATED, theme: 'dark' },
      problem: null,
    });
  });
});
