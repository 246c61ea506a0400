/**
 * The Sources page in Debian's Chromium with the built extension (#13): 200
 * files chosen through the real file input import with a moving progress bar;
 * a pack exported, everything removed, the pack imported gives the same list
 * and the same search answers; a malformed pack and a non-UTF-8 file are
 * refused with their reasons. The files are real published text
 * (eval/compiler/articles), each with its own title.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTIFACTS,
  collectPageErrors,
  launchExtension,
  ROOT,
  saveScreenshot,
  type ExtensionBrowser,
} from './support/chromium';

const ARTICLES = join(ROOT, 'eval/compiler/articles');
const FILE_COUNT = 200;
/** Names from the generated files' text, searched before and after the pack round trip. */
const QUERIES = ['Somanath', 'CrowdStrike', 'Southgate'];

const SUBJECT_TITLES: Record<string, string> = {
  'chandrayaan-3': 'Chandrayaan-3 on the Moon',
  'crowdstrike-outage': 'The CrowdStrike outage',
  'derna-floods': 'Floods in Derna',
  'euro-2024': 'Euro 2024',
  'kenya-protests': 'Kenya’s Finance Bill protests',
};

interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/**
 * 200 seed files from the 50 real articles: each article gives four files, its paragraphs as
 * published and then rotated (part 2 starts at the second paragraph …), each under a title of
 * its own; the article's address and the date its excerpt states become front matter. Whole
 * articles, because a short run of a page's paragraphs can be captions only, which the
 * compiler refuses as it should.
 */
async function generateFiles(): Promise<FilePayload[]> {
  const articles: Array<{
    subject: string;
    n: string;
    url: string;
    date: string | null;
    paragraphs: string[];
  }> = [];
  for (const subject of (await readdir(ARTICLES)).sort())
    for (const file of (await readdir(join(ARTICLES, subject))).sort()) {
      const raw = await readFile(join(ARTICLES, subject, file), 'utf8');
      const url = /^url: (.+)$/m.exec(raw)?.[1] ?? '';
      let body = raw.replace(/^---\n[\s\S]*?\n---\n/, '').trim();
      const date = /^date (\d{4}-\d{2}-\d{2}) /.exec(body)?.[1] ?? null;
      if (date) body = body.slice(`date ${date} `.length);
      const paragraphs = body
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean);
      articles.push({ subject, n: file.replace('.txt', ''), url, date, paragraphs });
    }
  const files: FilePayload[] = [];
  for (let i = 0; i < FILE_COUNT; i++) {
    const a = articles[i % articles.length]!;
    const part = Math.floor(i / articles.length);
    const start = part % Math.max(1, a.paragraphs.length);
    const paragraphs = [...a.paragraphs.slice(start), ...a.paragraphs.slice(0, start)];
    const front = [
      '---',
      `title: ${SUBJECT_TITLES[a.subject]}, report ${a.n}, part ${part + 1}`,
      `publisher: ${new URL(a.url).hostname.replace(/^www\./, '')}`,
      `url: ${a.url}`,
      ...(a.date ? [`date: ${a.date}`] : []),
      '---',
    ];
    files.push({
      name: `${a.subject}-${a.n}-part${part + 1}.txt`,
      mimeType: 'text/plain',
      buffer: Buffer.from(`${front.join('\n')}\n${paragraphs.join('\n\n')}\n`),
    });
  }
  return files;
}

/** Shows every row: the list renders 200 at a time. */
async function showAll(page: Page): Promise<void> {
  while (await page.locator('.sl-show-more').isVisible())
    await page.locator('.sl-show-more').click();
}

/** The rows as the page shows them: title and meta lines, in title order. */
async function shownRows(page: Page): Promise<string[]> {
  await page.locator('#sl-sort').selectOption('title');
  await showAll(page);
  const rows = await page
    .locator('.sl-source-rows > li')
    .evaluateAll((lis) =>
      lis.map((li) =>
        [...li.querySelectorAll('.sl-src-title, .sl-meta')].map((e) => e.textContent).join(' | '),
      ),
    );
  await page.locator('#sl-sort').selectOption('added');
  return rows;
}

