/**
 * One palette (#15): the card and the pages once had two dark palettes that
 * drifted apart. Colours are defined only in components/palette.css, the
 * scheme is chosen there (light-dark() and color-scheme), and every colour a
 * stylesheet uses exists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const PALETTE = 'components/palette.css';

const stylesheets = ['components', 'entrypoints'].flatMap((folder) =>
  readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.css'))
    .map((e) => relative(ROOT, join(e.parentPath, e.name))),
);
const text = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/** Custom properties a stylesheet defines whose value holds a colour. */
function colourDefinitions(css: string): string[] {
  return [...css.matchAll(/(--[\w-]+)\s*:\s*([^;]*)/gu)]
    .filter(([, , value]) => /#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(|light-dark\(/iu.test(value!))
    .map(([, name]) => name!);
}

describe('one palette', () => {
  it('finds the stylesheets and the palette (the scan is not blind)', () => {
    expect(stylesheets).toEqual(
      expect.arrayContaining([PALETTE, 'components/card.css', 'components/theme.css']),
    );
    expect(colourDefinitions(text(PALETTE))).toContain('--sl-bg');
    expect(colourDefinitions('.x { --a: #fff; --b: 4px; --c: rgba(0, 0, 0, 0.5) }')).toEqual([
      '--a',
      '--c',
    ]);
  });

  it('colours are defined and the dark scheme chosen only in palette.css', () => {
    const elsewhere = stylesheets
      .filter((file) => file !== PALETTE)
      .flatMap((file) => {
        const css = text(file);
        return [
          ...colourDefinitions(css).map((name) => `${file}: defines ${name}`),
          ...(/prefers-color-scheme/u.test(css) ? [`${file}: prefers-color-scheme`] : []),
          ...(/\[data-theme/u.test(css) ? [`${file}: [data-theme]`] : []),
        ];
      });
    expect(elsewhere).toEqual([]);
  });

  it('every var() without a fallback names a property that is defined', () => {
    const defined = new Set(
      stylesheets.flatMap((file) =>
        [...text(file).matchAll(/(--[\w-]+)\s*:/gu)].map(([, name]) => name!),
      ),
    );
    const missing = stylesheets.flatMap((file) =>
      [...text(file).matchAll(/var\((--[\w-]+)\s*\)/gu)]
        .map(([, name]) => name!)
        .filter((name) => !defined.has(name))
        .map((name) => `${file}: ${name}`),
    );
    expect(missing).toEqual([]);
  });
});
