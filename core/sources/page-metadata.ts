/**
 * What a web page says about itself -> the title, publisher, author, date and
 * address of the article, for "Add this page". Pure: the browser side
 * (lib/page-capture.ts) gathers plain data from the document and Readability;
 * every decision is made here, so it is tested on tables of real pages' shapes.
 *
 * Each field is a list of candidates in order of trust, and the first one that
 * survives its checks wins. `from` says which one, so the preview can show it.
 * General rule for the order: what the publisher states for machines about
 * this article (JSON-LD, OpenGraph) before what is inferred from the page's
 * layout (Readability's byline, `<time>` elements), before fallbacks (the
 * document title, the host name).
 */
import { FULL_DATE_PATTERNS, isoFromParts, isValidIsoDate, parseDateExpression } from './dates';
import { isObject, readJsonLdArticle, type JsonLdArticle } from './json-ld';

/** A `<meta>` element: `property` (OpenGraph), `name` or `itemprop`, and its content. */
export interface MetaTag {
  name?: string | null;
  property?: string | null;
  itemprop?: string | null;
  content: string;
}

/** A `<time>` element and what marks it (or not) as the publication time. */
export interface TimeElement {
  datetime: string | null;
  text: string;
  itemprop: string | null;
  className: string;
  /** The old `pubdate` attribute. */
  pubdate: boolean;
  /** Inside a `<header>` or a byline/meta block, where a page states its own date. */
  inHeader: boolean;
}

/** What Readability reports about the page (all optional: it may not run, or know nothing). */
export interface ReadabilityMetadata {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  excerpt?: string | null;
}

/** Plain data gathered from a page; no DOM types, so it crosses any boundary. */
export interface PageData {
  /** `location.href`. */
  url: string;
  documentTitle: string;
  /** `<link rel="canonical">`'s href, as written (may be relative). */
  canonicalUrl: string | null;
  meta: MetaTag[];
  /** Texts of `<script type="application/ld+json">`. */
  jsonLd: string[];
  times: TimeElement[];
  readability: ReadabilityMetadata | null;
}

export type MetadataField = 'title' | 'publisher' | 'author' | 'date' | 'url';

export interface PageMetadata {
  title: string;
  publisher: string | null;
  author: string | null;
  /** `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`); null when the page states no usable date. */
  date: string | null;
  /** The date as the page wrote it: kept even when it could not be read, for the reader to fix. */
  dateText: string | null;
  url: string;
  excerpt: string | null;
  /** Where each chosen value came from (`og:site_name`, `JSON-LD author`, ...); null when none. */
  from: Record<MetadataField, string | null>;
  /** Why the date is null although the page wrote one (unreadable, in the future, ...). */
  dateProblem: string | null;
}

interface Candidate {
  value: string | null | undefined;
  from: string;
}

/**
 * Chooses the article's metadata from what the page says about itself.
 * `today` (`YYYY-MM-DD`) bounds the date: a page cannot be published tomorrow.
 *
 * @example choosePageMetadata(data, { today: '2026-12-01' }).publisher // 'the Guardian' (og:site_name)
 */
export function choosePageMetadata(data: PageData, options: { today: string }): PageMetadata {
  const meta = indexMeta(data.meta);
  const ld = readJsonLdArticle(data.jsonLd);
  const rd = data.readability ?? {};

  const publisher = pick(publisherCandidates(meta, ld, rd, data.url), cleanName);
  const title = pick(titleCandidates(meta, ld, rd, data), (v) => cleanTitle(v, publisher.value));
  const author = pick(authorCandidates(meta, ld, rd), cleanAuthor);
  const date = chooseDate(dateCandidates(meta, ld, rd, data.times), options.today);
  const url = pick(urlCandidates(meta, data), (v) => cleanUrl(v, data.url));

  return {
    title: title.value ?? data.url,
    publisher: publisher.value,
    author: author.value,
    date: date.date,
    dateText: date.dateText,
    url: url.value ?? data.url,
    excerpt: cleanText(rd.excerpt ?? first(meta, ['og:description', 'description'])),
    from: {
      title: title.from,
      publisher: publisher.from,
      author: author.from,
      date: date.from,
      url: url.from,
    },
    dateProblem: date.problem,
  };
}

// ---- candidates, in order of trust -------------------------------------------------------

