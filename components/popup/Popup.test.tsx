import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchHit, SearchResponse } from '../../core/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import type { ArticleMeta, DictionaryEntry } from '../../core/types';
import { Popup, type PopupApi } from './Popup';

const article = (id: string, date: string | null): ArticleMeta => ({
  id,
  file: `${id}.txt`,
  title: `Title ${id}`,
  publisher: 'The Publisher',
  author: null,
  url: null,
  date,
  dateText: null,
});

const hit = (passageId: string, text: string, a = article('a1', '2022-01-06')): SearchHit => ({
  passageId,
  text,
  marks: [[0, 7]],
  article: a,
  score: 1,
});

const tokayev: DictionaryEntry = {
  id: 'kassym-jomart-tokayev',
  name: 'Kassym-Jomart Tokayev',
  kind: 'person',
  variants: ['Kassym-Jomart Tokayev', 'Tokayev'],
};

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

let root: HTMLDivElement;
let api: PopupApi & { [K in keyof PopupApi]: ReturnType<typeof vi.fn> };
let searches: Map<string, ReturnType<typeof deferred<SearchResponse>>>;
let settings: Settings;

beforeEach(() => {
  vi.useFakeTimers();
  searches = new Map();
  settings = structuredClone(DEFAULT_SETTINGS);
  api = {
    search: vi.fn((q: string) => {
      const d = deferred<SearchResponse>();
      searches.set(q, d);
      return d.promise;
    }),
    getNames: vi.fn(async () => [tokayev]),
    loadSettings: vi.fn(async () => settings),
    saveSettings: vi.fn(async (update: (s: Settings) => Partial<Settings>) => {
      settings = { ...settings, ...update(settings) };
      return settings;
    }),
    watchSettings: vi.fn(() => () => undefined),
    getTargetTab: vi.fn(async () => ({ tabId: 7, url: 'https://www.example.com/news' })),
    getPageTerms: vi.fn(async () => [
      { termId: tokayev.id, name: tokayev.name, kind: 'person' as const, count: 4 },
    ]),
    revealTerm: vi.fn(async () => true),
    openReader: vi.fn(),
    openOptions: vi.fn(),
    close: vi.fn(),
  } as never;
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
  vi.useRealTimers();
});

const flush = async () => {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(100);
  });
};

async function mount() {
  await act(async () => {
    render(<Popup api={api} />, root);
  });
  await flush();
  return root.querySelector<HTMLInputElement>('#sl-query')!;
}

