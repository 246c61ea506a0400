/**
 * The first page after the browser starts (#14): the service worker is stopped, as it is after a
 * browser start or a while idle. The page is highlighted from the dictionary snapshot the
 * background keeps in storage, without starting the worker; with no snapshot it asks the
 * worker, as before, and the worker writes one. In Debian's Chromium.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TermCard } from '../../core/messages';
import {
  CARDS_MANIFEST_ASSET,
  cardShardAsset,
  readCardsManifest,
  shardOf,
} from '../../core/search/prebuilt-cards';
import {
  CHROME_BUILD,
  collectPageErrors,
  launchExtension,
  stopServiceWorkers,
  type ExtensionBrowser,
} from './support/chromium';
import { serveFixtures, type FixtureServer } from './support/server';

const SNAPSHOT_KEY = 'dictionarySnapshot';
const PAGE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Cold start</title></head>
<body><main><h1>Notes from Central Asia</h1>
<p>Kassym-Jomart Tokayev asked the CSTO for help; troops landed in Almaty.</p>
</main></body></html>`;

/** Runs in the page: the time from DOMContentLoaded to the first frame with a highlight. */
const TIME_FIRST_HIGHLIGHT = `
  window.__coldStart = { dcl: null, firstHighlight: null };
  document.addEventListener('DOMContentLoaded', () => { window.__coldStart.dcl = performance.now(); });
  const poll = () => {
    if ((CSS.highlights.get('sourcelight-term')?.size ?? 0) > 0) {
      window.__coldStart.firstHighlight = performance.now();
      return;
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
`;

describe('the first page after the service worker stopped, in Chromium', () => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;
  let control: Page;
  let cdp: CDPSession;
  /** Running states the extension's worker went through since it was last stopped. */
  const workerStates: string[] = [];
  /** Its state now, as the browser last reported it. */
  let workerState = 'unknown';

  beforeAll(async () => {
    server = await serveFixtures({ '/cold.html': PAGE_HTML });
    ext = await launchExtension();
    control = await ext.openExtensionPage('options.html');
    cdp = await ext.context.newCDPSession(control);
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions)
        if (v.scriptURL.startsWith(`chrome-extension://${ext.extensionId}/`)) {
          workerStates.push(v.runningStatus);
          workerState = v.runningStatus;
        }
    });
    await cdp.send('ServiceWorker.enable');
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  const snapshotStored = () =>
    control.evaluate(
      async (key) => (await chrome.storage.local.get(key))[key] !== undefined,
      SNAPSHOT_KEY,
    );

  /** Stops the worker and waits until the browser says it is stopped. */
  const stopWorker = async () => {
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => workerState, { timeout: 10_000 }).toBe('stopped');
    workerStates.length = 0;
  };

  /** Opens the page; resolves with its names and how long after DOMContentLoaded the first came. */
  const openPage = async () => {
    const page = await ext.context.newPage();
    const errors = collectPageErrors(page);
    await page.addInitScript(TIME_FIRST_HIGHLIGHT);
    await page.goto(server.url('/cold.html'));
    await page.waitForFunction(() => (CSS.highlights.get('sourcelight-term')?.size ?? 0) >= 3, {
      timeout: 15_000,
    });
    const timing = await page.evaluate(
      () =>
        (window as unknown as { __coldStart: { dcl: number; firstHighlight: number } }).__coldStart,
    );
    expect(errors).toEqual([]);
    await page.close();
    return { afterDclMs: timing.firstHighlight - timing.dcl };
  };

  it('is highlighted from the snapshot without starting the worker', async () => {
    // A first page wakes the worker, which writes the snapshot after its first answer.
    await openPage();
    await expect.poll(snapshotStored, { timeout: 10_000 }).toBe(true);
    await stopWorker();
    const cold = await openPage();
    expect(workerStates.filter((s) => s !== 'stopped')).toEqual([]);
    console.log(
      `first highlight ${cold.afterDclMs.toFixed(0)} ms after DOMContentLoaded (worker stopped, snapshot)`,
    );
  });

  it('with no snapshot asks the worker, which starts, answers and writes one', async () => {
    await control.evaluate(async (key) => chrome.storage.local.remove(key), SNAPSHOT_KEY);
    await stopWorker();
    const cold = await openPage();
    expect(workerStates).toContain('running');
    await expect.poll(snapshotStored, { timeout: 10_000 }).toBe(true);
    console.log(
      `first highlight ${cold.afterDclMs.toFixed(0)} ms after DOMContentLoaded (worker stopped, no snapshot)`,
    );
  });

  it('a damaged snapshot is not used: the page asks the worker', async () => {
    await control.evaluate(
      async (key) => chrome.storage.local.set({ [key]: { format: 1, dictionary: 'garbage' } }),
      SNAPSHOT_KEY,
    );
    await stopWorker();
    await openPage();
    expect(workerStates).toContain('running');
  });
});

