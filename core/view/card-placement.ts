/**
 * Where the hover card goes, in viewport px: beside the hovered name, never over it, and as
 * tall as the card wants when the window has room for that somewhere (issue 12: a name in
 * the middle of an 800 px window left ~393 px above or below it, so fewer excerpts showed).
 */

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface CardPlacement {
  top: number;
  left: number;
  /** A height limit for the card, or null to leave it at its natural (CSS max) height. */
  maxHeight: number | null;
  side: 'below' | 'above' | 'right' | 'left';
}

export interface PlaceCardOptions {
  /** The hovered name's box (the line of it under the pointer). */
  anchor: Box;
  /** The card's natural size (its own CSS caps it at the window's height). */
  card: { width: number; height: number };
  viewport: { width: number; height: number };
  /** Space between the name and the card. */
  gap: number;
  /** Space kept between the card and the window's edges. */
  margin: number;
}

/**
 * A card cut by at most this fraction of its height stays below or above the name (a few lines
 * of excerpt scroll); cut more, it goes beside the name where it can have its full height.
 */
export const ACCEPTABLE_CUT = 0.1;

/**
 * Below the name if the whole card fits there, else above; else below or above, whichever has
 * more room, if that cuts the card by at most a tenth; else beside the name (right or left,
 * so the card may run past the name's line without covering it) at full height; else on the
 * side (below or above) with more room, cut to that room.
 *
 * @example
 * // A name in the middle of a 1280x800 window, a 392x560 card: beside it, full height.
 * placeCard({ anchor: { top: 390, bottom: 410, left: 300, right: 360 },
 *   card: { width: 392, height: 560 }, viewport: { width: 1280, height: 800 }, gap: 8, margin: 8 })
 * // → { side: 'right', left: 368, top: 120, maxHeight: null }
 */
export function placeCard(options: PlaceCardOptions): CardPlacement {
  const { anchor, card, viewport, gap, margin } = options;
  const below = viewport.height - anchor.bottom - gap - margin;
  const above = anchor.top - gap - margin;
  const alignedLeft = clamp(anchor.left, margin, viewport.width - card.width - margin);
  if (card.height <= below)
    return { side: 'below', top: anchor.bottom + gap, left: alignedLeft, maxHeight: null };
  if (card.height <= above)
    return {
      side: 'above',
      top: anchor.top - gap - card.height,
      left: alignedLeft,
      maxHeight: null,
    };

  const tallerSide = (): CardPlacement => {
    if (below >= above)
      return { side: 'below', top: anchor.bottom + gap, left: alignedLeft, maxHeight: below };
    const height = Math.max(0, above);
    return { side: 'above', top: anchor.top - gap - height, left: alignedLeft, maxHeight: height };
  };
  if (Math.max(below, above) >= card.height * (1 - ACCEPTABLE_CUT)) return tallerSide();
  return besideAnchor(options) ?? tallerSide();
}

/** Right of the name, else left of it, if the card's width fits there; centred on the name's line. */
function besideAnchor({
  anchor,
  card,
  viewport,
  gap,
  margin,
}: PlaceCardOptions): CardPlacement | null {
  const height = Math.min(card.height, viewport.height - 2 * margin);
  const maxHeight = height < card.height ? height : null;
  const middle = (anchor.top + anchor.bottom) / 2;
  const top = clamp(middle - height / 2, margin, viewport.height - margin - height);
  if (viewport.width - anchor.right - gap - margin >= card.width)
    return { side: 'right', top, left: anchor.right + gap, maxHeight };
  if (anchor.left - gap - margin >= card.width)
    return { side: 'left', top, left: anchor.left - gap - card.width, maxHeight };
  return null;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}
