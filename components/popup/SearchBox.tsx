/**
 * The popup's search field, a combobox over the result list: arrows move
 * through the hits, Enter opens one, Escape clears the query and, on an empty
 * box, closes the popup.
 */
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n';
import type { PopupSearch } from './use-search';

export function SearchBox({
  search,
  onOpenHit,
  onClose,
}: {
  search: PopupSearch;
  onOpenHit(index: number): void;
  onClose(): void;
}): JSX.Element {
  const { query, setQuery, hits, active, setActive } = search;
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.focus(), []);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (hits.length === 0) return;
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + hits.length) % hits.length);
    } else if (e.key === 'Enter') {
      if (hits.length === 0) return;
      e.preventDefault();
      onOpenHit(active);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (query) setQuery('');
      else onClose();
    }
  };

  return (
    <div class="sl-search">
      <label for="sl-query" class="sl-visually-hidden">
        {t('popup_search_label')}
      </label>
      <input
        id="sl-query"
        ref={inputRef}
        type="search"
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls="sl-results"
        aria-autocomplete="list"
        aria-activedescendant={hits.length > 0 ? `sl-hit-${active}` : undefined}
        autocomplete="off"
        spellcheck={false}
        placeholder={t('popup_search_placeholder')}
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
