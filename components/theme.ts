/**
 * The theme setting applied to one of our pages: `data-theme` on <html>,
 * which theme.css reads ("system" follows the browser's colour scheme).
 * One helper for the popup, options, reader and sources pages.
 */
import { useEffect } from 'preact/hooks';
import type { Settings, Theme } from '../core/settings';

export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = theme;
}

/** For a Preact page that holds the settings itself: applies the theme once known and on each change. */
export function useAppliedTheme(theme: Theme | undefined): void {
  useEffect(() => {
    if (theme) applyTheme(theme);
  }, [theme]);
}

/** For a page that does not read the settings otherwise: applies the stored theme and follows it. */
export function followStoredTheme(store: {
  loadSettings(): Promise<Settings>;
  watchSettings(onChange: (s: Settings) => void): () => void;
}): () => void {
  void store.loadSettings().then((s) => applyTheme(s.theme));
  return store.watchSettings((s) => applyTheme(s.theme));
}
