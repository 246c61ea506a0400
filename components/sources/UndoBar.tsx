/**
 * "Removed 3 sources. Undo": shown for `ms` after a removal. The time stops
 * while the pointer or the keyboard focus is on the bar, so nobody loses the
 * Undo button while reaching for it.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function UndoBar({
  message,
  ms,
  busy,
  onUndo,
  onDismiss,
}: {
  message: string;
  ms: number;
  busy: boolean;
  onUndo(): void;
  onDismiss(): void;
}): JSX.Element {
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (held || busy) return;
    const timer = setTimeout(onDismiss, ms);
    return () => clearTimeout(timer);
  }, [held, busy, message, ms]);
  return (
    <div
      class="sl-undo"
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocusIn={() => setHeld(true)}
      onFocusOut={() => setHeld(false)}
    >
      <span class="sl-undo-message">{message}</span>
      <button type="button" class="sl-undo-button" disabled={busy} onClick={onUndo}>
        Undo
      </button>
      <button type="button" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
