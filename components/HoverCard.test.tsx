import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { summarizeFigures, type FigureDisplay } from './CardFigures';
import { ARTICLES, EXCERPTS, FIGURES, REPOSTED, article, sampleCard } from './fixtures/sample-card';
import { HoverCard, RELATED_SHOWN, type HoverCardProps, type HoverCardState } from './HoverCard';

let root: HTMLDivElement | undefined;
afterEach(() => {
  if (root) {
    render(null, root);
    root.remove();
    root = undefined;
  }
});

function mount(state: HoverCardState, extra: Partial<HoverCardProps> = {}) {
  const handlers = {
    onClose: vi.fn(),
    onOpenTerm: vi.fn(),
    onSeeAll: vi.fn(),
    onOpenPassage: vi.fn(),
  };
  root = document.createElement('div');
  document.body.append(root);
  render(<HoverCard state={state} {...handlers} {...extra} />, root);
  const card = root.querySelector<HTMLElement>('.sl-card')!;
  const $ = <E extends Element = HTMLElement>(s: string) => card.querySelector<E>(s);
  const $$ = <E extends Element = HTMLElement>(s: string) => [...card.querySelectorAll<E>(s)];
  return { card, handlers, $, $$ };
}

const click = (el: Element | null | undefined) => {
  if (!el) throw new Error('nothing to click');
  (el as HTMLElement).click();
};
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('HoverCard states', () => {
  it('says how the page spells a name found through its spelling family, as text', () => {
    const { $ } = mount({ status: 'ready', card: sampleCard(), pageForm: 'Toqaev<b>' });
    const note = $('.sl-spelling')!;
    expect(note.textContent).toBe(
      `Written here as “Toqaev<b>”; the sources write “${sampleCard().term.name}”.`,
    );
    expect(note.querySelector('b')).toBeNull();
    expect(mount({ status: 'ready', card: sampleCard() }).$('.sl-spelling')).toBeNull();
  });

  it('ready: name, kind, variants, counts, three excerpts with source and date', () => {
    const { card, $, $$ } = mount({ status: 'ready', card: sampleCard() });
    expect(card.getAttribute('role')).toBe('dialog');
    expect(card.getAttribute('aria-modal')).toBe('false');
    expect(card.getAttribute('aria-label')).toBe('January events in Sourcelight sources');
    expect($('h2')?.textContent).toBe('January events');
    expect($('.sl-kind')?.textContent).toContain('Event');
    expect($('.sl-variants')?.textContent).toBe('Also written: Tragic January, Qandy Qantar');
    expect($('.sl-summary')?.textContent).toBe('5 passages across 4 sources');
    expect($('.sl-kind')?.textContent).toBe('Event·5 passages across 4 sources');
    const excerpts = $$('.sl-excerpt');
    expect(excerpts).toHaveLength(3);
    expect(excerpts.map((e) => e.querySelector('.sl-quote')?.textContent)).toEqual(
      EXCERPTS.slice(0, 3).map((e) => e.text),
    );
    expect(excerpts[0]!.querySelector('mark')?.textContent).toBe('January events');
    expect(excerpts[0]!.querySelector('.sl-source-link')?.textContent).toBe(
      ARTICLES.euReporter.title,
    );
    expect(excerpts[0]!.querySelector('.sl-source-meta')?.textContent).toBe(
      'EU Reporter · 10 Jan 2022',
    );
    expect($('[aria-busy]')).toBeNull();
  });

  it('loading: a labelled, busy skeleton with the hovered name and a close button', () => {
    const { card, $, $$, handlers } = mount({ status: 'loading', name: 'Tokayev' });
    expect(card.getAttribute('aria-busy')).toBe('true');
    expect(card.getAttribute('aria-label')).toBe('Tokayev in Sourcelight sources');
    expect($('h2')?.textContent).toBe('Tokayev');
    expect($$('.sl-skeleton-excerpt')).toHaveLength(3);
    expect($('.sl-skeleton')?.textContent).toContain('Loading');
    click($('button[aria-label="Close"]'));
    expect(handlers.onClose).toHaveBeenCalledOnce();
  });

  it('not-found: says no passage mentions the name', () => {
    const { $, $$ } = mount({ status: 'not-found', name: 'Qandy Qantar' });
    expect($('.sl-empty')?.textContent).toBe('No passage in your sources mentions “Qandy Qantar”.');
    expect($$('.sl-excerpt')).toHaveLength(0);
    expect($('.sl-see-all')).toBeNull();
  });

  it('error: shows the message as text, in an alert', () => {
    const { card, $ } = mount({ status: 'error', message: '<b>index</b> missing' });
    expect(card.getAttribute('aria-label')).toBe('Sourcelight sources');
    expect($('[role="alert"]')?.textContent).toContain('<b>index</b> missing');
    expect($('.sl-error b')).toBeNull();
  });

  it('ready with nothing else: no timeline, figures, related or passages sections, and no crash', () => {
    const { $, $$ } = mount({
      status: 'ready',
      card: sampleCard({
        passageCount: 0,
        sourceCount: 0,
        excerpts: [],
        allExcerpts: [],
        figureGroups: [],
        related: [],
        term: { id: 'x', name: 'X', kind: 'concept', variants: ['X'] },
      }),
    });
    expect($('.sl-variants')).toBeNull();
    expect($('.sl-timeline')).toBeNull();
    expect($('.sl-figures')).toBeNull();
    expect($('.sl-related')).toBeNull();
    expect($('.sl-passages')).toBeNull();
    expect($('.sl-see-all')).toBeNull();
    expect($('.sl-empty')?.textContent).toBe('No passage in your sources mentions X.');
    expect($$('button')).toHaveLength(1); // close
  });

  it('shows a pinned badge and the forced theme', () => {
    const { card, $ } = mount(
      { status: 'ready', card: sampleCard() },
      { pinned: true, theme: 'dark' },
    );
    expect(card.dataset.theme).toBe('dark');
    expect(card.dataset.pinned).toBe('true');
    expect($('.sl-pinned')?.textContent).toBe('Pinned');
  });
});

