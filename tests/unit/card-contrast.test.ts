/**
 * WCAG AA for the palette of the hover card and our pages, read from
 * components/palette.css itself (each colour is light-dark(light, dark)), so a
 * colour change that breaks contrast fails here.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(resolve(import.meta.dirname, '../../components/palette.css'), 'utf8');

/** The palette's colours for one scheme: the first (light) or second (dark) value of light-dark(). */
function scheme(which: 0 | 1): Record<string, string> {
  return Object.fromEntries(
    [
      ...css.matchAll(/(--sl-[\w-]+):\s*light-dark\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)/gi),
    ].map((m) => [m[1]!, m[2 + which]!.toLowerCase()]),
  );
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Text colour on background colour, as the card uses them. */
const PAIRS: Array<[text: string, background: string]> = [
  ['--sl-fg', '--sl-bg'],
  ['--sl-fg', '--sl-bg-soft'],
  ['--sl-fg', '--sl-accent-soft'],
  ['--sl-muted', '--sl-bg'],
  ['--sl-muted', '--sl-bg-soft'],
  ['--sl-muted', '--sl-accent-soft'],
  ['--sl-accent', '--sl-bg'],
  ['--sl-accent', '--sl-bg-soft'],
  ['--sl-accent-fg', '--sl-accent'],
  ['--sl-mark-fg', '--sl-mark-bg'],
  ['--sl-flag-fg', '--sl-flag-bg'],
  ['--sl-danger', '--sl-bg'],
  ['--sl-ok', '--sl-bg'],
];

const palettes = { light: scheme(0), dark: scheme(1) };

describe('palette', () => {
  it('is read: every colour of the pairs below has a light and a dark value', () => {
    const names = new Set(PAIRS.flat());
    expect(Object.keys(palettes.light)).toEqual(expect.arrayContaining([...names]));
    expect(Object.keys(palettes.dark)).toEqual(Object.keys(palettes.light));
  });

  for (const [name, palette] of Object.entries(palettes)) {
    it(`${name}: every text colour reaches 4.5:1 on its backgrounds`, () => {
      const failures = PAIRS.flatMap(([fg, bg]) => {
        const a = palette[fg];
        const b = palette[bg];
        if (!a || !b) return [`${fg} on ${bg}: colour missing`];
        const ratio = contrast(a, b);
        return ratio >= 4.5 ? [] : [`${fg} ${a} on ${bg} ${b}: ${ratio.toFixed(2)}`];
      });
      expect(failures).toEqual([]);
    });
  }

  it('computes contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
