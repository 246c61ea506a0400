/**
 * The hover card on hostile pages, second round (issue 16, items 2, 3, 4, 5 and 8), in
 * Debian's Chromium with the built extension: a page that stops events at the window before
 * anyone else, a modal dialog, a transformed, contained or zoomed <html>, names under
 * overlays, and a page's synthetic events.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchExtension, type ExtensionBrowser } from '../support/chromium';
import { readCard, wordCenter, type CardProbe } from '../support/page-helpers';
import { serveFixtures, type FixtureServer } from '../support/server';
import { expectCardOnHover, expectHighlighted, expectPageIntact, pageState } from './page-checks';
import { CARD_PAGES, ROOT_STYLES } from './pages-card-round2';
import { attachProbe, type PageProbe } from './probe';

const ARTICLE_NAMES = ['p1:Tokayev', 'p1:CSTO', 'p1:Astana', 'p2:Almaty', 'p2:EU'];
/** Longer than the hover delay (300 ms) plus the card's loading, for "no card appeared" checks. */
const QUIET_MS = 1500;

interface Opened {
  page: Page;
  probe: PageProbe;
  errors: string[];
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The viewport box of the Nth `word` in `#id`. */
function wordBox(page: Page, id: string, word: string): Promise<Box> {
  return page.evaluate(
    ({ id, word }) => {
      const node = [...document.getElementById(id)!.childNodes].find(
        (n) => n.nodeType === 3 && (n as Text).data.includes(word),
      ) as Text;
      const range = document.createRange();
      const at = node.data.indexOf(word);
      range.setStart(node, at);
      range.setEnd(node, at + word.length);
      const r = range.getBoundingClientRect();
      return { top: r.top, left: r.left, bottom: r.bottom, right: r.right };
    },
    { id, word },
  );
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Moves the real (trusted) pointer onto `word` from a little away. */
async function hover(page: Page, id: string, word: string): Promise<void> {
  const at = await wordCenter(page, id, word);
  await page.mouse.move(at.x - 60, at.y + 40);
  await page.mouse.move(at.x, at.y, { steps: 4 });
}

async function readyCard(page: Page): Promise<CardProbe> {
  await expect.poll(async () => (await readCard(page))?.status, { timeout: 15_000 }).toBe('ready');
  return (await readCard(page))!;
}

/** What is on top at the card's centre, from the page's point of view. */
function topAtCardCentre(page: Page): Promise<string> {
  return page.evaluate(() => {
    const host = document.querySelector('sourcelight-card')!;
    const r = host.shadowRoot!.querySelector('.sl-card')!.getBoundingClientRect();
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(60, r.height / 2));
    return top === host ? 'card' : (top?.nodeName ?? 'nothing');
  });
}

describe('the hover card on hostile pages (second round)', () => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    const routes: Record<string, string | [string, Record<string, string>]> = {
      '/favicon.ico': ['', { 'content-type': 'image/x-icon' }],
      '/stops-immediately.html': CARD_PAGES.stopsImmediately,
      '/modal-dialog.html': CARD_PAGES.modalDialog,
      '/unreachable.html': CARD_PAGES.unreachable,
      '/article.html': CARD_PAGES.article,
    };
    for (const [name, style] of Object.entries(ROOT_STYLES))
      routes[`/root-${name}.html`] = CARD_PAGES.rootStyled(style);
    server = await serveFixtures(routes);
    ext = await launchExtension();
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  async function open(path: string): Promise<Opened> {
    const page = await ext.context.newPage();
    const errors = collectPageErrors(page);
    const probe = await attachProbe(page);
    await page.goto(server.url(path));
    return { page, probe, errors };
  }

  async function finish({ page, probe, errors }: Opened): Promise<void> {
    expect([...errors, ...probe.errors]).toEqual([]);
    await probe.detach();
    await page.close();
  }

  it('item 2: a page stopping pointer and key events with stopImmediatePropagation() at the window: the card opens, Escape closes it', async () => {
    const o = await open('/stops-immediately.html');
    await expectHighlighted(o.page, ARTICLE_NAMES);
    // Opens on hover, is on top and beside the name, and Escape closes it.
    await expectCardOnHover(o.page, 'p1', 'Tokayev');
    // The page's listener still ran first on every event: we never stop the page's handlers.
    expect(await o.page.evaluate(() => (window as any).__page.stopped)).toBeGreaterThan(0);
    await expectPageIntact(o.page);
    await finish(o);
  });

  it('item 3: names in a modal <dialog>: the card is above the dialog, usable, and Escape closes the card only', async () => {
    const o = await open('/modal-dialog.html');
    await expectHighlighted(o.page, ['d1:Tokayev', 'd1:CSTO']);
    await hover(o.page, 'd1', 'Tokayev');
    const card = await readyCard(o.page);
    expect(await topAtCardCentre(o.page), 'the card is above the dialog').toBe('card');
    // Into the card and stay: it must not close (an inert card gets no pointer events).
    const inside = { x: (card.rect!.left + card.rect!.right) / 2, y: card.rect!.top + 40 };
    await o.page.mouse.move(inside.x, inside.y, { steps: 8 });
    await o.page.waitForTimeout(900);
    expect((await readCard(o.page))?.status, 'still open with the pointer in it').toBe('ready');
    await o.page.keyboard.press('Escape');
    await expect.poll(() => readCard(o.page)).toBeNull();
    expect(
      await o.page.evaluate(() => (document.getElementById('dlg') as HTMLDialogElement).open),
      'the dialog stays open',
    ).toBe(true);
    // The page's own mutations only, and our host (which lives in the dialog while it is open).
    const state = await pageState(o.page);
    const isHost = (n: string) => /^SOURCELIGHT-CARD(-[A-Z0-9]+)?$/u.test(n.toUpperCase());
    const foreign = (
      state.foreignMutations as Array<{ type: string; added: string[]; removed: string[] }>
    ).filter((m) => !(m.type === 'childList' && [...m.added, ...m.removed].every(isHost)));
    expect(foreign).toEqual([]);
    expect(state.textMatches).toBe(true);
    await finish(o);
  });

  for (const name of Object.keys(ROOT_STYLES)) {
    it(`item 4: <html> with ${ROOT_STYLES[name as keyof typeof ROOT_STYLES]}, page scrolled: the card is on screen beside the name, at its own size`, async () => {
      const o = await open(`/root-${name}.html`);
      await expectHighlighted(o.page, ARTICLE_NAMES);
      // Scroll so that the name sits near the top of the window.
      await o.page.evaluate(() => {
        const p = document.getElementById('p1')!;
        window.scrollBy(0, p.getBoundingClientRect().top - 120);
      });
      await expect.poll(() => o.page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
      await hover(o.page, 'p1', 'Tokayev');
      const card = await readyCard(o.page);
      const nameBox = await wordBox(o.page, 'p1', 'Tokayev');
      const viewport = o.page.viewportSize()!;
      const rect = card.rect!;
      console.info(`card on <html ${name}>`, JSON.stringify({ rect, nameBox }));
      expect(rect.top).toBeGreaterThanOrEqual(0);
      expect(rect.bottom).toBeLessThanOrEqual(viewport.height);
      expect(rect.left).toBeGreaterThanOrEqual(0);
      expect(rect.right).toBeLessThanOrEqual(viewport.width);
      expect(overlaps(rect, nameBox), 'the card does not cover the name').toBe(false);
      // Next to the name: within 20 px of it, above, below or beside.
      const distance = Math.max(
        rect.top - nameBox.bottom,
        nameBox.top - rect.bottom,
        rect.left - nameBox.right,
        nameBox.left - rect.right,
      );
      expect(distance).toBeLessThanOrEqual(20);
      // 392 px wide in window px: the page's zoom does not scale the card.
      expect(Math.round(rect.right - rect.left)).toBe(392);
      expect(await topAtCardCentre(o.page)).toBe('card');
      await o.page.keyboard.press('Escape');
      await expect.poll(() => readCard(o.page)).toBeNull();
      await expectPageIntact(o.page);
      await finish(o);
    });
  }

  it('item 5: names under a stretched link, a full-card link and a pointer-events: none caption open the card; a name under an opaque banner does not', async () => {
    const o = await open('/unreachable.html');
    await expectHighlighted(o.page, ['s1:Tokayev', 'c1:Almaty', 'f1:Tokayev', 'under:Tokayev']);
    for (const [id, word] of [
      ['s1', 'Tokayev'],
      ['c1', 'Almaty'],
      ['f1', 'Tokayev'],
    ] as const) {
      await hover(o.page, id, word);
      const card = await readyCard(o.page);
      expect(card.label ?? card.text, `${id}: the card is about ${word}`).toContain(word);
      await o.page.keyboard.press('Escape');
      await expect.poll(() => readCard(o.page)).toBeNull();
    }
    // Control: the same kind of name under an opaque fixed banner stays quiet.
    await o.page.evaluate(() => {
      const p = document.getElementById('under')!;
      window.scrollBy(0, p.getBoundingClientRect().top - (window.innerHeight - 100));
    });
    const under = await wordCenter(o.page, 'under', 'Tokayev');
    expect(
      await o.page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.id, under),
      'the banner covers the name',
    ).toBe('banner');
    await o.page.mouse.move(under.x - 60, under.y);
    await o.page.mouse.move(under.x, under.y, { steps: 4 });
    await o.page.waitForTimeout(QUIET_MS);
    expect(await readCard(o.page)).toBeNull();
    await expectPageIntact(o.page);
    await finish(o);
  });

  it('item 8: the page’s synthetic pointer events do not open the card, nor does its synthetic Escape close it', async () => {
    const o = await open('/article.html');
    await expectHighlighted(o.page, ARTICLE_NAMES);
    const at = await wordCenter(o.page, 'p1', 'Tokayev');
    // What a page would do to read the card for a name of its choosing.
    await o.page.evaluate(async ({ x, y }) => {
      const target = document.elementFromPoint(x, y)!;
      for (let i = 0; i < 12; i++) {
        for (const type of ['pointerover', 'pointermove', 'mousemove'])
          target.dispatchEvent(
            new PointerEvent(type, {
              clientX: x + (i % 2),
              clientY: y,
              bubbles: true,
              composed: true,
              pointerType: 'mouse',
              isPrimary: true,
            }),
          );
        await new Promise((done) => setTimeout(done, 50));
      }
    }, at);
    await o.page.waitForTimeout(QUIET_MS);
    expect(await readCard(o.page), 'no card from synthetic events').toBeNull();
    // The real pointer opens it (the control), and a synthetic Escape does not close it.
    await hover(o.page, 'p1', 'Tokayev');
    await readyCard(o.page);
    await o.page.evaluate(() => {
      for (const target of [window, document, document.body])
        target.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', bubbles: true }),
        );
    });
    await o.page.waitForTimeout(300);
    expect((await readCard(o.page))?.status, 'open after a synthetic Escape').toBe('ready');
    await o.page.keyboard.press('Escape');
    await expect.poll(() => readCard(o.page)).toBeNull();
    await expectPageIntact(o.page);
    await finish(o);
  });
});