describe('HoverCard never renders source text as HTML', () => {
  it('shows a hostile excerpt, title and publisher literally, creating no elements', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const evil = article('evil', `${hostile} title`, `<script>alert(2)</script>`, null);
    const text = `${hostile} January events <iframe src=javascript:alert(3)>`;
    const start = text.indexOf('January events');
    const { card, $ } = mount(
      {
        status: 'ready',
        card: sampleCard({
          term: {
            id: 'e',
            name: hostile,
            kind: 'event',
            variants: [hostile, '<svg onload=alert(4)>'],
          },
          excerpts: [{ passageId: 'evil:1', text, marks: [[start, start + 14]], article: evil }],
          allExcerpts: [{ passageId: 'evil:1', text, marks: [[start, start + 14]], article: evil }],
        }),
      },
      { passagesOpen: true },
    );
    expect(card.querySelector('img, script, iframe, svg[onload]')).toBeNull();
    expect(card.querySelectorAll('[onerror], [onload]')).toHaveLength(0);
    expect($('.sl-quote')?.textContent).toBe(text);
    expect($('.sl-quote mark')?.textContent).toBe('January events');
    expect($('h2')?.textContent).toBe(hostile);
    expect($('.sl-source-link')?.textContent).toBe(`${hostile} title`);
    expect($('.sl-publisher')?.textContent).toBe('<script>alert(2)</script>');
    expect($('.sl-variants')?.textContent).toBe('Also written: <svg onload=alert(4)>');
    expect($('.sl-passage')?.textContent).toBe(text);
  });
});

