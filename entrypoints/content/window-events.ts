/**
 * Sourcelight's pointer and key listeners on the window, added at document_start by the
 * content script (`index.ts`) so that they come before any listener of the page.
 *
 * Why: listeners on one target run in the order they were added, and a page's capture listener
 * on `window` that calls `stopImmediatePropagation()` (drag libraries, canvas apps, games)
 * silences every listener added after it (issue 16, item 2). A page's scripts cannot run
 * before a document_start content script, so ours are always first.
 *
 * The content script and the card UI bundle (card-ui.js, imported later) share one isolated
 * world, so the relay lives on that world's `globalThis`, where the page cannot see it. Only events the browser made from real input (`isTrusted`)
 * are passed on: a page's synthetic events never open or close the card (item 8).
 */

export type WindowEventType = 'pointermove' | 'keydown';
type Listener = (event: Event) => void;

interface Relay {
  win: Window;
  /** Removes the relay's own window listeners (before adding them again). */
  abort: AbortController;
  listeners: Map<WindowEventType, Set<Listener>>;
}

const RELAY_KEY = '__sourcelightWindowEvents';

function relayOf(win: Window): Relay | undefined {
  const relay = (globalThis as unknown as Record<string, Relay | undefined>)[RELAY_KEY];
  return relay?.win === win ? relay : undefined;
}

/**
 * Adds the relay's listeners to `win` (again, keeping its subscribers, if it was installed
 * before: `document.open()` erases every listener of the window, ours included).
 */
export function installWindowEvents(win: Window): void {
  const previous = relayOf(win);
  previous?.abort.abort();
  const relay: Relay = {
    win,
    abort: new AbortController(),
    listeners: previous?.listeners ?? new Map<WindowEventType, Set<Listener>>(),
  };
  const forward = (type: WindowEventType) => (event: Event) => {
    if (!event.isTrusted) return;
    for (const listener of relay.listeners.get(type) ?? []) listener(event);
  };
  const { signal } = relay.abort;
  // Passive: we never delay the page's scrolling or drawing for a pointer move.
  win.addEventListener('pointermove', forward('pointermove'), {
    capture: true,
    passive: true,
    signal,
  });
  // Not passive: Escape, while our card is open, is ours (see CardHost).
  win.addEventListener('keydown', forward('keydown'), { capture: true, signal });
  (globalThis as unknown as Record<string, Relay>)[RELAY_KEY] = relay;
}

/**
 * Calls `listener` for each trusted `type` event at the window, before the page's own
 * listeners, until `signal` aborts. Installs the relay now if it is missing (then a page
 * listener added earlier comes first).
 */
export function onWindowEvent(
  win: Window,
  type: WindowEventType,
  listener: Listener,
  signal: AbortSignal,
): void {
  if (signal.aborted) return;
  if (!relayOf(win)) installWindowEvents(win);
  const relay = relayOf(win)!;
  let set = relay.listeners.get(type);
  if (!set) relay.listeners.set(type, (set = new Set()));
  set.add(listener);
  signal.addEventListener('abort', () => relayOf(win)?.listeners.get(type)?.delete(listener), {
    once: true,
  });
}
