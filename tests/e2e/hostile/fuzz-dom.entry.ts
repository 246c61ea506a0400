/**
 * Runs inside a plain Chromium page (bundled by esbuild in fuzz-dom.test.ts):
 * fast-check builds random DOM trees (inline and block elements, skipped and
 * editable contexts, hidden elements, text mixing names with punctuation,
 * emoji and lone surrogates), runs the real PageHighlighter over them with
 * the Highlight API, and checks the properties below. Returns a summary
 * (never throws across the page boundary).
 */
import fc from 'fast-check';
import { HIGHLIGHT_NAMES, PageHighlighter } from '../../../entrypoints/content/highlighter';
import { compileMatcher, matchTerms, type TermMatcher } from '../../../core/terms/match-terms';
import type { DictionaryEntry } from '../../../core/types';

type Tree =
  { kind: 'text'; text: string } | { kind: 'el'; tag: string; attrs: string[]; children: Tree[] };

const TAGS = [
  'p',
  'div',
  'section',
  'li',
  'h2',
  'td',
  'br',
  'span',
  'a',
  'b',
  'em',
  'strong',
  'sup',
  'bdi',
  'mark',
  'x-widget',
  'code',
  'pre',
  'kbd',
  'textarea',
  'input',
  'button',
  'select',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
];
const ATTRS = [
  'hidden',
  'contenteditable=true',
  'contenteditable=',
  'contenteditable=false',
  'contenteditable=plaintext-only',
  'role=textbox',
  'dir=rtl',
  'lang=kk',
  'class=x',
  'title=Tokayev',
];
const VOID = new Set(['br', 'input']);
const TEXT_ONLY = new Set(['textarea', 'script', 'style', 'select']);

/** Outside the extension's own rules, as the browser and the issue define them. */
const EXCLUDED =
  'script,style,noscript,template,textarea,input,select,option,button,code,pre,kbd,samp,var,svg,math,[hidden],[role=textbox]';

export interface FuzzSummary {
  property: string;
  runs: number;
  ranges: number;
  failed: boolean;
  counterexample?: string;
  error?: string;
  seed: number;
}

function textArb(names: string[]) {
  const piece = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...names) },
    {
      weight: 3,
      arbitrary: fc.constantFrom(' ', ' ', ', ', '. ', "'s ", '’s ', '-', '\u00a0', '\n', '(', ')'),
    },
    {
      weight: 2,
      arbitrary: fc.constantFrom('the', 'said', 'europe', 'EUROPE', 'Tok', 'ayev', 'turkey', 'ıİß'),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom('\uD800', '\uDC00', '🙂', '🇰🇿', '\u200f', '\u0301', '\u0000'),
    },
    { weight: 1, arbitrary: fc.string({ maxLength: 5 }) },
  );
  return fc.array(piece, { maxLength: 10 }).map((parts) => parts.join(''));
}

function treeArb(names: string[]) {
  const { node } = fc.letrec<{ node: Tree; text: Tree; el: Tree }>((tie) => ({
    node: fc.oneof({ depthSize: 'small', maxDepth: 6 }, tie('text'), tie('el')),
    text: textArb(names).map((text) => ({ kind: 'text' as const, text })),
    el: fc
      .record({
        tag: fc.constantFrom(...TAGS),
        attrs: fc.subarray(ATTRS, { maxLength: 2 }),
        children: fc.array(tie('node'), { maxLength: 5 }),
      })
      .map((x) => ({ kind: 'el' as const, ...x })),
  }));
  return fc.array(node, { minLength: 1, maxLength: 6 });
}

function build(doc: Document, parent: Node, trees: Tree[]): void {
  for (const t of trees) {
    if (t.kind === 'text') {
      parent.appendChild(doc.createTextNode(t.text));
      continue;
    }
    const el = doc.createElement(t.tag);
    for (const a of t.attrs) {
      const [name, value = ''] = a.split('=');
      el.setAttribute(name!, value);
    }
    // Never run: these scripts are data.
    if (t.tag === 'script') el.setAttribute('type', 'application/json');
    if (t.tag === 'input') {
      el.setAttribute('value', t.children.map((c) => (c.kind === 'text' ? c.text : '')).join(''));
    } else if (TEXT_ONLY.has(t.tag)) {
      el.textContent = t.children.map((c) => (c.kind === 'text' ? c.text : '')).join('');
    } else if (!VOID.has(t.tag)) {
      build(doc, el, t.children);
    }
    parent.appendChild(el);
  }
}

const tick = () => new Promise((r) => setTimeout(r, 0));

async function settle(h: PageHighlighter, waitForMutations: boolean): Promise<void> {
  // Mutation batches are debounced (120 ms); then the queue runs in slices.
  if (waitForMutations) await new Promise((r) => setTimeout(r, 160));
  for (let i = 0; i < 2000 && !h.stats.done; i++) await tick();
  if (!h.stats.done) throw new Error('highlighting did not finish');
}

