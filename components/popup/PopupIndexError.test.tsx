/**
 * The popup when Sourcelight's index cannot be read (missing or damaged in the
 * installed extension): it says so on opening, and what to do, instead of an
 * empty name list.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../core/settings';
import type { DictionaryEntry } from '../../core/types';
import { Popup, type PopupApi } from './Popup';

let root: HTMLDivElement;

function stubApi(getNames: () => Promise<DictionaryEntry[]>): PopupApi {
  return {
    search: vi.fn(async () => {
      throw new Error('Failed to fetch');
    }),
    getNames: vi.fn(getNames),
    loadSettings: vi.fn(async () => structuredClone(DEFAULT_SETTINGS)),
    saveSettings: vi.fn(async () => structuredClone(DEFAULT_SETTINGS)),
    watchSettings: vi.fn(() => () => undefined),
    getTargetTab: vi.fn(async () => ({ tabId: 7, url: 'https://www.example.com/news' })),
    getPageTerms: vi.fn(async () => []),
    revealTerm: vi.fn(async () => true),
    openReader: vi.fn(),
    openOptions: vi.fn(),
    openSources: vi.fn(),
    capturePage: vi.fn(async () => ({ ok: false as const, reason: 'no-text', message: '' })),
    addCapturedPage: vi.fn(async () => ({ file: '', articles: 0, terms: 0, passages: 0 })),
    close: vi.fn(),
  };
}

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function mount(api: PopupApi): Promise<void> {
  await act(async () => {
    render(<Popup api={api} />, root);
  });
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}

it('says the index cannot be read, and to rebuild or reinstall, when the names cannot be loaded', async () => {
  await mount(
    stubApi(async () => {
      throw new Error('Unexpected end of JSON input');
    }),
  );
  const alert = root.querySelector('#sl-index-error');
  expect(alert?.getAttribute('role')).toBe('alert');
  expect(alert?.textContent).toContain('cannot read its index');
  expect(alert?.textContent).toContain('Rebuild or reinstall the extension');
  expect(alert?.textContent).toContain('Unexpected end of JSON input');
});

it('shows no such message when the index loads', async () => {
  await mount(stubApi(async () => []));
  expect(root.querySelector('#sl-index-error')).toBeNull();
});
