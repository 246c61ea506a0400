/**
 * The hover controller's timing, with fake timers and frames: when the card's data is
 * prefetched, when the card opens and closes. Hit-testing is faked (what is under the pointer
 * is set by each test); the e2e suites hover real names in Chromium.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MatchRecord } from './highlighter';
import { CLOSE_GRACE_MS, HoverController, PREFETCH_MS } from './hover';

const record = (termId: string): MatchRecord =>
  ({ termId, shown: true, pass: 1, seq: 1 }) as unknown as MatchRecord;

function setUp(options: { delayMs?: number } = {}) {
  let under: MatchRecord | undefined;
  let openTermId: string | null = null;
  let listener: ((e: PointerEvent) => void) | undefined;
  let signal: AbortSignal | undefined;
  const card = document.createElement('sourcelight-card');
  const hitTest = vi.fn((): MatchRecord | undefined => under);
  const setHover = vi.fn<(record: MatchRecord | null) => void>();
  const callbacks = {
    prefetch: vi.fn<(r: MatchRecord) => void>(),
    open: vi.fn((r: MatchRecord, _p: { x: number; y: number }) => {
      openTermId = r.termId;
    }),
    close: vi.fn(() => {
      openTermId = null;
    }),
    openTermId: () => openTermId,
    isOwnUi: (target: EventTarget | null) => target === card,
  };
  const hover = new HoverController({
    doc: document,
    hitTest,
    setHover,
    delayMs: () => options.delayMs ?? 300,
    callbacks,
    pointerMoves: (l, s) => {
      listener = l;
      signal = s;
    },
  });
  hover.start();
  /** A pointer move over `target` (a name, nothing, or the card), then the next frame. */
  const move = (
    target: MatchRecord | undefined | 'card',
    event: Partial<Pick<PointerEvent, 'buttons' | 'pointerType'>> = {},
  ) => {
    under = target === 'card' ? undefined : target;
    if (!signal?.aborted)
      listener?.({
        clientX: 10,
        clientY: 20,
        buttons: 0,
        pointerType: 'mouse',
        target: target === 'card' ? card : document.body,
        ...event,
      } as unknown as PointerEvent);
    vi.advanceTimersToNextFrame();
  };
  return { hover, move, callbacks, hitTest, setHover, emit: (e: PointerEvent) => listener?.(e) };
}

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
  });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('HoverController', () => {
  it('prefetches at 150 ms and opens at the hover delay, not before', () => {
    const { move, callbacks, setHover } = setUp();
    const name = record('tokayev');
    move(name);
    expect(setHover).toHaveBeenLastCalledWith(name);
    vi.advanceTimersByTime(PREFETCH_MS - 20);
    expect(callbacks.prefetch).not.toHaveBeenCalled();
    vi.advanceTimersByTime(20);
    expect(callbacks.prefetch).toHaveBeenCalledWith(name);
    vi.advanceTimersByTime(300 - PREFETCH_MS - 20);
    expect(callbacks.open).not.toHaveBeenCalled();
    vi.advanceTimersByTime(20);
    expect(callbacks.open).toHaveBeenCalledTimes(1);
    expect(callbacks.open).toHaveBeenCalledWith(name, { x: 10, y: 20 });
  });

  it('a short hover delay prefetches no later than it opens', () => {
    const { move, callbacks } = setUp({ delayMs: 40 });
    move(record('csto'));
    vi.advanceTimersByTime(40);
    expect(callbacks.prefetch).toHaveBeenCalledTimes(1);
    expect(callbacks.open).toHaveBeenCalledTimes(1);
  });

  it('a pointer passing over a name opens nothing and prefetches nothing', () => {
    const { move, callbacks, setHover } = setUp();
    move(record('tokayev'));
    vi.advanceTimersByTime(100);
    move(undefined);
    vi.advanceTimersByTime(2000);
    expect(callbacks.prefetch).not.toHaveBeenCalled();
    expect(callbacks.open).not.toHaveBeenCalled();
    expect(setHover).toHaveBeenLastCalledWith(null);
  });

  it('moving to another name starts its delay over', () => {
    const { move, callbacks } = setUp();
    move(record('tokayev'));
    vi.advanceTimersByTime(250);
    const other = record('csto');
    move(other);
    vi.advanceTimersByTime(250);
    expect(callbacks.open).not.toHaveBeenCalled();
    vi.advanceTimersByTime(50);
    expect(callbacks.open).toHaveBeenCalledWith(other, expect.anything());
  });

  it('leaving a name closes its open card after the grace period; coming back in time keeps it', () => {
    const { move, callbacks } = setUp();
    move(record('tokayev'));
    vi.advanceTimersByTime(300);
    expect(callbacks.open).toHaveBeenCalledTimes(1);
    move(undefined);
    vi.advanceTimersByTime(CLOSE_GRACE_MS - 20);
    expect(callbacks.close).not.toHaveBeenCalled();
    // Back on the name (or another mention of it) in time: the open card stays as it is.
    move(record('tokayev'));
    vi.advanceTimersByTime(2000);
    expect(callbacks.close).not.toHaveBeenCalled();
    expect(callbacks.open).toHaveBeenCalledTimes(1);
    move(undefined);
    vi.advanceTimersByTime(CLOSE_GRACE_MS);
    expect(callbacks.close).toHaveBeenCalledTimes(1);
  });

  it('the pointer inside the card keeps it open; leaving the card closes it after the grace period', () => {
    const { hover, move, callbacks } = setUp();
    move(record('tokayev'));
    vi.advanceTimersByTime(300);
    move(undefined);
    vi.advanceTimersByTime(100);
    move('card');
    vi.advanceTimersByTime(2000);
    expect(callbacks.close).not.toHaveBeenCalled();
    hover.pointerInCard(false);
    vi.advanceTimersByTime(CLOSE_GRACE_MS - 20);
    expect(callbacks.close).not.toHaveBeenCalled();
    vi.advanceTimersByTime(20);
    expect(callbacks.close).toHaveBeenCalledTimes(1);
  });

  it('never opens while buttons are pressed (a selection being dragged) or for touch', () => {
    const { move, callbacks } = setUp();
    move(record('tokayev'), { buttons: 1 });
    vi.advanceTimersByTime(1000);
    move(record('csto'), { pointerType: 'touch' });
    vi.advanceTimersByTime(1000);
    expect(callbacks.open).not.toHaveBeenCalled();
    expect(callbacks.prefetch).not.toHaveBeenCalled();
  });

  it('hit-tests at most once a frame however many moves come', () => {
    const { emit, hitTest } = setUp();
    for (let i = 0; i < 10; i++)
      emit({ clientX: i, clientY: 0, buttons: 0, pointerType: 'mouse' } as PointerEvent);
    expect(hitTest).not.toHaveBeenCalled();
    vi.advanceTimersToNextFrame();
    expect(hitTest).toHaveBeenCalledTimes(1);
  });

  it('reset (the reader closed the card) and stop forget the target and its timers', () => {
    const { hover, move, callbacks, setHover } = setUp();
    move(record('tokayev'));
    vi.advanceTimersByTime(100);
    hover.reset();
    vi.advanceTimersByTime(2000);
    expect(callbacks.open).not.toHaveBeenCalled();
    expect(setHover).toHaveBeenLastCalledWith(null);
    move(record('csto'));
    hover.stop();
    vi.advanceTimersByTime(2000);
    move(record('astana'));
    vi.advanceTimersByTime(2000);
    expect(callbacks.open).not.toHaveBeenCalled();
  });
});
