/** "On this page": the names the content script found in the active tab, with counts. */
import type { JSX } from 'preact';
import type { TabProtocol } from '../../core/messages';
import { KIND_LABELS } from '../../core/view/format';

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
      return <p class="sl-muted sl-pad">Reading this page…</p>;
    case 'off':
      return <p class="sl-muted sl-pad">Highlighting is off on this page.</p>;
    case 'unavailable':
      return (
        <p class="sl-muted sl-pad" role="status">
          No names to show: browser pages, extension stores and local files are out of Sourcelight's
          reach.
        </p>
      );
    case 'ready':
      if (state.terms.length === 0)
        return <p class="sl-muted sl-pad">No names from the sources on this page.</p>;
  }
  const terms = [...state.terms].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return (
    <ul class="sl-name-list sl-page-terms">
      {terms.map((t) => (
        <li key={t.termId} data-term-id={t.termId}>
          <button
            type="button"
            class="sl-name"
            title={`Scroll to the first “${t.name}” on the page`}
            onClick={() => onReveal(t.termId)}
          >
            <span>{t.name}</span>
            <span class="sl-kind">{KIND_LABELS[t.kind]}</span>
            {/* Labelled, so "8" beside the "Sources" link is not read as 8 sources (#12). */}
            <span class="sl-mentions">
              <span class="sl-count">{t.count}</span> {t.count === 1 ? 'mention' : 'mentions'}
              <span class="sl-visually-hidden"> on this page</span>
            </span>
          </button>
          <button
            type="button"
            class="sl-link-button sl-small"
            aria-label={`What the sources say about ${t.name}`}
            onClick={() => onOpen(t.termId)}
          >
            Sources
          </button>
        </li>
      ))}
    </ul>
  );
}
