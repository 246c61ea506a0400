/**
 * "Removed 3 sources. Undo": shown for `ms` after a removal. The time stops
 * while the pointer or the keyboard focus is on the bar, so nobody loses the
 * Undo button while reaching for it. A keyboard user whose Remove button went
 * with its row lands on Undo.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n';

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
  const undoButton = useRef<HTMLButtonElement>(null);
  /** Focus we moved there ourselves does not hold the bar: only the reader's own does. */
  const movingFocus = useRef(false);
  // The Remove button that was pressed went with its row: give keyboard focus to Undo rather
  // than leave it on the page's body. Checked once the removal is done (busy turns false).
  useEffect(() => {
    const active = document.activeElement;
    if (busy || (active && active !== document.body)) return;
    movingFocus.current = true;
    undoButton.current?.focus();
    movingFocus.current = false;
  }, [message, busy]);
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
      onFocusIn={() => !movingFocus.current && setHeld(true)}
      onFocusOut={() => setHeld(false)}
    >
      <span class="sl-undo-message">{message}</span>
      <button
        ref={undoButton}
        type="button"
        class="sl-undo-button"
        disabled={busy}
        onClick={onUndo}
      >
        {t('sources_undo')}
      </button>
      <button type="button" aria-label={t('sources_dismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
