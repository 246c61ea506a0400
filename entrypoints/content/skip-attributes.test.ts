/**
 * The page observer watches only SKIP_ATTRIBUTES for changes that reveal or hide text: every
 * attribute that can make an element skipped must be in that list, or a page toggling it would
 * leave highlights stale.
 */
import { describe, expect, it } from 'vitest';
import { isSkippedElement, SKIP_ATTRIBUTES, skipsByAttribute } from './text-flows';

/** Attributes pages toggle to show and hide content, and some that must not matter. */
const CANDIDATES: Array<[string, string[]]> = [
  ['hidden', ['', 'hidden', 'until-found']],
  ['contenteditable', ['', 'true', 'false', 'plaintext-only']],
  ['role', ['textbox', 'searchbox', 'code', 'tabpanel', 'region']],
  ['inert', ['']],
  ['aria-hidden', ['true', 'false']],
  ['aria-expanded', ['true', 'false']],
  ['open', ['']],
  ['class', ['hidden', 'collapsed']],
  ['style', ['display: none', 'visibility: hidden']],
  ['disabled', ['']],
];

describe('SKIP_ATTRIBUTES', () => {
  it.each(CANDIDATES)(
    '%s: skips an element only if watched, and as skipsByAttribute says',
    (name, values) => {
      for (const value of values) {
        const el = document.createElement('div');
        el.setAttribute(name, value);
        const skipped = isSkippedElement(el, null);
        if (skipped) expect(SKIP_ATTRIBUTES, `${name}="${value}" skips`).toContain(name);
        if ((SKIP_ATTRIBUTES as readonly string[]).includes(name))
          expect(skipsByAttribute(name, value), `${name}="${value}"`).toBe(skipped);
      }
    },
  );

  it('an absent attribute never skips', () => {
    for (const name of SKIP_ATTRIBUTES) expect(skipsByAttribute(name, null)).toBe(false);
  });

  it('reads hidden (any value, until-found too), contenteditable other than "false", and editing roles', () => {
    const skipped = (name: string, value: string) => {
      const el = document.createElement('p');
      el.setAttribute(name, value);
      return isSkippedElement(el, null);
    };
    expect(skipped('hidden', 'until-found')).toBe(true);
    expect(skipped('contenteditable', 'plaintext-only')).toBe(true);
    expect(skipped('contenteditable', 'false')).toBe(false);
    expect(skipped('role', 'textbox')).toBe(true);
    expect(skipped('role', 'tabpanel')).toBe(false);
    expect(skipped('inert', '')).toBe(false);
  });
});
