/**
 * What can go wrong with the settings in storage, and how each page says it.
 * Highlighting never waits on these: the settings store always hands back
 * settings to use (the migrated or the default ones) with the problem beside
 * them, and the popup and options page show the problem in these words.
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

const RESET_ADVICE = 'remove Sourcelight and add it again (this resets its settings)';

/**
 * One sentence of what happened, one of what it means, one of what to do, and the
 * browser's reason. `what` names the change, for a failed save ("theme dark").
 *
 * @example describeSettingsProblem({ kind: 'not-saved', reason: 'QUOTA_BYTES quota exceeded' }, 'theme dark')
 * // 'Not saved: theme dark. Sourcelight’s storage is full; the setting is unchanged. To fix this, remove ...'
 */
export function describeSettingsProblem(problem: SettingsProblem, what = 'your change'): string {
  const full = isStorageFull(problem.reason);
  const reason = ` (Reason: ${problem.reason})`;
  switch (problem.kind) {
    case 'unreadable':
      return (
        'Sourcelight cannot read its settings, so pages are highlighted with the default ' +
        'settings and changes cannot be saved. Reload this page to try again; if this keeps ' +
        `happening, restart the browser.${reason}`
      );
    case 'migration-unsaved':
      return full
        ? 'Sourcelight’s storage is full, so your settings from the previous version could not ' +
            'be saved in their new form. Pages are highlighted with them, but changes cannot be ' +
            `saved. To fix this, ${RESET_ADVICE}.${reason}`
        : 'Sourcelight could not save your settings from the previous version in their new ' +
            'form. Pages are highlighted with them. Reload this page to try again; if this keeps ' +
            `happening, ${RESET_ADVICE}.${reason}`;
    case 'not-saved':
      return full
        ? `Not saved: ${what}. Sourcelight’s storage is full; the setting is unchanged. ` +
            `To fix this, ${RESET_ADVICE}.${reason}`
        : `Not saved: ${what}; the setting is unchanged. Try again.${reason}`;
  }
}
