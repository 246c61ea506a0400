/**
 * Hostile pages for the hover card, second round (issue 16, items 2, 3, 4, 5 and 8). Built
 * with the shared page harness (see pages.ts), which records the page's own events and every
 * DOM mutation.
 */
import { fixturePage } from './pages';

const ARTICLE = `
<h1 id="h1">Kazakhstan, two years on</h1>
<p id="p1">President Tokayev met the CSTO council in Astana on Tuesday.</p>
<p id="p2">Analysts in Almaty said the EU had asked for an inquiry.</p>`;

/** Filler made of words that are not names (checked against the seed dictionary). */
const FILLER = 'the quick brown fox jumps over the lazy dog near the river stone. ';

/** A root style that makes <html> the containing block of fixed elements, or zooms it. */
export const ROOT_STYLES = {
  transform: 'transform: translateX(0)',
  'will-change': 'will-change: transform',
  contain: 'contain: paint',
  zoom: 'zoom: 2',
} as const;

export const CARD_PAGES = {
  // Stops every pointer and key event at the earliest point the page can reach (its own
  // capture listener on window, added by its first script) with stopImmediatePropagation(),
  // so that no other listener on the window runs; counts what it stopped.
  stopsImmediately: fixturePage({
    title: 'Stops events immediately',
    body: ARTICLE,
    script: `
      window.__page.stopped = 0;
      for (const type of ['pointermove', 'pointerover', 'mousemove', 'pointerdown', 'keydown', 'keyup'])
        window.addEventListener(type, (e) => { window.__page.stopped++; e.stopImmediatePropagation(); }, true);`,
  }),

  // Names inside a modal dialog, opened on load: the dialog is in the top layer and the rest
  // of the page is inert.
  modalDialog: fixturePage({
    title: 'Modal dialog',
    style:
      'dialog { width: 640px; font: 18px/1.6 Georgia, serif; } dialog::backdrop { background: rgba(0,0,0,.4); }',
    body: `${ARTICLE}
      <dialog id="dlg"><h2>A dialog</h2><p id="d1">In the dialog: President Tokayev met the CSTO council in Astana.</p>
      <p id="d2">${FILLER.repeat(3)}</p><button id="dlg-ok">OK</button></dialog>`,
    script: `
      document.getElementById('dlg').showModal();
      document.getElementById('dlg').addEventListener('close', () => { window.__page.dialogClosed = true; });`,
  }),

  // <html> with a transform, will-change, contain or zoom; tall, so that the test can scroll
  // (a fixed element positioned against a transformed <html> moves with the page).
  rootStyled: (style: string) =>
    fixturePage({
      title: 'Styled root',
      htmlAttributes: `style="${style}"`,
      body: `<p id="top">${FILLER.repeat(30)}</p>${ARTICLE}<p id="bottom">${FILLER.repeat(60)}</p>`,
    }),

  // Names no pointer reaches: news cards made clickable by a stretched link (an ::after
  // covering the card) or a full-card link element, and a pointer-events: none caption over
  // its photo. Control: a name under an opaque cookie banner must stay quiet.
  unreachable: fixturePage({
    title: 'Overlays',
    style: `
      .card { position: relative; border: 1px solid #ccc; padding: 8px; margin: 16px 0; }
      .card h3 { margin: 0; }
      .stretched::after { content: ''; position: absolute; inset: 0; }
      .cover { position: absolute; inset: 0; z-index: 1; }
      figure { position: relative; margin: 16px 0; width: 600px; }
      .photo { height: 140px; background: linear-gradient(#567, #234); }
      figcaption { position: absolute; left: 8px; bottom: 8px; color: #fff; pointer-events: none; }
      #banner { position: fixed; left: 0; right: 0; bottom: 0; height: 170px; background: #fff; border-top: 1px solid #000; }`,
    // Each case under its own heading: with "first mention in each section" (the default),
    // a repeated name is underlined only once per section.
    body: `
      <h2>Stretched link</h2>
      <div class="card"><h3><a class="stretched" href="#s">A long read</a></h3>
        <p id="s1">President Tokayev met the CSTO council on Tuesday.</p></div>
      <h2>Full-card link</h2>
      <div class="card"><a class="cover" href="#c" aria-label="Open"></a>
        <p id="c1">Analysts in Almaty said the EU had asked for an inquiry.</p></div>
      <h2>Photo</h2>
      <figure><div class="photo"></div><figcaption id="f1">Photo: Tokayev in Astana</figcaption></figure>
      <p id="filler">${FILLER.repeat(6)}</p>
      <h2>Banner</h2>
      <p id="under">Under the banner: Tokayev in Almaty.</p>
      <p>${FILLER.repeat(30)}</p>
      <div id="banner"><p>${FILLER}</p></div>`,
  }),

  // A plain article, for the page's synthetic events.
  article: fixturePage({ title: 'Article', body: ARTICLE }),
};