describe('HoverCard dates', () => {
  it('says "date not stated", or what an undated source mentions events up to', () => {
    const plain = article('p', 'Plain', null, null);
    const withUntil = article('u', 'Until', 'Pub', null, { mentionsUntil: '2022-07' });
    const ex = (a: typeof plain) => ({ passageId: `${a.id}:1`, text: 'X', marks: [], article: a });
    const { $$ } = mount({
      status: 'ready',
      card: sampleCard({
        excerpts: [ex(plain), ex(withUntil)],
        allExcerpts: [ex(plain), ex(withUntil)],
      }),
    });
    expect($$('.sl-source-meta').map((m) => m.textContent)).toEqual([
      'publisher not stated · date not stated',
      'Pub · undated; mentions events up to Jul 2022',
    ]);
  });

  it('says "publisher not stated" where a source names none, styled like a missing date, with no gap', () => {
    const noPublisher = article('n', 'No publisher', null, '2022-01-05');
    const ex = { passageId: 'n:1', text: 'X', marks: [], article: noPublisher };
    const { $$ } = mount(
      {
        status: 'ready',
        card: sampleCard({ excerpts: [ex], allExcerpts: [ex], figureGroups: [] }),
      },
      { passagesOpen: true },
    );
    const meta = $$('.sl-excerpt .sl-source-meta')[0]!;
    expect(meta.textContent).toBe('publisher not stated · 5 Jan 2022');
    const publisher = meta.querySelector('.sl-publisher')!;
    expect(publisher.textContent).toBe('publisher not stated');
    expect(publisher.classList.contains('sl-undated')).toBe(true);
    // "All passages by source" says it too.
    const head = $$('.sl-source-group .sl-source-meta')[0]!;
    expect(head.textContent).toBe('publisher not stated · 5 Jan 2022 · 1 passage');
    expect(head.querySelector('.sl-undated')?.textContent).toBe('publisher not stated');
  });
});

describe('HoverCard figures', () => {
  it('flags a disagreement and shows every figure with its source and date, oldest source first', () => {
    const { $$ } = mount({ status: 'ready', card: sampleCard() });
    const groups = $$('.sl-figure-group');
    expect(groups.map((g) => g.dataset.groupId)).toEqual(['g-killed', 'g-cases']);
    const killed = groups[0]!;
    expect(killed.querySelector('.sl-figure-measure')?.textContent).toBe(
      'People killed' + 'Sources differ',
    );
    expect([...killed.querySelectorAll('.sl-figure')].map((f) => f.textContent)).toEqual([
      'more than 160EU Reporter · 10 Jan 2022',
      '238Embassy of Kazakhstan in Austria · 8 Mar 2022',
      'about 200Euractiv · 4 Jan 2024',
    ]);
    // Equal standing: no figure is marked out as the answer.
    expect(new Set([...killed.querySelectorAll('.sl-figure')].map((f) => f.className)).size).toBe(
      1,
    );
  });

  it('shows the flag only for disagreements', () => {
    const { $$ } = mount({ status: 'ready', card: sampleCard() });
    const [killed, cases] = $$('.sl-figure-group');
    expect(killed!.querySelector('.sl-flag')).not.toBeNull();
    expect(cases!.querySelector('.sl-flag')).toBeNull();
    expect(cases!.querySelector('.sl-figure-value')?.textContent).toBe('3,600');
    const agreeing = mount({
      status: 'ready',
      card: sampleCard({
        figureGroups: [
          {
            id: 'same',
            measure: 'killed',
            termIds: [],
            isDisagreement: false,
            figures: [
              FIGURES.ministry,
              { ...FIGURES.ministry, id: 'f-238b', article: ARTICLES.euractiv },
            ],
          },
        ],
      }),
    });
    expect(agreeing.$$('.sl-flag')).toHaveLength(0);
    expect(agreeing.$$('.sl-figure')).toHaveLength(2);
  });

  it('shows vague figures in the source’s word, and a date found in the text when the source has none', () => {
    const vague = {
      ...FIGURES.euReporter,
      id: 'v',
      value: 24,
      valueMax: 99,
      qualifier: 'range' as const,
      isVague: true,
      quote: '“Dozens” of protesters were killed',
      subject: 'protesters',
      article: ARTICLES.undated,
      statedOn: '2022-01-06',
      statedOnBasis: 'text' as const,
    };
    const { $$ } = mount({
      status: 'ready',
      card: sampleCard({
        figureGroups: [
          { id: 'g', measure: 'killed', termIds: [], isDisagreement: false, figures: [vague] },
        ],
      }),
    });
    expect($$('.sl-figure-measure')[0]?.textContent).toBe('Protesters killed');
    expect($$('.sl-figure-value')[0]?.textContent).toBe('dozens');
    // The title stands in as the source; the missing publisher is said beside the date.
    expect($$('.sl-figure-source')[0]?.textContent).toBe(ARTICLES.undated.title);
    expect($$('.sl-figure-date')[0]?.textContent).toBe(
      ' · publisher not stated · 6 Jan 2022 (from its text)',
    );
    expect($$('.sl-figure-date .sl-undated')[0]?.textContent).toBe('publisher not stated');
  });

  it('shows the first groups, disagreements first, and the rest on request', async () => {
    const group = (id: string, isDisagreement: boolean) => ({
      id,
      measure: 'money',
      termIds: [],
      isDisagreement,
      figures: [{ ...FIGURES.cases, id: `f-${id}` }],
    });
    const { $, $$ } = mount({
      status: 'ready',
      card: sampleCard({
        figureGroups: [
          group('a', false),
          group('b', false),
          group('c', false),
          group('d', true),
          group('e', false),
          { ...group('empty', false), figures: [] },
        ],
      }),
    });
    expect($$('.sl-figure-group').map((g) => g.dataset.groupId)).toEqual(['d', 'a', 'b']);
    expect($('.sl-more')?.textContent).toBe('Show 2 more figures');
    click($('.sl-more'));
    await flush();
    expect($$('.sl-figure-group').map((g) => g.dataset.groupId)).toEqual(['d', 'a', 'b', 'c', 'e']);
    expect($('.sl-more')).toBeNull();
  });

  it('opens the passage a figure comes from', () => {
    const { $, handlers } = mount({ status: 'ready', card: sampleCard() });
    click($('.sl-figure-button'));
    expect(handlers.onOpenPassage).toHaveBeenCalledWith(
      FIGURES.euReporter.passageId,
      FIGURES.euReporter.articleId,
    );
  });
});