function titleCandidates(
  meta: MetaIndex,
  ld: JsonLdArticle,
  rd: ReadabilityMetadata,
  data: PageData,
): Candidate[] {
  return [
    // The headline the publisher gives search engines rarely carries the site's name.
    { value: ldText(ld.article?.headline), from: 'JSON-LD headline' },
    { value: first(meta, ['og:title']), from: 'og:title' },
    // Readability cleans the document title (drops "| Site" parts) when there is no metadata.
    { value: rd.title, from: 'Readability title' },
    { value: first(meta, ['twitter:title', 'dc.title', 'dcterms.title']), from: 'meta title' },
    { value: data.documentTitle, from: 'document title' },
  ];
}

function publisherCandidates(
  meta: MetaIndex,
  ld: JsonLdArticle,
  rd: ReadabilityMetadata,
  pageUrl: string,
): Candidate[] {
  const ldPublisher = ld.article?.publisher ?? ld.page?.publisher;
  return [
    // The site's name as readers know it ("the Guardian"), not its legal owner's.
    { value: first(meta, ['og:site_name']), from: 'og:site_name' },
    { value: ldNames(ld, ldPublisher)[0], from: 'JSON-LD publisher' },
    { value: rd.siteName, from: 'Readability site name' },
    { value: first(meta, ['application-name']), from: 'application-name' },
    // Honest last resort: the page is on this site, whatever it calls itself.
    { value: hostName(pageUrl), from: 'host name' },
  ];
}

function authorCandidates(
  meta: MetaIndex,
  ld: JsonLdArticle,
  rd: ReadabilityMetadata,
): Candidate[] {
  const ldAuthors = ldNames(ld, ld.article?.author ?? ld.page?.author)
    .map(cleanAuthor)
    .filter((a): a is string => a !== null);
  return [
    { value: [...new Set(ldAuthors)].join(', ') || null, from: 'JSON-LD author' },
    {
      value: first(meta, [
        'author',
        'article:author',
        'dc.creator',
        'dcterms.creator',
        'parsely-author',
      ]),
      from: 'meta author',
    },
    // Readability reads the byline in the page (rel=author, .byline): it is right more often
    // than it is not, and the preview lets the reader fix it.
    { value: rd.byline, from: 'Readability byline' },
    { value: first(meta, ['byl', 'sailthru.author']), from: 'meta byline' },
  ];
}

/** Publication dates only: `dateModified`, `article:modified_time` and "Updated" times never count. */
const DATE_META_KEYS = [
  'article:published_time',
  // The New York Times writes `article:published` with `itemprop="datePublished"`.
  'article:published',
  'og:article:published_time',
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'publishdate',
  'publish-date',
  'pubdate',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'date',
];

function dateCandidates(
  meta: MetaIndex,
  ld: JsonLdArticle,
  rd: ReadabilityMetadata,
  times: readonly TimeElement[],
): Candidate[] {
  return [
    { value: ldText(ld.article?.datePublished), from: 'JSON-LD datePublished' },
    ...DATE_META_KEYS.map((key) => ({ value: first(meta, [key]), from: key })),
    { value: ldText(ld.page?.datePublished), from: 'JSON-LD WebPage datePublished' },
    { value: rd.publishedTime, from: 'Readability published time' },
    ...times
      .filter(isPublicationTime)
      .map((t) => ({ value: t.datetime?.trim() || t.text, from: '<time> element' })),
  ];
}

/**
 * A `<time>` states the publication date when it is marked so (`itemprop="datePublished"`,
 * `pubdate`, a "published" class), or sits unmarked in the article's header or byline.
 * Times in running text are dates the article mentions, never its own; times marked
 * as updates are not publication dates.
 */
export function isPublicationTime(time: TimeElement): boolean {
  const itemprop = (time.itemprop ?? '').toLowerCase();
  const cls = time.className.toLowerCase();
  if (itemprop === 'datepublished' || time.pubdate || /publish/u.test(cls)) return true;
  const marksUpdate =
    itemprop === 'datemodified' ||
    /updated|modified/u.test(cls) ||
    /^\s*(?:last\s+)?(?:updated|modified|edited)\b/iu.test(time.text);
  return !marksUpdate && time.inHeader;
}

function urlCandidates(meta: MetaIndex, data: PageData): Candidate[] {
  return [
    { value: data.canonicalUrl, from: 'canonical link' },
    { value: first(meta, ['og:url']), from: 'og:url' },
    { value: withoutTracking(data.url), from: 'page address' },
  ];
}

