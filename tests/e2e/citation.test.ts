/**
 * Copying an excerpt with its citation in real Chromium (issue 13): a trusted click on
 * "Copy as Markdown" in the hover card (inside its shadow root, on a page) and in the popup's
 * results puts exactly `formatCitation(excerpt)` on the system clipboard, with no extension
 * permission. The card is tried on a secure page (loopback) and on a plain-http page, where
 * `navigator.clipboard` does not exist and the copy command is the way.
 *
 * The clipboard is read from a page of another origin (`localhost`) that alone is granted
 * `clipboard-read`; the extension and the pages it copies from are granted nothing.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Excerpt, SearchResponse, TermCard } from '../../core/messages';
import type { CompiledDictionary } from '../../core/types';
import { lookupIn } from '../../core/message-lookup';
import {
  formatCitation as formatCitationWith,
  type CitationFormat,
  type CitedExcerpt,
} from '../../core/view/citation';
import { viewLabels } from '../../core/view/labels';
import messages from '../../public/_locales/en/messages.json';
import {
  collectPageErrors,
  launchExtension,
  saveScreenshot,
  storeSettings,
  type ExtensionBrowser,
} from './support/chromium';
import { readCard, waitForHighlights, wordCenter } from './support/page-helpers';
import { serveFixtures, type FixtureServer } from './support/server';

/** The citation the extension copies: core's formatter with the English messages. */
const lookup = lookupIn(messages);
const labels = viewLabels((key, ...substitutions) => lookup(key, substitutions));
const formatCitation = (excerpt: CitedExcerpt, options: { format: CitationFormat }) =>
  formatCitationWith(excerpt, { ...options, labels });

/** A host name that resolves to loopback but is not a secure context (plain http, not localhost). */
const INSECURE_HOST = 'sourcelight-citation.test';
const SENTINEL = 'clipboard before the click';

