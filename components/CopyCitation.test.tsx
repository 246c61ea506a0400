/**
 * Copying an excerpt with its citation (issue 13) from the card, its passage list, the popup's
 * results and the reader: the clipboard is a fake passed in, so these run in happy-dom.
 */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SearchHit, SearchResponse } from '../core/messages';
import { parseReaderRoute } from '../core/reader-url';
import { formatCitation } from './format';
import { COPIED_SHOWN_MS, CopyCitation } from './CopyCitation';
import { ARTICLES, EXCERPTS, article, sampleCard } from './fixtures/sample-card';
import { HoverCard } from './HoverCard';
import { ResultList } from './popup/ResultList';
import { Reader, type ReaderApi } from './reader/Reader';

let root: HTMLDivElement | undefined;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = undefined;
  vi.useRealTimers();
});

async function mount(node: ComponentChild): Promise<HTMLElement> {
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(node, root!);
  });
  return root;
}

/** Clicks and lets the copy promise settle. */
async function click(el: Element | null | undefined): Promise<void> {
  if (!el) throw new Error('nothing to click');
  await act(async () => {
    (el as HTMLElement).click();
    for (let i = 0; i < 3; i++) await Promise.resolve();
  });
}

const cardHandlers = () => ({
  onClose: vi.fn(),
  onOpenTerm: vi.fn(),
  onSeeAll: vi.fn(),
  onOpenPassage: vi.fn(),
});

const buttons = (el: ParentNode, format: 'text' | 'markdown') => [
  ...el.querySelectorAll<HTMLButtonElement>(`.sl-copy-button[data-format="${format}"]`),
];

describe('CopyCitation', () => {
  it('copies the citation in the format asked for and says so politely', async () => {
    const copyText = vi.fn(async () => {});
    const excerpt = EXCERPTS[0]!;
    const el = await mount(<CopyCitation excerpt={excerpt} copyText={copyText} />);
    const status = el.querySelector('[role="status"]')!;
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('');

    await click(buttons(el, 'markdown')[0]);
    expect(copyText).toHaveBeenCalledWith(formatCitation(excerpt, { format: 'markdown' }));
    expect(status.textContent).toBe('Copied as Markdown');
    expect(buttons(el, 'markdown')[0]!.dataset.copied).toBe('true');

    await click(buttons(el, 'text')[0]);
    expect(copyText).toHaveBeenLastCalledWith(formatCitation(excerpt, { format: 'text' }));
    expect(status.textContent).toBe('Copied');
  });

  it('says when the browser refused, and clears the message after a while', async () => {
    vi.useFakeTimers();
    const el = await mount(
      <CopyCitation excerpt={EXCERPTS[0]!} copyText={() => Promise.reject(new Error('denied'))} />,
    );
    await click(buttons(el, 'text')[0]);
    const status = el.querySelector('[role="status"]')!;
    expect(status.textContent).toBe('Could not copy');
    await act(async () => {
      vi.advanceTimersByTime(COPIED_SHOWN_MS + 1);
    });
    expect(status.textContent).toBe('');
  });

  it('keyboard reachable buttons whose names contain their visible labels', async () => {
    const el = await mount(<CopyCitation excerpt={EXCERPTS[0]!} copyText={vi.fn()} />);
    const all = [...el.querySelectorAll('button')];
    expect(all.map((b) => [b.getAttribute('aria-label'), b.textContent])).toEqual([
      ['Copy quote with source', 'Copy'],
      ['Copy as Markdown', 'Markdown'],
    ]);
    for (const b of all) {
      expect(b.getAttribute('type')).toBe('button');
      expect(b.tabIndex).toBeGreaterThanOrEqual(0);
      expect(b.disabled).toBe(false);
    }
  });
});

