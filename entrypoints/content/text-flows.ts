/**
 * Reads a page's text as "flows": the text of one block with its inline
 * descendants joined, so a name split across inline tags
 * (`<a>Kassym-Jomart</a> Tokayev`) is matched as one. Read-only: nothing
 * here changes the DOM.
 */

/** Inline elements whose text continues the surrounding flow. */
const INLINE = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'label',
  'mark',
  'nobr',
  'q',
  's',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'wbr',
]);

/**
 * Never read (and so never highlighted): code, scripts, form fields and
 * controls, embedded content. Editable regions are checked separately.
 */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'optgroup',
  'datalist',
  'button',
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'tt-code',
  'svg',
  'math',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'head',
  'title',
  'meta',
  'link',
]);

export interface TextFlow {
  /** The block element the flow belongs to (used to re-scan it when it changes). */
  block: Element;
  nodes: Text[];
  /** Offset of each node's first character within `text`. */
  offsets: number[];
  text: string;
}

/**
 * The attributes whose value makes an element skipped. A change to one can reveal text (a tab
 * shown with `hidden = false`, an editor switched off) or hide it, so the page observer watches
 * these, and only these. Text hidden by CSS alone (`display: none`, a closed `<details>`) is read
 * like any other, its highlights not painted until it shows, so `open` is not watched; `inert`
 * and `aria-hidden` text is visible and read too.
 */
export const SKIP_ATTRIBUTES = ['hidden', 'contenteditable', 'role'] as const;

const SKIPPED_ROLES = new Set(['textbox', 'code', 'searchbox']);

/** Whether an attribute of SKIP_ATTRIBUTES with this value (null: absent) makes its element skipped. */
export function skipsByAttribute(name: string, value: string | null): boolean {
  if (value === null) return false;
  if (name === 'hidden') return true; // Also hidden="until-found": read once the page reveals it.
  if (name === 'contenteditable') return value !== 'false';
  return name === 'role' && SKIPPED_ROLES.has(value);
}

/** Whether the element (and so its subtree) must not be read or highlighted. */
export function isSkippedElement(el: Element, ownHost: Element | null): boolean {
  if (el === ownHost) return true;
  if (SKIPPED.has(el.localName)) return true;
  for (const name of SKIP_ATTRIBUTES)
    if (skipsByAttribute(name, el.getAttribute(name))) return true;
  return false;
}

/** True if the node sits inside a skipped element or an editable region (checked on the way up). */
export function isInSkippedContext(node: Node, ownHost: Element | null): boolean {
  for (let el = node instanceof Element ? node : node.parentElement; el; el = el.parentElement) {
    if (isSkippedElement(el, ownHost)) return true;
  }
  return false;
}

export function isInlineElement(el: Element): boolean {
  return INLINE.has(el.localName);
}

/** The nearest ancestor (or self) that starts a flow. */
export function blockOf(node: Node): Element | null {
  let el = node instanceof Element ? node : node.parentElement;
  while (el && isInlineElement(el)) el = el.parentElement;
  return el;
}

const HAS_LETTER = /[\p{L}\p{N}]/u;

/**
 * Yields the flows under `root` in document order. A generator so the
 * caller can stop between flows when its time slice is used up.
 */
export function* walkFlows(root: Element, ownHost: Element | null): Generator<TextFlow> {
  for (const flow of walkFlowSteps(root, ownHost)) if (flow) yield flow;
}

/** Nodes visited between two pauses of `walkFlowSteps` (a few ms of work). */
const STEP_NODES = 2048;

/**
 * `walkFlows` that also yields `null` every `step` nodes, so a caller on a
 * time budget can pause inside a block of very many nodes (one flow of
 * 200,000 text nodes took ~100-300 ms to gather in one go).
 */
export function* walkFlowSteps(
  root: Element,
  ownHost: Element | null,
  step = STEP_NODES,
): Generator<TextFlow | null> {
  let visited = 0;
  let nodes: Text[] = [];
  let offsets: number[] = [];
  let parts: string[] = [];
  let length = 0;
  let hasLetter = false;
  const blocks: Element[] = [root];

  const flush = (): TextFlow | null => {
    const flow: TextFlow | null =
      hasLetter && nodes.length > 0
        ? { block: blocks[blocks.length - 1]!, nodes, offsets, text: parts.join('') }
        : null;
    if (nodes.length > 0) {
      nodes = [];
      offsets = [];
      parts = [];
      length = 0;
      hasLetter = false;
    }
    return flow;
  };

  let node: Node | null = root.firstChild;
  while (node) {
    if (++visited % step === 0) yield null;
    let descend = false;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data.length > 0 && (nodes.length > 0 || data.trim().length > 0)) {
        nodes.push(node as Text);
        offsets.push(length);
        parts.push(data);
        length += data.length;
        if (!hasLetter && HAS_LETTER.test(data)) hasLetter = true;
      }
    } else if (node.nodeType === 1) {
      const el = node as Element;
      if (isSkippedElement(el, ownHost)) {
        const flow = flush();
        if (flow) yield flow;
      } else if (isInlineElement(el)) {
        descend = true;
      } else {
        const flow = flush();
        if (flow) yield flow;
        if (el.firstChild) {
          blocks.push(el);
          descend = true;
        }
      }
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    // Climb until a next sibling; leaving a block ends its flow.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node === blocks[blocks.length - 1] && node !== root) {
        const flow = flush();
        if (flow) yield flow;
        blocks.pop();
      }
    }
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  const last = flush();
  if (last) yield last;
}

/** Maps a `[start, end)` range of a flow's text to DOM positions. */
export function flowRange(
  flow: TextFlow,
  start: number,
  end: number,
): {
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
  /** The flow's nodes the range covers. */
  nodes: Text[];
} | null {
  const i = nodeIndexAt(flow.offsets, start, false);
  const j = nodeIndexAt(flow.offsets, end, true);
  const startNode = flow.nodes[i];
  const endNode = flow.nodes[j];
  if (!startNode || !endNode) return null;
  return {
    startContainer: startNode,
    startOffset: start - flow.offsets[i]!,
    endContainer: endNode,
    endOffset: end - flow.offsets[j]!,
    nodes: flow.nodes.slice(i, j + 1),
  };
}

/** Index of the node holding `pos`; for an end position, the node where it ends. */
function nodeIndexAt(offsets: number[], pos: number, isEnd: boolean): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const o = offsets[mid]!;
    if (o < pos || (!isEnd && o === pos)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
