/**
 * What can go wrong with the settings in storage, and how each page says it.
 * Highlighting never waits on these: the settings store always hands back
 * settings to use (the migrated or the default ones) with the problem beside
 * them, and the popup and options page say the problem in their own words
 * (components/settings-problem-text.ts).
 */
import { errorMessage } from './guards';
import type { Settings } from './settings';

export type SettingsProblemKind =
  /** Reading storage failed: the defaults are in use; saving is refused (it would overwrite the user's settings). */
  | 'unreadable'
  /** The pre-v1 settings were read and are in use, but writing them under the new key failed. */
  | 'migration-unsaved'
  /** A change was not written. */
  | 'not-saved';

export interface SettingsProblem {
  kind: SettingsProblemKind;
  /** The browser's own words, for a bug report. */
  reason: string;
}

/** Settings to use, and what went wrong getting them (null when nothing did). */
export interface SettingsRead {
  settings: Settings;
  problem: SettingsProblem | null;
}

/** A settings read or write that failed, with the problem to show. */
export class SettingsStorageError extends Error {
  constructor(readonly problem: SettingsProblem) {
    super(`${problem.kind}: ${problem.reason}`);
    this.name = 'SettingsStorageError';
  }
}

/** The problem behind anything a settings save rejected with. */
export function settingsProblemOf(error: unknown): SettingsProblem {
  if (error instanceof SettingsStorageError) return error.problem;
  return { kind: 'not-saved', reason: errorMessage(error) };
}

/**
 * Chromium says "QUOTA_BYTES quota exceeded" (storage.local holds 10 MB without the
 * unlimitedStorage permission); Firefox's IndexedDB-backed storage says QuotaExceededError.
 *
 * @example isStorageFull('Resource::kQuotaBytes quota exceeded') // true
 */
export function isStorageFull(reason: string): boolean {
  return /quota/iu.test(reason);
}