describe('copy a citation to the clipboard', () => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;
  let port: string;
  /** The page that reads (and resets) the clipboard. */
  let reader: Page;

  beforeAll(async () => {
    server = await serveFixtures({ '/blank': '<!doctype html><title>clipboard</title><p>x</p>' });
    port = new URL(server.origin).port;
    ext = await launchExtension({
      args: [`--host-resolver-rules=MAP ${INSECURE_HOST} 127.0.0.1`],
    });
    await storeSettings(ext, { mentions: 'all' });
    const readerOrigin = `http://localhost:${port}`;
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: readerOrigin,
    });
    reader = await ext.context.newPage();
    await reader.goto(`${readerOrigin}/blank`);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  async function resetClipboard(): Promise<void> {
    await reader.bringToFront();
    await reader.evaluate((text) => navigator.clipboard.writeText(text), SENTINEL);
  }

  async function readClipboard(): Promise<string> {
    await reader.bringToFront();
    return reader.evaluate(() => navigator.clipboard.readText());
  }

  /** Asks the background, as the extension's pages do. */
  async function ask<T>(message: Record<string, unknown>): Promise<T> {
    const page = await ext.openExtensionPage('options.html');
    try {
      const reply = await page.evaluate(
        (m) => chrome.runtime.sendMessage({ channel: 'sourcelight', ...m }),
        message,
      );
      if (!reply?.ok) throw new Error(`background: ${JSON.stringify(reply)}`);
      return reply.data as T;
    } finally {
      await page.close();
    }
  }

  /** The excerpt a card shows for `name`, as the background sends it. */
  async function cardExcerpt(name: string, passageId: string): Promise<Excerpt> {
    const dictionary = await ask<CompiledDictionary>({ type: 'getDictionary' });
    const term = dictionary.terms.find((t) => t.name === name);
    if (!term) throw new Error(`no term named ${name}`);
    const card = await ask<TermCard>({ type: 'lookupTerm', termId: term.id });
    const excerpt = card.excerpts.find((e) => e.passageId === passageId);
    if (!excerpt) throw new Error(`card of ${name} has no excerpt ${passageId}`);
    return excerpt;
  }

  /** Hovers `word` in paragraph `id`, then clicks the first excerpt's copy button like a user. */
  async function copyFromCard(
    origin: string,
    format: CitationFormat,
    preparePage: (page: Page) => Promise<void> = async () => {},
  ): Promise<{ page: Page; expected: string; status: string }> {
    const page = await ext.context.newPage();
    const errors = collectPageErrors(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${origin}/article.html`);
    await waitForHighlights(page, 10);
    await preparePage(page);
    await page.bringToFront();
    const target = await wordCenter(page, 'p-event', 'Tragic January');
    await page.mouse.move(target.x - 150, target.y + 150);
    await page.mouse.move(target.x, target.y, { steps: 4 });
    await expect
      .poll(async () => (await readCard(page))?.status, { timeout: 10_000 })
      .toBe('ready');
    const button = await page.evaluate((f) => {
      const root = document.querySelector('sourcelight-card')!.shadowRoot!;
      const item = root.querySelector<HTMLElement>('.sl-excerpt')!;
      const b = item.querySelector(`.sl-copy-button[data-format="${f}"]`)!.getBoundingClientRect();
      return {
        x: b.left + b.width / 2,
        y: b.top + b.height / 2,
        passageId: item.dataset.passageId!,
        name: root.querySelector('.sl-name')!.textContent,
      };
    }, format);
    await page.mouse.move(button.x, button.y, { steps: 6 });
    await page.mouse.click(button.x, button.y);
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            document
              .querySelector('sourcelight-card')!
              .shadowRoot!.querySelector('.sl-excerpt [role="status"]')!.textContent,
        ),
      )
      .not.toBe('');
    const status = await page.evaluate(
      () =>
        document
          .querySelector('sourcelight-card')!
          .shadowRoot!.querySelector('.sl-excerpt [role="status"]')!.textContent,
    );
    const expected = formatCitation(await cardExcerpt(button.name, button.passageId), { format });
    expect(errors).toEqual([]);
    return { page, expected, status };
  }

  it('card on a secure page: Copy as Markdown puts the excerpt and its source on the clipboard', async () => {
    await resetClipboard();
    const { page, expected, status } = await copyFromCard(server.origin, 'markdown');
    await saveScreenshot(page, 'citation-card-copied');
    expect(status).toBe('Copied as Markdown');
    const copied = await readClipboard();
    console.info('card, Markdown:', JSON.stringify(copied));
    expect(copied).toBe(expected);
    expect(copied).toMatch(/^> .+\n>\n> — .+, .+/su);
    await page.close();
  });

  it('card on a plain-http page (no navigator.clipboard there): Copy still works, as plain text, and the page cannot rewrite it', async () => {
    await resetClipboard();
    const origin = `http://${INSECURE_HOST}:${port}`;
    const probe = await ext.context.newPage();
    await probe.goto(`${origin}/blank`);
    // The premise: this page is not a secure context, so the async Clipboard API is absent.
    expect(await probe.evaluate(() => [window.isSecureContext, 'clipboard' in navigator])).toEqual([
      false,
      false,
    ]);
    await probe.close();
    // A page that rewrites whatever is copied from it ("Read more at …") must not touch ours.
    const { page, expected, status } = await copyFromCard(origin, 'text', (p) =>
      p.evaluate(() =>
        document.addEventListener('copy', (e) => {
          e.clipboardData?.setData('text/plain', 'rewritten by the page');
          e.preventDefault();
        }),
      ),
    );
    expect(status).toBe('Copied');
    const copied = await readClipboard();
    console.info('card on http, text:', JSON.stringify(copied));
    expect(copied).toBe(expected);
    expect(copied).toMatch(/^“.+” — .+/su);
    await page.close();
  });

  it('popup results: Copy as Markdown copies that result, and does not open it', async () => {
    await resetClipboard();
    const popup = await ext.openExtensionPage('popup.html');
    const errors = collectPageErrors(popup);
    await popup.setViewportSize({ width: 400, height: 580 });
    await popup.locator('#sl-query').fill('Tokayev');
    const hit = popup.locator('#sl-hit-1');
    await hit.waitFor({ timeout: 10_000 });
    const passageId = (await hit.getAttribute('data-passage-id'))!;
    await hit.locator('.sl-copy-button[data-format="markdown"]').click();
    await expect
      .poll(() => hit.locator('[role="status"]').textContent())
      .toBe('Copied as Markdown');
    // Still the popup: the result was not opened in the reader.
    expect(ext.context.pages().some((p) => p.url().includes('reader.html'))).toBe(false);
    const response = await ask<SearchResponse>({ type: 'search', query: 'Tokayev', limit: 50 });
    const excerpt = response.hits.find((h) => h.passageId === passageId);
    if (!excerpt) throw new Error(`search has no hit ${passageId}`);
    const copied = await readClipboard();
    console.info('popup, Markdown:', JSON.stringify(copied));
    expect(copied).toBe(formatCitation(excerpt, { format: 'markdown' }));
    expect(errors).toEqual([]);
    await popup.close();
  });
});
