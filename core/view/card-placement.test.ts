import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeCard, type Box, type PlaceCardOptions } from './card-placement';

const CARD = { width: 392, height: 560 };
const WINDOW = { width: 1280, height: 800 };
const at = (top: number, left: number, width = 60, height = 20): Box => ({
  top,
  left,
  bottom: top + height,
  right: left + width,
});
const place = (anchor: Box, overrides: Partial<PlaceCardOptions> = {}) =>
  placeCard({ anchor, card: CARD, viewport: WINDOW, gap: 8, margin: 8, ...overrides });

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function cardBox(options: PlaceCardOptions): Box {
  const p = placeCard(options);
  const height = Math.min(options.card.height, p.maxHeight ?? Infinity);
  return { top: p.top, left: p.left, bottom: p.top + height, right: p.left + options.card.width };
}

describe('placeCard', () => {
  it('puts the card below a name near the top of the window, at full height', () => {
    expect(place(at(160, 300))).toEqual({ side: 'below', top: 188, left: 300, maxHeight: null });
  });

  it('puts the card above a name near the bottom of the window, at full height', () => {
    expect(place(at(700, 300))).toEqual({ side: 'above', top: 132, left: 300, maxHeight: null });
  });

  it('a name mid-window: beside it at full height rather than cut to the ~390 px above or below (#12)', () => {
    expect(place(at(390, 300))).toEqual({ side: 'right', top: 120, left: 368, maxHeight: null });
    // Near the right edge: on the left of the name.
    expect(place(at(390, 1000))).toEqual({ side: 'left', top: 120, left: 600, maxHeight: null });
  });

  it('nearly fits below: stays below, cut by a few lines, rather than moving beside the name', () => {
    expect(place(at(209, 300, 60, 19))).toEqual({
      side: 'below',
      top: 236,
      left: 300,
      maxHeight: 556,
    });
  });

  it('no room beside the name (a narrow window): the taller side, cut to its room', () => {
    const narrow = { width: 600, height: 800 };
    expect(place(at(390, 100, 300), { viewport: narrow })).toEqual({
      side: 'below',
      top: 418,
      left: 100,
      maxHeight: 374,
    });
    expect(place(at(420, 100, 300), { viewport: narrow })).toEqual({
      side: 'above',
      top: 8,
      left: 100,
      maxHeight: 404,
    });
  });

  it('keeps the card inside the window horizontally', () => {
    expect(place(at(100, 1250, 20)).left).toBe(WINDOW.width - CARD.width - 8);
    expect(place(at(100, -40, 20)).left).toBe(8);
  });

  const scenario = fc
    .record({
      vw: fc.integer({ min: 320, max: 2560 }),
      vh: fc.integer({ min: 240, max: 1600 }),
      w: fc.integer({ min: 200, max: 420 }),
      h: fc.integer({ min: 60, max: 900 }),
      x: fc.double({ min: 0, max: 1, noNaN: true }),
      y: fc.double({ min: 0, max: 1, noNaN: true }),
      aw: fc.integer({ min: 4, max: 300 }),
      ah: fc.integer({ min: 8, max: 60 }),
    })
    .filter((s) => s.w + 16 <= s.vw && s.ah + 40 <= s.vh)
    .map((s): PlaceCardOptions => {
      const left = s.x * (s.vw - s.aw);
      const top = s.y * (s.vh - s.ah);
      return {
        anchor: { top, left, right: left + s.aw, bottom: top + s.ah },
        card: { width: s.w, height: s.h },
        viewport: { width: s.vw, height: s.vh },
        gap: 8,
        margin: 8,
      };
    });

  it('never covers the name', () => {
    fc.assert(
      fc.property(scenario, (options) => {
        expect(overlaps(cardBox(options), options.anchor)).toBe(false);
      }),
    );
  });

  it('is never shorter than the room on the taller side (the rule it replaces)', () => {
    fc.assert(
      fc.property(scenario, (options) => {
        const { anchor, card, viewport } = options;
        const room = Math.max(viewport.height - anchor.bottom - 16, anchor.top - 16);
        const box = cardBox(options);
        expect(box.bottom - box.top).toBeGreaterThanOrEqual(Math.min(card.height, room) - 1e-6);
      }),
    );
  });

  it('stays inside the window vertically', () => {
    fc.assert(
      fc.property(scenario, (options) => {
        const box = cardBox(options);
        expect(box.top).toBeGreaterThanOrEqual(8 - 1e-6);
        expect(box.bottom).toBeLessThanOrEqual(options.viewport.height - 8 + 1e-6);
      }),
    );
  });
});