describe('HoverCard actions', () => {
  it('related names: the top five, each a button that opens its card', () => {
    const { $$, handlers } = mount({ status: 'ready', card: sampleCard() });
    const chips = $$<HTMLButtonElement>('.sl-related button');
    expect(chips).toHaveLength(RELATED_SHOWN);
    expect(chips.every((c) => c.tagName === 'BUTTON' && c.type === 'button')).toBe(true);
    click(chips[2]);
    expect(handlers.onOpenTerm).toHaveBeenCalledWith('csto');
  });

  it('see all calls onSeeAll with the term id', () => {
    const { $, handlers } = mount({ status: 'ready', card: sampleCard() });
    expect($('.sl-see-all')?.textContent).toContain('See all 5 passages');
    click($('.sl-see-all'));
    expect(handlers.onSeeAll).toHaveBeenCalledWith('january-events');
  });

  it('a source title opens its passage', () => {
    const { $$, handlers } = mount({ status: 'ready', card: sampleCard() });
    click($$('.sl-source-link')[1]);
    expect(handlers.onOpenPassage).toHaveBeenCalledWith(
      EXCERPTS[1]!.passageId,
      ARTICLES.ministry.id,
    );
  });

  it('every control is a real, labelled button', () => {
    const { $$ } = mount({ status: 'ready', card: sampleCard() }, { passagesOpen: true });
    const buttons = $$<HTMLButtonElement>('button');
    expect(buttons.length).toBeGreaterThan(10);
    for (const b of buttons)
      expect((b.getAttribute('aria-label') ?? b.textContent ?? '').trim()).not.toBe('');
    expect($$('[onclick], a:not([href]), div[tabindex], span[tabindex]')).toHaveLength(0);
  });
});

