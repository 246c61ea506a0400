/** The popup's title and menu: Add this page (off with its reason where it cannot work), Sources, Options. */
import type { JSX } from 'preact';

export function PopupHeader({
  addDisabled,
  addBlocked,
  onAdd,
  onSources,
  onOptions,
}: {
  addDisabled: boolean;
  /** Why "Add this page" cannot work here, shown under the header; null when it can. */
  addBlocked: string | null;
  onAdd(): void;
  onSources(): void;
  onOptions(): void;
}): JSX.Element {
  return (
    <>
      <header class="sl-popup-header">
        <h1 class="sl-title">Sourcelight</h1>
        <nav class="sl-menu" aria-label="Sourcelight">
          <button
            type="button"
            id="sl-add-page"
            class="sl-add-button"
            disabled={addDisabled || addBlocked !== null}
            aria-describedby={addBlocked ? 'sl-add-blocked' : undefined}
            onClick={onAdd}
          >
            Add this page
          </button>
          <button type="button" class="sl-link-button" onClick={onSources}>
            Sources
          </button>
          <button type="button" class="sl-link-button" onClick={onOptions}>
            Options
          </button>
        </nav>
      </header>
      {addBlocked && (
        <p class="sl-muted sl-small sl-add-blocked" id="sl-add-blocked">
          {addBlocked}
        </p>
      )}
    </>
  );
}
