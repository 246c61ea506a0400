import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { article } from '../fixtures/sample-card';
import { SourceLine } from './SourceLine';

let root: HTMLDivElement | undefined;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = undefined;
});
function mount(a: ReturnType<typeof article>): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  render(<SourceLine article={a} />, root);
  return root.querySelector('.sl-meta')!;
}

describe('popup SourceLine', () => {
  it('title · publisher · date', () => {
    const line = mount(article('a', 'Title', 'Euractiv', '2024-01-04'));
    expect(line.textContent).toBe('Title · Euractiv · 4 Jan 2024');
    expect(line.querySelector('.sl-undated')).toBeNull();
  });

  it('says "publisher not stated" (italic, like an undated source) instead of leaving a gap', () => {
    const line = mount(article('a', 'Title', null, '2024-01-04'));
    expect(line.textContent).toBe('Title · publisher not stated · 4 Jan 2024');
    expect([...line.querySelectorAll('.sl-undated')].map((e) => e.textContent)).toEqual([
      'publisher not stated',
    ]);
  });

  it('says both when neither is stated, with no doubled separator', () => {
    const line = mount(article('a', 'Title', '', null));
    expect(line.textContent).toBe('Title · publisher not stated · date not stated');
    expect(line.querySelectorAll('.sl-undated')).toHaveLength(2);
  });
});
