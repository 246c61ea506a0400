/** What the popup needs from the extension; entrypoints/popup/main.tsx provides it, tests stub it. */
import type { SearchResponse } from '../../core/messages';
import type { Settings } from '../../core/settings';
import type { SettingsProblem } from '../../core/settings-problem';
import type { DictionaryEntry } from '../../core/types';
import type { AddPageApi } from './AddPage';
import type { PageTerm } from './PageTerms';

/** The tab the popup acts on and its address; url null where Sourcelight does not run. */
export interface TargetTab {
  tabId: number | null;
  url: string | null;
}

export interface PopupApi extends AddPageApi {
  search(query: string): Promise<SearchResponse>;
  getNames(): Promise<DictionaryEntry[]>;
  loadSettings(): Promise<Settings>;
  saveSettings(update: (current: Settings) => Partial<Settings>): Promise<Settings>;
  watchSettings(onChange: (s: Settings) => void): () => void;
  /** What is wrong with the stored settings, if anything (#16 item 12); optional for stubs that do not test it. */
  settingsProblem?(): Promise<SettingsProblem | null>;
  getTargetTab(): Promise<TargetTab>;
  getPageTerms(tabId: number): Promise<PageTerm[]>;
  revealTerm(tabId: number, termId: string): Promise<boolean>;
  /** Opens a reader path (see core/reader-url.ts) in a new tab. */
  openReader(path: string): void;
  openOptions(): void;
  close(): void;
}
