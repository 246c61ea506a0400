/** The answer to a query: the result list, "Searching…", or why the search failed. */
import type { JSX } from 'preact';
import { t } from '../i18n';
import { ResultList } from './ResultList';
import type { PopupSearch } from './use-search';

export function SearchResults({
  search,
  onOpenHit,
  onName,
}: {
  search: PopupSearch;
  onOpenHit(index: number): void;
  onName(termId: string): void;
}): JSX.Element {
  const { response, searchError, active, setActive, setQuery } = search;
  return (
    <section class="sl-body" aria-live="polite">
      {searchError ? (
        <p class="sl-error" role="alert">
          {t('popup_search_failed', searchError)}
        </p>
      ) : response ? (
        <ResultList
          response={response}
          active={active}
          onOpen={onOpenHit}
          onHover={setActive}
          onName={onName}
          onNearName={(name) => setQuery(name)}
        />
      ) : (
        <p class="sl-muted sl-pad">{t('popup_searching')}</p>
      )}
    </section>
  );
}
