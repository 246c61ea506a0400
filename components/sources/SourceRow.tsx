/**
 * One source on the Sources page: title, publisher and date, where it came
 * from, its passages and names, and its controls (select, on/off, open,
 * remove). Bundled sources have no Remove: they are read-only.
 */
import type { JSX } from 'preact';
import type { SourceSummary } from '../../core/messages';
import { CuratedMark } from '../CuratedMark';
import { PublisherDate } from '../PublisherDate';
import { t, tCount } from '../i18n';
import { originLabel } from './labels';

export interface SourceRowProps {
  source: SourceSummary;
  /** Other articles compiled from the same file (an archive page): they turn off and go together. */
  siblings: number;
  selected: boolean;
  busy: boolean;
  onSelect(file: string, selected: boolean): void;
  onEnable(file: string, enabled: boolean): void;
  onOpen(articleId: string): void;
  onRemove(file: string): void;
}

export function SourceRow(props: SourceRowProps): JSX.Element {
  const { source, siblings, selected, busy } = props;
  const { article } = source;
  const titleId = `sl-src-title-${article.id}`;
  const together =
    siblings > 0
      ? ` ${t(
          'sources_row_together',
          tCount(siblings, 'sources_other_articles_one', 'sources_other_articles'),
          source.file,
        )}`
      : '';
  return (
    <li
      class={source.enabled ? 'sl-src' : 'sl-src sl-src-off'}
      data-article-id={article.id}
      data-file={source.file}
      aria-labelledby={titleId}
    >
      <input
        type="checkbox"
        class="sl-src-select"
        checked={selected}
        aria-label={t('sources_row_select', article.title)}
        onChange={(e) => props.onSelect(source.file, e.currentTarget.checked)}
      />
      <div class="sl-src-main">
        <h3 id={titleId} class="sl-src-title">
          {article.title}
          <CuratedMark article={article} field="title" />
          {source.enabled ? null : <span class="sl-src-off-mark"> {t('sources_row_off')}</span>}
        </h3>
        <p class="sl-meta">
          <PublisherDate article={article} />
          {article.author ? <span class="sl-src-author"> · {article.author}</span> : null}
        </p>
        <p class="sl-meta">
          <span class={`sl-origin sl-origin-${source.origin}`}>{originLabel(source.origin)}</span>
          {' · '}
          <span class="sl-src-counts">
            {tCount(source.passageCount, 'common_passages_one', 'common_passages')} ·{' '}
            {tCount(source.termCount, 'add_names_one', 'add_names')}
          </span>
          {source.origin === 'bundled' ? null : <span class="sl-src-file"> · {source.file}</span>}
        </p>
      </div>
      <div class="sl-src-actions">
        <label class="sl-src-toggle">
          <input
            type="checkbox"
            checked={source.enabled}
            disabled={busy}
            aria-label={t('sources_row_use', article.title) + together}
            onChange={(e) => props.onEnable(source.file, e.currentTarget.checked)}
          />
          {t('sources_row_on')}
        </label>
        <button
          type="button"
          aria-label={t('sources_row_open_label', article.title)}
          onClick={() => props.onOpen(article.id)}
        >
          {t('sources_row_open')}
        </button>
        {source.origin === 'bundled' ? (
          <span class="sl-muted sl-src-readonly" title={t('sources_row_bundled_title')}>
            {t('sources_row_read_only')}
          </span>
        ) : (
          <button
            type="button"
            class="sl-src-remove"
            disabled={busy}
            aria-label={t('options_site_remove_label', article.title) + together}
            onClick={() => props.onRemove(source.file)}
          >
            {t('options_site_remove')}
          </button>
        )}
      </div>
    </li>
  );
}