describe('HoverCard timeline and passages by source', () => {
  it('timeline: dated sources in date order, undated apart', () => {
    const { $, $$ } = mount({ status: 'ready', card: sampleCard() });
    const points = $$('.sl-timeline-point');
    expect(points.map((p) => p.dataset.articleIds)).toEqual([
      ARTICLES.euReporter.id,
      ARTICLES.ministry.id,
      ARTICLES.euractiv.id,
    ]);
    const lefts = points.map((p) => parseFloat(p.style.left));
    expect(lefts[0]).toBe(0);
    expect(lefts[2]).toBe(100);
    expect(lefts[1]).toBeGreaterThan(0);
    expect(lefts[1]).toBeLessThan(20);
    expect($('.sl-timeline-axis')?.textContent).toBe('10 Jan 20224 Jan 2024');
    expect($('.sl-timeline-undated')?.textContent).toBe('+ 1 undated source (1 passage)');
  });

  it('timeline with only undated sources says so; with one source there is none', () => {
    const other = { ...EXCERPTS[3]!, passageId: 'o:1', article: article('o', 'Other', null, null) };
    const { $, $$ } = mount({
      status: 'ready',
      card: sampleCard({ allExcerpts: [EXCERPTS[3]!, other, { ...other, passageId: 'o:2' }] }),
    });
    expect($$('.sl-timeline-point')).toHaveLength(0);
    expect($('.sl-timeline-undated')?.textContent).toBe(
      'No source states its date (2 sources, 3 passages)',
    );
    render(null, root!);
    const single = mount({ status: 'ready', card: sampleCard({ allExcerpts: [EXCERPTS[0]!] }) });
    expect(single.$('.sl-timeline')).toBeNull();
  });

  it('all passages: collapsed by default, grouped by source, newest or oldest first', async () => {
    const { $, $$, handlers } = mount({ status: 'ready', card: sampleCard() });
    const toggle = $<HTMLButtonElement>('.sl-disclosure')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect($$('.sl-source-group')).toHaveLength(0);
    click(toggle);
    await flush();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const order = () => $$('.sl-source-group').map((g) => g.dataset.articleId);
    expect(order()).toEqual([
      ARTICLES.euractiv.id,
      ARTICLES.ministry.id,
      ARTICLES.euReporter.id,
      ARTICLES.undated.id,
    ]);
    expect($$('.sl-source-group')[1]!.querySelectorAll('.sl-passage')).toHaveLength(2);
    const [newest, oldest] = $$<HTMLButtonElement>('.sl-order-button');
    expect(newest!.getAttribute('aria-pressed')).toBe('true');
    click(oldest);
    await flush();
    expect(oldest!.getAttribute('aria-pressed')).toBe('true');
    expect(order()).toEqual([
      ARTICLES.euReporter.id,
      ARTICLES.ministry.id,
      ARTICLES.euractiv.id,
      ARTICLES.undated.id,
    ]);
    click($$('.sl-passage')[0]);
    expect(handlers.onOpenPassage).toHaveBeenCalledWith(
      EXCERPTS[0]!.passageId,
      ARTICLES.euReporter.id,
    );
  });
});

describe('HoverCard figures in brief (#12)', () => {
  it('sits under the header, before the excerpts: one line per group, the span stated and the flag', () => {
    const { card, $, $$ } = mount({ status: 'ready', card: sampleCard() });
    const summary = $('.sl-figure-summary')!;
    const lines = $$('.sl-figure-summary-item');
    expect(lines.map((l) => l.textContent)).toEqual([
      'People killed: 160–238 · sources differ',
      'Criminal cases: 3,600',
    ]);
    // Before the first excerpt and the full section, in document order.
    const order = [...card.querySelectorAll('.sl-figure-summary, .sl-excerpt, .sl-figures')];
    expect(order[0]).toBe(summary);
    expect(order.at(-1)?.classList.contains('sl-figures')).toBe(true);
    // Each figure's source and date in the tooltip, oldest first; none singled out.
    expect(lines[0]!.title).toBe(
      [
        'more than 160: EU Reporter, 10 Jan 2022',
        '238: Embassy of Kazakhstan in Austria, 8 Mar 2022',
        'about 200: Euractiv, 4 Jan 2024',
      ].join('\n'),
    );
    expect($('.sl-figure-summary-link')).toBeNull();
  });

  it('shows the first groups and points to the rest below', () => {
    const group = (id: string) => ({
      id,
      measure: 'money',
      termIds: [],
      isDisagreement: false,
      figures: [{ ...FIGURES.cases, id: `f-${id}` }],
    });
    const { $, $$ } = mount({
      status: 'ready',
      card: sampleCard({ figureGroups: ['a', 'b', 'c', 'd', 'e'].map(group) }),
    });
    expect($$('.sl-figure-summary-item')).toHaveLength(3);
    expect($('.sl-figure-summary-link')?.textContent).toBe('2 more figures below ↓');
    click($('.sl-figure-summary-link'));
  });

  it('has no summary without figures', () => {
    const { $ } = mount({ status: 'ready', card: sampleCard({ figureGroups: [] }) });
    expect($('.sl-figure-summary')).toBeNull();
  });

  const f = (over: Partial<FigureDisplay>): FigureDisplay => ({ ...FIGURES.ministry, ...over });
  it.each<[string, FigureDisplay[], string]>([
    ['one figure', [f({})], '238'],
    ['the same figure twice', [f({}), f({ id: 'b' })], '238'],
    [
      'counts that differ: their span',
      [FIGURES.euractiv, FIGURES.ministry, FIGURES.euReporter],
      '160–238',
    ],
    [
      'a stated range widens the span',
      [f({}), f({ value: 250, valueMax: 300, qualifier: 'range' })],
      '238–300',
    ],
    [
      'the same number, qualified differently: each',
      [f({}), f({ qualifier: 'about' })],
      '238, about 238',
    ],
    [
      'a vague figure keeps its word',
      [
        f({}),
        f({ value: 24, valueMax: 99, qualifier: 'range', isVague: true, quote: 'dozens died' }),
      ],
      '238, dozens',
    ],
    ['different units: each', [f({ unit: 'USD' }), f({ unit: 'EUR', value: 10 })], '$238, €10'],
    [
      'money: span in its unit',
      [f({ unit: 'USD', value: 5 }), f({ unit: 'USD', value: 7 })],
      '$5–7',
    ],
  ])('summarizeFigures: %s', (_, figures, expected) => {
    expect(summarizeFigures(figures)).toBe(expected);
  });
});

