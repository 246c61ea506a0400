/**
 * The options page's settings: read once, followed as they change elsewhere,
 * saved one change at a time. Nothing is left unsaid: a read that failed, a
 * migration that could not be stored, and a change that was not saved are
 * each returned as a message to show (#16 item 12).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../../core/settings';
import {
  settingsProblemOf,
  type SettingsProblem,
  type SettingsRead,
} from '../../core/settings-problem';
import { t } from '../i18n';
import { describeSettingsProblem } from '../settings-problem-text';

export interface OptionsApi {
  /** Never rejects in the extension (see lib/settings-store.ts); a rejection is treated as unreadable. */
  readSettings(): Promise<SettingsRead>;
  saveSettings(update: (current: Settings) => Partial<Settings>): Promise<Settings>;
  watchSettings(onChange: (s: Settings) => void): () => void;
}

/** How long "Saved: …" stays. */
const SAVED_NOTE_MS = 4000;

export interface StoredSettings {
  /** Null while reading, and when the settings could not be read at all (see `problem`). */
  settings: Settings | null;
  /** Why the stored settings are not what is shown (unreadable, migration not stored), said until a save succeeds. */
  problem: string | null;
  /** The last change that was not saved; a new object each time, so the page re-renders its controls. */
  saveError: { text: string } | null;
  /** "Saved: …", cleared after a few seconds. */
  status: string;
  /** Saves a change named `what`; resolves to whether it was stored. */
  save(what: string, update: (s: Settings) => Partial<Settings>): Promise<boolean>;
  /** Reads again (after a read failure). */
  retry(): void;
}

export function useStoredSettings(api: OptionsApi): StoredSettings {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [problem, setProblem] = useState<SettingsProblem | null>(null);
  const [saveError, setSaveError] = useState<{ text: string } | null>(null);
  const [status, setStatus] = useState('');
  const [reads, setReads] = useState(0);
  const statusTimer = useRef<ReturnType<typeof setTimeout>>();

  useEffect(() => {
    api.readSettings().then(
      (read) => {
        setProblem(read.problem);
        // Unreadable: the defaults would be shown as if they were the user's; show only the problem.
        setSettings(read.problem?.kind === 'unreadable' ? null : read.settings);
      },
      (error: unknown) => setProblem({ ...settingsProblemOf(error), kind: 'unreadable' }),
    );
    return api.watchSettings((next) => {
      // A new value was stored: whatever was wrong with reading the old one no longer matters.
      setSettings(next);
      setProblem(null);
    });
  }, [api, reads]);

  useEffect(() => () => clearTimeout(statusTimer.current), []);

  const save = (what: string, update: (s: Settings) => Partial<Settings>) =>
    api.saveSettings(update).then(
      (next) => {
        setSettings(next);
        setProblem(null);
        setSaveError(null);
        setStatus(t('options_saved', what));
        clearTimeout(statusTimer.current);
        statusTimer.current = setTimeout(() => setStatus(''), SAVED_NOTE_MS);
        return true;
      },
      (error: unknown) => {
        clearTimeout(statusTimer.current);
        setStatus('');
        setSaveError({ text: describeSettingsProblem(settingsProblemOf(error), what) });
        return false;
      },
    );

  return {
    settings,
    problem: problem && describeSettingsProblem(problem),
    saveError,
    status,
    save,
    retry: () => setReads((n) => n + 1),
  };
}