/** What the reader's search page shows for a query: each hit's source line and text. */
async function searchHits(ext: ExtensionBrowser, query: string): Promise<string[]> {
  const reader = await ext.openExtensionPage(`reader.html?q=${encodeURIComponent(query)}`);
  try {
    await reader.locator('#sl-search-title').waitFor({ timeout: 15_000 });
    await expect.poll(() => reader.locator('.sl-muted:has-text("Loading")').count()).toBe(0);
    return await reader.locator('.sl-search-hits li').allInnerTexts();
  } finally {
    await reader.close();
  }
}

/** Waits until the list (every row, shown or behind "Show more") holds `n` articles. */
async function expectRowCount(page: Page, n: number): Promise<void> {
  const count = page.locator('#sl-list-title .sl-list-count');
  await expect
    .poll(async () => Number(/^([\d,]+)/.exec(await count.innerText())?.[1]?.replace(/,/g, '')), {
      timeout: 30_000,
    })
    .toBe(n);
}

/** Records, on every animation frame, the progress bar's value: what a reader saw move. */
async function sampleProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { samples: number[]; frames: number[] };
    w.samples = [];
    w.frames = [];
    const tick = (t: number) => {
      w.frames.push(t);
      const bar = document.querySelector<HTMLProgressElement>('.sl-import-bar');
      if (bar) w.samples.push(bar.value);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

describe('Sources page in Chromium', () => {
  let ext: ExtensionBrowser;
  let page: Page;
  let errors: string[];
  let bundledCount: number;

  beforeAll(async () => {
    ext = await launchExtension();
    page = await ext.openExtensionPage('options.html');
    errors = collectPageErrors(page);
    // Reached from the options page.
    await page.locator('#sl-opt-sources-link').click();
    await page.waitForURL(/\/sources\.html$/);
    await page.locator('.sl-source-rows > li').first().waitFor({ timeout: 15_000 });
    bundledCount = await page.locator('.sl-source-rows > li').count();
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('imports 200 files chosen in the file input, with a progress bar that moves, and lists them', async () => {
    const files = await generateFiles();
    expect(new Set(files.map((f) => f.name)).size).toBe(FILE_COUNT);
    await sampleProgress(page);
    await page.locator('#sl-add-files').setInputFiles(files);

    const bar = page.locator('.sl-import-bar');
    await bar.waitFor({ timeout: 15_000 });
    expect(await bar.getAttribute('max')).toBe(String(FILE_COUNT));
    // Mid-import: the count, the current file and Cancel are shown.
    await expect
      .poll(() => bar.evaluate((b: HTMLProgressElement) => b.value), { timeout: 60_000 })
      .toBeGreaterThanOrEqual(40);
    expect(await page.locator('.sl-import-count').innerText()).toMatch(/^\d+ of 200 files$/);
    expect(await page.locator('.sl-import-current').innerText()).toMatch(/\.txt$/);
    await expect(page.locator('.sl-import-cancel').isVisible()).resolves.toBe(true);
    await saveScreenshot(page, 'sources-import-progress');

    const summary = page.locator('.sl-import-summary');
    await summary.waitFor({ timeout: 120_000 });
    expect(await summary.innerText()).toBe('Added 200 of 200 files.');
    expect(await page.locator('#sl-announce').innerText()).toBe('Added 200 of 200 files.');

    const { samples, frames } = await page.evaluate(() => {
      const w = window as unknown as { samples: number[]; frames: number[] };
      return { samples: w.samples, frames: w.frames };
    });
    // The bar was painted at many values on the way, never going back: the page kept rendering
    // while the files were compiled and stored.
    const distinct = [...new Set(samples)];
    expect(distinct.length).toBeGreaterThanOrEqual(20);
    expect(samples).toEqual([...samples].sort((a, b) => a - b));
    const gaps = frames.slice(1).map((t, i) => t - frames[i]!);
    await mkdir(ARTIFACTS, { recursive: true });
    await writeFile(
      join(ARTIFACTS, 'sources-import-figures.json'),
      JSON.stringify(
        {
          files: FILE_COUNT,
          progressValuesPainted: distinct.length,
          framesDuringTest: frames.length,
          longestFrameGapMs: Math.round(Math.max(...gaps)),
          importMs: Math.round(frames.at(-1)! - frames[0]!),
        },
        null,
        2,
      ),
    );

    await expectRowCount(page, bundledCount + FILE_COUNT);
    const filesSet = page.locator('.sl-set[data-origin="file"]');
    expect(await filesSet.innerText()).toMatch(/All files\s*200 of 200 on/);
    await page.locator('#sl-filter').fill('Somanath');
    await expectRowCount(page, 0); // the filter reads titles, publishers and authors, not the text
    await page.locator('#sl-filter').fill('Euro 2024, report 05');
    await expectRowCount(page, 4);
    await page.locator('#sl-filter').fill('');
    await page.locator('.sl-import-done button').click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, 'sources-page');
  }, 240_000);

  it('export a pack, remove everything, import the pack: the same list and the same search answers', async () => {
    const before = await shownRows(page);
    const hitsBefore: Record<string, string[]> = {};
    for (const q of QUERIES) hitsBefore[q] = await searchHits(ext, q);
    for (const q of QUERIES) expect(hitsBefore[q]!.length, q).toBeGreaterThan(0);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#sl-export-all').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^sourcelight-sources-\d{4}-\d{2}-\d{2}\.pack\.json$/,
    );
    const packPath = join(ARTIFACTS, 'sources-e2e.pack.json');
    await download.saveAs(packPath);
    const pack = JSON.parse(await readFile(packPath, 'utf8'));
    expect(pack.format).toBe('sourcelight-pack');
    expect(pack.sources).toHaveLength(FILE_COUNT);

    // Select every row (bundled included): Remove takes only the reader's own.
    await page.locator('#sl-select-shown').check();
    expect(await page.locator('#sl-remove-selected').innerText()).toBe('Remove 200');
    await page.locator('#sl-remove-selected').click();
    await expectRowCount(page, bundledCount);
    expect(await page.locator('.sl-undo-message').innerText()).toBe('Removed 200 sources.');
    for (const q of ['Somanath', 'Southgate']) expect(await searchHits(ext, q), q).toEqual([]);

    await page.locator('#sl-add-pack').setInputFiles(packPath);
    const summary = page.locator('.sl-import-summary');
    await expect
      .poll(() => summary.innerText(), { timeout: 120_000 })
      .toBe('Added 200 of 200 sources.');
    await expectRowCount(page, bundledCount + FILE_COUNT);
    expect(await shownRows(page)).toEqual(before);
    for (const q of QUERIES) expect(await searchHits(ext, q), q).toEqual(hitsBefore[q]);
    await page.locator('.sl-import-done button').click();
  }, 240_000);

  it('Cancel stops an import between files: what was added stays, whole, and nothing after it', async () => {
    const files = (await generateFiles()).map((f) => ({ ...f, name: `again-${f.name}` }));
    await page.locator('#sl-add-files').setInputFiles(files);
    const bar = page.locator('.sl-import-bar');
    await expect
      .poll(() => bar.evaluate((b: HTMLProgressElement) => b.value), { timeout: 60_000 })
      .toBeGreaterThanOrEqual(10);
    await page.locator('.sl-import-cancel').click();
    const summary = page.locator('.sl-import-summary');
    await summary.waitFor({ timeout: 30_000 });
    const said = /^Cancelled after (\d+) of 200 files: (\d+) added\.$/.exec(
      await summary.innerText(),
    );
    expect(said, await summary.innerText()).not.toBeNull();
    const added = Number(said![2]);
    expect(added).toBeGreaterThanOrEqual(10);
    expect(added).toBeLessThan(FILE_COUNT);
    await expectRowCount(page, bundledCount + FILE_COUNT + added);
    // Every source listed from this import has its passages: none stored half.
    await page.locator('#sl-filter').fill('part');
    await showAll(page);
    const counts = await page
      .locator('.sl-source-rows > li[data-file^="again-"] .sl-src-counts')
      .allInnerTexts();
    expect(counts).toHaveLength(added);
    for (const c of counts) expect(c).toMatch(/^[1-9]\d* passages? · \d+ names?$/);
    await page.locator('#sl-filter').fill('');
    await page.locator('.sl-import-done button').click();
  }, 240_000);

  it('turning a set off takes it out of search; turning it on brings it back', async () => {
    const hits = await searchHits(ext, 'Somanath');
    expect(hits.length).toBeGreaterThan(0);
    const files = page.locator('.sl-set[data-origin="file"] input');
    const announced = page.locator('#sl-announce');
    await files.uncheck();
    // Said once the store and the background have the change.
    await expect
      .poll(() => announced.textContent(), { timeout: 60_000 })
      .toBe('all files turned off.');
    expect(await page.locator('.sl-set[data-origin="file"] .sl-set-count').innerText()).toMatch(
      /^0 of \d+ on$/,
    );
    expect(await searchHits(ext, 'Somanath')).toEqual([]);
    await files.check();
    await expect
      .poll(() => announced.textContent(), { timeout: 60_000 })
      .toBe('all files turned on.');
    expect(await page.locator('.sl-set[data-origin="file"] .sl-set-count').innerText()).toMatch(
      /^(\d+) of \1 on$/,
    );
    expect(await searchHits(ext, 'Somanath')).toEqual(hits);
  });

  it('files dropped on the page are imported', async () => {
    const dataTransfer = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(
        new File(['Dropped note on Derna\n\nThe dams above Derna broke.\n'], 'dropped.txt'),
      );
      dt.items.add(new File(['not a source'], 'picture.png'));
      return dt;
    });
    await page.dispatchEvent('.sl-source-rows', 'dragover', { dataTransfer });
    expect(await page.locator('.sl-sources').getAttribute('class')).toContain('sl-dragging');
    await page.dispatchEvent('.sl-source-rows', 'drop', { dataTransfer });
    const summary = page.locator('.sl-import-summary');
    await expect.poll(() => summary.innerText(), { timeout: 30_000 }).toBe('Added 1 of 1 file.');
    expect(await page.locator('.sl-import-skipped').innerText()).toMatch(/picture\.png$/);
    await page.locator('#sl-filter').fill('Dropped note');
    await expectRowCount(page, 1);
    await page.locator('#sl-filter').fill('');
    await page.locator('.sl-import-done button').click();
  });

  it('a malformed pack is refused with its reason and changes nothing', async () => {
    const before = await shownRows(page);
    for (const [name, text, reason] of [
      [
        'broken.pack.json',
        '{"format": "sourcelight-pack", "version": 1, "sources": [',
        /broken\.pack\.json/,
      ],
      ['foreign.pack.json', '{"format": "zotero-export", "items": []}', /not a Sourcelight pack/],
    ] as const) {
      await page.locator('#sl-add-pack').setInputFiles({
        name,
        mimeType: 'application/json',
        buffer: Buffer.from(text),
      });
      const alert = page.locator('.sl-import-error [role="alert"]');
      await alert.waitFor({ timeout: 15_000 });
      const said = await alert.innerText();
      expect(said).toMatch(
        new RegExp(`^The pack ${name.replace(/\./g, '\\.')} was refused; nothing was changed\\. `),
      );
      expect(said).toMatch(reason);
      await page.locator('.sl-import-error button').click();
      expect(await shownRows(page)).toEqual(before);
    }
  });

  it('a file that is not UTF-8 is refused with its reason; the others in the same import are added', async () => {
    await page.locator('#sl-add-files').setInputFiles([
      // "Café" in Latin-1: 0xE9 is not valid UTF-8.
      {
        name: 'latin1.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('Café society\n\nA text saved as Latin-1.\n', 'latin1'),
      },
      {
        name: 'fine.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('A fine note\n\nSaved as UTF-8, with an é.\n'),
      },
    ]);
    const summary = page.locator('.sl-import-summary');
    await expect
      .poll(() => summary.innerText(), { timeout: 30_000 })
      .toBe('Added 1 of 2 files; 1 failed.');
    const failure = await page.locator('.sl-import-failures li').innerText();
    expect(failure).toMatch(/^latin1\.txt: latin1\.txt(:\d+)?: not valid UTF-8/);
    await page.locator('#sl-filter').fill('fine note');
    await expectRowCount(page, 1);
    await page.locator('#sl-filter').fill('Café society');
    await expectRowCount(page, 0);
    await page.locator('#sl-filter').fill('');
    expect(errors).toEqual([]);
  });
});
