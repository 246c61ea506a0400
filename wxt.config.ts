import { createRequire } from 'node:module';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * WXT's own `browser` module (globalThis.browser in Firefox, chrome in Chromium), as a file: the
 * polyfill module aliases the name `wxt/browser`, not the file it names.
 */
const nativeBrowser = createRequire(import.meta.url).resolve('wxt/browser');

// WXT 0.20.x is the line that declares Node 20 support (0.21 asks for Node 22).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports only: a name should say where it comes from.
  imports: false,
  // Parallel builds (tests, benchmark) can each use their own output folder.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  manifest: ({ browser }) => ({
    // Names and descriptions are messages (public/_locales/en/messages.json), for the stores' listings
    // and translators.
    name: '__MSG_manifest_name__',
    description: '__MSG_manifest_description__',
    default_locale: 'en',
    // storage: settings (per-site switch, pause, options). contextMenus: "Look up in Sourcelight".
    // No host permissions: the content script is declared in the manifest and never fetches.
    permissions: ['storage', 'contextMenus'],
    // A shortcut that opens the toolbar popup. Firefox MV2 names it
    // `_execute_browser_action`; WXT 0.20 does not rename it for us.
    commands: {
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_manifest_command_popup__',
      },
      // Keyboard path to the card: highlights cannot take focus, so this opens the card
      // for the name at the selection or caret, with focus inside it.
      'open-card': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_manifest_command_card__',
      },
    },
    // The card's UI, loaded by the content script on first hover (see entrypoints/content/card-ui-loader.ts),
    // and the article reader, loaded only for "Add this page" (see lib/page-capture-loader.ts).
    web_accessible_resources:
      browser === 'firefox'
        ? ['card-ui.js', 'page-capture.js']
        : [
            {
              resources: ['card-ui.js', 'page-capture.js'],
              matches: ['http://*/*', 'https://*/*'],
            },
          ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sourcelight@sourcelight.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
    // The content script runs on every page: it goes without webextension-polyfill (10 KB of
    // its 55). What it calls needs none: in Chromium MV3 `chrome.runtime.sendMessage` and
    // `chrome.storage` return promises, its message listener answers with sendResponse (see
    // lib/messaging.ts), and Firefox has `browser` itself. The pages and the background keep it.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'content-script')) return;
      config.resolve ??= {};
      const alias = config.resolve.alias;
      if (Array.isArray(alias)) alias.unshift({ find: 'wxt/browser', replacement: nativeBrowser });
      else config.resolve.alias = { ...alias, 'wxt/browser': nativeBrowser };
    },
  },
  // `npm run zip`: the store zips and, for Firefox, the sources zip Mozilla's review asks for.
  // The version in their names is the manifest's, which WXT takes from package.json (its one source).
  zip: {
    // The stores get the built extension only; production builds make no source maps, and this
    // keeps one from slipping in if that changes (tests/e2e/zip.test.ts lists what ships).
    exclude: ['**/*.map'],
    // The sources zip must rebuild the same extension with `npm ci && npm run build`: it keeps
    // the code, seeds/, data/terms.json, the build module and the curation tools. WXT already
    // leaves out node_modules, hidden files (.output*, .wxt, .ci) and *.test.* files; these are
    // the tests, evaluation sets, benchmark and files a build or test run writes.
    excludeSources: [
      'tests/**',
      'eval/**',
      'bench/**',
      'test-results/**',
      '**/fixtures/**',
      'vitest.config.ts',
      'tools/eval/**',
      'tools/eval-*',
      'tools/measure-mentions.ts',
      'tools/ci-summary.mjs',
      'tools/ensure-browsers*',
      'data/sourcelight-*.json',
      'stats.html',
      '**/*.log',
    ],
  },
});