/** Checks every range in the registry: valid, in the document, outside excluded contexts, a whole name. */
function checkRanges(matcher: TermMatcher, root: Element, h: PageHighlighter): number {
  let count = 0;
  const seen = new Map<Node, Set<string>>();
  for (const name of Object.values(HIGHLIGHT_NAMES)) {
    const h = CSS.highlights.get(name);
    if (!h) continue;
    for (const r of h as unknown as Iterable<AbstractRange>) {
      count++;
      for (const node of [r.startContainer, r.endContainer]) {
        if (node.nodeType !== Node.TEXT_NODE) throw new Error('range not in text');
        if (!node.isConnected || !root.contains(node)) throw new Error('range outside the page');
        const el = node.parentElement!;
        const excluded = el.closest(EXCLUDED);
        if (excluded) throw new Error(`range inside <${excluded.localName}>`);
        if (el.isContentEditable) throw new Error('range inside an editable region');
      }
      // No range twice (a duplicate is a match registered again without dropping the old one).
      const key = `${r.startOffset}:${r.endOffset}`;
      const keys = seen.get(r.startContainer) ?? new Set<string>();
      if (name !== HIGHLIGHT_NAMES.hover && keys.has(key)) throw new Error('duplicate range');
      keys.add(key);
      seen.set(r.startContainer, keys);
      if (
        r.startOffset > (r.startContainer as Text).length ||
        r.endOffset > (r.endContainer as Text).length
      )
        throw new Error('range offsets out of bounds');
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      const text = range.toString();
      const again = matchTerms(text, matcher);
      if (again.length !== 1 || again[0]!.start !== 0 || again[0]!.end !== text.length)
        throw new Error(`range text ${JSON.stringify(text)} is not one whole name`);
    }
  }
  // The match table holds exactly what is painted.
  const painted = CSS.highlights.get(HIGHLIGHT_NAMES.underline)?.size ?? 0;
  if (h.stats.matches !== painted)
    throw new Error(`${h.stats.matches} matches, ${painted} painted`);
  return count;
}

function registryEmpty(): boolean {
  return Object.values(HIGHLIGHT_NAMES).every((n) => !CSS.highlights.has(n));
}

export async function runDomFuzz(options: {
  dictionary: DictionaryEntry[];
  numRuns: number;
  mutationRuns: number;
  seed: number;
}): Promise<FuzzSummary[]> {
  const matcher = compileMatcher(options.dictionary);
  const names = [...new Set(options.dictionary.flatMap((t) => t.variants))].slice(0, 60);
  const root = document.getElementById('root')!;
  const summaries: FuzzSummary[] = [];
  let ranges = 0;

  // 1. Highlight, check, switch off: DOM identical, registry empty, nothing thrown.
  const highlightThenDisable = fc.asyncProperty(treeArb(names), async (trees) => {
    root.replaceChildren();
    build(document, root, trees);
    const before = root.innerHTML;
    const h = new PageHighlighter({
      doc: document,
      matcher,
      ownHost: () => null,
      style: 'underline',
    });
    try {
      h.start();
      await settle(h, false);
      ranges += checkRanges(matcher, root, h);
    } finally {
      h.stop();
    }
    if (!registryEmpty()) throw new Error('highlights left after stop');
    if (root.innerHTML !== before) throw new Error('DOM changed');
  });

  // 2. The same with random page mutations while highlighting is on (the re-scan path).
  const mutationArb = fc.array(
    fc.record({
      op: fc.constantFrom('append', 'remove', 'settext', 'wrap', 'edit'),
      at: fc.nat(),
      text: textArb(names),
    }),
    { minLength: 1, maxLength: 6 },
  );
  const withMutations = fc.asyncProperty(treeArb(names), mutationArb, async (trees, ops) => {
    root.replaceChildren();
    build(document, root, trees);
    const h = new PageHighlighter({
      doc: document,
      matcher,
      ownHost: () => null,
      style: 'underline',
    });
    let after: string;
    try {
      h.start();
      await settle(h, false);
      for (const { op, at, text } of ops) {
        const all = [root, ...root.querySelectorAll('*')].filter((e) => !VOID.has(e.localName));
        const target = all[at % all.length]!;
        const nodes = [...root.querySelectorAll('*')].flatMap((e) => [...e.childNodes]);
        if (op === 'append') target.append(text);
        else if (op === 'remove' && nodes.length > 0) nodes[at % nodes.length]!.remove();
        else if (op === 'settext') target.textContent = text;
        else if (op === 'wrap') {
          const p = document.createElement(at % 2 ? 'p' : 'span');
          p.append(text);
          target.append(p);
        } else if (op === 'edit') {
          const texts = nodes.filter((n): n is Text => n.nodeType === Node.TEXT_NODE);
          if (texts.length > 0) texts[at % texts.length]!.data = text;
        }
      }
      after = root.innerHTML;
      await settle(h, true);
      ranges += checkRanges(matcher, root, h);
    } finally {
      h.stop();
    }
    if (!registryEmpty()) throw new Error('highlights left after stop');
    if (root.innerHTML !== after) throw new Error('DOM changed');
  });

  for (const [property, prop, numRuns] of [
    ['highlight then disable', highlightThenDisable, options.numRuns],
    ['page mutations while highlighting', withMutations, options.mutationRuns],
  ] as const) {
    ranges = 0;
    const result = await fc.check(prop as fc.IAsyncProperty<unknown[]>, {
      numRuns,
      seed: options.seed,
    });
    summaries.push({
      property,
      runs: result.numRuns,
      ranges,
      failed: result.failed,
      counterexample: result.counterexample
        ? fc.stringify(result.counterexample).slice(0, 2000)
        : undefined,
      error:
        result.errorInstance instanceof Error
          ? String(result.errorInstance)
          : result.errorInstance
            ? JSON.stringify(result.errorInstance)
            : undefined,
      seed: options.seed,
    });
  }
  return summaries;
}

(window as unknown as { runDomFuzz: typeof runDomFuzz }).runDomFuzz = runDomFuzz;