describe('HoverCard "also in N sources" (#12)', () => {
  it('says how many other sources repeat an excerpt and lists them, as text', async () => {
    const { $, $$ } = mount({
      status: 'ready',
      card: sampleCard({ excerpts: [REPOSTED, ...EXCERPTS.slice(1, 3)] }),
    });
    const also = $$('.sl-also-in');
    expect(also).toHaveLength(1);
    expect(also[0]!.closest('.sl-excerpt')?.getAttribute('data-passage-id')).toBe(
      REPOSTED.passageId,
    );
    const summary = $('.sl-also-in-summary')!;
    expect(summary.textContent).toBe('also in 2 sources');
    expect(summary.title).toBe(
      [
        'Kazakhstan: 160 dead <b>after</b> unrest (Wire Daily, 11 Jan 2022)',
        'Unrest in Kazakhstan (publisher not stated, date not stated)',
      ].join('\n'),
    );
    expect($$('.sl-also-in-source').map((s) => s.textContent)).toEqual([
      'Kazakhstan: 160 dead <b>after</b> unrest Wire Daily · 11 Jan 2022',
      'Unrest in Kazakhstan publisher not stated · date not stated',
    ]);
    expect($('.sl-also-in b')).toBeNull();
  });

  it('says "1 source" for one, and nothing for an excerpt no other source repeats', () => {
    const one = { ...REPOSTED, alsoIn: REPOSTED.alsoIn!.slice(0, 1) };
    const { $, $$ } = mount({
      status: 'ready',
      card: sampleCard({ excerpts: [one, { ...EXCERPTS[1]!, alsoIn: [] }] }),
    });
    expect($$('.sl-also-in')).toHaveLength(1);
    expect($('.sl-also-in-summary')?.textContent).toBe('also in 1 source');
  });

  it('counts the sources it does not name', () => {
    const many = { ...REPOSTED, alsoInCount: 41 };
    const { $, $$ } = mount({ status: 'ready', card: sampleCard({ excerpts: [many] }) });
    expect($('.sl-also-in-summary')?.textContent).toBe('also in 41 sources');
    expect($$('.sl-also-in-source').map((s) => s.textContent)).toHaveLength(3);
    expect($$('.sl-also-in-source').at(-1)?.textContent).toBe('and 39 more');
  });

  it('shows it in "All passages by source" too', () => {
    const { $$ } = mount(
      {
        status: 'ready',
        card: sampleCard({ allExcerpts: [REPOSTED, ...EXCERPTS.slice(1)] }),
      },
      { passagesOpen: true },
    );
    const inPassages = $$('.sl-passage-list .sl-also-in-summary');
    expect(inPassages.map((s) => s.textContent)).toEqual(['also in 2 sources']);
  });
});

describe('HoverCard source titles (#12)', () => {
  it('shows the whole title, not a cut one', () => {
    const { $$ } = mount({ status: 'ready', card: sampleCard() });
    expect($$('.sl-source-link')[1]?.textContent).toBe(ARTICLES.ministry.title);
  });
});
