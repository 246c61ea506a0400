/**
 * The context menu's clicks (lib/context-menu.ts). fakeBrowser has no
 * contextMenus, so the handler is called as the browser would call it; the
 * windows and tabs it opens are recorded from fakeBrowser's own create calls.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ADD_PAGE_MENU_ID, LOOKUP_MENU_ID, onMenuClicked } from './context-menu';

type ClickInfo = Parameters<typeof onMenuClicked>[0];
type ClickTab = NonNullable<Parameters<typeof onMenuClicked>[1]>;

const tab = (id: number, index = 2) => ({ id, index }) as ClickTab;
const click = (menuItemId: string, extra: Partial<ClickInfo> = {}) =>
  ({ menuItemId, editable: false, pageUrl: 'https://news.example/a', ...extra }) as ClickInfo;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('Add this page to Sourcelight', () => {
  it('opens the popup in a small window, aimed at the clicked tab, straight in the preview', async () => {
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await onMenuClicked(click(ADD_PAGE_MENU_ID), tab(42));
    expect(create).toHaveBeenCalledTimes(1);
    const options = create.mock.calls[0]![0]!;
    expect(options.type).toBe('popup');
    const url = new URL(String(options.url));
    expect(url.pathname).toBe('/popup.html');
    expect(Object.fromEntries(url.searchParams)).toEqual({ tab: '42', add: '1' });
    expect(options.width).toBeGreaterThanOrEqual(400);
  });

  it.each([undefined, tab(-1)])('does nothing without a tab (%j)', async (where) => {
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await onMenuClicked(click(ADD_PAGE_MENU_ID), where);
    expect(create).not.toHaveBeenCalled();
  });
});

describe('Look up in Sourcelight', () => {
  it('opens the reader search for the selection next to the tab, and no window', async () => {
    const createTab = vi.spyOn(fakeBrowser.tabs, 'create');
    const createWindow = vi.spyOn(fakeBrowser.windows, 'create');
    await onMenuClicked(
      click(LOOKUP_MENU_ID, { selectionText: '  Kassym-Jomart\n Tokayev ' }),
      tab(42, 2),
    );
    expect(createWindow).not.toHaveBeenCalled();
    expect(createTab).toHaveBeenCalledTimes(1);
    const options = createTab.mock.calls[0]![0];
    expect(options.index).toBe(3);
    expect(new URL(String(options.url)).pathname).toBe('/reader.html');
    expect(new URL(String(options.url)).searchParams.get('q')).toBe('Kassym-Jomart Tokayev');
  });

  it('ignores an empty selection', async () => {
    const createTab = vi.spyOn(fakeBrowser.tabs, 'create');
    await onMenuClicked(click(LOOKUP_MENU_ID, { selectionText: '   ' }), tab(42));
    expect(createTab).not.toHaveBeenCalled();
  });
});
