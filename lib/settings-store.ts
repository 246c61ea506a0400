/**
 * Settings in `storage.local` under a versioned key. Every context (content
 * scripts, popup, options, background) reads through `loadSettings` and
 * listens with `watchSettings`, so a change made in the popup reaches every
 * open tab at once, and survives browser restarts.
 */
import { browser } from 'wxt/browser';
import {
  LEGACY_SETTINGS_STORAGE_KEY,
  migrateLegacySettings,
  parseSettings,
  SETTINGS_STORAGE_KEY,
  type Settings,
} from '../core/settings';

/**
 * Reads the settings; on first read after an update from the pre-v1 schema,
 * migrates the old `settings` key to `settings:v1` and removes the old one.
 */
export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get([
    SETTINGS_STORAGE_KEY,
    LEGACY_SETTINGS_STORAGE_KEY,
  ]);
  if (stored[SETTINGS_STORAGE_KEY] !== undefined)
    return parseSettings(stored[SETTINGS_STORAGE_KEY]);
  if (stored[LEGACY_SETTINGS_STORAGE_KEY] !== undefined) {
    const migrated = migrateLegacySettings(stored[LEGACY_SETTINGS_STORAGE_KEY]);
    await browser.storage.local.set({ [SETTINGS_STORAGE_KEY]: migrated });
    await browser.storage.local.remove(LEGACY_SETTINGS_STORAGE_KEY);
    return migrated;
  }
  return parseSettings(undefined);
}

/**
 * Merges `patch` into the stored settings, validates the result, stores and
 * returns it. A patch may also be a function of the current settings, for
 * changes that depend on them (adding a site to the list).
 */
export function saveSettings(
  patch: Partial<Settings> | ((current: Settings) => Partial<Settings>),
): Promise<Settings> {
  // Saves from one page run one after another: two quick changes (a checkbox, then a radio)
  // would otherwise both read the old settings and the second write would undo the first.
  const run = saving.then(async () => {
    const current = await loadSettings();
    const next = parseSettings({
      ...current,
      ...(typeof patch === 'function' ? patch(current) : patch),
    });
    await browser.storage.local.set({ [SETTINGS_STORAGE_KEY]: next });
    return next;
  });
  saving = run.catch(() => undefined);
  return run;
}

let saving: Promise<unknown> = Promise.resolve();

/** Calls `onChange` with the new settings whenever they change in any context. Returns an unsubscribe function. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_STORAGE_KEY in changes)) return;
    onChange(parseSettings(changes[SETTINGS_STORAGE_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
