/** "On this page": the names the content script found in the active tab, with counts. */
import type { JSX } from 'preact';
import type { TabProtocol } from '../../core/messages';
import { t } from '../i18n';
import { kindLabel } from '../kind-labels';

/** One name the content script found on the page, with how often. */
export type PageTerm = TabProtocol['getPageTerms']['response']['terms'][number];

export type PageTermsState =
  | { status: 'loading' }
  | { status: 'ready'; terms: PageTerm[] }
  /** Highlighting is off here (site switch or pause). */
  | { status: 'off' }
  /** No content script answers: browser pages, the extension store, file: without access. */
  | { status: 'unavailable' };

export function PageTerms({
  state,
  onReveal,
  onOpen,
}: {
  state: PageTermsState;
  onReveal(termId: string): void;
  onOpen(termId: string): void;
}): JSX.Element {
  switch (state.status) {
    case 'loading':
      return <p class="sl-muted sl-pad">{t('popup_page_reading')}</p>;
    case 'off':
      return <p class="sl-muted sl-pad">{t('popup_page_off')}</p>;
    case 'unavailable':
      return (
        <p class="sl-muted sl-pad" role="status">
          {t('popup_page_unavailable')}
        </p>
      );
    case 'ready':
      if (state.terms.length === 0) return <p class="sl-muted sl-pad">{t('popup_page_none')}</p>;
  }
  const terms = [...state.terms].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return (
    <ul class="sl-name-list sl-page-terms">
      {terms.map((term) => (
        <li key={term.termId} data-term-id={term.termId}>
          <button
            type="button"
            class="sl-name"
            title={t('popup_page_scroll_to', term.name)}
            onClick={() => onReveal(term.termId)}
          >
            <span>{term.name}</span>
            <span class="sl-kind">{kindLabel(term.kind)}</span>
            {/* Labelled, so "8" beside the "Sources" link is not read as 8 sources (#12). */}
            <span class="sl-term-mentions">
              <span class="sl-count">{term.count}</span>{' '}
              {t(term.count === 1 ? 'popup_page_mention' : 'popup_page_mentions')}
              <span class="sl-visually-hidden"> {t('popup_page_on_this_page')}</span>
            </span>
          </button>
          <button
            type="button"
            class="sl-link-button sl-small"
            aria-label={t('popup_page_sources_about', term.name)}
            onClick={() => onOpen(term.termId)}
          >
            {t('popup_page_sources')}
          </button>
        </li>
      ))}
    </ul>
  );
}
