/**
 * The popup's settings: read once, followed as they change elsewhere, saved one
 * switch at a time. What is wrong with the stored settings, and a change that
 * was not saved, come back as a message to show (#16 item 12).
 */
import { useEffect, useState } from 'preact/hooks';
import { debugLog } from '../../core/debug-log';
import type { Settings } from '../../core/settings';
import { settingsProblemOf } from '../../core/settings-problem';
import { describeSettingsProblem } from '../settings-problem-text';
import type { PopupApi } from './popup-api';

export interface PopupSettings {
  /** Null until read. */
  settings: Settings | null;
  /** A new object each time, so the switches re-render (and show the stored value again). */
  settingsError: { text: string } | null;
  /** Saves a change named `what` (said if it fails). */
  save(what: string, update: (s: Settings) => Partial<Settings>): void;
}

export function usePopupSettings(
  api: Pick<PopupApi, 'loadSettings' | 'saveSettings' | 'watchSettings' | 'settingsProblem'>,
): PopupSettings {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [settingsError, setSettingsError] = useState<{ text: string } | null>(null);

  useEffect(() => {
    // Unread settings leave the switches disabled (settings stays null); the popup still searches.
    api
      .loadSettings()
      .then(setSettings, debugLog.swallow('popup: read the settings (the switches stay disabled)'));
    // Only the notice of a problem is lost: the switches work from the settings read above.
    api
      .settingsProblem?.()
      .then(
        (problem) => problem && setSettingsError({ text: describeSettingsProblem(problem) }),
        debugLog.swallow('popup: read what is wrong with the settings'),
      );
    return api.watchSettings(setSettings);
  }, [api]);

  // Show the stored result at once; watchSettings reports the same change a moment later.
  const save = (what: string, update: (s: Settings) => Partial<Settings>) =>
    void api.saveSettings(update).then(
      (next) => {
        setSettings(next);
        setSettingsError(null);
      },
      (error: unknown) =>
        setSettingsError({ text: describeSettingsProblem(settingsProblemOf(error), what) }),
    );

  return { settings, settingsError, save };
}
