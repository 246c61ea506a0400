/** Page-side probes for e2e tests: what is highlighted, where a word is, the card's content. */
import type { Page } from 'playwright-core';

/** Texts of the ranges in a highlight, with the id of the nearest element that has one. */
export async function highlightedTexts(
  page: Page,
  name = 'sourcelight-term',
): Promise<Array<{ text: string; id: string }>> {
  return page.evaluate((highlightName) => {
    const h = CSS.highlights.get(highlightName);
    if (!h) return [];
    const out: Array<{ text: string; id: string }> = [];
    for (const r of h as unknown as Iterable<AbstractRange>) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      let el: Element | null = r.startContainer.parentElement;
      while (el && !el.id) el = el.parentElement;
      out.push({ text: range.toString(), id: el?.id ?? '' });
    }
    return out;
  }, name);
}

/** Viewport centre of the Nth occurrence of `word` inside the element with `id`. */
export async function wordCenter(
  page: Page,
  id: string,
  word: string,
  nth = 0,
): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ({ id, word, nth }) => {
      const root = document.getElementById(id);
      if (!root) return null;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = (n as Text).data;
        for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
          if (seen++ === nth) {
            const range = document.createRange();
            range.setStart(n, i);
            range.setEnd(n, i + word.length);
            const r = range.getBoundingClientRect();
            return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
          }
        }
      }
      return null;
    },
    { id, word, nth },
  );
  if (!point) throw new Error(`"${word}" not found in #${id}`);
  return point;
}

export interface CardProbe {
  status: string | null;
  text: string;
  excerpts: number;
  label: string | null;
  rect: { top: number; left: number; bottom: number; right: number } | null;
}

/** The card's state as a user sees it (reads the open shadow root). */
export async function readCard(page: Page): Promise<CardProbe | null> {
  return page.evaluate(() => {
    const host = document.querySelector('sourcelight-card');
    const card = host?.shadowRoot?.querySelector<HTMLElement>('.sl-card');
    if (!host || !card || getComputedStyle(host).display === 'none') return null;
    const r = card.getBoundingClientRect();
    return {
      status: card.getAttribute('data-status'),
      text: card.innerText,
      excerpts: card.querySelectorAll('.sl-excerpt').length,
      label: card.getAttribute('aria-label'),
      rect: { top: r.top, left: r.left, bottom: r.bottom, right: r.right },
    };
  });
}

/** Waits until the first highlighting pass has painted something. */
export async function waitForHighlights(page: Page, min = 1): Promise<void> {
  await page.waitForFunction((n) => (CSS.highlights.get('sourcelight-term')?.size ?? 0) >= n, min, {
    timeout: 15_000,
  });
}
