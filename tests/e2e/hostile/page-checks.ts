/** Assertions shared by the hostile-page tests: the page is intact, highlights are where they may be, the card works. */
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import { saveScreenshot } from '../support/chromium';
import { readCard, wordCenter } from '../support/page-helpers';

const HIGHLIGHT_NAMES = ['sourcelight-term', 'sourcelight-term-bg'];

export interface HighlightProbe {
  text: string;
  id: string;
  /** The range's node is in the document itself (not a shadow root), connected, and readable. */
  inDocument: boolean;
  /** The range sits in a context the extension must never touch. */
  excluded: string | null;
}

/** Every highlighted range of a document (top page or a frame), with where it lands. */
export async function highlightsOf(target: Page | Frame): Promise<HighlightProbe[]> {
  return target.evaluate((names) => {
    const SKIPPED =
      'script,style,noscript,template,textarea,input,select,option,button,code,pre,kbd,samp,var,svg,math,[hidden],[contenteditable]:not([contenteditable="false"])';
    const out: HighlightProbe[] = [];
    for (const name of names) {
      const h = CSS.highlights.get(name);
      if (!h) continue;
      for (const r of h as unknown as Iterable<AbstractRange>) {
        const node = r.startContainer;
        const inDocument = node.isConnected && node.getRootNode() === document;
        let text: string;
        try {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          text = range.toString();
        } catch {
          text = '<invalid range>';
        }
        let el: Element | null = node.parentElement;
        const excluded = el?.closest(SKIPPED)?.nodeName ?? null;
        while (el && !el.id) el = el.parentElement;
        out.push({ text, id: el?.id ?? '', inDocument, excluded });
      }
    }
    return out;
  }, HIGHLIGHT_NAMES);
}

export async function highlightCount(target: Page | Frame): Promise<number> {
  return target.evaluate(
    (names) => names.reduce((n, name) => n + (CSS.highlights.get(name)?.size ?? 0), 0),
    HIGHLIGHT_NAMES,
  );
}

/** Polls until the highlights include every `id:text` pair given. */
export async function expectHighlighted(
  target: Page | Frame,
  expected: string[],
  timeout = 20_000,
): Promise<HighlightProbe[]> {
  await expect
    .poll(async () => (await highlightsOf(target)).map((h) => `${h.id}:${h.text}`), {
      timeout,
      interval: 200,
    })
    .toEqual(expect.arrayContaining(expected));
  const found = await highlightsOf(target);
  for (const h of found) {
    expect(h.inDocument, `${h.id}:${h.text} is in the document`).toBe(true);
    expect(h.excluded, `${h.id}:${h.text} is not in an excluded context`).toBeNull();
  }
  return found;
}

interface PageState {
  ran: boolean;
  bodyScript: boolean;
  textMatches: boolean;
  textLength: number;
  foreignMutations: unknown[];
  violations: string[];
  pointer: number;
  keys: number;
  clicks: number;
}

/** The harness's record: text as expected, no mutation but the page's own (and the card host on <html>). */
export async function pageState(target: Page | Frame): Promise<PageState> {
  return target.evaluate(() => {
    const page = (
      window as unknown as {
        __page: {
          ran: boolean;
          bodyScript: boolean;
          textAtLoad: string | null;
          expectedText: string | null;
          mutations: Array<{ type: string; target: string; added: string[]; removed: string[] }>;
          violations: string[];
          pointer: number;
          keys: number;
          clicks: number;
        };
      }
    ).__page;
    // nodeName is upper case in HTML documents, as written in XHTML ones.
    const isHost = (n: string) => /^SOURCELIGHT-CARD(-[A-Z0-9]+)?$/u.test(n.toUpperCase());
    const foreign = page.mutations.filter(
      (m) =>
        !(
          isHost(m.target) ||
          (m.type === 'childList' &&
            m.target.toUpperCase() === 'HTML' &&
            [...m.added, ...m.removed].length > 0 &&
            [...m.added, ...m.removed].every(isHost))
        ),
    );
    const text = document.body?.textContent ?? '';
    return {
      ran: page.ran,
      bodyScript: page.bodyScript,
      textMatches: text === (page.expectedText ?? page.textAtLoad),
      textLength: text.length,
      foreignMutations: foreign.slice(0, 10),
      violations: page.violations,
      pointer: page.pointer,
      keys: page.keys,
      clicks: page.clicks,
    };
  });
}

export async function expectPageIntact(target: Page | Frame): Promise<void> {
  const state = await pageState(target);
  expect(state.ran && state.bodyScript, "the page's own scripts ran").toBe(true);
  expect(state.foreignMutations, 'no DOM mutation but the page’s own').toEqual([]);
  expect(state.textMatches, 'body text unchanged').toBe(true);
  expect(state.violations).toEqual([]);
}

/** The page's own listeners still get pointer, key and click events. */
export async function expectPageEventsWork(page: Page): Promise<void> {
  const before = await pageState(page);
  await page.mouse.move(3, 3);
  await page.mouse.move(10, 12, { steps: 3 });
  await page.mouse.click(10, 12);
  await page.keyboard.press('Shift');
  const after = await pageState(page);
  expect(after.pointer).toBeGreaterThan(before.pointer);
  expect(after.clicks).toBeGreaterThan(before.clicks);
  expect(after.keys).toBeGreaterThan(before.keys);
}

/**
 * Hovers `word` in `#id`, waits for a ready card, checks it is styled (its
 * stylesheet applied in the shadow root), on top of the page at its centre,
 * and beside (not over) the name; then closes it with Escape.
 */
export async function expectCardOnHover(
  page: Page,
  id: string,
  word: string,
  screenshot?: string,
): Promise<void> {
  const at = await wordCenter(page, id, word);
  await page.mouse.move(at.x - 120, at.y + 90);
  await page.mouse.move(at.x, at.y, { steps: 4 });
  await expect.poll(async () => (await readCard(page))?.status, { timeout: 15_000 }).toBe('ready');
  const card = (await readCard(page))!;
  expect(card.excerpts).toBeGreaterThan(0);
  const look = await page.evaluate(() => {
    const host = document.querySelector('sourcelight-card')!;
    const el = host.shadowRoot!.querySelector<HTMLElement>('.sl-card')!;
    const style = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(40, r.height / 2));
    return { width: style.width, background: style.backgroundColor, onTop: top === host };
  });
  expect(look.width, 'card.css applied').toBe('392px');
  expect(look.background).not.toBe('rgba(0, 0, 0, 0)');
  expect(look.onTop, 'the card is the topmost element at its centre').toBe(true);
  expect(at.y < card.rect!.top || at.y > card.rect!.bottom, 'card beside the name').toBe(true);
  if (screenshot) await saveScreenshot(page, screenshot);
  await page.keyboard.press('Escape');
  await expect.poll(() => readCard(page)).toBeNull();
}
