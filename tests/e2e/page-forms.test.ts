/**
 * Issue 11 in the real browser: other romanisations and surnames alone are
 * highlighted and open the card for the sources' person; ambiguous words on an
 * off-topic page are left alone, and are highlighted once the page grows
 * on-topic.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { attachProbe } from './hostile/probe';
import {
  collectPageErrors,
  launchExtension,
  saveScreenshot,
  storeSettings,
  type ExtensionBrowser,
} from './support/chromium';
import { highlightedTexts, readCard, waitForHighlights, wordCenter } from './support/page-helpers';
import { serveFixtures, type FixtureServer } from './support/server';

const page = (title: string, ...paragraphs: string[]) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>` +
  `<h1 id="title">${title}</h1>` +
  paragraphs.map((p, i) => `<p id="p${i + 1}">${p}</p>`).join('') +
  `</body></html>`;

const ROUTES = {
  '/other-spellings.html': page(
    'Kazakstan after the unrest',
    'President Qasym-Zhomart Toqaev addressed the nation from Astana on Friday.',
    'Critics of Toqaev pointed to the trial of Karim Masimov, the former security chief.',
    'The envoy Enrique Mora of the European Union arrived the same week. Mora said talks would go on.',
  ),
  '/surname-without-full-name.html': page(
    'A match report',
    'Mora scored twice for the visitors in Astana, and the Collective Security Treaty Organization stadium sold out.',
  ),
  '/recipe.html': page(
    'Roasted Turkey With Herb Butter',
    'How To Roast A Turkey: pat the turkey dry and season it well.',
    'Turkey Gravy: whisk the drippings with flour. Serve the Turkey hot.',
  ),
};

describe('names on real pages (issue 11) in Chromium', () => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await serveFixtures(ROUTES);
    ext = await launchExtension();
    // Matching is tested here: every mention (the default paints the first per section).
    await storeSettings(ext, { mentions: 'all' });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  /** Waits until the content script says its pass is done and nothing changed for a while. */
  async function settled(p: Page, probe: Awaited<ReturnType<typeof attachProbe>>): Promise<void> {
    let last = '';
    let since = Date.now();
    const deadline = Date.now() + 15_000;
    for (;;) {
      const stats = await probe
        .evalIsolated<{ done: boolean; matches: number }>('globalThis.__sourcelightStats')
        .catch(() => undefined);
      const key = JSON.stringify(stats ?? null);
      if (key !== last) [last, since] = [key, Date.now()];
      else if (stats?.done && Date.now() - since > 500) return;
      if (Date.now() > deadline) throw new Error(`highlighting did not settle: ${key}`);
      await p.waitForTimeout(50);
    }
  }

  async function hoverCardFor(p: Page, id: string, word: string, nth = 0) {
    const target = await wordCenter(p, id, word, nth);
    await p.mouse.move(target.x - 150, target.y + 150);
    await p.mouse.move(target.x, target.y, { steps: 4 });
    await expect.poll(async () => (await readCard(p))?.status, { timeout: 10_000 }).toBe('ready');
    const card = (await readCard(p))!;
    await p.keyboard.press('Escape');
    await expect.poll(() => readCard(p)).toBeNull();
    return card;
  }

  it('highlights other romanisations and surnames alone, and opens the card of the sources’ person', async () => {
    const p = await ext.context.newPage();
    const errors = collectPageErrors(p);
    await p.goto(server.url('/other-spellings.html'));
    await waitForHighlights(p, 6);
    const texts = (await highlightedTexts(p)).map((f) => `${f.id}:${f.text}`);
    expect(texts).toEqual(
      expect.arrayContaining([
        'p1:Qasym-Zhomart Toqaev',
        'p2:Toqaev',
        // A first name that needs no folding leaves the family lookup to the surname.
        'p2:Masimov',
        'p3:Enrique Mora',
        // `Mora` alone is an ordinary word: shown because the page names Enrique Mora in full.
        'p3:Mora',
      ]),
    );
    expect(texts).toContain('title:Kazakstan');

    const toqaev = await hoverCardFor(p, 'p2', 'Toqaev');
    expect(toqaev.label).toBe('Kassym-Jomart Tokayev in Sourcelight sources');
    expect(toqaev.text).toContain(
      'Written here as “Toqaev”; the sources write “Kassym-Jomart Tokayev”.',
    );
    const mora = await hoverCardFor(p, 'p3', 'Mora', 1);
    expect(mora.label).toBe('Enrique Mora in Sourcelight sources');
    await saveScreenshot(p, 'other-spellings');
    expect(errors).toEqual([]);
  });

  it('does not highlight an ordinary surname where the page does not name the person in full', async () => {
    const p = await ext.context.newPage();
    const probe = await attachProbe(p);
    await p.goto(server.url('/surname-without-full-name.html'));
    await settled(p, probe);
    const texts = (await highlightedTexts(p)).map((f) => f.text);
    expect(texts).toContain('Astana');
    expect(texts).not.toContain('Mora');
    await probe.detach();
  });

  it('leaves an off-topic page alone, and highlights its ambiguous names once it grows on-topic', async () => {
    const p = await ext.context.newPage();
    const probe = await attachProbe(p);
    await p.goto(server.url('/recipe.html'));
    await settled(p, probe);
    expect(await highlightedTexts(p)).toEqual([]);

    // The page gains a paragraph about the sources' subject: two other names from the dictionary.
    await p.evaluate(() => {
      const para = document.createElement('p');
      para.id = 'p-news';
      para.textContent =
        'Turkey sent observers to Astana when the Collective Security Treaty Organization met.';
      document.body.append(para);
    });
    await expect
      .poll(async () => (await highlightedTexts(p)).map((f) => `${f.id}:${f.text}`), {
        timeout: 10_000,
      })
      .toEqual(expect.arrayContaining(['p-news:Turkey', 'p-news:Astana', 'title:Turkey']));

    // And loses it again: the ambiguous names go with the support.
    await p.evaluate(() => document.getElementById('p-news')?.remove());
    await expect.poll(async () => (await highlightedTexts(p)).length, { timeout: 10_000 }).toBe(0);
    expect(probe.errors).toEqual([]);
    await probe.detach();
  });
});
