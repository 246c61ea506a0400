/**
 * The user's settings: shape, defaults, and the parser for stored data.
 * Stored data is untrusted (older versions, other extensions' bugs, hand
 * edits in devtools): every field is checked on its own and falls back to its
 * default when invalid, so one bad field never costs the user the others.
 */
import { normalizeSiteInput } from './sites';
import { TERM_KINDS, type TermKind } from './types';
import { isRecord } from './guards';
import { MENTION_MODES, type MentionMode } from './view/first-mentions';

export type HighlightStyle = 'underline' | 'background';
export type Theme = 'system' | 'light' | 'dark';

export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['underline', 'background'];
export const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

export interface Settings {
  /** Global switch ("pause Sourcelight everywhere"). */
  enabled: boolean;
  /** Site keys (see core/sites.ts) where highlighting is off. */
  disabledSites: string[];
  hoverDelayMs: number;
  highlightStyle: HighlightStyle;
  kinds: Record<TermKind, boolean>;
  theme: Theme;
  /** Underline every mention of a name, or only the first on the page or in each section. */
  mentions: MentionMode;
}

export const SETTINGS_STORAGE_KEY = 'settings:v1';
/** The pre-v1 key (see `migrateLegacySettings`). */
export const LEGACY_SETTINGS_STORAGE_KEY = 'settings';

export const HOVER_DELAY_MIN_MS = 0;
export const HOVER_DELAY_MAX_MS = 2000;
/** More than this many site rules is not something a person typed. */
export const MAX_DISABLED_SITES = 5000;

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  hoverDelayMs: 300,
  highlightStyle: 'underline',
  kinds: Object.fromEntries(TERM_KINDS.map((k) => [k, true])) as Record<TermKind, boolean>,
  theme: 'system',
  // Decided by `npm run measure:mentions` (#12): on the long pages every mention gave 6.7
  // repeated underlines per screen; one per section cut underlines per screen from 15.2 to 7.1
  // and kept 79% of the names on each screen underlined there (one per page: 4.8 and 57.5%).
  mentions: 'first-in-section',
};

/** Some stores hand back JSON text (e.g. a value written with JSON.stringify by hand). */
function unwrapJson(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

function parseBoolean(x: unknown, fallback: boolean): boolean {
  return typeof x === 'boolean' ? x : fallback;
}

/** Clamped to 0..2000 ms; numeric strings ("250") are accepted, anything else is the default. */
export function parseHoverDelay(x: unknown, fallback = DEFAULT_SETTINGS.hoverDelayMs): number {
  const n = typeof x === 'string' && x.trim() !== '' ? Number(x) : x;
  if (typeof n !== 'number' || !Number.isFinite(n)) return fallback;
  return Math.round(Math.min(HOVER_DELAY_MAX_MS, Math.max(HOVER_DELAY_MIN_MS, n)));
}

/** Why a typed hover delay was not saved as typed. */
export type HoverDelayAdjustment = 'not-a-number' | 'at-most' | 'at-least';

/**
 * A hover delay as typed in the options page: the value to save, and why it is not what was
 * typed, so the page says a clamp rather than making it silent (#12). Rounding to whole
 * milliseconds is not worth a note.
 *
 * @example readHoverDelayInput('5000', 300) // { ms: 2000, adjusted: 'at-most' }
 */
export function readHoverDelayInput(
  text: string,
  current: number,
): { ms: number; adjusted: HoverDelayAdjustment | null } {
  const typed = text.trim() === '' ? Number.NaN : Number(text);
  if (!Number.isFinite(typed)) return { ms: current, adjusted: 'not-a-number' };
  const ms = parseHoverDelay(typed, current);
  if (typed > HOVER_DELAY_MAX_MS) return { ms, adjusted: 'at-most' };
  if (typed < HOVER_DELAY_MIN_MS) return { ms, adjusted: 'at-least' };
  return { ms, adjusted: null };
}

/** Valid site keys, normalised, deduplicated, order kept; invalid entries are dropped. */
export function parseSiteList(x: unknown): string[] {
  if (!Array.isArray(x)) return [];
  const out = new Set<string>();
  for (const item of x.slice(0, MAX_DISABLED_SITES)) {
    if (typeof item !== 'string') continue;
    const key = normalizeSiteInput(item);
    if (key) out.add(key);
  }
  return [...out];
}

function parseKinds(x: unknown): Record<TermKind, boolean> {
  const kinds = { ...DEFAULT_SETTINGS.kinds };
  if (!isRecord(x)) return kinds;
  // Unknown kinds are ignored; each known kind keeps its own valid value.
  for (const kind of TERM_KINDS) kinds[kind] = parseBoolean(x[kind], kinds[kind]);
  return kinds;
}

function parseOneOf<T extends string>(x: unknown, allowed: readonly T[], fallback: T): T {
  return typeof x === 'string' && (allowed as readonly string[]).includes(x) ? (x as T) : fallback;
}

/**
 * Reads untrusted stored data; anything missing or invalid falls back to its
 * default, field by field. Never throws.
 *
 * @example parseSettings({ hoverDelayMs: 9999, theme: 'neon' }).hoverDelayMs // 2000
 */
export function parseSettings(raw: unknown): Settings {
  const x = unwrapJson(raw);
  const d = DEFAULT_SETTINGS;
  if (!isRecord(x)) return structuredClone(d);
  return {
    enabled: parseBoolean(x.enabled, d.enabled),
    disabledSites: Array.isArray(x.disabledSites) ? parseSiteList(x.disabledSites) : [],
    hoverDelayMs: parseHoverDelay(x.hoverDelayMs),
    highlightStyle: parseOneOf(x.highlightStyle, HIGHLIGHT_STYLES, d.highlightStyle),
    kinds: parseKinds(x.kinds),
    theme: parseOneOf(x.theme, THEMES, d.theme),
    mentions: parseOneOf(x.mentions, MENTION_MODES, d.mentions),
  };
}

/**
 * The settings as stored before v1, under the key `settings`:
 * `{ paused?: boolean, disabledHosts?: string[], hoverDelay?: number,
 *    underline?: boolean, hiddenKinds?: string[], darkMode?: boolean | null }`.
 * Each field is mapped to its v1 counterpart; invalid fields fall back to defaults.
 */
export function migrateLegacySettings(raw: unknown): Settings {
  const x = unwrapJson(raw);
  if (!isRecord(x)) return structuredClone(DEFAULT_SETTINGS);
  const hidden = Array.isArray(x.hiddenKinds) ? x.hiddenKinds : [];
  return parseSettings({
    enabled: typeof x.paused === 'boolean' ? !x.paused : undefined,
    disabledSites: x.disabledHosts,
    hoverDelayMs: x.hoverDelay,
    highlightStyle:
      typeof x.underline === 'boolean' ? (x.underline ? 'underline' : 'background') : undefined,
    kinds: Object.fromEntries(TERM_KINDS.map((k) => [k, !hidden.includes(k)])),
    theme: x.darkMode === true ? 'dark' : x.darkMode === false ? 'light' : undefined,
  });
}
