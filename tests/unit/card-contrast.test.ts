/**
 * WCAG AA for the hover card's palettes, read from components/card.css
 * itself, so a colour change that breaks contrast fails here. Also checks
 * that the two dark palettes (system preference and data-theme) are the same.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(resolve(import.meta.dirname, '../../components/card.css'), 'utf8');

function block(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no ${selector} block in card.css`);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries(
    [...body.matchAll(/(--sl-[\w-]+):\s*(#[0-9a-f]{6})\b/gi)].map((m) => [
      m[1]!,
      m[2]!.toLowerCase(),
    ]),
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
];

const palettes = {
  light: block('.sl-card'),
  dark: block(".sl-card[data-theme='dark']"),
  'dark (system)': block(".sl-card:not([data-theme='light'])"),
};

describe('card palettes', () => {
  it('the system dark palette is the data-theme dark palette', () => {
    expect(palettes['dark (system)']).toEqual(palettes.dark);
  });

  for (const [name, palette] of Object.entries(palettes)) {
    it(`${name}: every text colour reaches 4.5:1 on its backgrounds`, () => {
      const failures = PAIRS.flatMap(([fg, bg]) => {
        const a = palette[fg];
        const b = palette[bg] ?? palettes.light[bg];
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
