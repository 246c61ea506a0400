/**
 * Hostile and unusual fixture pages, built as strings so every page shares one
 * page-side harness (inline, with a nonce, so it runs under a strict CSP too).
 *
 * The harness records, in the page's own world:
 * - every DOM mutation from DOMContentLoaded on (the content script runs at
 *   document_idle, after it), except those the page's own scripts make inside
 *   `__pageDid(fn)` (taken off the observer's queue synchronously, so they
 *   cannot be confused with the extension's, which run in other tasks);
 * - `document.body.textContent` at DOMContentLoaded, the text to compare with;
 * - pointer, key and click events reaching the page's own listeners;
 * - CSP violations.
 */

export const NONCE = 'hostile';

const HARNESS = `
(() => {
  const page = (window.__page = { ran: true, bodyScript: false, pointer: 0, keys: 0, clicks: 0,
    textAtLoad: null, expectedText: null, mutations: [], own: 0, violations: [] });
  document.addEventListener('pointermove', () => page.pointer++);
  document.addEventListener('keydown', () => page.keys++);
  document.addEventListener('click', () => page.clicks++);
  document.addEventListener('securitypolicyviolation', (e) => page.violations.push(e.violatedDirective + ' ' + e.blockedURI));
  const name = (n) => n.nodeName + (n.id ? '#' + n.id : '');
  const record = (list) => {
    for (const m of list)
      page.mutations.push({ type: m.type, target: name(m.target), attribute: m.attributeName,
        added: [...m.addedNodes].map(name), removed: [...m.removedNodes].map(name) });
  };
  let observer = null;
  window.__pageDid = (fn) => {
    if (observer) record(observer.takeRecords());
    try { return fn(); } finally { if (observer) page.own += observer.takeRecords().length; }
  };
  document.addEventListener('DOMContentLoaded', () => {
    page.textAtLoad = document.body ? document.body.textContent : null;
    observer = new MutationObserver(record);
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
})();
`;

const BASE_STYLE = `body{font:18px/1.6 Georgia,serif;max-width:720px;margin:32px auto;padding:0 16px;color:#222;background:#fff}`;

export function fixturePage(options: {
  title: string;
  body: string;
  /** The page's own script, run at the end of <body> (before DOMContentLoaded). */
  script?: string;
  style?: string;
  /** Whether to add the base <style> (a strict CSP page must not have one it cannot apply). */
  baseStyle?: boolean;
  htmlAttributes?: string;
}): string {
  const style = [options.baseStyle === false ? '' : BASE_STYLE, options.style ?? '']
    .join('\n')
    .trim();
  return `<!doctype html>
<html lang="en" ${options.htmlAttributes ?? ''}>
<head><meta charset="utf-8"><title>${options.title}</title>
<script nonce="${NONCE}">${HARNESS}</script>
${style ? `<style>${style}</style>` : ''}
</head>
<body>
${options.body}
<script nonce="${NONCE}">
${options.script ?? ''}
window.__page.bodyScript = true;
</script>
</body>
</html>`;
}

const ARTICLE = `
<h1 id="h1">Kazakhstan, two years on</h1>
<p id="p1">President Tokayev met the CSTO council in Astana on Tuesday.</p>
<p id="p2">Analysts in Almaty said the EU had asked for an inquiry.</p>`;

/** Filler made of words that are not names (checked against the seed dictionary). */
const FILLER = 'the quick brown fox jumps over the lazy dog near the river stone. ';

