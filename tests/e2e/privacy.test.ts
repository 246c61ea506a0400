/**
 * Privacy and the message boundary, in Debian's Chromium with the built
 * extension: using every feature (highlighting, hover card, "see all",
 * popup search, reader, a worker restart) makes no network request but the
 * fixture page's own; malformed messages get no answer; web pages cannot
 * message the extension; extension pages run under a strict CSP.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHROME_BUILD,
  chromiumPath,
  collectPageErrors,
  launchExtension,
  stopServiceWorkers,
  type ExtensionBrowser,
} from './support/chromium';
import { readCard, waitForHighlights, wordCenter } from './support/page-helpers';
import { serveFixtures, type FixtureServer } from './support/server';

interface NetLogRequest {
  url: string;
  /** The origin that asked; "not an origin" for the browser's own requests (updates, time, accounts). */
  initiator: string;
}

/** Every network request Chromium started (URL_REQUEST_START_JOB), in any process, from its NetLog. */
async function netLogRequests(path: string): Promise<NetLogRequest[]> {
  let text = await readFile(path, 'utf8');
  // Written as the browser runs; a log cut short lacks its closing brackets.
  if (!text.trimEnd().endsWith('}')) text = `${text.trimEnd().replace(/,$/u, '')}]}`;
  const log = JSON.parse(text) as {
    constants: { logEventTypes: Record<string, number> };
    events: Array<{ type: number; params?: { url?: string; initiator?: string } }>;
  };
  const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events
    .filter((e) => e.type === start && e.params?.url)
    .map((e) => ({ url: e.params!.url!, initiator: e.params!.initiator ?? '' }));
}

