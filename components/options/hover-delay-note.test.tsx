/**
 * The options page's note on a typed hover delay, in its words (moved from core/settings.test.ts
 * with the text, #15): core says how the value was adjusted, the page says it.
 */
import { describe, expect, it } from 'vitest';
import { readHoverDelayInput } from '../../core/settings';
import { hoverDelayNote } from './hover-delay-note';

describe('hover delay note', () => {
  it.each([
    ['450', null],
    ['299.6', null],
    ['2001', 'Hover delay is at most 2000 ms; set to 2000 ms.'],
    ['99999', 'Hover delay is at most 2000 ms; set to 2000 ms.'],
    ['-20', 'Hover delay is at least 0 ms; set to 0 ms.'],
    ['', 'Hover delay needs a number of milliseconds; kept 750 ms.'],
    ['abc', 'Hover delay needs a number of milliseconds; kept 750 ms.'],
  ])('typed %j: %j', (text, note) => {
    const { ms, adjusted } = readHoverDelayInput(text, 750);
    expect(hoverDelayNote(adjusted, ms)).toBe(note);
  });
});