async function type(input: HTMLInputElement, value: string) {
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function key(input: HTMLInputElement, k: string) {
  await act(async () => {
    input.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
  });
}

const response = (query: string, hits: SearchHit[], extra: Partial<SearchResponse> = {}) => ({
  query,
  hits,
  names: [],
  nearNames: [],
  ...extra,
});

describe('Popup', () => {
  it('focuses the search box on open and shows the page names with counts', async () => {
    const input = await mount();
    expect(document.activeElement).toBe(input);
    const row = root.querySelector(`[data-term-id="${tokayev.id}"]`);
    expect(row?.textContent).toContain('Kassym-Jomart Tokayev');
    expect(row?.querySelector('.sl-count')?.textContent).toBe('4');
    expect(root.querySelector('.sl-switch strong')?.textContent).toBe('example.com');
  });

  it('labels the page count as mentions, so it is not read as a number of sources', async () => {
    api.getPageTerms.mockResolvedValue([
      { termId: tokayev.id, name: tokayev.name, kind: 'person', count: 8 },
      { termId: 'csto', name: 'CSTO', kind: 'organisation', count: 1 },
    ]);
    await mount();
    const mentions = (id: string) =>
      root.querySelector(`[data-term-id="${id}"] .sl-term-mentions`)?.textContent;
    expect(mentions(tokayev.id)).toBe('8 mentions on this page');
    expect(mentions('csto')).toBe('1 mention on this page');
    // Visible text is "8 mentions"; the name's button carries the whole phrase as its accessible name.
    const button = root.querySelector(`[data-term-id="${tokayev.id}"] .sl-name`)!;
    expect(button.textContent).toContain('8 mentions on this page');
    expect(button.querySelector('.sl-visually-hidden')?.textContent).toBe(' on this page');
  });

  it('debounces typing into one search and drops a stale response', async () => {
    const input = await mount();
    await type(input, 'To');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(70);
    });
    await type(input, 'Tok');
    await type(input, 'Toka');
    await flush();
    // "To" was sent before the burst; "Tok" never was (debounced); "Toka" was.
    expect(api.search.mock.calls.map((c) => c[0])).toEqual(['To', 'Toka']);
    await act(async () => {
      searches.get('Toka')!.resolve(response('Toka', [hit('a1:1', 'Tokayev new')]));
    });
    await act(async () => {
      searches.get('To')!.resolve(response('To', [hit('a1:9', 'Tomorrow old')]));
    });
    const shown = [...root.querySelectorAll('[role="option"]')].map((o) =>
      o.getAttribute('data-passage-id'),
    );
    expect(shown).toEqual(['a1:1']);
  });

  it('renders marks as <mark> around text, never as HTML', async () => {
    const input = await mount();
    await type(input, 'x');
    await flush();
    await act(async () => {
      searches
        .get('x')!
        .resolve(response('x', [hit('a1:1', '<img src=x onerror=alert(1)> Tokayev')]));
    });
    const option = root.querySelector('[role="option"]')!;
    expect(option.querySelector('img')).toBeNull();
    expect(option.querySelector('mark')?.textContent).toBe('<img sr');
    expect(option.textContent).toContain('6 Jan 2022');
  });

  it('says when a result is also in other sources (a reposted text shown once)', async () => {
    const input = await mount();
    await type(input, 'y');
    await flush();
    const reposted = {
      ...hit('a1:1', 'Tokayev said order was restored'),
      alsoIn: [hit('b:1', '').article],
    };
    await act(async () => {
      searches.get('y')!.resolve(response('y', [reposted]));
    });
    expect(root.querySelector('[role="option"] .sl-also-in')?.textContent).toBe(
      'also in 1 other source',
    );
  });

  it('moves through results with the arrows, opens with Enter, clears and closes with Escape', async () => {
    const input = await mount();
    await type(input, 'Tokayev');
    await flush();
    await act(async () => {
      searches
        .get('Tokayev')!
        .resolve(
          response('Tokayev', [hit('a1:1', 'one'), hit('a2:5', 'two', article('a2', null))]),
        );
    });
    expect(input.getAttribute('aria-activedescendant')).toBe('sl-hit-0');
    await key(input, 'ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe('sl-hit-1');
    expect(root.querySelector('#sl-hit-1')?.getAttribute('aria-selected')).toBe('true');
    expect(root.querySelector('#sl-hit-1')?.textContent).toContain('date not stated');
    await key(input, 'ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe('sl-hit-0');
    await key(input, 'ArrowUp');
    await key(input, 'Enter');
    expect(api.openReader).toHaveBeenCalledWith('reader.html?article=a2&passage=a2%3A5');
    await key(input, 'Escape');
    expect(input.value).toBe('');
    expect(api.close).not.toHaveBeenCalled();
    await key(input, 'Escape');
    expect(api.close).toHaveBeenCalledTimes(1);
  });

  it('a click on a result opens the reader at that passage', async () => {
    const input = await mount();
    await type(input, 'CSTO');
    await flush();
    await act(async () => {
      searches.get('CSTO')!.resolve(response('CSTO', [hit('a1:1', 'one'), hit('a1:3', 'three')]));
    });
    await act(async () => {
      root.querySelector<HTMLElement>('#sl-hit-1')!.click();
    });
    expect(api.openReader).toHaveBeenCalledWith('reader.html?article=a1&passage=a1%3A3');
  });

  it('says when nothing matches and searches a near name when chosen', async () => {
    const input = await mount();
    await type(input, 'Tqkaxev');
    await flush();
    await act(async () => {
      searches.get('Tqkaxev')!.resolve(response('Tqkaxev', [], { nearNames: [tokayev] }));
    });
    expect(root.textContent).toContain('No passages match “Tqkaxev”');
    await act(async () => {
      root.querySelector<HTMLButtonElement>('.sl-empty button')!.click();
    });
    expect(input.value).toBe('Kassym-Jomart Tokayev');
  });

  it('the site switch stores the site key; a rule for the site turns it off', async () => {
    await mount();
    const box = root.querySelector<HTMLInputElement>('#sl-site-switch')!;
    expect(box.checked).toBe(true);
    await act(async () => {
      box.click();
    });
    await flush();
    expect(settings.disabledSites).toEqual(['example.com']);
    expect(root.querySelector<HTMLInputElement>('#sl-site-switch')!.checked).toBe(false);
    // Off: the page is not asked for names again, and says so.
    expect(root.textContent).toContain('Highlighting is off on this page');
  });

  it('offers first mention only and stores the choice', async () => {
    await mount();
    const select = root.querySelector<HTMLSelectElement>('#sl-mentions-select')!;
    expect(select.value).toBe(DEFAULT_SETTINGS.mentions);
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'every mention',
      'first mention in each section',
      'first mention on the page',
    ]);
    await act(async () => {
      select.value = 'first-on-page';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    expect(settings.mentions).toBe('first-on-page');
    expect(root.querySelector<HTMLSelectElement>('#sl-mentions-select')!.value).toBe(
      'first-on-page',
    );
  });

  it('tells the user when Sourcelight does not run on the active tab', async () => {
    api.getTargetTab.mockResolvedValue({ tabId: 3, url: null });
    await mount();
    expect(root.querySelector('#sl-site-switch')).toBeNull();
    expect(root.querySelector('.sl-controls')?.textContent).toContain('does not run on this page');
    expect(api.getPageTerms).not.toHaveBeenCalled();
  });

  it('the browse tabs follow the tabs pattern (arrows switch, one tab stop)', async () => {
    await mount();
    const page = root.querySelector<HTMLElement>('#sl-tab-page')!;
    expect(page.getAttribute('aria-selected')).toBe('true');
    expect(root.querySelector('#sl-tab-names')!.getAttribute('tabindex')).toBe('-1');
    await act(async () => {
      page.focus();
      page.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    });
    await flush();
    const names = root.querySelector<HTMLElement>('#sl-tab-names')!;
    expect(names.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(names);
    expect(root.querySelector('#sl-panel-names')).not.toBeNull();
  });

  it('browses names by kind with counts when the query is empty', async () => {
    api.getTargetTab.mockResolvedValue({ tabId: null, url: null });
    await mount();
    const kinds = [...root.querySelectorAll('[role="radio"]')].map((b) => b.textContent);
    expect(kinds).toEqual(['All 1', 'People 1']);
    await act(async () => {
      root.querySelector<HTMLButtonElement>('.sl-name-list .sl-name')!.click();
    });
    expect(api.openReader).toHaveBeenCalledWith('reader.html?term=kassym-jomart-tokayev');
  });
});
