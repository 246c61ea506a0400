import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SearchFigureGroup, SearchTerm } from '../../core/messages';
import { article } from '../fixtures/sample-card';
import { SearchAnswer } from './SearchAnswer';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

function mount(props: Parameters<typeof SearchAnswer>[0]) {
  root = document.createElement('div');
  document.body.append(root);
  render(<SearchAnswer {...props} />, root);
  return root;
}

const TERM: SearchTerm = {
  id: 'kassym-jomart-tokayev',
  name: 'Kassym-Jomart Tokayev',
  kind: 'person',
  variants: ['Kassym-Jomart Tokayev', 'Tokayev', 'Toqayev'],
  passages: 36,
  sources: 5,
};

const TOLLS: SearchFigureGroup = {
  id: 'fg:1',
  measure: 'killed',
  isDisagreement: true,
  figures: [
    {
      passageId: 'a:1',
      value: 160,
      qualifier: 'more-than',
      quote: 'More than 160',
      article: article('a', 'A', 'Euractiv', '2022-01-10'),
    },
    {
      passageId: 'b:1',
      value: 238,
      qualifier: 'exact',
      quote: '238 people',
      article: article('b', 'B', null, null),
    },
  ],
};

describe('SearchAnswer', () => {
  it('shows nothing when the search answers with passages only', () => {
    expect(mount({ onName: vi.fn() }).textContent).toBe('');
  });

  it('leads with each source’s figure, its publisher and date, and says where they differ', () => {
    const el = mount({ figureGroups: [TOLLS], onName: vi.fn() });
    expect(el.querySelector('.sl-answer-title')?.textContent).toBe(
      'People killed · sources differ',
    );
    const items = [...el.querySelectorAll('li')].map((li) => li.textContent);
    expect(items[0]).toBe('more than 160 — Euractiv, 10 Jan 2022');
    expect(items[1]).toMatch(/^238 — publisher not stated, /u);
  });

  it('marks a date or publisher the curator set, as the card does', () => {
    const curated = {
      ...TOLLS,
      figures: [
        {
          ...TOLLS.figures[0]!,
          article: { ...TOLLS.figures[0]!.article, curatedFields: ['date' as const] },
        },
      ],
    };
    const el = mount({ figureGroups: [curated], onName: vi.fn() });
    expect(el.querySelector('li')?.textContent).toBe(
      'more than 160 — Euractiv, 10 Jan 2022 (curated)',
    );
  });

  it('shows the named term with counts and spellings, and opens its passages', () => {
    const onName = vi.fn();
    const el = mount({ term: TERM, onName });
    expect(el.textContent).toContain('Kassym-Jomart Tokayev Person · 36 passages in 5 sources');
    expect(el.textContent).toContain('Also written Tokayev, Toqayev');
    el.querySelector('button')!.click();
    expect(onName).toHaveBeenCalledWith('kassym-jomart-tokayev');
  });
});
