/**
 * JSON-LD (schema.org) blocks of a web page -> the article they describe.
 * Real pages write it in many shapes: one object, an array, a `@graph` (Yoast,
 * most WordPress sites) whose article points at its author and publisher by
 * `@id`, an article nested as a WebPage's `mainEntity`, `@type` as an array,
 * CDATA or HTML-comment wrappers, and JSON that does not parse. Every shape is
 * read the same way: parse what parses, collect every typed object, resolve
 * `@id` references, pick the article.
 */

/** A schema.org node: any JSON object with (usually) an `@type`. */
export type JsonLdNode = Record<string, unknown>;

export interface JsonLdArticle {
  /** The article-like node (NewsArticle, BlogPosting, ...), if the page has one. */
  article: JsonLdNode | null;
  /** The WebPage-like node: Yoast gives the page its own `datePublished`. */
  page: JsonLdNode | null;
  /** Follows an `{ "@id": ... }` reference to the node it names (or returns the value). */
  resolve(value: unknown): unknown;
}

/** Past this many nodes or this depth a block is junk or hostile, not metadata. */
const MAX_NODES = 2_000;
const MAX_DEPTH = 8;

/**
 * Reads the page's JSON-LD blocks (script texts) and picks the article node.
 * Blocks that do not parse are skipped: one broken block must not hide another.
 *
 * @example readJsonLdArticle(['{"@type":"NewsArticle","headline":"H"}']).article?.headline // 'H'
 */
export function readJsonLdArticle(scriptTexts: readonly string[]): JsonLdArticle {
  const nodes: JsonLdNode[] = [];
  for (const text of scriptTexts) {
    const parsed = parseJsonLd(text);
    if (parsed !== undefined) collectNodes(parsed, nodes, 0);
  }
  const byId = new Map<string, JsonLdNode>();
  for (const node of nodes) {
    const id = node['@id'];
    // The first full description of an id wins; a bare `{ "@id" }` reference is not one.
    if (typeof id === 'string' && Object.keys(node).length > 1 && !byId.has(id)) byId.set(id, node);
  }
  const resolve = (value: unknown): unknown => {
    if (!isObject(value)) return value;
    const id = value['@id'];
    return typeof id === 'string' && Object.keys(value).length === 1
      ? (byId.get(id) ?? value)
      : value;
  };
  return {
    article: nodes.find((n) => typesOf(n).some(isArticleType)) ?? null,
    page: nodes.find((n) => typesOf(n).some(isPageType)) ?? null,
    resolve,
  };
}

/**
 * JSON.parse after removing the wrappers CMSes put around it. Raw line breaks
 * and tabs (invalid inside JSON strings, common in descriptions) become spaces:
 * outside strings they are whitespace anyway, so nothing valid changes.
 */
function parseJsonLd(text: string): unknown {
  const body = text
    .trim()
    .replace(/^<!--|-->$/gu, '')
    .replace(/^\s*<!\[CDATA\[|\]\]>\s*$/gu, '')
    .trim();
  if (!body) return undefined;
  try {
    return JSON.parse(body);
  } catch {
    try {
      return JSON.parse(body.replace(/[\n\r\t]/gu, ' '));
    } catch {
      return undefined;
    }
  }
}

/** Every object with an `@type` or `@id`, depth-first, in document order. */
function collectNodes(value: unknown, out: JsonLdNode[], depth: number): void {
  if (depth > MAX_DEPTH || out.length >= MAX_NODES) return;
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, out, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  if ('@type' in value || '@id' in value) out.push(value);
  for (const [key, child] of Object.entries(value)) {
    if (key === '@context') continue;
    if (typeof child === 'object' && child !== null) collectNodes(child, out, depth + 1);
  }
}

export function typesOf(node: JsonLdNode): string[] {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  // `schema:NewsArticle` and `https://schema.org/NewsArticle` name the same type.
  return types
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^.*[/:#]/u, ''));
}

/** Article, NewsArticle, ReportageNewsArticle, BlogPosting, LiveBlogPosting, ScholarlyArticle, Report, ... */
function isArticleType(type: string): boolean {
  return /(?:Article|BlogPosting|^Report)$/iu.test(type);
}

function isPageType(type: string): boolean {
  return /^(?:WebPage|ItemPage|AboutPage|CollectionPage)$/iu.test(type);
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
