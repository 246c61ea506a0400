/**
 * The popup when the settings cannot be read or stored (#16 item 12): it says so on
 * opening, and a switch change that was not saved is said to be unsaved while the switch
 * shows the stored value again.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { debugLog } from '../../core/debug-log';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import { SettingsStorageError, type SettingsProblem } from '../../core/settings-problem';
import { Popup, type PopupApi } from './Popup';

/** Chromium's words when storage.local is at its 10 MB quota (tests/e2e/settings-quota.test.ts). */
const QUOTA_ERROR = 'Resource::kQuotaBytes quota exceeded';

let root: HTMLDivElement;

function stubApi(options: {
  problem: SettingsProblem | null;
  save: (update: (s: Settings) => Partial<Settings>) => Promise<Settings>;
}): PopupApi {
  return {
    search: vi.fn(async () => ({ query: '', hits: [], names: [], nearNames: [] })),
    getNames: vi.fn(async () => []),
    loadSettings: vi.fn(async () => structuredClone(DEFAULT_SETTINGS)),
    saveSettings: vi.fn(options.save),
    watchSettings: vi.fn(() => () => undefined),
    settingsProblem: vi.fn(async () => options.problem),
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

const settle = () =>
  act(async () => {
    for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 0));
  });

async function mount(api: PopupApi): Promise<void> {
  await act(async () => {
    render(<Popup api={api} />, root);
  });
  await settle();
}

const banner = () => root.querySelector('#sl-settings-error');
const pauseSwitch = () => root.querySelector<HTMLInputElement>('#sl-pause-switch')!;

it('says on opening that storage is too full to keep the settings, and what to do', async () => {
  await mount(
    stubApi({
      problem: { kind: 'migration-unsaved', reason: QUOTA_ERROR },
      save: async () => structuredClone(DEFAULT_SETTINGS),
    }),
  );
  expect(banner()?.getAttribute('role')).toBe('alert');
  expect(banner()?.textContent).toMatch(/storage is full/u);
  expect(banner()?.textContent).toMatch(/remove Sourcelight and add it again/u);
});

it('says a switch change was not saved, every time, and the switch keeps the stored value', async () => {
  let refuse = true;
  await mount(
    stubApi({
      problem: null,
      save: async (update) => {
        if (refuse) throw new SettingsStorageError({ kind: 'not-saved', reason: QUOTA_ERROR });
        return { ...structuredClone(DEFAULT_SETTINGS), ...update(DEFAULT_SETTINGS) };
      },
    }),
  );
  expect(banner()).toBeNull();
  for (let attempt = 0; attempt < 2; attempt++) {
    await act(async () => pauseSwitch().click());
    await settle();
    expect(banner()?.textContent).toMatch(/^Not saved: pause everywhere\./u);
    expect(banner()?.textContent).toMatch(/storage is full/u);
    expect(pauseSwitch().checked).toBe(false);
  }
  refuse = false;
  await act(async () => pauseSwitch().click());
  await settle();
  expect(banner()).toBeNull();
  expect(pauseSwitch().checked).toBe(true);
});

it('a failed read of the settings or their problem is let pass, and recorded in the debug log', async () => {
  debugLog.clear();
  const api = stubApi({ problem: null, save: async () => structuredClone(DEFAULT_SETTINGS) });
  api.loadSettings = vi.fn(async () => Promise.reject(new Error('storage gone')));
  api.settingsProblem = vi.fn(async () => Promise.reject(new Error('no problem report')));
  await mount(api);
  expect(root.querySelector('#sl-query')).not.toBeNull();
  expect(debugLog.entries().map((e) => `${e.where}: ${e.message}`)).toEqual([
    'popup: read the settings (the switches stay disabled): storage gone',
    'popup: read what is wrong with the settings: no problem report',
  ]);
});
