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
import '../../components/popup/theme.css';
import './popup.css';

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
  openReader(path) {
    void openExtensionTab(path).then(async () => {
      // The toolbar popup gets out of the way; popup.html opened as a tab (tests) stays.
      if (!(await isRunningInTab())) window.close();
    });
  },
  openOptions: () => void browser.runtime.openOptionsPage(),
  close: () => window.close(),
};

const root = document.getElementById('app');
if (root) render(<Popup api={api} />, root);
