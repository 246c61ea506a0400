/**
 * The list of sources with its search box, sort order, selection and the
 * actions on the selection. Long lists are shown a page at a time: ten
 * thousand rows would make every keystroke in the search box re-render them all.
 */
import type { JSX } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { SourceSummary } from '../../core/messages';
import { formatNumber } from '../format';
import { t, tCount } from '../i18n';
import {
  filterSources,
  SOURCE_SORTS,
  sortSources,
  uniqueFiles,
  type SourceSort,
} from '../../core/view/source-list';
import { sortLabel } from './labels';
import { SourceRow } from './SourceRow';

export const PAGE_SIZE = 200;

export interface SourceListProps {
  sources: SourceSummary[];
  selected: ReadonlySet<string>;
  busy: boolean;
  onSelect(files: string[], selected: boolean): void;
  onEnable(files: string[], enabled: boolean): void;
  onOpen(articleId: string): void;
  onRemove(files: string[]): void;
  onExport(files: string[]): void;
}

export function SourceList(props: SourceListProps): JSX.Element {
  const { sources, selected, busy } = props;
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SourceSort>('added');
  const [shown, setShown] = useState(PAGE_SIZE);
  // Sorted once per list or order; a keystroke only filters (filtering keeps the order).
  const sorted = useMemo(() => sortSources(sources, sort), [sources, sort]);
  const visible = useMemo(() => filterSources(sorted, query), [sorted, query]);
  const articlesPerFile = useMemo(() => {
    const counts = new Map<string, number>();
    for (const s of sources) counts.set(s.file, (counts.get(s.file) ?? 0) + 1);
    return counts;
  }, [sources]);
  const visibleFiles = uniqueFiles(visible);
  const allVisibleSelected = visibleFiles.length > 0 && visibleFiles.every((f) => selected.has(f));

  return (
    <section class="sl-list" aria-labelledby="sl-list-title">
      <h2 id="sl-list-title">
        {t('options_sources_link')}{' '}
        <span class="sl-muted sl-list-count">
          {visible.length === sources.length
            ? articles(sources.length)
            : t('sources_import_count', formatNumber(visible.length), articles(sources.length))}
        </span>
      </h2>
      <div class="sl-row sl-list-tools" role="search">
        <label for="sl-filter">{t('sources_list_find')}</label>
        <input
          id="sl-filter"
          type="search"
          placeholder={t('sources_list_find_placeholder')}
          value={query}
          onInput={(e) => {
            setQuery(e.currentTarget.value);
            setShown(PAGE_SIZE);
          }}
        />
        <label for="sl-sort">{t('sources_list_sort')}</label>
        <select
          id="sl-sort"
          value={sort}
          onChange={(e) => setSort(e.currentTarget.value as SourceSort)}
        >
          {SOURCE_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {sortLabel(sort)}
            </option>
          ))}
        </select>
      </div>
      <div class="sl-row sl-selection">
        <label>
          <input
            type="checkbox"
            id="sl-select-shown"
            checked={allVisibleSelected}
            disabled={visibleFiles.length === 0}
            onChange={() => props.onSelect(visibleFiles, !allVisibleSelected)}
          />
          {t('sources_list_select_shown')}
        </label>
        <SelectionActions {...props} />
      </div>
      {visible.length === 0 ? (
        <p class="sl-muted sl-list-empty">
          {t(sources.length === 0 ? 'sources_list_none' : 'sources_list_no_match')}
        </p>
      ) : (
        <ul class="sl-source-rows">
          {visible.slice(0, shown).map((s) => (
            <SourceRow
              key={s.article.id}
              source={s}
              siblings={(articlesPerFile.get(s.file) ?? 1) - 1}
              selected={selected.has(s.file)}
              busy={busy}
              onSelect={(file, on) => props.onSelect([file], on)}
              onEnable={(file, on) => props.onEnable([file], on)}
              onOpen={props.onOpen}
              onRemove={(file) => props.onRemove([file])}
            />
          ))}
        </ul>
      )}
      {visible.length > shown ? (
        <button type="button" class="sl-show-more" onClick={() => setShown(shown + PAGE_SIZE)}>
          {t(
            'sources_list_show_more',
            formatNumber(Math.min(PAGE_SIZE, visible.length - shown)),
            formatNumber(visible.length - shown),
          )}
        </button>
      ) : null}
    </section>
  );
}

/** Turn on, off, remove or export what is selected; bundled sources are never removed or exported. */
function SelectionActions(props: SourceListProps): JSX.Element | null {
  const { sources, selected, busy } = props;
  if (selected.size === 0) return null;
  const files = [...selected];
  const userFiles = uniqueFiles(
    sources.filter((s) => s.origin !== 'bundled' && selected.has(s.file)),
  );
  const bundled = files.length - userFiles.length;
  return (
    <div
      class="sl-row sl-selection-actions"
      role="group"
      aria-label={t('sources_list_selected_label')}
    >
      <span class="sl-selection-count">
        {tCount(files.length, 'sources_list_selected', 'sources_list_selected')}
      </span>
      <button type="button" disabled={busy} onClick={() => props.onEnable(files, true)}>
        {t('sources_list_turn_on')}
      </button>
      <button type="button" disabled={busy} onClick={() => props.onEnable(files, false)}>
        {t('sources_list_turn_off')}
      </button>
      <button
        type="button"
        id="sl-remove-selected"
        disabled={busy || userFiles.length === 0}
        onClick={() => props.onRemove(userFiles)}
      >
        {tCount(userFiles.length, 'sources_list_remove', 'sources_list_remove')}
      </button>
      <button
        type="button"
        id="sl-export-selected"
        disabled={userFiles.length === 0}
        onClick={() => props.onExport(userFiles)}
      >
        {tCount(userFiles.length, 'sources_list_export', 'sources_list_export')}
      </button>
      {bundled > 0 ? (
        <span class="sl-muted">
          {t(
            'sources_list_bundled_kept',
            tCount(bundled, 'sources_bundled_one', 'sources_bundled'),
          )}
        </span>
      ) : null}
      <button type="button" onClick={() => props.onSelect(files, false)}>
        {t('sources_list_clear')}
      </button>
    </div>
  );
}

const articles = (count: number) => tCount(count, 'sources_articles_one', 'sources_articles');