function pick(
  candidates: Candidate[],
  clean: (value: string) => string | null,
): { value: string | null; from: string | null } {
  for (const c of candidates) {
    const value = typeof c.value === 'string' ? clean(c.value) : null;
    if (value) return { value, from: c.from };
  }
  return { value: null, from: null };
}

// ---- dates --------------------------------------------------------------------------------

interface DateChoice {
  date: string | null;
  dateText: string | null;
  from: string | null;
  problem: string | null;
}

function chooseDate(candidates: Candidate[], today: string): DateChoice {
  let firstProblem: DateChoice | null = null;
  for (const c of candidates) {
    const raw = cleanText(c.value);
    if (!raw) continue;
    const read = readPageDate(raw, today);
    if (read.date) return { date: read.date, dateText: raw, from: c.from, problem: null };
    firstProblem ??= { date: null, dateText: raw, from: c.from, problem: read.problem };
  }
  return firstProblem ?? { date: null, dateText: null, from: null, problem: null };
}

/**
 * One date value from a page -> an ISO date, with the project's own date reading
 * (`dates.ts`). Timestamps keep the date as written, in the publisher's time zone
 * ("2015-02-05T01:00:00+08:00" is 5 February, the date its readers saw), not UTC.
 * Rejected: dates before 1900 or after tomorrow (a time zone ahead of ours may
 * already be there), and all-numeric dates whose day and month could be swapped
 * (`03/07/2022` is 3 July in Europe and 7 March in the US).
 *
 * @example readPageDate('2019-02-21T08:00:08.000Z', '2026-12-01').date // '2019-02-21'
 */
export function readPageDate(
  raw: string,
  today: string,
): { date: string | null; problem: string | null } {
  const text = raw.trim();
  const iso = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:[T ]\d{1,2}:\d{2}\S*(?:\s*\S+)?)?$/u.exec(text);
  let date: string | null;
  if (iso && isValidIsoDate(iso[1]!)) date = iso[1]!;
  else if (isAmbiguousNumericDate(text))
    return { date: null, problem: 'day and month could be either way round' };
  else date = parseDateExpression(text) ?? onlyDateIn(text);
  if (!date) return { date: null, problem: 'not a date Sourcelight can read' };
  if (date.slice(0, 4) < '1900') return { date: null, problem: 'before 1900' };
  if (date > dayAfter(today)) return { date: null, problem: 'in the future' };
  return { date, problem: null };
}

/** `03/07/2022`, `3.7.2022`: both first numbers could be the month. */
function isAmbiguousNumericDate(text: string): boolean {
  const m = /(?:^|\D)(\d{1,2})[./](\d{1,2})[./]\d{4}(?:\D|$)/u.exec(text);
  return m !== null && +m[1]! <= 12 && +m[2]! <= 12 && m[1] !== m[2];
}

/**
 * The one full date inside a longer text ("Wed, 23 Sep 2026 10:00:00 GMT",
 * "Published March 7, 2022 at 5:00 pm"); null when there is none or several.
 */
function onlyDateIn(text: string): string | null {
  const found = new Set<string>();
  for (const { re, parts } of FULL_DATE_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const date = isoFromParts(parts(m));
      if (date) found.add(date);
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}

function dayAfter(isoDay: string): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  return new Date(Date.UTC(y!, (m ?? 1) - 1, (d ?? 1) + 1)).toISOString().slice(0, 10);
}

// ---- cleaning -----------------------------------------------------------------------------

/** Whitespace collapsed and trimmed; empty -> null. */
function cleanText(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const text = value.replace(/\s+/gu, ' ').trim();
  return text || null;
}

/** Longer than any real name: a value this long is a sentence or junk in the wrong field. */
const MAX_NAME_CHARS = 120;

function cleanName(value: string): string | null {
  const text = cleanText(decodeEntities(value));
  return text && text.length <= MAX_NAME_CHARS && /\p{L}/u.test(text) ? text : null;
}

/**
 * "By Corey Kilgannon" -> "Corey Kilgannon". Addresses are not names: `article:author`
 * is often a Facebook profile URL, and some bylines are e-mail addresses.
 */
