import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  LEGACY_SETTINGS_STORAGE_KEY,
  SETTINGS_STORAGE_KEY,
  type Settings,
} from '../../core/settings';
import { readSettings, saveSettings, watchSettings } from '../../lib/settings-store';
import { Options } from './Options';

let root: HTMLDivElement;

const stored = async () =>
  (await fakeBrowser.storage.local.get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY] as
    Settings | undefined;

/** Lets storage promises and Preact's re-render settle. */
const settle = () =>
  act(async () => {
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
  });

async function mount() {
  await act(async () => {
    render(
      <Options api={{ readSettings, saveSettings: (u) => saveSettings(u), watchSettings }} />,
      root,
    );
  });
  await settle();
}

const $ = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;

async function submitSite(value: string) {
  await act(async () => {
    const input = $<HTMLInputElement>('#sl-opt-site');
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(async () => {
    $<HTMLFormElement>('form').dispatchEvent(
      new Event('submit', { bubbles: true, cancelable: true }),
    );
  });
  await settle();
}

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('Options page', () => {
  it('links to the Sources page, a file of the built extension', async () => {
    await mount();
    const link = $<HTMLAnchorElement>('#sl-opt-sources-link');
    expect(link.getAttribute('href')).toBe('sources.html');
    expect(link.textContent).toBe('Your sources');
  });

  it('shows the stored settings, with labelled controls', async () => {
    await fakeBrowser.storage.local.set({
      [SETTINGS_STORAGE_KEY]: { ...DEFAULT_SETTINGS, hoverDelayMs: 450, disabledSites: ['a.org'] },
    });
    await mount();
    expect($<HTMLInputElement>('#sl-opt-delay').value).toBe('450');
    expect($('.sl-site-list').textContent).toContain('a.org');
    for (const id of ['sl-opt-delay', 'sl-opt-site', 'sl-opt-theme'])
      expect(root.querySelector(`label[for="${id}"]`)?.textContent).not.toBe('');
  });

  it('rejects a site that is not one, and adds a valid one normalised, with confirmation', async () => {
    await mount();
    await submitSite('two words');
    expect($('#sl-opt-site-error').textContent).toMatch(/example\.com/);
    expect($<HTMLInputElement>('#sl-opt-site').getAttribute('aria-invalid')).toBe('true');
    expect((await stored())?.disabledSites ?? []).toEqual([]);

    await submitSite('https://www.Bücher.de/katalog');
    expect(root.querySelector('#sl-opt-site-error')).toBeNull();
    expect((await stored())!.disabledSites).toEqual(['xn--bcher-kva.de']);
    expect($('.sl-status').textContent).toMatch(/Saved/);

    await submitSite('bücher.de');
    expect($('#sl-opt-site-error').textContent).toMatch(/already/);
  });

  it('removes a site', async () => {
    await fakeBrowser.storage.local.set({
      [SETTINGS_STORAGE_KEY]: { ...DEFAULT_SETTINGS, disabledSites: ['a.org', 'b.org'] },
    });
    await mount();
    await act(async () => {
      $<HTMLButtonElement>('button[aria-label="Remove a.org"]').click();
    });
    await settle();
    expect((await stored())!.disabledSites).toEqual(['b.org']);
  });

  it('clamps the hover delay and saves kinds, style and theme at once', async () => {
    await mount();
    await act(async () => {
      const delay = $<HTMLInputElement>('#sl-opt-delay');
      delay.value = '-20';
      delay.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect((await stored())!.hoverDelayMs).toBe(0);
    await act(async () => {
      $<HTMLInputElement>('#sl-opt-kind-event').click();
      $<HTMLInputElement>('#sl-opt-style-background').click();
      $<HTMLInputElement>('#sl-opt-mentions-first-in-section').click();
    });
    await settle();
    await act(async () => {
      const theme = $<HTMLSelectElement>('#sl-opt-theme');
      theme.value = 'dark';
      theme.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(await stored()).toMatchObject({
      kinds: { event: false, person: true },
      highlightStyle: 'background',
      theme: 'dark',
      mentions: 'first-in-section',
    });
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  it('says beside the field when a typed hover delay is clamped, politely', async () => {
    await mount();
    const note = $('#sl-opt-delay-note');
    // The live region is there, empty, before anything is typed.
    expect(note.getAttribute('aria-live')).toBe('polite');
    expect(note.textContent).toBe('');
    expect($('#sl-opt-delay').getAttribute('aria-describedby')).toContain('sl-opt-delay-note');
    const typeDelay = async (value: string) => {
      await act(async () => {
        const delay = $<HTMLInputElement>('#sl-opt-delay');
        delay.value = value;
        delay.dispatchEvent(new Event('input', { bubbles: true }));
        delay.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await settle();
    };

    await typeDelay('5000');
    expect((await stored())!.hoverDelayMs).toBe(2000);
    expect($<HTMLInputElement>('#sl-opt-delay').value).toBe('2000');
    expect(note.textContent).toBe('Hover delay is at most 2000 ms; set to 2000 ms.');

    await typeDelay('-20');
    expect((await stored())!.hoverDelayMs).toBe(0);
    expect(note.textContent).toBe('Hover delay is at least 0 ms; set to 0 ms.');

    // A value in range clears the note.
    await typeDelay('450');
    expect((await stored())!.hoverDelayMs).toBe(450);
    expect(note.textContent).toBe('');
  });

  it('follows changes made elsewhere (the popup)', async () => {
    await mount();
    await saveSettings({ disabledSites: ['elsewhere.net'] });
    await settle();
    expect($('.sl-site-list').textContent).toContain('elsewhere.net');
  });
});

/** Chromium's words when storage.local is at its 10 MB quota (tests/e2e/settings-quota.test.ts). */
const QUOTA_ERROR = 'Resource::kQuotaBytes quota exceeded';
const fillStorage = () =>
  vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error(QUOTA_ERROR));

describe('Options page when storage fails (#16 item 12)', () => {
  it('a read failure is said, with what to do, instead of "Loading settings…"; Try again reads again', async () => {
    await fakeBrowser.storage.local.set({
      [SETTINGS_STORAGE_KEY]: { ...DEFAULT_SETTINGS, disabledSites: ['mine.org'] },
    });
    const get = vi
      .spyOn(fakeBrowser.storage.local, 'get')
      .mockRejectedValue(new Error('IO error: LOCK'));
    await mount();
    expect(root.textContent).not.toContain('Loading settings');
    const problem = $('#sl-opt-problem');
    expect(problem.getAttribute('role')).toBe('alert');
    expect(problem.textContent).toMatch(/cannot read its settings/u);
    expect(problem.textContent).toMatch(/Reload this page/u);
    expect(problem.textContent).toContain('IO error: LOCK');
    // No controls showing defaults as if they were the user's settings.
    expect(root.querySelector('#sl-opt-enabled')).toBeNull();

    get.mockRestore();
    await act(async () => {
      [...root.querySelectorAll('button')].find((b) => b.textContent === 'Try again')!.click();
    });
    await settle();
    expect(root.querySelector('#sl-opt-problem')).toBeNull();
    expect($('.sl-site-list').textContent).toContain('mine.org');
  });

  it('a migration that storage is too full to keep: the migrated settings, and the problem', async () => {
    await fakeBrowser.storage.local.set({
      [LEGACY_SETTINGS_STORAGE_KEY]: { hoverDelay: 450, underline: false },
    });
    fillStorage();
    await mount();
    expect(root.textContent).not.toContain('Loading settings');
    expect($('#sl-opt-problem').textContent).toMatch(/storage is full/u);
    expect($('#sl-opt-problem').textContent).toMatch(/remove Sourcelight and add it again/u);
    expect($<HTMLInputElement>('#sl-opt-delay').value).toBe('450');
    expect($<HTMLInputElement>('#sl-opt-style-background').checked).toBe(true);
  });

  it('a change storage refuses is said to be unsaved, every time, and the control keeps the stored value', async () => {
    await mount();
    fillStorage();
    for (let attempt = 0; attempt < 2; attempt++) {
      await act(async () => {
        $<HTMLInputElement>('#sl-opt-kind-event').click();
      });
      await settle();
      expect($('#sl-opt-save-error').getAttribute('role')).toBe('alert');
      expect($('#sl-opt-save-error').textContent).toMatch(/^Not saved: events off\./u);
      expect($('#sl-opt-save-error').textContent).toMatch(/storage is full/u);
      expect($<HTMLInputElement>('#sl-opt-kind-event').checked).toBe(true);
      expect($('.sl-status').textContent).toBe('');
    }
    await act(async () => {
      const theme = $<HTMLSelectElement>('#sl-opt-theme');
      theme.value = 'dark';
      theme.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect($('#sl-opt-save-error').textContent).toMatch(/^Not saved: theme dark\./u);
    expect($<HTMLSelectElement>('#sl-opt-theme').value).toBe('system');
    expect(await stored()).toBeUndefined();
  });

  it('a site that could not be added stays in the field; a later save clears the error', async () => {
    await mount();
    const set = fillStorage();
    await submitSite('example.com');
    expect($('#sl-opt-save-error').textContent).toMatch(
      /^Not saved: highlighting off on example\.com\./u,
    );
    expect($<HTMLInputElement>('#sl-opt-site').value).toBe('example.com');
    expect(root.querySelector('.sl-site-list')).toBeNull();
    set.mockRestore();
    await submitSite('example.com');
    expect(root.querySelector('#sl-opt-save-error')).toBeNull();
    expect($('.sl-status').textContent).toMatch(/^Saved/u);
    expect((await stored())!.disabledSites).toEqual(['example.com']);
  });
});
