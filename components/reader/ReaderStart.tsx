/**
 * The reader opened with no address parameters: a search over the passages
 * and every source, newest first, each linking to the reader at that article
 * (#12). Searching submits to `reader.html?q=`, the page the popup and the
 * selection menu open, so results have an address the back button keeps.
 */
import type { JSX } from 'preact';
import type { SourceSummary } from '../../core/messages';
import { readerPath } from '../../core/reader-url';
import { t, tCount } from '../i18n';
import { Message } from '../Message';
import { groupBySource } from '../../core/view/timeline';
import { CuratedMark } from '../CuratedMark';
import { PublisherDate } from '../PublisherDate';

export type SourcesState =
  | { status: 'loading' }
  | { status: 'error'; error: string }
  | { status: 'ready'; data: { sources: SourceSummary[] } };

/** Newest first, undated last in corpus order (the order the card's "All passages by source" uses). */
export function orderSources(sources: readonly SourceSummary[]): SourceSummary[] {
  return groupBySource(sources, 'newest').flatMap((g) => g.excerpts);
}

export function ReaderStart({ state }: { state: SourcesState | null }): JSX.Element {
  return (
    <main class="sl-reader-single sl-reader-start">
      <form
        class="sl-start-search"
        action="reader.html"
        method="get"
        role="search"
        aria-label={t('reader_start_search')}
      >
        <label for="sl-start-q">{t('reader_start_search_label')}</label>
        <div class="sl-start-search-row">
          <input
            id="sl-start-q"
            name="q"
            type="search"
            required
            autocomplete="off"
            placeholder={t('reader_start_placeholder')}
          />
          <button type="submit">{t('reader_start_submit')}</button>
        </div>
      </form>
      <SourceList state={state} />
    </main>
  );
}

function SourceList({ state }: { state: SourcesState | null }): JSX.Element {
  if (!state || state.status === 'loading') return <p class="sl-muted">{t('sources_loading')}</p>;
  if (state.status === 'error')
    return (
      <p class="sl-error" role="alert">
        {t('sources_load_failed', state.error)}
      </p>
    );
  // Sources turned off on the Sources page are not searched, so they are not offered here either.
  const sources = orderSources(state.data.sources.filter((s) => s.enabled));
  return (
    <section aria-labelledby="sl-sources-title">
      <h1 id="sl-sources-title">
        {t('options_sources')}{' '}
        <span class="sl-muted sl-sources-count">
          {tCount(sources.length, 'sources_articles_one', 'sources_articles')}
        </span>
      </h1>
      {sources.length === 0 ? (
        <p class="sl-muted">
          <Message
            id="reader_start_none"
            parts={[<a href="sources.html">{t('options_sources')}</a>]}
          />
        </p>
      ) : (
        <ol class="sl-source-list">
          {sources.map((s) => (
            <SourceItem key={s.article.id} source={s} />
          ))}
        </ol>
      )}
    </section>
  );
}

function SourceItem({ source }: { source: SourceSummary }): JSX.Element {
  const { article, passageCount } = source;
  return (
    <li data-article-id={article.id}>
      <a
        class="sl-source-title"
        href={readerPath({ kind: 'article', articleId: article.id, passageId: null, termId: null })}
      >
        {article.title}
      </a>
      <CuratedMark article={article} field="title" />
      <p class="sl-meta">
        <PublisherDate article={article} />
        {' · '}
        <span class="sl-passage-count">
          {tCount(passageCount, 'common_passages_one', 'common_passages')}
        </span>
      </p>
    </li>
  );
}