export function cleanAuthor(value: string): string | null {
  const text = cleanName(value);
  if (!text || /:\/\/|^www\.|@\S+\.\w/u.test(text)) return null;
  return cleanName(text.replace(/^(?:(?:text|words|written|reporting|story)\s+)?by\b[\s:]*/iu, ''));
}

const TITLE_SEPARATOR = '\\s+[|\u2013\u2014\u00b7\u2022:-]{1,2}\\s+';

/** Drops the site's name when the title carries it at either end ("Title | the Guardian"). */
function cleanTitle(value: string, siteName: string | null): string | null {
  const text = cleanText(decodeEntities(value));
  if (!text || !siteName) return text;
  const site = siteName.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const stripped = text
    .replace(new RegExp(`${TITLE_SEPARATOR}${site}$`, 'iu'), '')
    .replace(new RegExp(`^${site}${TITLE_SEPARATOR}`, 'iu'), '')
    .trim();
  return stripped || text;
}

/**
 * An http(s) address, resolved against the page, without its fragment. A canonical
 * link to the site's home page from an article is a common misconfiguration: skipped.
 */
function cleanUrl(value: string, pageUrl: string): string | null {
  let url: URL;
  let page: URL;
  try {
    page = new URL(pageUrl);
    url = new URL(value.trim(), page);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.pathname === '/' && !url.search && page.pathname !== '/') return null;
  url.hash = '';
  return url.href;
}

/** The page address without campaign parameters (`utm_*`, `fbclid`, `gclid`). */
function withoutTracking(pageUrl: string): string {
  try {
    const url = new URL(pageUrl);
    for (const key of [...url.searchParams.keys()]) {
      if (/^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid)$/iu.test(key)) url.searchParams.delete(key);
    }
    return url.href;
  } catch {
    return pageUrl;
  }
}

function hostName(pageUrl: string): string | null {
  try {
    return new URL(pageUrl).hostname.replace(/^www\./u, '') || null;
  } catch {
    return null;
  }
}

/** JSON-LD text is not HTML-decoded by the browser; some CMSes write `&amp;` and `&#8217;` in it. */
function decodeEntities(text: string): string {
  const named: Record<string, string> = {
    amp: '&',
    quot: '"',
    apos: "'",
    lt: '<',
    gt: '>',
    nbsp: ' ',
  };
  return text.replace(
    /&(?:#(\d{1,7})|#x([\da-f]{1,6})|(amp|quot|apos|lt|gt|nbsp));/giu,
    (all, dec, hex, name) => {
      if (name) return named[String(name).toLowerCase()] ?? all;
      const code = dec ? Number(dec) : parseInt(String(hex), 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    },
  );
}

// ---- meta tags and JSON-LD values -------------------------------------------------------

type MetaIndex = Map<string, string[]>;

/** Meta contents by lower-cased key; `property="og:title twitter:title"` files under both. */
function indexMeta(tags: readonly MetaTag[]): MetaIndex {
  const index: MetaIndex = new Map();
  for (const tag of tags) {
    if (typeof tag.content !== 'string') continue;
    const keys = [tag.property, tag.name, tag.itemprop]
      .filter((k): k is string => typeof k === 'string')
      .flatMap((k) => k.toLowerCase().split(/\s+/u))
      .filter(Boolean);
    for (const key of new Set(keys)) {
      const list = index.get(key) ?? [];
      list.push(tag.content);
      index.set(key, list);
    }
  }
  return index;
}

/** The first non-blank content under any of `keys`, in the order given. */
function first(meta: MetaIndex, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = meta.get(key)?.find((v) => v.trim());
    if (value) return value;
  }
  return null;
}

/** A JSON-LD text value: a string, the first of an array, or `{ "@value": ... }`. */
function ldText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(ldText).find((v) => v) ?? null;
  if (isObject(value)) return ldText(value['@value']);
  return null;
}

/** Names of a person/organisation value: a string, `{ name }`, an `@id` reference, or an array of them. */
function ldNames(ld: JsonLdArticle, value: unknown, depth = 0): string[] {
  if (depth > 3) return [];
  if (Array.isArray(value)) return value.flatMap((v) => ldNames(ld, v, depth + 1));
  const node = ld.resolve(value);
  if (typeof node === 'string') return [node];
  if (!isObject(node)) return [];
  const name = ldText(node.name) ?? ldText(node.alternateName);
  return name ? [name] : [];
}
