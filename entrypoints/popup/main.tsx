/** Thin: wires the popup component to the extension's messaging, storage and tabs. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup, type PopupApi } from '../../components/popup/Popup';
import {
  fetchPageInfo,
  isRunningInTab,
  openExtensionTab,
  resolveTargetTabId,
} from '../../lib/active-tab';
import { sendToBackground, sendToTab } from '../../lib/messaging';
import { loadSettings, readSettings, saveSettings, watchSettings } from '../../lib/settings-store';
import '../../components/theme.css';
import './popup.css';

/** Opens an extension page in a tab; the toolbar popup then gets out of the way, popup.html opened as a tab (tests) stays. */
function openPage(path: string): void {
  void openExtensionTab(path).then(async () => {
    if (!(await isRunningInTab())) window.close();
  });
}

const api: PopupApi = {
  search: (query) => sendToBackground('search', { query, limit: 30 }),
  getNames: async () => (await sendToBackground('getDictionary', {})).terms,
  loadSettings,
  saveSettings: (update) => saveSettings(update),
  watchSettings,
  settingsProblem: async () => (await readSettings()).problem,
  async getTargetTab() {
    const tabId = await resolveTargetTabId();
    if (tabId === null) return { tabId, url: null };
    return { tabId, url: (await fetchPageInfo(tabId))?.url ?? null };
  },
  getPageTerms: async (tabId) => (await sendToTab(tabId, 'getPageTerms', {})).terms,
  revealTerm: async (tabId, termId) => (await sendToTab(tabId, 'revealTerm', { termId })).ok,
  openReader: openPage,
  openSources: () => openPage('sources.html'),
  capturePage: (tabId) => sendToTab(tabId, 'capturePage', {}),
  // The compiler is megabytes: loaded when the reader presses Save, never when the popup opens.
  addCapturedPage: async (capture) => (await import('../../lib/sources')).addCapturedPage(capture),
  openOptions: () => void browser.runtime.openOptionsPage(),
  close: () => window.close(),
};

const root = document.getElementById('app');
// `?add=1`: opened by the context menu's "Add this page to Sourcelight", straight to the preview.
const startAdding = new URLSearchParams(location.search).get('add') === '1';
if (root) render(<Popup api={api} startAdding={startAdding} />, root);
