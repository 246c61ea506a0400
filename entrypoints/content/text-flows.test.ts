import { describe, expect, it } from 'vitest';
import { compileMatcher, matchTerms } from '../../core/terms/match-terms';
import { matchWindows } from './highlighter';
import { blockOf, flowRange, isInSkippedContext, walkFlows } from './text-flows';

function dom(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html; // Test fixture markup only.
  document.body.replaceChildren(root);
  return root;
}

const flowsOf = (root: Element, host: Element | null = null) =>
  [...walkFlows(root, host)].map((f) => f.text);

describe('walkFlows', () => {
  it("joins a block's inline descendants into one flow", () => {
    const root = dom('<p>President <a href="#">Kassym-Jomart</a> <b>Tokayev</b> spoke.</p>');
    expect(flowsOf(root)).toEqual(['President Kassym-Jomart Tokayev spoke.']);
  });

  it('starts a new flow at block elements and <br>', () => {
    const root = dom('<div>One <p>Two</p> Three<br>Four</div><p>Five</p>');
    expect(flowsOf(root)).toEqual(['One ', 'Two', ' Three', 'Four', 'Five']);
  });

  it('skips code, pre, form fields, editable regions, hidden and script text, and the own host', () => {
    const root = dom(
      '<p>A <code>Tokayev</code> B</p><pre>CSTO</pre><textarea>CSTO</textarea><input value="x">' +
        '<div contenteditable="true">Edit</div><div contenteditable="false">Plain</div>' +
        '<p hidden>Hidden</p><script>var s = "CSTO"</script><style>p{}</style>' +
        '<div role="textbox">Box</div><sourcelight-card>Card</sourcelight-card>',
    );
    const host = root.querySelector('sourcelight-card');
    expect(flowsOf(root, host)).toEqual(['A ', ' B', 'Plain']);
  });

  it('drops whitespace-only flows but keeps whitespace between inline elements', () => {
    const root = dom('<p>\n  </p><p><a>Kassym-Jomart</a>\n<a>Tokayev</a></p>');
    expect(flowsOf(root)).toEqual(['Kassym-Jomart\nTokayev']);
  });

  it('handles deep nesting without recursion', () => {
    let html = '';
    for (let i = 0; i < 3000; i++) html += '<span>';
    html += 'deep Astana';
    for (let i = 0; i < 3000; i++) html += '</span>';
    const root = dom(`<p>${html}</p>`);
    expect(flowsOf(root)).toEqual(['deep Astana']);
  });
});

describe('flowRange', () => {
  it('maps flow offsets back to the text nodes of a name split across tags', () => {
    const root = dom('<p>President <a href="#">Kassym-Jomart</a> Tokayev spoke.</p>');
    const [flow] = [...walkFlows(root, null)];
    const start = flow!.text.indexOf('Kassym');
    const end = flow!.text.indexOf(' spoke');
    const pos = flowRange(flow!, start, end)!;
    expect(pos.startContainer.data).toBe('Kassym-Jomart');
    expect(pos.startOffset).toBe(0);
    expect(pos.endContainer.data).toBe(' Tokayev spoke.');
    expect(pos.endOffset).toBe(' Tokayev'.length);
    expect(pos.nodes).toHaveLength(2);
  });

  it('puts a range that ends exactly at a node boundary in that node', () => {
    const root = dom('<p><b>CSTO</b> troops</p>');
    const [flow] = [...walkFlows(root, null)];
    const pos = flowRange(flow!, 0, 4)!;
    expect(pos.startContainer).toBe(pos.endContainer);
    expect(pos.endOffset).toBe(4);
  });
});

describe('names with invisible characters, across inline elements', () => {
  const matcher = compileMatcher([
    { id: 'tokayev', name: 'Tokayev', kind: 'person', variants: ['Tokayev'] },
    { id: 'kazakhstan', name: 'Kazakhstan', kind: 'place', variants: ['Kazakhstan'] },
  ]);

  it.each([
    [
      'a soft hyphen at the end of an element',
      '<p>Met <b>Toka\u00ad</b>yev.</p>',
      'Toka\u00ad|yev',
    ],
    ['a soft hyphen at the start of one', '<p><i>Kazakh</i>\u00adstan</p>', 'Kazakh|\u00adstan'],
    ['a joiner in an element of its own', '<p>Toka<span>\u200d</span>yev</p>', 'Toka|\u200d|yev'],
  ])('maps a match over %s to the whole written name', (_, html, pieces) => {
    const [flow] = [...walkFlows(dom(html), null)];
    const [m, ...rest] = matchTerms(flow!.text, matcher);
    expect(rest).toEqual([]);
    const pos = flowRange(flow!, m!.start, m!.end)!;
    // The range's text, node by node: from the first visible letter to the last.
    const covered = pos.nodes.map((node) => {
      const from = node === pos.startContainer ? pos.startOffset : 0;
      const to = node === pos.endContainer ? pos.endOffset : node.data.length;
      return node.data.slice(from, to);
    });
    expect(covered.join('|')).toBe(pieces);
  });
});

describe('context checks', () => {
  it('blockOf climbs past inline elements; isInSkippedContext sees editable ancestors', () => {
    const root = dom(
      '<div id="d"><span><a id="a">x</a></span></div><div contenteditable><p id="e">y</p></div>',
    );
    expect(blockOf(root.querySelector('#a')!.firstChild!)?.id).toBe('d');
    expect(isInSkippedContext(root.querySelector('#e')!, null)).toBe(true);
    expect(isInSkippedContext(root.querySelector('#a')!, null)).toBe(false);
  });
});

describe('matchWindows', () => {
  it('finds the same matches in a long text as one pass, including names at window edges', () => {
    const matcher = compileMatcher([
      {
        id: 'tokayev',
        name: 'Kassym-Jomart Tokayev',
        kind: 'person',
        variants: ['Kassym-Jomart Tokayev', 'Tokayev'],
      },
      { id: 'csto', name: 'CSTO', kind: 'organisation', variants: ['CSTO'] },
    ]);
    const words = ['lorem', 'ipsum', 'Kassym-Jomart Tokayev', 'dolor', 'CSTO', 'sit', 'amet,'];
    const parts: string[] = [];
    let seed = 7;
    for (let i = 0; i < 40_000; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      parts.push(words[seed % words.length]!);
    }
    const text = parts.join(' ');
    expect(text.length).toBeGreaterThan(200_000);
    const windowed = [...matchWindows(text, matcher)].flat();
    expect(windowed).toEqual(matchTerms(text, matcher));
  });

  it("keeps each match's page condition and spelling flag in a long text", () => {
    const matcher = compileMatcher([
      {
        id: 'tokayev',
        name: 'Kassym-Jomart Tokayev',
        kind: 'person',
        variants: ['Kassym-Jomart Tokayev', 'Tokayev'],
        spellingKeys: ['kasim jomart tokaev', 'tokaev'],
      },
      {
        id: 'mora',
        name: 'Enrique Mora',
        kind: 'person',
        variants: ['Enrique Mora'],
        fullNameVariants: ['Mora'],
      },
    ]);
    const text = Array.from({ length: 2_000 }, (_, i) =>
      i % 3 ? 'Mora and Toqaev met again today.' : 'filler words here',
    ).join(' ');
    const windowed = [...matchWindows(text, matcher)].flat();
    const whole = matchTerms(text, matcher);
    expect(text.length).toBeGreaterThan(20_000);
    expect(whole.some((m) => m.condition) && whole.some((m) => m.bySpelling)).toBe(true);
    expect(windowed).toEqual(whole);
  });
});
