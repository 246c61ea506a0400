/**
 * Site keys: what the per-site switch is stored under, and which pages a rule
 * covers. Pure (no browser APIs): `URL` does the lowercasing and the IDN ->
 * punycode conversion for us, the same way the browser does for tab URLs.
 *
 * Rules, decided here and documented in the README:
 * - http(s): the hostname, lowercased, punycode, without port and without a
 *   trailing dot; a leading `www.` is dropped, so the switch shown on
 *   www.example.com reads "example.com".
 * - A rule covers its host and every subdomain: `example.com` covers
 *   `www.example.com` and `news.example.com`, but not `badexample.com`.
 *   IP addresses match exactly (no "subdomains" of an IP).
 * - `file:` URLs all share the key `file://` (one switch for local files);
 *   whether the content script runs there at all depends on the browser's
 *   "allow access to file URLs" setting.
 * - Extension pages, `about:`, `data:`, `blob:`, `javascript:`, browser pages
 *   (`chrome:`, `edge:`, `view-source:` ...) have no key: Sourcelight never runs there.
 */
export const FILE_SITE_KEY = 'file://';

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/u;
const LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/u;

function isIpAddress(host: string): boolean {
  return IPV4.test(host) || host.startsWith('[');
}

function keyFromHostname(hostname: string): string | null {
  let host = hostname.toLowerCase().replace(/\.$/u, '');
  if (!host) return null;
  if (isIpAddress(host)) return host;
  if (!host.split('.').every((label) => LABEL.test(label))) return null;
  if (host.startsWith('www.') && host.length > 4 && host.slice(4).includes('.'))
    host = host.slice(4);
  return host;
}

/**
 * The key a per-site switch is stored under. Null where Sourcelight never runs.
 *
 * @example siteKeyFromUrl('https://WWW.Bücher.de:8080/x') // 'xn--bcher-kva.de'
 */
export function siteKeyFromUrl(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol === 'file:') return FILE_SITE_KEY;
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  return keyFromHostname(u.hostname);
}

/**
 * Reads a site as a user types it in the options page ("Example.com",
 * "https://www.example.com/page", "*.example.com", "bücher.de", "file://")
 * and returns its key, or null when it is not a site.
 *
 * @example normalizeSiteInput('*.Example.com:443') // 'example.com'
 */
export function normalizeSiteInput(input: string): string | null {
  const text = input.trim();
  if (!text || text.length > 300 || /\s/u.test(text)) return null;
  if (/^file:(\/\/)?\/?$/iu.test(text) || /^file:\/\//iu.test(text)) return FILE_SITE_KEY;
  const withoutWildcard = text.replace(/^(https?:\/\/)?\*\./iu, '$1');
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//iu.test(withoutWildcard)
    ? withoutWildcard
    : `http://${withoutWildcard}`;
  return siteKeyFromUrl(withScheme);
}

/** Whether `rule` (a site key) covers the page whose key is `key`. */
export function ruleCoversSite(rule: string, key: string): boolean {
  if (rule === key) return true;
  if (isIpAddress(key) || key === FILE_SITE_KEY || rule === FILE_SITE_KEY) return false;
  return key.endsWith(`.${rule}`);
}

/**
 * The two settings that decide where Sourcelight runs. Declared here rather than as a `Pick` of
 * `Settings`: core/settings.ts reads site keys with this module's parser, so importing its type
 * back made a cycle. `Settings` has both fields.
 */
export interface SiteSwitches {
  /** Global switch ("pause Sourcelight everywhere"). */
  enabled: boolean;
  /** Site keys where highlighting is off. */
  disabledSites: readonly string[];
}

/** Whether highlighting should run on this URL under these settings. */
export function isSiteEnabled(settings: SiteSwitches, url: string): boolean {
  if (!settings.enabled) return false;
  const key = siteKeyFromUrl(url);
  if (key === null) return false;
  return !settings.disabledSites.some((rule) => ruleCoversSite(rule, key));
}

/**
 * The disabled-sites list after switching a site on or off. Switching on
 * removes every rule that covers the site (so turning news.example.com back
 * on also lifts a rule for example.com); switching off adds the site's key.
 */
export function withSiteEnabled(disabledSites: string[], key: string, on: boolean): string[] {
  if (on) return disabledSites.filter((rule) => !ruleCoversSite(rule, key));
  return disabledSites.some((rule) => ruleCoversSite(rule, key))
    ? disabledSites
    : [...disabledSites, key];
}
