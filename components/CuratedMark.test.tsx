/**
 * A value the curator set (issue #10) is shown as such in every view that
 * shows article metadata: "(curated)" after it, the reason as its title.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Excerpt } from '../core/messages';
import { CardFigures, type FigureDisplay } from './CardFigures';
import { CardPassages } from './CardPassages';
import { article, sampleCard } from './fixtures/sample-card';
import { HoverCard } from './HoverCard';
import { SourceLine } from './popup/SourceLine';
import { Reader, type ReaderApi } from './reader/Reader';

const curated = article('c', 'Two years after', 'Euractiv', '2024-01', {
  dateText: null,
  author: 'Jane Doe',
  url: 'https://example.org/a',
  mentionsUntil: '2022-06-03',
  curatedFields: ['date', 'url'],
});
const stated = article('s', 'Stated', 'EU Reporter', '2022-01-09');
const excerpt = (a: typeof curated): Excerpt => ({
  passageId: `${a.id}:1`,
  text: 'The January events.',
  marks: [],
  article: a,
});

let root: HTMLDivElement | undefined;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = undefined;
});
function mount(vnode: preact.ComponentChild): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  render(vnode, root);
  return root;
}
const marks = (el: Element) =>
  [...el.querySelectorAll('.sl-curated')].map((m) => [m.textContent, m.getAttribute('title')]);
const DATE_NOTE = ['(curated)', 'Date set by the curator, not read from the source'];
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('curated article metadata in the views', () => {
  it('hover card: marks the curated date, not the publisher the source states', () => {
    const el = mount(
      <HoverCard
        state={{
          status: 'ready',
          card: sampleCard({
            excerpts: [excerpt(curated), excerpt(stated)],
            allExcerpts: [excerpt(curated), excerpt(stated)],
            figureGroups: [],
          }),
        }}
        onClose={vi.fn()}
        onOpenTerm={vi.fn()}
        onSeeAll={vi.fn()}
        onOpenPassage={vi.fn()}
      />,
    );
    const metas = [...el.querySelectorAll('.sl-excerpt .sl-source-meta')];
    expect(metas.map((m) => m.textContent)).toEqual([
      'Euractiv · Jan 2024 (curated)',
      'EU Reporter · 9 Jan 2022',
    ]);
    expect(marks(metas[0]!)).toEqual([DATE_NOTE]);
  });

  it('passages by source and the popup source line', () => {
    const card = mount(
      <CardPassages
        excerpts={[excerpt(curated)]}
        onOpenPassage={vi.fn()}
        idPrefix="t"
        defaultOpen
      />,
    );
    expect(card.querySelector('.sl-source-meta')?.textContent).toBe(
      'Euractiv · Jan 2024 (curated) · 1 passage',
    );
    render(null, root!);
    const line = mount(
      <SourceLine article={{ ...curated, curatedFields: ['publisher', 'date'] }} />,
    );
    expect(line.textContent).toBe('Two years after · Euractiv (curated) · Jan 2024 (curated)');
    expect(marks(line)[0]).toEqual([
      '(curated)',
      'Publisher set by the curator, not read from the source',
    ]);
  });

  it('figures: the article date is marked; a date written in the text is not', () => {
    const figure = (id: string, extra: Partial<FigureDisplay>): FigureDisplay => ({
      id,
      passageId: 'c:1',
      articleId: 'c',
      measure: 'killed',
      value: 200,
      qualifier: 'about',
      quote: '200 deaths',
      termIds: [],
      article: curated,
      ...extra,
    });
    const el = mount(
      <CardFigures
        groups={[
          {
            id: 'g',
            measure: 'killed',
            termIds: [],
            isDisagreement: false,
            figures: [
              figure('a', { statedOn: '2024-01', statedOnBasis: 'article' }),
              figure('t', {
                statedOn: '2022-01-02',
                statedOnBasis: 'text',
                article: { ...curated, date: null },
              }),
            ],
          },
        ]}
        onOpenPassage={vi.fn()}
        headingId="h"
      />,
    );
    const dates = [...el.querySelectorAll('.sl-figure-date')].map((d) => d.textContent);
    // Oldest statement first.
    expect(dates).toEqual([' · 2 Jan 2022 (from its text)', ' · Jan 2024 (curated)']);
  });

  it('reader: every curated field says so; stated ones do not', async () => {
    const api: ReaderApi = {
      getArticle: () => Promise.resolve({ article: curated, passages: [] }),
      lookupTerm: () => Promise.resolve(null),
      search: () => Promise.reject(new Error('not used')),
      listSources: () => Promise.reject(new Error('not used')),
    };
    const el = mount(
      <Reader
        route={{ kind: 'article', articleId: 'c', passageId: null, termId: null }}
        api={api}
      />,
    );
    await flush();
    await flush();
    const rows = [...el.querySelectorAll('.sl-article-meta dd')].map((d) => d.textContent);
    expect(rows).toEqual([
      'Euractiv',
      'Jan 2024 (curated)',
      'Jane Doe',
      'https://example.org/a (curated)',
    ]);
    expect(marks(el).map(([, title]) => title)).toEqual([
      'Date set by the curator, not read from the source',
      'Address set by the curator, not read from the source',
    ]);
  });
});