describe('privacy: no network use', () => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;
  let logDir: string;
  const seen: string[] = [];

  beforeAll(async () => {
    server = await serveFixtures({ '/favicon.ico': ['', { 'content-type': 'image/x-icon' }] });
    logDir = await mkdtemp(join(tmpdir(), 'sourcelight-netlog-'));
    ext = await launchExtension({ args: [`--log-net-log=${join(logDir, 'netlog.json')}`] });
    // Pages, frames, the extension's service worker and extension pages.
    ext.context.on('request', (r) => seen.push(r.url()));
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
    if (logDir) await rm(logDir, { recursive: true, force: true });
  });

  it('highlight, hover card, see all, popup search, reader and a worker restart: only the page’s own requests', async () => {
    const page = await ext.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(server.url('/article.html'));
    await waitForHighlights(page, 5);

    // Hover card, then its "see all" link (opens the reader in a new tab).
    const at = await wordCenter(page, 'p-possessive', 'Tokayev');
    await page.mouse.move(at.x, at.y, { steps: 3 });
    await expect
      .poll(async () => (await readCard(page))?.status, { timeout: 15_000 })
      .toBe('ready');
    const [reader] = await Promise.all([
      ext.context.waitForEvent('page'),
      page.evaluate(() =>
        document
          .querySelector('sourcelight-card')!
          .shadowRoot!.querySelector<HTMLButtonElement>('.sl-see-all')!
          .click(),
      ),
    ]);
    await reader.waitForLoadState();
    await expect.poll(() => reader.locator('.sl-source-group').count()).toBeGreaterThan(0);

    // Popup search (as a tab), and the same after the worker was stopped.
    const popup = await ext.openExtensionPage('popup.html');
    await popup.locator('#sl-query').fill('CSTO');
    await expect
      .poll(() => popup.locator('#sl-results [role="option"]').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    await stopServiceWorkers(page);
    await popup.locator('#sl-query').fill('Almaty');
    await expect
      .poll(() => popup.locator('#sl-results [role="option"]').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    // A hover after the restart (the worker re-reads its packaged index).
    await page.bringToFront();
    const astana = await wordCenter(page, 'p-split', 'Astana');
    await page.mouse.move(astana.x, astana.y, { steps: 3 });
    await expect
      .poll(async () => (await readCard(page))?.text ?? '', { timeout: 15_000 })
      .toContain('Astana');
    expect(errors).toEqual([]);

    // Let late work settle, then close the browser so the NetLog is flushed.
    await page.waitForTimeout(1000);
    const fixtureRequests = [...server.requests];
    await ext.close();

    // 1. The fixture server saw only what the page itself asked for.
    expect(new Set(fixtureRequests)).toEqual(new Set(['/article.html', '/favicon.ico']));
    // 2. Playwright saw no request leave for anywhere but the fixture page's origin.
    const external = seen.filter((u) => !u.startsWith('chrome-extension://'));
    expect(
      external.every((u) => u.startsWith(server.origin)),
      external.join('\n'),
    ).toBe(true);
    // 3. Chromium's own network log (every process, the extension's worker included): nothing was
    // asked for by the extension, and nothing left for elsewhere but the browser's own services.
    const logged = await netLogRequests(join(logDir, 'netlog.json'));
    const fromExtension = logged.filter((r) => r.initiator.startsWith('chrome-extension://'));
    expect(fromExtension).toEqual([]);
    const elsewhere = logged.filter(
      (r) => !r.url.startsWith(server.origin) && r.initiator !== 'not an origin',
    );
    expect(elsewhere).toEqual([]);
    expect(logged.filter((r) => r.url.startsWith(server.origin)).length).toBeGreaterThan(0);
    const browserOwn = [
      ...new Set(
        logged
          .filter((r) => r.initiator === 'not an origin' && !r.url.startsWith(server.origin))
          .map((r) => new URL(r.url).host),
      ),
    ];
    console.log(
      `privacy: fixture server saw ${fixtureRequests.length} requests (${[...new Set(fixtureRequests)].join(', ')}); ` +
        `NetLog: ${logged.length} requests, 0 from the extension; browser's own services: ${browserOwn.join(', ') || 'none'}`,
    );
  });

  it('control: the NetLog check would see a request made by the extension', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sourcelight-netlog-'));
    const control = await launchExtension({ args: [`--log-net-log=${join(dir, 'netlog.json')}`] });
    try {
      const page = await control.openExtensionPage('popup.html');
      await page.evaluate((url) => fetch(url).then((r) => r.status), server.url('/control'));
      await control.close();
      const logged = await netLogRequests(join(dir, 'netlog.json'));
      expect(logged).toContainEqual({
        url: server.url('/control'),
        initiator: `chrome-extension://${control.extensionId}`,
      });
      expect(server.requests).toContain('/control');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the message boundary and extension-page CSP', () => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await serveFixtures({ '/favicon.ico': ['', { 'content-type': 'image/x-icon' }] });
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('malformed and unknown messages get no answer (and are logged once); a valid one is answered', async () => {
    const warnings: string[] = [];
    ext.worker.on('console', (m) => warnings.push(m.text()));
    const page = await ext.openExtensionPage('popup.html');
    const bad: unknown[] = [
      null,
      'search',
      42,
      [],
      { type: 'search', query: 'CSTO' }, // no channel
      { channel: 'other', type: 'search', query: 'CSTO' },
      { channel: 'sourcelight', type: 'nope' },
      { channel: 'sourcelight', type: 'search' },
      { channel: 'sourcelight', type: 'search', query: 5 },
      { channel: 'sourcelight', type: 'search', query: 'x'.repeat(501) },
      { channel: 'sourcelight', type: 'search', query: 'CSTO', limit: 1e9 },
      { channel: 'sourcelight', type: 'lookupTerm', termId: { $gt: '' } },
      { channel: 'sourcelight', type: 'openReader' },
      { channel: 'sourcelight', type: '__proto__' },
      { channel: 'sourcelight', type: 'constructor' },
      { channel: 'sourcelight', type: 'nope' }, // again: logged only once
    ];
    const replies = await page.evaluate(async (messages) => {
      const out: string[] = [];
      for (const m of messages) {
        try {
          const r = await chrome.runtime.sendMessage(m);
          out.push(r === undefined ? 'no answer' : `answer: ${JSON.stringify(r)}`);
        } catch (e) {
          out.push(`no answer (${(e as Error).message})`);
        }
      }
      return out;
    }, bad);
    for (const r of replies) expect(r).toMatch(/^no answer/u);

    const ok = await page.evaluate(() =>
      chrome.runtime.sendMessage({ channel: 'sourcelight', type: 'getStatus' }),
    );
    expect(ok).toMatchObject({ ok: true, data: { ok: true } });

    await expect
      .poll(() => warnings.filter((w) => w.includes('ignored a message')).length)
      .toBeGreaterThan(0);
    const nope = warnings.filter((w) => w.includes(':nope'));
    expect(nope).toHaveLength(1);
    console.log(
      `message boundary: ${bad.length} bad messages, 0 answered; ${warnings.length} warnings logged`,
    );
  });

  it('another extension cannot message it (no onMessageExternal listener)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sourcelight-other-'));
    const other = join(dir, 'other');
    await mkdir(other);
    await writeFile(
      join(other, 'manifest.json'),
      JSON.stringify({
        manifest_version: 3,
        name: 'Other',
        version: '1.0',
        background: { service_worker: 'other-sw.js' },
      }),
    );
    await writeFile(join(other, 'other-sw.js'), '');
    await writeFile(join(other, 'page.html'), '<!doctype html><title>other</title>');
    const both = `${CHROME_BUILD},${other}`;
    const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: chromiumPath(),
      headless: true,
      args: [`--disable-extensions-except=${both}`, `--load-extension=${both}`, '--no-sandbox'],
    });
    try {
      const idOf = async (file: string) => {
        for (;;) {
          const w = context.serviceWorkers().find((x) => x.url().endsWith(file));
          if (w) return new URL(w.url()).host;
          await context.waitForEvent('serviceworker', { timeout: 15_000 });
        }
      };
      const ours = await idOf('/background.js');
      const theirs = await idOf('/other-sw.js');
      const page = await context.newPage();
      await page.goto(`chrome-extension://${theirs}/page.html`);
      const result = await page.evaluate(async (id) => {
        try {
          const send = chrome.runtime.sendMessage as unknown as (
            extensionId: string,
            message: unknown,
          ) => Promise<unknown>;
          const r = await send(id, { channel: 'sourcelight', type: 'getStatus' });
          return `answered: ${JSON.stringify(r)}`;
        } catch (e) {
          return `refused: ${(e as Error).message}`;
        }
      }, ours);
      expect(result).toMatch(/^refused/u);
      console.log(`another extension: ${result}`);
    } finally {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a web page cannot message the extension (no externally_connectable)', async () => {
    const manifest = JSON.parse(await readFile(join(CHROME_BUILD, 'manifest.json'), 'utf8'));
    expect(manifest.externally_connectable).toBeUndefined();
    const page = await ext.context.newPage();
    await page.goto(server.url('/article.html'));
    await waitForHighlights(page, 1);
    const result = await page.evaluate(async (id) => {
      const c = (
        globalThis as { chrome?: { runtime?: { sendMessage?: (...args: unknown[]) => unknown } } }
      ).chrome;
      if (!c?.runtime?.sendMessage) return 'no chrome.runtime.sendMessage in the page';
      try {
        const r = await c.runtime.sendMessage(id, { channel: 'sourcelight', type: 'getStatus' });
        return `answered: ${JSON.stringify(r)}`;
      } catch (e) {
        return `refused: ${(e as Error).message}`;
      }
    }, ext.extensionId);
    expect(result).not.toMatch(/^answered/u);
    // Nor through window messages: the content script listens to none.
    const answered = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          let got = false;
          window.addEventListener('message', (e) => {
            if (e.data?.channel === 'sourcelight' && e.data?.ok !== undefined) got = true;
          });
          window.postMessage({ channel: 'sourcelight', type: 'getPageTerms' }, '*');
          setTimeout(() => resolve(got), 500);
        }),
    );
    expect(answered).toBe(false);
  });

  it('extension pages: no unsafe-eval, no remote code; eval is refused in a real extension page', async () => {
    const manifest = JSON.parse(await readFile(join(CHROME_BUILD, 'manifest.json'), 'utf8'));
    const csp = JSON.stringify(manifest.content_security_policy ?? {});
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/u);
    expect(manifest.permissions).toEqual(['storage', 'contextMenus']);
    expect(manifest.host_permissions).toBeUndefined();
    // No extension page loads a script or stylesheet from elsewhere.
    for (const file of (await readdir(CHROME_BUILD)).filter((f) => f.endsWith('.html'))) {
      const html = await readFile(join(CHROME_BUILD, file), 'utf8');
      expect(html, file).not.toMatch(/(src|href)="(https?:)?\/\//u);
    }
    // The policy in force in a real extension page: string eval, inline and remote scripts are refused.
    // (Playwright's evaluate itself is exempt from CSP, so each attempt is made the way a page would.)
    const page = await ext.openExtensionPage('popup.html');
    const outcome = await page.evaluate(async () => {
      const w = window as unknown as Record<string, unknown>;
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
      (setTimeout as unknown as (code: string, ms: number) => void)('window.__evaled = 1', 0);
      const inline = document.createElement('script');
      inline.textContent = 'window.__inline = 1';
      document.head.append(inline);
      const remote = document.createElement('script');
      remote.src = 'https://example.invalid/remote.js';
      document.head.append(remote);
      await new Promise((r) => setTimeout(r, 500));
      return {
        ran: [w.__evaled, w.__inline].filter((x) => x !== undefined).length,
        violations: [...new Set(violations.map((v) => v.split(' ')[0]))].sort(),
        remoteBlocked: violations.some((v) => v.includes('example.invalid')),
      };
    });
    expect(outcome.ran).toBe(0);
    expect(outcome.remoteBlocked).toBe(true);
    expect(outcome.violations).toEqual(expect.arrayContaining(['script-src']));
  });
});
