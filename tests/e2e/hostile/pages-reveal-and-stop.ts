/**
 * Fixture pages for tests/e2e/hostile/reveal-and-stop.test.ts: content revealed or hidden by an
 * attribute change (tabs, "read more", editors switched off), attribute storms, and pages that
 * stop loading with window.stop(). Built on the shared page-side harness of pages.ts.
 */
import { fixturePage, NONCE } from './pages';

const LEAD = `<h1 id="title">Kazakhstan, two years on</h1>
<p id="lead">President Tokayev met the CSTO council in Astana on Tuesday.</p>`;

/** Panels for the attribute storms: every second one starts hidden. */
const PANEL_COUNT = 100;
const PANELS = Array.from(
  { length: PANEL_COUNT },
  (_, i) =>
    `<div class="panel" id="panel-${i}"${i % 2 ? ' hidden' : ''}><p id="pp-${i}">Panel ${i}: analysts in Almaty said.</p></div>`,
).join('');

export const REVEAL_PAGES = {
  // Each element's id says what the page does to it; the test calls the page's functions.
  reveal: fixturePage({
    title: 'Tabs, accordions and read more',
    body: `${LEAD}
<div id="tab-1"><p id="t1">First tab: no names here.</p></div>
<div id="tab-2" hidden><p id="t2">Second tab: analysts in Almaty spoke.</p></div>
<div id="found" hidden="until-found"><p id="f1">Found on search: the EU asked for an inquiry.</p></div>
<p id="more">Read more <span id="more-tail" hidden>about the CSTO and Tokayev</span>.</p>
<div id="editor" contenteditable="true"><p id="e1">Drafted in an editor: Tokayev in Astana.</p></div>
<div id="to-hide"><p id="h1">A panel about to close: Almaty.</p></div>
<div id="to-edit"><p id="h2">A text about to become editable: the EU.</p></div>
<details id="details"><summary>Details</summary><p id="d1">Inside closed details: Astana.</p></details>`,
    script: `
      const $ = (id) => document.getElementById(id);
      window.__reveal = () => window.__pageDid(() => {
        $('tab-1').hidden = true;
        $('tab-2').hidden = false;
        $('found').removeAttribute('hidden');
        $('more-tail').hidden = false;
        $('editor').setAttribute('contenteditable', 'false');
        $('details').open = true;
      });
      window.__hide = () => window.__pageDid(() => {
        $('to-hide').hidden = true;
        $('to-edit').contentEditable = 'true';
        $('more-tail').hidden = true;
      });
      // Changes to other attributes, and to these that leave the element as skipped as it was.
      window.__noop = () => window.__pageDid(() => {
        $('tab-1').hidden = false;
        $('tab-1').hidden = true;
        $('tab-2').className = 'active';
        $('tab-2').style.color = 'navy';
        $('editor').setAttribute('aria-hidden', 'true');
        $('editor').setAttribute('aria-hidden', 'false');
        $('to-edit').setAttribute('contenteditable', 'plaintext-only');
      });`,
  }),

  // "First mention in each section" (the default): the first Almaty of the section sits in a
  // closed tab, so the later, visible one is underlined until the tab opens.
  revealFirstMention: fixturePage({
    title: 'First mention in a closed tab',
    body: `<h1 id="title">Kazakhstan, two years on</h1>
<div id="tab" hidden><p id="early">In the closed tab: Almaty first.</p></div>
<p id="later">Later in the section: Almaty again.</p>`,
    script: `window.__openTab = () => window.__pageDid(() => { document.getElementById('tab').hidden = false; });`,
  }),

  // Attribute storms: __startToggles(ms, kind) changes 1,000 attributes a second, either `hidden`
  // on the panels (what re-scans answer) or class and style (what they must ignore).
  toggles: fixturePage({
    title: 'A thousand attribute changes a second',
    body: `${LEAD}<div id="panels">${PANELS}</div>`,
    script: `
      window.__startToggles = (durationMs, kind) => new Promise((resolve) => {
        const panels = [...document.querySelectorAll('.panel')];
        let changes = 0;
        const start = performance.now();
        const timer = setInterval(() => {
          const elapsed = performance.now() - start;
          const due = Math.min(durationMs, elapsed) - changes;
          window.__pageDid(() => {
            for (let k = 0; k < due; k++) {
              const panel = panels[(changes * 7) % panels.length];
              if (kind === 'hidden') panel.hidden = !panel.hidden;
              else if (changes % 2) panel.classList.toggle('open');
              else panel.style.opacity = String((changes % 10) / 10);
              changes++;
            }
          });
          if (elapsed >= durationMs) {
            clearInterval(timer);
            // Each panel was toggled an even number of times: leave every third one changed, so
            // a highlighter that missed the storm shows the first state, not the last.
            if (kind === 'hidden')
              window.__pageDid(() => panels.forEach((p, i) => { if (i % 3 === 0) p.hidden = !p.hidden; }));
            resolve({ changes, ms: Math.round(performance.now() - start) });
          }
        }, 10);
      });`,
  }),
};

/** Where a server that stalls (a slow network) stops sending the stopped page. */
export const STALL = '<!--stall-->';

/**
 * A page that calls window.stop() while it is being parsed: the parser stops there (what follows
 * is never parsed), readyState becomes "complete", and neither DOMContentLoaded nor load fires.
 * The harness starts its mutation record at DOMContentLoaded, so the page starts it itself.
 */
export function stoppedPage(options: {
  /** null: at once, from an inline script; otherwise after this long (the page must still be loading). */
  stopAfterMs: number | null;
}): string {
  const stop = `
    const page = window.__page;
    page.bodyScript = true;
    page.stoppedAt = performance.now();
    window.stop();
    page.expectedText = document.body.textContent;
    const name = (n) => n.nodeName + (n.id ? '#' + n.id : '');
    new MutationObserver((list) => {
      for (const m of list)
        page.mutations.push({ type: m.type, target: name(m.target), attribute: m.attributeName,
          added: [...m.addedNodes].map(name), removed: [...m.removedNodes].map(name) });
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });`;
  const script =
    options.stopAfterMs === null ? stop : `setTimeout(() => {${stop}}, ${options.stopAfterMs});`;
  return fixturePage({
    title: 'Stopped while loading',
    body: `${LEAD}
<script nonce="${NONCE}">
  window.__page.events = [];
  for (const type of ['DOMContentLoaded', 'load'])
    window.addEventListener(type, () => window.__page.events.push(type));
  window.__page.firstHighlightAt = null;
  const seen = setInterval(() => {
    if ((CSS.highlights.get('sourcelight-term')?.size ?? 0) === 0) return;
    window.__page.firstHighlightAt = performance.now();
    clearInterval(seen);
  }, 5);
  ${script}
</script>
${STALL}
<p id="after">Never parsed: Almaty.</p>`,
  });
}

/**
 * The same page without the stop, for comparison: when its load event fires, and when the
 * first name is painted.
 */
export const LOADED_PAGE = fixturePage({
  title: 'Loaded',
  body: `${LEAD}
<script nonce="${NONCE}">
  window.__page.firstHighlightAt = null;
  window.addEventListener('load', () => { window.__page.loadedAt = performance.now(); });
  const seen = setInterval(() => {
    if ((CSS.highlights.get('sourcelight-term')?.size ?? 0) === 0) return;
    window.__page.firstHighlightAt = performance.now();
    clearInterval(seen);
  }, 5);
</script>`,
});
