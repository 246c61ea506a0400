/**
 * "Add this page" in the popup: the button (and why it is off), the preview of
 * what the page reader found, the reader's corrections, and what saving says.
 * Driven through the whole popup with a stubbed api, as the reader uses it.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageCaptureReply } from '../../core/messages';
import { DEFAULT_SETTINGS } from '../../core/settings';
import type { PageCapture } from '../../core/sources/capture-seed';
import type { AddedPage } from './AddPage';
import { Popup, type PopupApi } from './Popup';

const capture: PageCapture = {
  title: 'Flood defences hold as the Ishim rises',
  publisher: '127.0.0.1',
  author: 'Aigerim Sadykova',
  date: null,
  dateText: 'Updated 14 April',
  url: 'https://news.example/2024/04/12/ishim-flood',
  text: [
    'The Ishim crested just after midnight in Petropavl.',
    'Engineers had raised the embankments by a metre since 2017.',
    'The regional akim said no homes had been lost.',
    'A fourth paragraph the preview does not show.',
  ].join('\n\n'),
};

const captured: PageCaptureReply = {
  ok: true,
  capture,
  from: {
    title: 'og:title',
    publisher: 'host name',
    author: 'JSON-LD author',
    date: null,
    url: 'canonical link',
  },
  dateProblem: 'The page only gives the time it was updated (“Updated 14 April”), not published.',
};

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

let root: HTMLDivElement;
let api: PopupApi & { [K in keyof PopupApi]-?: ReturnType<typeof vi.fn> };
let target: { tabId: number | null; url: string | null };

beforeEach(() => {
  target = { tabId: 7, url: 'https://news.example/2024/04/12/ishim-flood' };
  api = {
    search: vi.fn(async () => ({ query: '', hits: [], names: [], nearNames: [] })),
    getNames: vi.fn(async () => []),
    loadSettings: vi.fn(async () => structuredClone(DEFAULT_SETTINGS)),
    saveSettings: vi.fn(async () => structuredClone(DEFAULT_SETTINGS)),
    watchSettings: vi.fn(() => () => undefined),
    getTargetTab: vi.fn(async () => target),
    getPageTerms: vi.fn(async () => []),
    revealTerm: vi.fn(async () => true),
    openReader: vi.fn(),
    openOptions: vi.fn(),
    openSources: vi.fn(),
    close: vi.fn(),
    capturePage: vi.fn(async () => captured),
    addCapturedPage: vi.fn(async (): Promise<AddedPage> => ({
      file: 'page-ishim.txt',
      articles: 1,
      terms: 12,
      passages: 30,
    })),
  } as never;
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

const settle = () =>
  act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });

async function mount(props: { startAdding?: boolean } = {}) {
  await act(async () => {
    render(<Popup api={api} {...props} />, root);
  });
  await settle();
}

const $ = <T extends HTMLElement = HTMLElement>(selector: string) =>
  root.querySelector<T>(selector);
const text = (selector: string) => $(selector)?.textContent?.replace(/\s+/gu, ' ').trim() ?? null;

async function click(selector: string) {
  const el = $(selector);
  if (!el) throw new Error(`no ${selector}`);
  await act(async () => {
    el.click();
  });
  await settle();
}

async function fill(selector: string, value: string) {
  const input = $<HTMLInputElement>(selector)!;
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function submit() {
  await act(async () => {
    $<HTMLFormElement>('form.sl-add')!.dispatchEvent(
      new Event('submit', { bubbles: true, cancelable: true }),
    );
  });
  await settle();
}

async function openPreview() {
  await mount();
  await click('#sl-add-page');
  expect(api.capturePage).toHaveBeenCalledWith(7);
}

describe('Add this page', () => {
  it('shows the capture, where each value came from, the date problem and the opening text', async () => {
    await openPreview();
    expect($<HTMLInputElement>('#sl-add-title')!.value).toBe(capture.title);
    expect(text('#sl-add-title-from')).toBe('from og:title');
    expect($<HTMLInputElement>('#sl-add-publisher')!.value).toBe('127.0.0.1');
    expect(text('#sl-add-publisher-from')).toBe('from host name');
    expect($<HTMLInputElement>('#sl-add-author')!.value).toBe('Aigerim Sadykova');
    expect(text('#sl-add-author-from')).toBe('from JSON-LD author');
    expect($<HTMLInputElement>('#sl-add-date')!.value).toBe('');
    expect(text('#sl-add-date-from')).toBe('Not found on the page');
    expect(text('#sl-add-date-note')).toBe(captured.ok && captured.dateProblem);
    const url = $<HTMLInputElement>('#sl-add-url')!;
    expect(url.value).toBe(capture.url);
    expect(url.readOnly).toBe(true);
    expect(text('#sl-add-url-from')).toBe('from canonical link');

    const shown = [...root.querySelectorAll('.sl-add-text p')].map((p) => p.textContent);
    expect(shown).toEqual(capture.text.split('\n\n').slice(0, 3));
    expect(text('#sl-add-length')).toBe('4 paragraphs, 35 words');
    // The search and browsing give way to the preview; nothing is saved yet.
    expect($('#sl-query')).toBeNull();
    expect(api.addCapturedPage).not.toHaveBeenCalled();
  });

  it('refuses a date that is not YYYY-MM-DD, says why, and saves nothing', async () => {
    await openPreview();
    await fill('#sl-add-date', '14.04.2024');
    await submit();
    expect(api.addCapturedPage).not.toHaveBeenCalled();
    expect(text('#sl-add-date-problem')).toMatch(
      /“14\.04\.2024” is not a date: write it as YYYY-MM-DD/,
    );
    expect($('#sl-add-date')!.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe($('#sl-add-date'));

    await fill('#sl-add-date', '2024-02-30');
    await submit();
    expect(api.addCapturedPage).not.toHaveBeenCalled();
    expect(text('#sl-add-date-problem')).toMatch(/“2024-02-30” is not a date/);

    // Editing the field clears its problem until the next save.
    await fill('#sl-add-date', '2024-04-12');
    expect($('#sl-add-date-problem')).toBeNull();
    expect($('#sl-add-date')!.hasAttribute('aria-invalid')).toBe(false);
  });

  it('saves the corrected fields, then says what was added and links to Sources', async () => {
    await openPreview();
    await fill('#sl-add-publisher', 'The Steppe Courier');
    await fill('#sl-add-date', '2024-04-12');
    expect(text('#sl-add-publisher-from')).toBe('Corrected (the page gave “127.0.0.1”)');
    expect(text('#sl-add-date-from')).toBe('Added by you');
    await submit();

    expect(api.addCapturedPage).toHaveBeenCalledTimes(1);
    expect(api.addCapturedPage).toHaveBeenCalledWith({
      ...capture,
      publisher: 'The Steppe Courier',
      date: '2024-04-12',
    });
    expect(text('#sl-add-done')).toBe('Added: 12 names, 30 passages');
    // The popup's names are fetched again: the new source's names are in them now.
    expect(api.getNames).toHaveBeenCalledTimes(2);
    await click('.sl-add .sl-link-button');
    expect(api.openSources).toHaveBeenCalledTimes(1);
    await click('.sl-add-actions button:not(.sl-link-button)');
    expect($('#sl-query')).not.toBeNull();
  });

  it('a page the reader cannot read shows its message', async () => {
    const message =
      'This page does not look like an article: there is not enough running text on it to save.';
    api.capturePage.mockResolvedValue({ ok: false, reason: 'not-an-article', message });
    await openPreview();
    expect(text('#sl-add-refused')).toBe(message);
    expect($('form.sl-add')).toBeNull();
  });

  it('a page that does not answer says so and what to do', async () => {
    api.capturePage.mockRejectedValue(new Error('Could not establish connection'));
    await openPreview();
    expect(text('#sl-add-refused')).toBe(
      'Sourcelight could not read this page (Could not establish connection). Reload the page and try again.',
    );
  });

  it('a save that fails shows why and keeps the form as the reader left it', async () => {
    const saving = deferred<AddedPage>();
    api.addCapturedPage.mockReturnValueOnce(saving.promise);
    await openPreview();
    await fill('#sl-add-publisher', 'The Steppe Courier');
    await fill('#sl-add-date', '2024-04-12');
    await submit();
    expect($<HTMLButtonElement>('#sl-add-save')!.disabled).toBe(true);
    expect(text('#sl-add-save')).toBe('Saving…');

    await act(async () => saving.reject(new Error('Storage is full: free some space')));
    await settle();
    expect(text('#sl-add-save-error')).toBe('Not saved: Storage is full: free some space');
    expect($<HTMLInputElement>('#sl-add-publisher')!.value).toBe('The Steppe Courier');
    expect($<HTMLInputElement>('#sl-add-date')!.value).toBe('2024-04-12');
    expect($<HTMLButtonElement>('#sl-add-save')!.disabled).toBe(false);

    // Trying again sends the same corrections.
    await submit();
    expect(api.addCapturedPage).toHaveBeenLastCalledWith(
      expect.objectContaining({ publisher: 'The Steppe Courier', date: '2024-04-12' }),
    );
    expect(text('#sl-add-done')).toBe('Added: 12 names, 30 passages');
  });

  it('Cancel goes back to search without saving', async () => {
    await openPreview();
    await click('#sl-add-cancel');
    expect(api.addCapturedPage).not.toHaveBeenCalled();
    expect($('form.sl-add')).toBeNull();
    expect($('#sl-query')).not.toBeNull();
  });

  it.each([
    [{ tabId: null, url: null }, /no page to add/i],
    [{ tabId: 7, url: null }, /only web pages/i],
  ])('is off with its reason for %j', async (where, reason) => {
    target = where;
    await mount();
    const button = $<HTMLButtonElement>('#sl-add-page')!;
    expect(button.disabled).toBe(true);
    expect(button.getAttribute('aria-describedby')).toBe('sl-add-blocked');
    expect(text('#sl-add-blocked')).toMatch(reason);
    expect(api.capturePage).not.toHaveBeenCalled();
  });

  it('opened from the context menu (?add=1) it starts in the preview, and closing closes the window', async () => {
    await mount({ startAdding: true });
    expect(api.capturePage).toHaveBeenCalledWith(7);
    expect($<HTMLInputElement>('#sl-add-title')!.value).toBe(capture.title);
    await click('#sl-add-cancel');
    expect(api.close).toHaveBeenCalledTimes(1);
  });

  it('the header links to the Sources page', async () => {
    await mount();
    const sources = [...root.querySelectorAll<HTMLButtonElement>('.sl-menu button')].find(
      (b) => b.textContent === 'Sources',
    )!;
    await act(async () => sources.click());
    expect(api.openSources).toHaveBeenCalledTimes(1);
  });
});
