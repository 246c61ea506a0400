import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SETTINGS_STORAGE_KEY, type Settings } from '../../core/settings';
import { loadSettings, saveSettings, watchSettings } from '../../lib/settings-store';
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
      <Options api={{ loadSettings, saveSettings: (u) => saveSettings(u), watchSettings }} />,
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
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('Options page', () => {
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
    expect(await stored())!.toMatchObject({
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
