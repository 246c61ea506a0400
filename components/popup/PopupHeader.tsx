/** The popup's title and menu: Add this page (off with its reason where it cannot work), Sources, Options. */
import type { JSX } from 'preact';
import { t } from '../i18n';

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
        <h1 class="sl-title">{t('manifest_name')}</h1>
        <nav class="sl-menu" aria-label={t('manifest_name')}>
          <button
            type="button"
            id="sl-add-page"
            class="sl-add-button"
            disabled={addDisabled || addBlocked !== null}
            aria-describedby={addBlocked ? 'sl-add-blocked' : undefined}
            onClick={onAdd}
          >
            {t('popup_add_page')}
          </button>
          <button type="button" class="sl-link-button" onClick={onSources}>
            {t('popup_menu_sources')}
          </button>
          <button type="button" class="sl-link-button" onClick={onOptions}>
            {t('popup_menu_options')}
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
