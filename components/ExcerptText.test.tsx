import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ExcerptText, splitMarked } from './ExcerptText';

let root: HTMLDivElement;
const mount = (text: string, marks: Array<[number, number]>) => {
  root = document.createElement('div');
  document.body.append(root);
  render(<ExcerptText text={text} marks={marks} markClass="m" />, root);
  return root;
};
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('ExcerptText', () => {
  it('renders marked ranges as <mark> and keeps the text intact', () => {
    const el = mount('President Tokayev said that Tokayev’s order stood.', [
      [10, 17],
      [28, 35],
    ]);
    const marks = [...el.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(['Tokayev', 'Tokayev']);
    expect(el.querySelector('mark')?.className).toBe('m');
    expect(el.textContent).toBe('President Tokayev said that Tokayev’s order stood.');
  });

  it('renders hostile text as literal text, creating no elements', () => {
    const hostile = '<img src=x onerror=alert(1)> and <script>alert(2)</script>';
    const el = mount(hostile, [[0, 5]]);
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('script')).toBeNull();
    expect(el.textContent).toBe(hostile);
    expect(el.querySelector('mark')?.textContent).toBe('<img ');
  });

  it('clamps out-of-range marks and drops empty, reversed or overlapping parts', () => {
    expect(
      splitMarked('abcdef', [
        [4, 99],
        [-3, 1],
        [3, 3],
        [5, 2],
        [0, 2],
      ]),
    ).toEqual([
      { text: 'ab', marked: true },
      { text: 'cd', marked: false },
      { text: 'ef', marked: true },
    ]);
  });

  it('renders text without marks unchanged', () => {
    expect(mount('plain', []).innerHTML).toBe('plain');
  });
});