export const PAGES = {
  restyled: fixturePage({
    title: 'Everything unset',
    style: '* { all: unset !important; } html, body { display: block !important; }',
    body: ARTICLE,
  }),

  overlay: fixturePage({
    title: 'Huge z-index overlays',
    style: `
      #veil { position: fixed; inset: 0; z-index: 2147483647; pointer-events: none; background: rgba(0,0,0,0.02); }
      #banner { position: fixed; left: 0; right: 0; bottom: 0; height: 160px; z-index: 2147483647; background: #113; color: #fff; padding: 12px; }
      main { position: relative; z-index: 999999; }`,
    body: `<main>${ARTICLE}</main>
      <div id="veil"></div>
      <div id="banner"><p id="banner-text">Cookie notice from Almaty: <button id="accept">Accept</button></p></div>`,
    script: `document.getElementById('accept').addEventListener('click', () => { window.__page.accepted = true; });`,
  }),

  transformed: fixturePage({
    title: 'Transformed body',
    style:
      'body { transform: translate(30px, 20px) scale(0.9) rotate(-1.5deg); transform-origin: 0 0; }',
    body: ARTICLE,
  }),

  // Served with `Content-Security-Policy: default-src 'none'; script-src 'nonce-hostile'`:
  // no page style, no images, no connections; only the nonce'd scripts run.
  csp: fixturePage({ title: 'Strict CSP', baseStyle: false, body: ARTICLE }),

  shadow: fixturePage({
    title: 'Web components',
    body: `${ARTICLE}
      <news-card id="wc"><span slot="lead" id="slotted">The CSTO, slotted from the light DOM.</span></news-card>`,
    script: `
      customElements.define('news-card', class extends HTMLElement {
        constructor() {
          super();
          const root = this.attachShadow({ mode: 'open' });
          const p = document.createElement('p');
          p.id = 'inside';
          p.textContent = 'Tokayev, inside a shadow root, in Almaty.';
          const slot = document.createElement('slot');
          slot.name = 'lead';
          const button = document.createElement('button');
          button.id = 'like';
          button.textContent = 'Like';
          button.addEventListener('click', () => { window.__page.likes = (window.__page.likes || 0) + 1; });
          root.append(p, slot, button);
        }
      });`,
  }),

  sameOriginFrame: fixturePage({
    title: 'Same-origin iframe',
    body: `${ARTICLE}<iframe id="frame" src="/frame-inner.html" width="640" height="200"></iframe>`,
  }),

  // The cross-origin frame's src is filled in by the test (a second server, another port).
  crossOriginFrame: (frameUrl: string) =>
    fixturePage({
      title: 'Cross-origin iframe',
      body: `${ARTICLE}<iframe id="frame" src="${frameUrl}" width="640" height="200"></iframe>`,
    }),

  frameInner: fixturePage({
    title: 'Framed article',
    body: `<p id="fp">In the frame: Tokayev spoke of the CSTO.</p>`,
    style: 'body{margin:8px}',
  }),

  // One text node of 10 MB (the HTML parser would split it, so the page builds it).
  bigTextNode: fixturePage({
    title: 'One 10 MB text node',
    body: `<p id="p1">President Tokayev in the first paragraph.</p><p id="big"></p>`,
    script: `
      window.__page.longtasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__page.longtasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
      const parts = [];
      let names = 0;
      const target = 10 * 1024 * 1024;
      let length = 0;
      for (let i = 0; length < target; i++) {
        const s = i % 100 === 50 ? 'Tokayev met the CSTO. ' : ${JSON.stringify(FILLER)};
        if (i % 100 === 50) names += 2;
        parts.push(s);
        length += s.length;
      }
      document.getElementById('big').append(document.createTextNode(parts.join('')));
      window.__page.expectedNames = names + 1;
      window.__page.builtAt = performance.now();`,
  }),

  // 200,000 text nodes in one block (one flow: the worst case), names split across nodes.
  manyNodes: fixturePage({
    title: '200,000 tiny text nodes',
    body: `<div id="many"></div>`,
    script: `
      const div = document.getElementById('many');
      const frag = document.createDocumentFragment();
      let names = 0;
      for (let i = 0; i < 200000; i++) {
        const k = i % 1000;
        const s = k === 500 ? 'Tok' : k === 501 ? 'ayev ' : 'w' + (i % 7) + ' ';
        if (k === 500) names++;
        frag.append(document.createTextNode(s));
      }
      div.append(frag);
      window.__page.expectedNames = names;
      window.__page.textNodes = div.childNodes.length;`,
  }),

  deep: fixturePage({
    title: '5,000-deep nesting',
    body: `<div id="root"></div>`,
    script: `
      let el = document.getElementById('root');
      for (let i = 0; i < 5000; i++) {
        const child = document.createElement(i < 2500 ? 'div' : 'span');
        el.append(child);
        el = child;
      }
      el.id = 'deepest';
      el.append('Tokayev met the CSTO at depth 5000.');
      window.__page.depth = 5000;`,
  }),

  rtl: fixturePage({
    title: 'Right-to-left and mixed scripts',
    body: `
      <p id="ar" dir="rtl" lang="ar">قال الرئيس Tokayev إن منظمة CSTO أنهت مهمتها في Almaty يوم الثلاثاء.</p>
      <p id="he" dir="rtl" lang="he">הנשיא Tokayev נפגש עם נציגי ה-EU באסטנה.</p>
      <p id="bdo">Reversed: <bdo dir="rtl">Tokayev</bdo> and <bdi>Astana</bdi>.</p>
      <p id="mixed">Astana (Астана, 阿斯塔纳) hosted Токаев; Tokayev spoke in Kazakh: Тоқаев.</p>
      <p id="marks">Directional marks: \u200fTokayev\u200f and \u200eCSTO\u200e.</p>`,
  }),

  emoji: fixturePage({
    title: 'Emoji and unpaired surrogates',
    body: `
      <p id="emoji">🇰🇿 Tokayev👍 met 👨‍👩‍👧 the CSTO🙂 in Astana 🏙️.</p>
      <p id="lone"></p>`,
    script: `
      // Lone surrogates cannot be written in HTML (the parser replaces them); scripts can make them.
      document.getElementById('lone').append('\\uD83DTokayev and CSTO\\uDE00, Almaty\\uD800 \\uDFFF EU');`,
  }),

  // The storm itself starts when the test calls __startStorm(ms), so it can be measured.
  storm: fixturePage({
    title: 'A thousand mutations a second',
    body: `${ARTICLE}<div id="storm">${Array.from(
      { length: 5 },
      (_, i) => `<p id="ticker-${i}">Ticker ${i}: waiting</p>`,
    ).join('')}<div id="feed"></div></div>`,
    script: `
      window.__startStorm = (durationMs) => new Promise((resolve) => {
        const page = window.__page;
        const feed = document.getElementById('feed');
        const tickers = [0, 1, 2, 3, 4].map((i) => document.getElementById('ticker-' + i).firstChild);
        page.stormMutations = 0;
        page.stormHighlightSeenMs = null;
        const start = performance.now();
        let lastCheck = 0;
        const seen = () => {
          const h = CSS.highlights.get('sourcelight-term');
          if (!h) return false;
          for (const r of h) if (r.startContainer.isConnected && feed.contains(r.startContainer)) return true;
          return false;
        };
        const timer = setInterval(() => {
          const elapsed = performance.now() - start;
          const due = Math.min(durationMs, elapsed) - page.stormMutations;
          window.__pageDid(() => {
            for (let k = 0; k < due; k++) {
              const n = page.stormMutations++;
              if (n % 10 === 0) {
                const p = document.createElement('p');
                p.textContent = 'Bulletin ' + n + ': the CSTO said Tokayev would speak.';
                feed.append(p);
                if (feed.childElementCount > 40) feed.firstElementChild.remove();
              } else {
                tickers[n % 5].data = 'Ticker ' + (n % 5) + ': Almaty index ' + n;
              }
            }
          });
          if (page.stormHighlightSeenMs === null && elapsed - lastCheck > 100) {
            lastCheck = elapsed;
            if (seen()) page.stormHighlightSeenMs = Math.round(elapsed);
          }
          if (elapsed >= durationMs) {
            clearInterval(timer);
            page.expectedText = document.body.textContent;
            resolve({ mutations: page.stormMutations, ms: Math.round(performance.now() - start) });
          }
        }, 10);
      });`,
  }),

  // Replaces document.body once the extension has highlighted the first one.
  spa: fixturePage({
    title: 'Single-page app',
    body: ARTICLE,
    script: `
      const swap = () => {
        window.__pageDid(() => {
          const body = document.createElement('body');
          const h = document.createElement('h1');
          h.id = 'new-h1';
          h.textContent = 'Second view';
          const p = document.createElement('p');
          p.id = 'new-p';
          p.textContent = 'A new view: Almaty and the European Union.';
          body.append(h, p);
          document.documentElement.replaceChild(body, document.body);
        });
        window.__page.swapped = true;
        window.__page.expectedText = document.body.textContent;
      };
      const started = performance.now();
      const wait = () => {
        const painted = (CSS.highlights.get('sourcelight-term')?.size ?? 0) > 0;
        if (painted || performance.now() - started > 15000) swap();
        else setTimeout(wait, 50);
      };
      setTimeout(wait, 50);`,
  }),

  // Deletes the extension's card host the first time it appears (as pages that own <html> do).
  hostRemoval: fixturePage({
    title: 'Removes foreign elements',
    body: ARTICLE,
    script: `
      new MutationObserver((list) => {
        for (const m of list)
          for (const n of m.addedNodes)
            if (n.nodeName === 'SOURCELIGHT-CARD' && !window.__page.removedHost)
              setTimeout(() => {
                window.__pageDid(() => n.remove());
                window.__page.removedHost = true;
              }, 400);
      }).observe(document.documentElement, { childList: true });`,
  }),

  aboutBlankFrame: fixturePage({
    title: 'about:blank iframe',
    body: `${ARTICLE}<iframe id="blank" width="640" height="120"></iframe>`,
    script: `
      const doc = document.getElementById('blank').contentDocument;
      const p = doc.createElement('p');
      p.id = 'in-blank';
      p.textContent = 'Written into about:blank: Tokayev and the CSTO.';
      doc.body.append(p);`,
  }),

  designMode: fixturePage({
    title: 'designMode',
    body: ARTICLE,
    script: `document.designMode = 'on';`,
  }),

  // An XHTML document (application/xhtml+xml): an HTML root, highlighted like any page.
  xhtml: `<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head><title>XHTML</title><script><![CDATA[${HARNESS}]]></script>
<style>body{font:18px/1.6 Georgia,serif;max-width:720px;margin:32px auto}</style></head>
<body>${ARTICLE}<script><![CDATA[ window.__page.bodyScript = true; ]]></script></body>
</html>`,

  // An SVG document served over http: the content script runs but has no HTML root for its card,
  // so it stands down (it used to highlight the SVG text and throw on hover).
  svg: `<?xml version="1.0" encoding="utf-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="900" height="300" viewBox="0 0 900 300">
  <text id="t" x="20" y="60" font-size="32">President Tokayev met the CSTO in Astana.</text>
  <script>window.__svgScript = true;</script>
</svg>`,

  // A page with its own Highlight API search (as in MDN's example): every keystroke clears the
  // whole registry, Sourcelight's highlights included, then sets its own.
  highlightClear: fixturePage({
    title: 'Own highlights',
    body: `<p><input id="q" placeholder="Find in page" /> <span id="status">0 results</span></p>${ARTICLE}`,
    script: `
      const q = document.getElementById('q');
      q.addEventListener('input', () => {
        CSS.highlights.clear();
        const ranges = [];
        const needle = q.value.toLowerCase();
        if (needle) {
          const walker = document.createTreeWalker(document.getElementById('p1'), NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const text = n.data.toLowerCase();
            for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) {
              const r = new Range();
              r.setStart(n, i);
              r.setEnd(n, i + needle.length);
              ranges.push(r);
            }
          }
        }
        CSS.highlights.set('page-search', new Highlight(...ranges));
        window.__pageDid(() => { document.getElementById('status').textContent = ranges.length + ' results'; });
        window.__page.searches = (window.__page.searches || 0) + 1;
        window.__page.expectedText = document.body.textContent;
      });`,
  }),

  // Replaces the root element itself once the first page is highlighted (some page-swapping
  // libraries do; an observer on the old <html> would see nothing after that).
  rootSwap: fixturePage({
    title: 'Root element replaced',
    body: ARTICLE,
    script: `
      const swap = () => {
        window.__pageDid(() => {
          const html = document.createElement('html');
          const body = document.createElement('body');
          const p = document.createElement('p');
          p.id = 'new-p';
          p.textContent = 'After the swap: Almaty and the European Union.';
          body.append(p);
          html.append(body);
          document.replaceChild(html, document.documentElement);
        });
        window.__page.swapped = true;
        window.__page.expectedText = document.body.textContent;
      };
      const wait = () => ((CSS.highlights.get('sourcelight-term')?.size ?? 0) > 0 ? swap() : setTimeout(wait, 50));
      setTimeout(wait, 50);`,
  }),

  // document.open() + write() after load: a whole new page in the same document.
  docOpen: fixturePage({
    title: 'document.open after load',
    body: ARTICLE,
    script: `
      const rewrite = () => {
        window.__pageDid(() => {
          document.open();
          document.write('<!doctype html><html><body><p id="new-p">Rewritten: Almaty and the European Union.</p></body></html>');
          document.close();
        });
        window.__page.swapped = true;
        window.__page.expectedText = document.body.textContent;
      };
      const wait = () => ((CSS.highlights.get('sourcelight-term')?.size ?? 0) > 0 ? rewrite() : setTimeout(wait, 50));
      setTimeout(wait, 50);`,
  }),

  // Swallows pointer and key events at the earliest point (window, capture phase), as drag
  // libraries and canvas apps do; the page's own listener still counts them.
  swallowsEvents: fixturePage({
    title: 'Swallows events',
    body: ARTICLE,
    script: `
      window.__page.swallowed = 0;
      for (const type of ['pointermove', 'pointerover', 'mousemove', 'keydown'])
        window.addEventListener(type, (e) => { window.__page.swallowed++; e.stopPropagation(); }, true);`,
  }),

  // Defines Sourcelight's own host tag as its element, with a closed shadow root.
  tagCollision: fixturePage({
    title: 'Our tag taken',
    body: ARTICLE,
    script: `
      customElements.define('sourcelight-card', class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'closed' }).textContent = 'The page owns this element.';
          window.__page.constructed = (window.__page.constructed || 0) + 1;
        }
      });`,
  }),

  // Names in a menu hidden by CSS (as mobile menus and dropdowns are) before the visible ones.
  cssHidden: fixturePage({
    title: 'Hidden menu',
    style: '#menu { display: none; } .spacer { height: 1600px; }',
    body: `<nav id="menu"><a href="#">Tokayev</a> <a href="#">CSTO</a></nav>
      <div class="spacer"></div>
      <p id="far">Far down the page, Tokayev met the CSTO.</p>`,
  }),

  // 20,000 highlighted blocks; the page then changes 50 scattered rows at a time.
  manyBlocks: fixturePage({
    title: '20,000 highlighted rows',
    body: `<div id="rows"></div>`,
    script: `
      const rows = document.getElementById('rows');
      for (let i = 0; i < 20000; i++) {
        const p = document.createElement('p');
        p.textContent = 'Row ' + i + ': Tokayev met the CSTO.';
        rows.append(p);
      }
      window.__changeRows = (k) => window.__pageDid(() => {
        for (let j = 0; j < 50; j++)
          rows.children[(j * 397 + k * 13) % 20000].textContent = 'Changed ' + k + ': Almaty and Astana.';
        window.__page.expectedText = document.body.textContent;
      });`,
  }),

  /** For data: and file: URLs. */
  plain: fixturePage({ title: 'Not http', body: ARTICLE }),
} as const;

export const CSP_HEADER = `default-src 'none'; script-src 'nonce-${NONCE}'`;