describe('copy in the hover card', () => {
  it('each excerpt copies its own excerpt and source; copying opens nothing', async () => {
    const copyText = vi.fn(async () => {});
    const handlers = cardHandlers();
    const card = sampleCard();
    const el = await mount(
      <HoverCard state={{ status: 'ready', card }} {...handlers} copyText={copyText} />,
    );
    const excerpts = [...el.querySelectorAll('.sl-excerpt')];
    expect(excerpts).toHaveLength(card.excerpts.length);
    for (const [i, item] of excerpts.entries()) {
      // On the source line, not a line of its own (the card's layout test counts lines).
      expect(item.querySelector('.sl-source .sl-copy')).not.toBeNull();
      await click(buttons(item, 'markdown')[0]);
      expect(copyText).toHaveBeenLastCalledWith(
        formatCitation(card.excerpts[i]!, { format: 'markdown' }),
      );
    }
    expect(handlers.onOpenPassage).not.toHaveBeenCalled();
    expect(handlers.onClose).not.toHaveBeenCalled();
  });

  it('the passages list copies each passage; without a clipboard the card shows no copy buttons', async () => {
    const copyText = vi.fn(async () => {});
    const handlers = cardHandlers();
    const card = sampleCard();
    const el = await mount(
      <HoverCard
        state={{ status: 'ready', card }}
        {...handlers}
        copyText={copyText}
        passagesOpen
      />,
    );
    const passages = [...el.querySelectorAll('.sl-source-groups li li')];
    expect(passages.length).toBe(card.allExcerpts.length);
    const last = passages[passages.length - 1]!;
    const passageId = last.querySelector<HTMLElement>('.sl-passage')!.dataset.passageId;
    await click(buttons(last, 'text')[0]);
    const copied = card.allExcerpts.find((e) => e.passageId === passageId)!;
    expect(copyText).toHaveBeenCalledWith(formatCitation(copied, { format: 'text' }));
    expect(handlers.onOpenPassage).not.toHaveBeenCalled();

    render(null, root!);
    const bare = await mount(
      <HoverCard state={{ status: 'ready', card }} {...cardHandlers()} passagesOpen />,
    );
    expect(bare.querySelector('.sl-copy')).toBeNull();
  });
});

describe('copy in the popup results', () => {
  const hit = (id: string, text: string, a = ARTICLES.euReporter): SearchHit => ({
    passageId: id,
    text,
    marks: [],
    article: a,
    score: 1,
  });
  const response: SearchResponse = {
    query: 'killed',
    hits: [
      hit('a:1', 'More than 160 were *killed*.'),
      hit('b:2', 'Another [one].', ARTICLES.undated),
    ],
    names: [],
    nearNames: [],
  };

  it('copies the result it sits in, without opening it', async () => {
    const copyText = vi.fn(async () => {});
    const onOpen = vi.fn();
    const el = await mount(
      <ResultList
        response={response}
        active={0}
        onOpen={onOpen}
        onHover={vi.fn()}
        onName={vi.fn()}
        onNearName={vi.fn()}
        copyText={copyText}
      />,
    );
    await click(buttons(el.querySelector('#sl-hit-1')!, 'markdown')[0]);
    expect(copyText).toHaveBeenCalledWith(
      formatCitation(response.hits[1]!, { format: 'markdown' }),
    );
    expect(onOpen).not.toHaveBeenCalled();
    expect(el.querySelector('#sl-hit-1 [role="status"]')?.textContent).toBe('Copied as Markdown');
  });
});

describe('copy in the reader', () => {
  const source = article('src', 'Report', 'EU Reporter', '2022-01-10', {
    url: 'https://example.org/r',
  });
  const passages = [
    { id: 'src:0', articleId: 'src', ordinal: 0, line: 1, text: 'First paragraph.' },
    {
      id: 'src:1',
      articleId: 'src',
      ordinal: 1,
      line: 3,
      text: 'Second paragraph, quoted whole.',
    },
  ];

  async function mountReader(search: string, api: Partial<ReaderApi>) {
    const el = await mount(
      <Reader
        route={parseReaderRoute(search)}
        api={{
          getArticle: vi.fn(async () => ({ article: source, passages })),
          lookupTerm: vi.fn(async () => null),
          search: vi.fn(async (query: string) => ({ query, hits: [], names: [], nearNames: [] })),
          listSources: vi.fn(async () => ({ sources: [] })),
          ...api,
        }}
      />,
    );
    await act(async () => {
      for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 0));
    });
    return el;
  }

  it('an article’s passage is copied whole, with the article’s citation', async () => {
    const copyText = vi.fn(async () => {});
    const el = await mountReader('?article=src&passage=src%3A1', { copyText });
    const current = el.querySelector('[aria-current="true"]')!;
    expect(current.id).toBe('src:1');
    await click(buttons(current, 'text')[0]);
    expect(copyText).toHaveBeenCalledWith(
      '“Second paragraph, quoted whole.” — Report, EU Reporter, 10 Jan 2022. https://example.org/r',
    );
  });

  it('search results copy their excerpt; the copy buttons are not inside the result’s link', async () => {
    const copyText = vi.fn(async () => {});
    const hits = [
      { passageId: 'src:1', text: 'quoted whole', marks: [], article: source, score: 1 },
    ];
    const el = await mountReader('?q=whole', {
      copyText,
      search: vi.fn(async (query: string) => ({ query, hits, names: [], nearNames: [] })),
    });
    const button = buttons(el, 'markdown')[0]!;
    expect(button.closest('a')).toBeNull();
    await click(button);
    expect(copyText).toHaveBeenCalledWith(formatCitation(hits[0]!, { format: 'markdown' }));
  });
});
