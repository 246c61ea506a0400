// CONTRACT (skeleton): the popup/options issue's helper completes the site rules and tests.
import type { Settings } from './settings';

/** The key a per-site switch is stored under: lowercase ASCII (punycode) host without port. Null where Sourcelight never runs. */
export function siteKeyFromUrl(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.hostname.toLowerCase();
    return null;
  } catch {
    return null;
  }
}

/** Whether highlighting should run on this URL under these settings. */
export function isSiteEnabled(settings: Settings, url: string): boolean {
  if (!settings.enabled) return false;
  const key = siteKeyFromUrl(url);
  if (key === null) return false;
  return !settings.disabledSites.some((site) => key === site || key.endsWith(`.${site}`));
}
