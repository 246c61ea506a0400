/**
 * Launches Debian's Chromium with the built extension loaded unpacked, via
 * playwright-core (no browser download). Set CHROMIUM_PATH to use another binary.
 */
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { DEFAULT_SETTINGS, type Settings } from '../../../core/settings';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const OUTPUT_DIR = resolve(ROOT, process.env.WXT_OUT_DIR ?? '.output');
export const CHROME_BUILD = join(OUTPUT_DIR, 'chrome-mv3');
export const FIREFOX_BUILD = join(OUTPUT_DIR, 'firefox-mv2');
export const ARTIFACTS = join(ROOT, 'test-results');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Opens an extension page such as `popup.html`. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path))
    throw new Error(
      `Chromium not found at ${path}: apt-get install chromium (or set CHROMIUM_PATH)`,
    );
  return path;
}

/** One browser configuration for every launch, so runs with and without the extension compare. */
const browserOptions = () => ({
  executablePath: chromiumPath(),
  headless: true,
  viewport: { width: 1200, height: 800 },
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-features=DialMediaRouteProvider',
  ],
});

/** The same browser without the extension: the bench's baseline for what a page load costs. */
export async function launchPlainBrowser(): Promise<{
  context: BrowserContext;
  close(): Promise<void>;
}> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'sourcelight-plain-'));
  const context = await chromium.launchPersistentContext(userDataDir, browserOptions());
  return {
    context,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function launchExtension(
  options: { extensionDir?: string; userDataDir?: string; args?: string[] } = {},
): Promise<ExtensionBrowser> {
  const dir = options.extensionDir ?? CHROME_BUILD;
  if (!existsSync(join(dir, 'manifest.json')))
    throw new Error(`No built extension at ${dir}: run npm run build`);
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'sourcelight-e2e-')));
  const base = browserOptions();
  const context = await chromium.launchPersistentContext(userDataDir, {
    ...base,
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      ...base.args,
      ...(options.args ?? []),
    ],
  });
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      if (!options.userDataDir) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Saves a screenshot under test-results/ (kept by CI for failures and for looking at). */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Stops every service worker through the DevTools protocol; the next message restarts it. */
export async function stopServiceWorkers(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/** Collects console errors and page errors of a page (the extension must add none). */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
  });
  return errors;
}

/**
 * Stores settings as the options page would (the defaults with `patch` applied); open tabs
 * follow through their settings watcher. Tests of matching use `{ mentions: 'all' }`, since
 * the default underlines only the first mention in each section.
 */
export async function storeSettings(
  ext: ExtensionBrowser,
  patch: Partial<Settings>,
): Promise<void> {
  const page = await ext.openExtensionPage('options.html');
  try {
    await page.evaluate((s) => chrome.storage.local.set({ 'settings:v1': s }), {
      ...DEFAULT_SETTINGS,
      ...patch,
    });
  } finally {
    await page.close();
  }
}
