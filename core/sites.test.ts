import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import {
  FILE_SITE_KEY,
  isSiteEnabled,
  normalizeSiteInput,
  ruleCoversSite,
  siteKeyFromUrl,
  withSiteEnabled,
} from './sites';

const settings = (patch: Partial<Settings> = {}): Settings => ({
  ...structuredClone(DEFAULT_SETTINGS),
  ...patch,
});

describe('siteKeyFromUrl', () => {
  it.each([
    ['https://example.com/a?b#c', 'example.com'],
    ['http://EXAMPLE.com', 'example.com'],
    ['https://www.example.com/', 'example.com'],
    ['https://WWW.Example.COM:8443/', 'example.com'],
    ['https://news.example.com/', 'news.example.com'],
    ['https://www.news.example.com/', 'news.example.com'],
    ['https://www2.example.com/', 'www2.example.com'],
    // `www.com` is a site of its own, not the `www.` of `com`.
    ['https://www.com/', 'www.com'],
    ['https://example.com./', 'example.com'],
    ['http://example.com:8080/', 'example.com'],
    // Internationalised names become punycode (as tab URLs report them).
    ['https://bücher.de/', 'xn--bcher-kva.de'],
    ['https://www.BÜCHER.de/', 'xn--bcher-kva.de'],
    ['https://xn--bcher-kva.de/', 'xn--bcher-kva.de'],
    ['https://пример.рф/', 'xn--e1afmkfd.xn--p1ai'],
    ['http://localhost:5173/', 'localhost'],
    ['http://127.0.0.1:4000/x', '127.0.0.1'],
    ['http://[::1]:3000/', '[::1]'],
    ['http://[2001:DB8::1]/', '[2001:db8::1]'],
    ['http://my_host.example.com/', 'my_host.example.com'],
    ['file:///home/me/page.html', FILE_SITE_KEY],
    ['FILE:///C:/page.html', FILE_SITE_KEY],
  ])('%s -> %s', (url, key) => {
    expect(siteKeyFromUrl(url)).toBe(key);
  });

  it.each([
    'chrome-extension://abcdefghijklmnop/popup.html',
    'moz-extension://0b6f7c3e-1111-2222-3333-444455556666/popup.html',
    'about:blank',
    'about:debugging',
    'data:text/html,<p>Tokayev</p>',
    'blob:https://example.com/1234',
    'javascript:alert(1)',
    'chrome://extensions/',
    'edge://settings',
    'view-source:https://example.com/',
    'ftp://example.com/',
    'not a url',
    '',
    'https://a..b/',
  ])('%s has no key (Sourcelight never runs there)', (url) => {
    expect(siteKeyFromUrl(url)).toBeNull();
  });
});

describe('normalizeSiteInput', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Example.COM  ', 'example.com'],
    ['www.example.com', 'example.com'],
    ['https://www.example.com/some/page?x=1', 'example.com'],
    ['*.example.com', 'example.com'],
    ['https://*.example.com', 'example.com'],
    ['example.com:8080', 'example.com'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['file://', FILE_SITE_KEY],
    ['file:///home/me/x.html', FILE_SITE_KEY],
  ])('%s -> %s', (input, key) => {
    expect(normalizeSiteInput(input)).toBe(key);
  });

  it.each([
    '',
    '   ',
    'two words.com',
    'http://',
    'a..b',
    '-bad-.com',
    'about:blank',
    'x'.repeat(400),
  ])('rejects %j', (input) => {
    expect(normalizeSiteInput(input)).toBeNull();
  });
});

describe('ruleCoversSite', () => {
  it.each([
    ['example.com', 'example.com', true],
    ['example.com', 'news.example.com', true],
    ['example.com', 'a.b.example.com', true],
    ['example.com', 'badexample.com', false],
    ['news.example.com', 'example.com', false],
    ['news.example.com', 'other.example.com', false],
    ['0.0.1', '127.0.0.1', false],
    ['127.0.0.1', '127.0.0.1', true],
    ['localhost', 'localhost', true],
    [FILE_SITE_KEY, FILE_SITE_KEY, true],
    ['xn--bcher-kva.de', 'shop.xn--bcher-kva.de', true],
  ])('rule %s covers %s: %s', (rule, key, covered) => {
    expect(ruleCoversSite(rule, key)).toBe(covered);
  });
});

describe('isSiteEnabled', () => {
  it('runs everywhere by default on web pages and local files', () => {
    expect(isSiteEnabled(settings(), 'https://example.com/')).toBe(true);
    expect(isSiteEnabled(settings(), 'file:///tmp/a.html')).toBe(true);
  });

  it('never runs on pages without a key', () => {
    expect(isSiteEnabled(settings(), 'chrome-extension://abc/reader.html')).toBe(false);
    expect(isSiteEnabled(settings(), 'about:blank')).toBe(false);
  });

  it('a rule covers the site, www, subdomains, any port', () => {
    const s = settings({ disabledSites: ['example.com'] });
    for (const url of [
      'https://example.com/',
      'https://www.example.com/',
      'http://news.example.com:8080/a',
    ])
      expect(isSiteEnabled(s, url)).toBe(false);
    expect(isSiteEnabled(s, 'https://badexample.com/')).toBe(true);
    expect(isSiteEnabled(s, 'https://example.org/')).toBe(true);
  });

  it('a rule for an IDN site matches its Unicode URL', () => {
    const s = settings({ disabledSites: ['xn--bcher-kva.de'] });
    expect(isSiteEnabled(s, 'https://www.bücher.de/')).toBe(false);
  });

  it('the global pause wins over everything', () => {
    expect(isSiteEnabled(settings({ enabled: false }), 'https://example.org/')).toBe(false);
  });
});

describe('withSiteEnabled', () => {
  it('switching off adds the key once', () => {
    expect(withSiteEnabled([], 'example.com', false)).toEqual(['example.com']);
    expect(withSiteEnabled(['example.com'], 'example.com', false)).toEqual(['example.com']);
    // Already covered by a broader rule: nothing to add.
    expect(withSiteEnabled(['example.com'], 'news.example.com', false)).toEqual(['example.com']);
  });

  it('switching on removes every rule covering the site, and only those', () => {
    expect(
      withSiteEnabled(['example.com', 'news.example.com', 'other.org'], 'news.example.com', true),
    ).toEqual(['other.org']);
    expect(withSiteEnabled(['news.example.com'], 'example.com', true)).toEqual([
      'news.example.com',
    ]);
  });
});
