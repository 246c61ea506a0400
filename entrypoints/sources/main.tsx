/**
 * Thin: the Sources page over lib/sources.ts. The list comes from the
 * background at once; lib/sources.ts carries the compiler (megabytes), so it
 * is imported after the first paint, ready by the time the reader acts.
 */
import { render } from 'preact';
import { followStoredTheme } from '../../components/theme';
import { browser } from 'wxt/browser';
import { SourcesPage, type SourcesApi } from '../../components/sources/SourcesPage';
import { readerPath } from '../../core/reader-url';
import { sendToBackground } from '../../lib/messaging';
import { debugLog } from '../../core/debug-log';
import { loadSettings, watchSettings } from '../../lib/settings-store';
import '../../components/theme.css';
import './sources.css';

type ExtensionPath = Parameters<typeof browser.runtime.getURL>[0];

let sourcesModule: Promise<typeof import('../../lib/sources')> | null = null;
/** Memoized; forgotten on failure so the next action tries again. */
const lib = () =>
  (sourcesModule ??= import('../../lib/sources').catch((e: unknown) => {
    sourcesModule = null;
    throw e;
  }));

/** Saves text as a download: a Blob URL on an `<a download>`, no downloads permission. */
function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(a);
  a.click();
  a.remove();
  // The download has taken the data once the click is handled; free it on the next turn.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const api: SourcesApi = {
  listSources: async () => (await sendToBackground('listSources', {})).sources,
  importFiles: async (inputs, opts) => (await lib()).importFiles(inputs, opts),
  importPack: async (name, bytes, opts) => (await lib()).importPack(name, bytes, opts),
  exportPack: async (files, name) => (await lib()).exportPack(files, name),
  removeSources: async (files) => (await lib()).removeSources(files),
  restoreSources: async (removed) => (await lib()).restoreSources(removed),
  setSourcesEnabled: async (files, enabled) => (await lib()).setSourcesEnabled(files, enabled),
  openReader: async (articleId) => {
    const path = readerPath({ kind: 'article', articleId, passageId: null, termId: null });
    await browser.tabs.create({ url: browser.runtime.getURL(`/${path}` as ExtensionPath) });
  },
  download,
};

followStoredTheme({ loadSettings, watchSettings });

const root = document.getElementById('app');
if (root) render(<SourcesPage api={api} />, root);
// Load the compiler once the page is shown, so the first import or toggle does not wait for it.
// A failure here is met again, and shown, by the first action that needs it (the load is retried).
setTimeout(() => void lib().catch(debugLog.swallow('sources page: load the compiler early')), 0);
