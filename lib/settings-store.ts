/**
 * Settings in `storage.local` under a versioned key. Every context (content
 * scripts, popup, options, background) reads through `loadSettings` and
 * listens with `watchSettings`, so a change made in the popup reaches every
 * open tab at once, and survives browser restarts.
 *
 * Hand-written rather than WXT's `storage.defineItem` with `version`/`migrations` (#15): when the
 * migration's write fails (storage full) WXT logs `console.error` in every context, the content
 * script of each page included, and `getValue` then returns the old schema's value unmigrated, so
 * the reader's choices are lost and no caller can tell; here the migrated settings are used from
 * memory, the old key kept, and the problem returned for the popup and options page to show. Its
 * migrations also version one key, and ours moves `settings` to `settings:v1`; and it would add
 * about 9 KB to a content script being cut to 30 KB (#14).
 */
import { browser } from 'wxt/browser';
import {
  LEGACY_SETTINGS_STORAGE_KEY,
  migrateLegacySettings,
  parseSettings,
  SETTINGS_STORAGE_KEY,
  type Settings,
} from '../core/settings';
import {
  SettingsStorageError,
  type SettingsProblem,
  type SettingsRead,
} from '../core/settings-problem';
import { errorMessage } from '../core/guards';

/**
 * Reads the settings; on first read after an update from the pre-v1 schema, migrates the
 * old `settings` key to `settings:v1` and removes the old one. Never rejects: a failure
 * still gives settings to highlight with (#16 item 12), with the problem beside them for the
 * popup and options page to show. No other record of the problem is kept: every page that
 * reads finds the same storage, so it finds the same problem, and none can go stale.
 */
export async function readSettings(): Promise<SettingsRead> {
  let stored: Record<string, unknown>;
  try {
    stored = await browser.storage.local.get([SETTINGS_STORAGE_KEY, LEGACY_SETTINGS_STORAGE_KEY]);
  } catch (error) {
    return { settings: parseSettings(undefined), problem: problem('unreadable', error) };
  }
  if (stored[SETTINGS_STORAGE_KEY] !== undefined)
    return { settings: parseSettings(stored[SETTINGS_STORAGE_KEY]), problem: null };
  if (stored[LEGACY_SETTINGS_STORAGE_KEY] === undefined)
    return { settings: parseSettings(undefined), problem: null };
  const migrated = migrateLegacySettings(stored[LEGACY_SETTINGS_STORAGE_KEY]);
  try {
    await browser.storage.local.set({ [SETTINGS_STORAGE_KEY]: migrated });
  } catch (error) {
    // Storage full (or failing): the old key stays, so nothing is lost and the next read
    // migrates again; meanwhile the migrated settings are used from memory.
    return { settings: migrated, problem: problem('migration-unsaved', error) };
  }
  await removeLegacySettings();
  return { settings: migrated, problem: null };
}

/** The settings to use; never rejects (see `readSettings` for what went wrong, if anything). */
export async function loadSettings(): Promise<Settings> {
  return (await readSettings()).settings;
}

/**
 * Merges `patch` into the stored settings, validates the result, stores and
 * returns it. A patch may also be a function of the current settings, for
 * changes that depend on them (adding a site to the list). Rejects with a
 * `SettingsStorageError` when the write fails (storage full), and without
 * writing when the stored settings cannot be read: the defaults plus the patch
 * would overwrite the user's settings.
 */
export function saveSettings(
  patch: Partial<Settings> | ((current: Settings) => Partial<Settings>),
): Promise<Settings> {
  // Saves from one page run one after another: two quick changes (a checkbox, then a radio)
  // would otherwise both read the old settings and the second write would undo the first.
  const run = saving.then(async () => {
    const { settings: current, problem: readProblem } = await readSettings();
    if (readProblem?.kind === 'unreadable') throw new SettingsStorageError(readProblem);
    const next = parseSettings({
      ...current,
      ...(typeof patch === 'function' ? patch(current) : patch),
    });
    try {
      await browser.storage.local.set({ [SETTINGS_STORAGE_KEY]: next });
    } catch (error) {
      throw new SettingsStorageError(problem('not-saved', error));
    }
    // This write was also the migration that failed on reading: finish it.
    if (readProblem?.kind === 'migration-unsaved') await removeLegacySettings();
    return next;
  });
  saving = run.catch(() => undefined);
  return run;
}

function problem(kind: SettingsProblem['kind'], error: unknown): SettingsProblem {
  return { kind, reason: errorMessage(error) };
}

/** Best effort: `settings:v1` is preferred whenever it exists, so a stale old key is harmless. */
async function removeLegacySettings(): Promise<void> {
  await browser.storage.local.remove(LEGACY_SETTINGS_STORAGE_KEY).catch(() => undefined);
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