describe('a hover that wakes the worker: the prebuilt card (#13), in Chromium', () => {
  const TERM = 'kassym-jomart-tokayev';
  const MARKED = 'Prebuilt card of Tokayev';
  let ext: ExtensionBrowser;
  let dir: string;

  beforeAll(async () => {
    // A copy of the build whose prebuilt card says where it came from.
    dir = await mkdtemp(join(tmpdir(), 'sourcelight-prebuilt-'));
    await cp(CHROME_BUILD, dir, { recursive: true });
    const manifest = readCardsManifest(await readFile(join(dir, CARDS_MANIFEST_ASSET), 'utf8'))!;
    const shardPath = join(dir, cardShardAsset(shardOf(TERM, manifest.shards)));
    const shard = JSON.parse(await readFile(shardPath, 'utf8')) as Record<string, TermCard>;
    shard[TERM]!.term.name = MARKED;
    await writeFile(shardPath, JSON.stringify(shard));
    ext = await launchExtension({ extensionDir: dir });
  });
  afterAll(async () => {
    await ext?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('answers from its shard while the reader has only the bundled sources, from the library once loaded or once they add one', async () => {
    const control = await ext.openExtensionPage('options.html');
    const nameOnLookup = async () => {
      await stopServiceWorkers(control);
      return control.evaluate(async (termId) => {
        const reply = await chrome.runtime.sendMessage({
          channel: 'sourcelight',
          type: 'lookupTerm',
          termId,
        });
        return (reply as { data: TermCard | null }).data?.term.name;
      }, TERM);
    };
    const send = (message: object) =>
      control.evaluate(
        (m) => chrome.runtime.sendMessage({ channel: 'sourcelight', ...m }),
        message,
      );

    expect(await nameOnLookup()).toBe(MARKED);
    // Once something loaded the library (a search), it answers, not the shard.
    await send({ type: 'search', query: 'Tokayev' });
    const warm = (await send({ type: 'lookupTerm', termId: TERM })) as { data: TermCard };
    expect(warm.data.term.name).toBe('Kassym-Jomart Tokayev');

    // A source of the reader's own: the shard no longer holds the whole answer.
    const sources = await ext.openExtensionPage('sources.html');
    await sources.locator('#sl-add-files').setInputFiles({
      name: 'own-note.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Own note\n\nKassym-Jomart Tokayev spoke in Astana on Tuesday.\n'),
    });
    await expect
      .poll(() => sources.locator('.sl-import-summary').innerText(), { timeout: 30_000 })
      .toBe('Added 1 of 1 file.');
    expect(await nameOnLookup()).toBe('Kassym-Jomart Tokayev');
  });
});

describe("a hover that wakes the worker with the reader's own sources: the library snapshot (#13), in Chromium", () => {
  const TERM = 'kassym-jomart-tokayev';
  const MARKED = 'Tokayev, from the library snapshot';
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  /** A term renamed in the snapshot, or the snapshot damaged. */
  type Replacement = { termId: string; name: string } | 'damage';

  /** Reads or replaces the snapshot's text in the extension's database (from an extension page). */
  const snapshotText = (page: Page, replacement?: Replacement) =>
    page.evaluate(async (replacement) => {
      const db = await new Promise<IDBDatabase>((ok, no) => {
        const open = indexedDB.open('sourcelight-sources');
        open.onsuccess = () => ok(open.result);
        open.onerror = () => no(new Error(String(open.error)));
      });
      const request = <T>(r: IDBRequest<T>) =>
        new Promise<T>((ok, no) => {
          r.onsuccess = () => ok(r.result);
          r.onerror = () => no(new Error(String(r.error)));
        });
      const state = db.transaction('state', 'readwrite').objectStore('state');
      const text = (await request(state.get('library-snapshot'))) as string | undefined;
      if (replacement !== null && text !== undefined) {
        const value = JSON.parse(text) as { terms: Array<{ id: string; name: string }> };
        if (replacement === 'damage')
          await request(state.put('{"format":1,"ter', 'library-snapshot'));
        else {
          value.terms.find((t) => t.id === replacement.termId)!.name = replacement.name;
          await request(state.put(JSON.stringify(value), 'library-snapshot'));
        }
      }
      db.close();
      return text;
    }, replacement ?? null);

  it('keeps its merge once a change settles, answers lookups and search from it after a wake, and not once it is damaged', async () => {
    const control = await ext.openExtensionPage('options.html');
    const sources = await ext.openExtensionPage('sources.html');
    const addFile = async (name: string, text: string, added: number) => {
      await sources.locator('#sl-add-files').setInputFiles({
        name,
        mimeType: 'text/plain',
        buffer: Buffer.from(text),
      });
      await expect
        .poll(() => sources.locator('.sl-import-summary').innerText(), { timeout: 30_000 })
        .toBe(`Added ${added} of ${added} file${added === 1 ? '' : 's'}.`);
    };
    const send = (message: object) =>
      control.evaluate(
        (m) => chrome.runtime.sendMessage({ channel: 'sourcelight', ...m }),
        message,
      );
    const wakeAndLookUp = async () => {
      await stopServiceWorkers(control);
      const reply = (await send({ type: 'lookupTerm', termId: TERM })) as { data: TermCard | null };
      return reply.data!;
    };
    const fromOwnNote = (card: TermCard) =>
      card.allExcerpts.some((e) => e.article.title === 'Own note');

    await addFile(
      'own-note.txt',
      'Own note\n\nKassym-Jomart Tokayev spoke in Ulytau on Tuesday.\n',
      1,
    );
    // Once the change settles, the background keeps its merge: no wake has to read the records.
    // By its title: a name could also be the bundled sources' (the seeds name Turkistan).
    const snapshotHas = (title: string) =>
      expect
        .poll(async () => (await snapshotText(control))?.includes(`"title":"${title}"`) ?? false, {
          timeout: 15_000,
        })
        .toBe(true);
    await snapshotHas('Own note');

    // A marked snapshot shows that the next wake answers from it.
    await snapshotText(control, { termId: TERM, name: MARKED });
    const marked = await wakeAndLookUp();
    expect(marked.term.name).toBe(MARKED);
    expect(fromOwnNote(marked)).toBe(true);
    // A search answers from the snapshot too (the records are read only for a change).
    const search = (await send({ type: 'search', query: 'Ulytau' })) as {
      data: { hits: Array<{ article: { title: string } }> };
    };
    expect(search.data.hits.map((h) => h.article.title)).toContain('Own note');
    expect(
      ((await send({ type: 'lookupTerm', termId: TERM })) as { data: TermCard }).data.term.name,
    ).toBe(MARKED);

    // Another source moves the store on: the marked snapshot is replaced by the new merge, and
    // the wake after the change answers from that one.
    await addFile(
      'second-note.txt',
      'Second note\n\nKassym-Jomart Tokayev visited Turkistan.\n',
      1,
    );
    await snapshotHas('Second note');
    expect(await snapshotText(control)).not.toContain(MARKED);
    await snapshotText(control, { termId: TERM, name: `${MARKED}, again` });
    const after = await wakeAndLookUp();
    expect(after.term.name).toBe(`${MARKED}, again`);
    expect(after.allExcerpts.some((e) => e.article.title === 'Second note')).toBe(true);

    // A damaged snapshot is not used: the records answer.
    await snapshotText(control, 'damage');
    const repaired = await wakeAndLookUp();
    expect(repaired.term.name).toBe('Kassym-Jomart Tokayev');
    expect(fromOwnNote(repaired)).toBe(true);
    expect(repaired.allExcerpts.some((e) => e.article.title === 'Second note')).toBe(true);
  });

  it("keeps the search index with the snapshot when most passages are the reader's, searches after a wake, and answers without it when it is damaged", async () => {
    const control = await ext.openExtensionPage('options.html');
    const sources = await ext.openExtensionPage('sources.html');
    // More passages than the bundled sources have: adding them again at a wake would cost more
    // than reading their index back.
    const paragraphs = Array.from(
      { length: 240 },
      (_, i) =>
        `Field report ${i + 1} from Zhanaozen: the oil workers met the akim on day ${i + 1}. ` +
        `They asked for the wage agreed in ${2000 + (i % 24)} and were promised an answer.`,
    );
    await sources.locator('#sl-add-files').setInputFiles({
      name: 'field-reports.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(`Field reports\n\n${paragraphs.join('\n\n')}\n`),
    });
    await expect
      .poll(() => sources.locator('.sl-import-summary').innerText(), { timeout: 30_000 })
      .toMatch(/^Added 1 of 1 file/u);
    const keptIndex = (damage: boolean) =>
      control.evaluate(async (damage) => {
        const db = await new Promise<IDBDatabase>((ok, no) => {
          const open = indexedDB.open('sourcelight-sources');
          open.onsuccess = () => ok(open.result);
          open.onerror = () => no(new Error(String(open.error)));
        });
        const request = <T>(r: IDBRequest<T>) =>
          new Promise<T>((ok, no) => {
            r.onsuccess = () => ok(r.result);
            r.onerror = () => no(new Error(String(r.error)));
          });
        const state = db.transaction('state', 'readwrite').objectStore('state');
        const kept = (await request(state.get('library-search-index'))) as
          { generation: number; text: string } | undefined;
        const generation = (await request(state.get('generation'))) as number;
        if (damage && kept)
          await request(state.put({ ...kept, text: '{"documentCount":' }, 'library-search-index'));
        db.close();
        return (
          kept && {
            generation: kept.generation,
            storeGeneration: generation,
            bytes: kept.text.length,
          }
        );
      }, damage);
    await expect
      .poll(async () => (await keptIndex(false))?.bytes ?? 0, { timeout: 20_000 })
      .toBeGreaterThan(0);
    const kept = (await keptIndex(false))!;
    expect(kept.generation).toBe(kept.storeGeneration);

    const searchAfterWake = async () => {
      await stopServiceWorkers(control);
      const reply = (await control.evaluate(() =>
        chrome.runtime.sendMessage({
          channel: 'sourcelight',
          type: 'search',
          query: 'Zhanaozen akim',
        }),
      )) as { data: { hits: Array<{ article: { title: string } }> } };
      return reply.data.hits.map((h) => h.article.title);
    };
    expect(await searchAfterWake()).toContain('Field reports');
    await keptIndex(true);
    expect(await searchAfterWake()).toContain('Field reports');
    await sources.close();
    await control.close();
  });
});
