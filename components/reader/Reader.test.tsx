/**
 * The reader page with a fake `api`: the start page (no parameters) lists the
 * sources and searches passages; every view says when a publisher is not stated.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SourceSummary } from '../../core/messages';
import { parseReaderRoute, type ReaderRoute } from '../../core/reader-url';
import { article } from '../fixtures/sample-card';
import { Reader, type ReaderApi } from './Reader';

const older = article('older', 'Older report', 'EU Reporter', '2022-01-10');
const newer = article('newer', 'Newer report', null, '2024-01-04');
const undated = article('undated', 'Undated <b>report</b>', null, null, {
  mentionsUntil: '2022-07',
});

function fakeApi(extra: Partial<ReaderApi> = {}): ReaderApi & {
  [K in keyof ReaderApi]: ReturnType<typeof vi.fn>;
} {
  const summary = (article: SourceSummary['article'], passageCount: number): SourceSummary => ({
    article,
    passageCount,
    termCount: 0,
    origin: 'bundled',
    file: article.file,
    enabled: true,
    addedAt: null,
  });
  const sources: SourceSummary[] = [summary(undated, 1), summary(older, 3), summary(newer, 12)];
  return {
    getArticle: vi.fn(async () => null),
    lookupTerm: vi.fn(async () => null),
    search: vi.fn(async (query: string) => ({ query, hits: [], names: [], nearNames: [] })),
    listSources: vi.fn(async () => ({ sources })),
    copyText: vi.fn(async () => {}),
    ...extra,
  } as never;
}

let root: HTMLDivElement | undefined;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = undefined;
});

async function mount(route: ReaderRoute, api: ReaderApi) {
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(<Reader route={route} api={api} />, root!);
  });
  await act(async () => {
    for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 0));
  });
  return root;
}

describe('Reader start page (no parameters)', () => {
  it('leaves out the sources turned off on the Sources page', async () => {
    const on = fakeApi();
    const { sources } = await on.listSources();
    const api = fakeApi({
      listSources: vi.fn(async () => ({
        sources: sources.map((s) => (s.article.id === 'older' ? { ...s, enabled: false } : s)),
      })),
    });
    const el = await mount(parseReaderRoute(''), api);
    expect(el.querySelector('#sl-sources-title')?.textContent).toBe('Sources 2 articles');
    expect(
      [...el.querySelectorAll('.sl-source-list li')].map((li) =>
        li.getAttribute('data-article-id'),
      ),
    ).toEqual(['newer', 'undated']);
  });

  it('lists every source, newest first and undated last, each linking to the reader at that article', async () => {
    const api = fakeApi();
    const el = await mount(parseReaderRoute(''), api);
    expect(api.listSources).toHaveBeenCalledOnce();
    expect(api.search).not.toHaveBeenCalled();
    expect(el.querySelector('#sl-sources-title')?.textContent).toBe('Sources 3 articles');
    const items = [...el.querySelectorAll('.sl-source-list li')];
    expect(items.map((li) => li.getAttribute('data-article-id'))).toEqual([
      'newer',
      'older',
      'undated',
    ]);
    expect(items.map((li) => li.querySelector('.sl-meta')?.textContent)).toEqual([
      'publisher not stated · 4 Jan 2024 · 12 passages',
      'EU Reporter · 10 Jan 2022 · 3 passages',
      'publisher not stated · undated; mentions events up to Jul 2022 · 1 passage',
    ]);
    expect(items[0]!.querySelector('.sl-publisher')?.classList.contains('sl-undated')).toBe(true);
    expect(items[1]!.querySelector('.sl-publisher')?.classList.contains('sl-undated')).toBe(false);
    const link = items[1]!.querySelector('a')!;
    expect(link.textContent).toBe('Older report');
    expect(parseReaderRoute(new URL(link.getAttribute('href')!, 'x:/').search)).toEqual({
      kind: 'article',
      articleId: 'older',
      passageId: null,
      termId: null,
    });
    // Titles are text, never markup.
    expect(items[2]!.querySelector('a')?.textContent).toBe('Undated <b>report</b>');
    expect(items[2]!.querySelector('b')).toBeNull();
  });

  it('has one labelled search box that searches passages through reader.html?q=', async () => {
    const el = await mount({ kind: 'empty' }, fakeApi());
    const forms = [...el.querySelectorAll('form[role="search"]')];
    expect(forms).toHaveLength(1);
    const form = forms[0] as HTMLFormElement;
    expect(form.getAttribute('action')).toBe('reader.html');
    expect(form.getAttribute('method')).toBe('get');
    const input = form.querySelector('input')!;
    expect(input.name).toBe('q');
    expect(el.querySelector(`label[for="${input.id}"]`)?.textContent).toMatch(
      /Search the passages/,
    );
  });

  it('the query that form submits is answered with the background search', async () => {
    const api = fakeApi();
    const el = await mount(parseReaderRoute('?q=Tokayev'), api);
    expect(api.search).toHaveBeenCalledWith('Tokayev');
    expect(api.listSources).not.toHaveBeenCalled();
    expect(el.querySelector('#sl-search-title')?.textContent).toBe('Sources on “Tokayev”');
  });

  it('says so when the sources cannot be loaded, or there are none', async () => {
    const failing = fakeApi({ listSources: () => Promise.reject(new Error('index missing')) });
    let el = await mount({ kind: 'empty' }, failing);
    expect(el.querySelector('[role="alert"]')?.textContent).toBe(
      'Could not load the sources: index missing',
    );
    render(null, root!);
    root!.remove();
    el = await mount({ kind: 'empty' }, fakeApi({ listSources: async () => ({ sources: [] }) }));
    expect(el.querySelector('#sl-sources-title')?.textContent).toBe('Sources 0 articles');
    expect(el.textContent).toContain('No sources');
  });
});

describe('Reader: a publisher that is not stated', () => {
  it('article page: "not stated" under Publisher, styled like a missing date', async () => {
    const api = fakeApi({
      getArticle: async () => ({ article: newer, passages: [] }),
    });
    const el = await mount(
      { kind: 'article', articleId: 'newer', passageId: null, termId: null },
      api,
    );
    const dds = [...el.querySelectorAll('.sl-article-meta dd')];
    expect(dds.map((d) => d.textContent)).toEqual(['not stated', '4 Jan 2024', 'not stated']);
    expect(dds.map((d) => d.classList.contains('sl-undated'))).toEqual([true, false, true]);
  });

  it('search results: the source line says "publisher not stated" instead of leaving a gap', async () => {
    const api = fakeApi({
      search: async (query) => ({
        query,
        hits: [
          { passageId: 'newer:1', text: 'Tokayev said.', marks: [], article: newer, score: 1 },
        ],
        names: [],
        nearNames: [],
      }),
    });
    const el = await mount({ kind: 'search', query: 'Tokayev' }, api);
    expect(el.querySelector('.sl-search-hits .sl-meta')?.textContent).toBe(
      'Newer report · publisher not stated · 4 Jan 2024',
    );
  });
});
