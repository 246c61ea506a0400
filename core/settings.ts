// CONTRACT (skeleton): the popup/options issue's helper completes parsing, migration and tests.
import { TERM_KINDS, type TermKind } from './types';

export type HighlightStyle = 'underline' | 'background';
export type Theme = 'system' | 'light' | 'dark';

export interface Settings {
  /** Global switch ("pause Sourcelight everywhere"). */
  enabled: boolean;
  /** Site keys (see core/sites.ts) where highlighting is off. */
  disabledSites: string[];
  hoverDelayMs: number;
  highlightStyle: HighlightStyle;
  kinds: Record<TermKind, boolean>;
  theme: Theme;
}

export const SETTINGS_STORAGE_KEY = 'settings:v1';

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  hoverDelayMs: 300,
  highlightStyle: 'underline',
  kinds: Object.fromEntries(TERM_KINDS.map((k) => [k, true])) as Record<TermKind, boolean>,
  theme: 'system',
};

/** Reads untrusted stored data; anything missing or invalid falls back to its default. */
export function parseSettings(raw: unknown): Settings {
  if (typeof raw !== 'object' || raw === null) return structuredClone(DEFAULT_SETTINGS);
  return { ...structuredClone(DEFAULT_SETTINGS), ...(raw as Partial<Settings>) };
}
