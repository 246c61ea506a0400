/**
 * The reader: a source article in full with the chosen passage marked, the
 * other passages of a term beside it, all passages of a term, search
 * results, or (with no parameters) the list of sources and a search box.
 * I/O comes in through `api` (the background's answers).
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ArticleView, SearchResponse, SourceSummary, TermCard } from '../../core/messages';
import { readerPath, type ReaderRoute } from '../../core/reader-url';
import { findMentions } from '../../core/search/excerpt';
import { describeArticleDate, describePublisher } from '../format';
import { groupBySource } from '../../core/view/timeline';
import { CopyCitation, copyWithNavigator, type CopyText } from '../CopyCitation';
import { ExcerptText } from '../ExcerptText';
import { SourceLine } from '../popup/SourceLine';
import { CuratedMark } from '../CuratedMark';
import { t, tCount, type MessageKey } from '../i18n';
import { kindLabel } from '../kind-labels';
import { Message } from '../Message';
import { ReaderStart } from './ReaderStart';

export interface ReaderApi {
  getArticle(articleId: string): Promise<ArticleView | null>;
  lookupTerm(termId: string): Promise<TermCard | null>;
  search(query: string): Promise<SearchResponse>;
  /** Every source, for the start page. */
  listSources(): Promise<{ sources: SourceSummary[] }>;
  /** Writes to the clipboard (copying a passage with its citation); the page's own by default. */
  copyText?: CopyText;
}

type Load<T> =
  { status: 'loading' } | { status: 'error'; error: string } | { status: 'ready'; data: T };

function useLoad<T>(load: (() => Promise<T>) | null, deps: unknown[]): Load<T> | null {
  const [state, setState] = useState<Load<T> | null>(load ? { status: 'loading' } : null);
  useEffect(() => {
    if (!load) return setState(null);
    let live = true;
    setState({ status: 'loading' });
    load().then(
      (data) => live && setState({ status: 'ready', data }),
      (e: unknown) =>
        live && setState({ status: 'error', error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, deps);
  return state;
}

export function Reader({ route, api }: { route: ReaderRoute; api: ReaderApi }): JSX.Element {
  const copyText = api.copyText ?? copyWithNavigator;
  const termId = route.kind === 'article' || route.kind === 'term' ? route.termId : null;
  const article = useLoad(route.kind === 'article' ? () => api.getArticle(route.articleId) : null, [
    route.kind === 'article' ? route.articleId : null,
  ]);
  const term = useLoad(termId ? () => api.lookupTerm(termId) : null, [termId]);
  const search = useLoad(route.kind === 'search' ? () => api.search(route.query) : null, [
    route.kind === 'search' ? route.query : null,
  ]);
  const sources = useLoad(route.kind === 'empty' ? () => api.listSources() : null, [route.kind]);

  useEffect(() => {
    const name =
      article?.status === 'ready'
        ? article.data?.article.title
        : term?.status === 'ready'
          ? term.data?.term.name
          : route.kind === 'search'
            ? t('reader_quoted', route.query)
            : null;
    document.title = name ? t('reader_page_title_of', name) : t('reader_page_title');
  }, [article, term]);

  return (
    <div class="sl-reader">
      <header class="sl-reader-header">
        <a class="sl-brand" href={readerPath({ kind: 'empty' })}>
          {t('manifest_name')}
        </a>
        {/* The start page has its own, larger search box. */}
        {route.kind !== 'empty' ? (
          <form class="sl-reader-search" action="reader.html" method="get" role="search">
            <label for="sl-reader-q" class="sl-visually-hidden">
              {t('popup_search_label')}
            </label>
            <input
              id="sl-reader-q"
              name="q"
              type="search"
              placeholder={t('reader_search_placeholder')}
              defaultValue={route.kind === 'search' ? route.query : ''}
            />
          </form>
        ) : null}
      </header>
      {route.kind === 'article' ? (
        <div class={termId ? 'sl-reader-grid' : 'sl-reader-single'}>
          <ArticlePane
            state={article}
            passageId={route.passageId}
            term={term}
            copyText={copyText}
          />
          {termId ? (
            <aside class="sl-reader-aside" aria-label={t('reader_other_passages')}>
              <TermPassages
                state={term}
                currentPassageId={route.passageId}
                compact
                copyText={copyText}
              />
            </aside>
          ) : null}
        </div>
      ) : route.kind === 'term' ? (
        <main class="sl-reader-single">
          <TermPassages state={term} currentPassageId={null} copyText={copyText} />
        </main>
      ) : route.kind === 'search' ? (
        <main class="sl-reader-single">
          <SearchResults state={search} copyText={copyText} />
        </main>
      ) : (
        <ReaderStart state={sources} />
      )}
    </div>
  );
}

function Status({
  state,
  what,
}: {
  state: Load<unknown> | null;
  what: MessageKey;
}): JSX.Element | null {
  if (!state || state.status === 'ready') return null;
  if (state.status === 'loading') return <p class="sl-muted">{t('reader_loading', t(what))}</p>;
  return (
    <p class="sl-error" role="alert">
      {t('reader_load_failed', t(what), state.error)}
    </p>
  );
}

function ArticlePane({
  state,
  passageId,
  term,
  copyText,
}: {
  state: Load<ArticleView | null> | null;
  passageId: string | null;
  term: Load<TermCard | null> | null;
  copyText: CopyText;
}): JSX.Element {
  const view = state?.status === 'ready' ? state.data : null;
  const variants = term?.status === 'ready' && term.data ? term.data.term.variants : [];

  useEffect(() => {
    if (!view || !passageId) return;
    document.getElementById(passageId)?.scrollIntoView({ block: 'center' });
  }, [view, passageId]);

  if (state?.status !== 'ready')
    return (
      <main class="sl-article">
        <Status state={state} what="reader_what_article" />
      </main>
    );
  if (!view)
    return (
      <main class="sl-article">
        <p class="sl-error" role="alert">
          {t('reader_article_missing')}
        </p>
      </main>
    );
  const { article, passages } = view;
  const date = describeArticleDate(article);
  const publisher = describePublisher(article);
  const safeUrl = article.url && /^https?:\/\//iu.test(article.url) ? article.url : null;
  return (
    <main class="sl-article">
      <article aria-labelledby="sl-article-title">
        <h1 id="sl-article-title">
          {article.title}
          <CuratedMark article={article} field="title" />
        </h1>
        <dl class="sl-article-meta">
          <div>
            <dt>{t('add_field_publisher')}</dt>
            <dd class={publisher.isStated ? undefined : 'sl-undated'}>
              {publisher.isStated ? publisher.text : t('reader_not_stated')}
              <CuratedMark article={article} field="publisher" />
            </dd>
          </div>
          <div>
            <dt>{t('add_field_date')}</dt>
            <dd class={date.isDated ? undefined : 'sl-undated'}>
              {date.text}
              <CuratedMark article={article} field="date" />
            </dd>
          </div>
          <div>
            <dt>{t('add_field_author')}</dt>
            <dd class={article.author ? undefined : 'sl-undated'}>
              {article.author ?? t('reader_not_stated')}
              <CuratedMark article={article} field="author" />
            </dd>
          </div>
          {safeUrl ? (
            <div>
              <dt>{t('reader_original')}</dt>
              <dd>
                <a href={safeUrl} rel="noreferrer noopener" target="_blank">
                  {safeUrl}
                </a>
                <CuratedMark article={article} field="url" />
              </dd>
            </div>
          ) : null}
        </dl>
        {passages.map((p) => {
          const current = p.id === passageId;
          return (
            <p
              key={p.id}
              id={p.id}
              class={current ? 'sl-passage sl-current' : 'sl-passage'}
              aria-current={current ? 'true' : undefined}
            >
              <ExcerptText
                text={p.text}
                marks={variants.length ? findMentions(p.text, variants) : []}
                markClass="sl-mark"
              />{' '}
              {/* The whole passage: the reader shows it whole (the card quotes its excerpt). */}
              <CopyCitation excerpt={{ text: p.text, article }} copyText={copyText} />
            </p>
          );
        })}
      </article>
    </main>
  );
}

function TermPassages({
  state,
  currentPassageId,
  compact = false,
  copyText,
}: {
  state: Load<TermCard | null> | null;
  currentPassageId: string | null;
  compact?: boolean;
  copyText: CopyText;
}): JSX.Element {
  if (state?.status !== 'ready') return <Status state={state} what="reader_what_term" />;
  const card = state.data;
  if (!card)
    return (
      <p class="sl-error" role="alert">
        {t('reader_term_missing')}
      </p>
    );
  const groups = groupBySource(card.allExcerpts, 'newest');
  const Heading = compact ? 'h2' : 'h1';
  return (
    <section class="sl-term" aria-labelledby="sl-term-title">
      <Heading id="sl-term-title">
        {card.term.name} <span class="sl-kind">{kindLabel(card.term.kind)}</span>
      </Heading>
      {card.term.variants.length > 1 ? (
        <p class="sl-muted sl-variants">
          {t('card_also_written')}{' '}
          {card.term.variants
            .filter((v) => v !== card.term.name)
            .join(t('popup_results_list_separator'))}
        </p>
      ) : null}
      <p class="sl-muted">
        {t(
          'reader_mentioned_in',
          tCount(card.passageCount, 'common_passages_one', 'common_passages'),
          tCount(card.sourceCount, 'common_sources_one', 'common_sources'),
        )}
      </p>
      {groups.map((g) => (
        <section class="sl-source-group" key={g.article.id}>
          <h3>
            <SourceLine article={g.article} />
          </h3>
          <ul class="sl-term-passages">
            {g.excerpts.map((e) => (
              <li
                key={e.passageId}
                class={e.passageId === currentPassageId ? 'sl-current' : undefined}
                aria-current={e.passageId === currentPassageId ? 'true' : undefined}
              >
                <a
                  href={readerPath({
                    kind: 'article',
                    articleId: e.article.id,
                    passageId: e.passageId,
                    termId: card.term.id,
                  })}
                >
                  <ExcerptText text={e.text} marks={e.marks} markClass="sl-mark" />
                </a>{' '}
                <CopyCitation excerpt={e} copyText={copyText} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

function SearchResults({
  state,
  copyText,
}: {
  state: Load<SearchResponse> | null;
  copyText: CopyText;
}): JSX.Element {
  if (state?.status !== 'ready') return <Status state={state} what="reader_what_results" />;
  const r = state.data;
  return (
    <section aria-labelledby="sl-search-title">
      <h1 id="sl-search-title">{t('reader_search_heading', r.query)}</h1>
      {r.names.length ? (
        <p class="sl-names-row">
          {t('popup_results_names')}{' '}
          {r.names.map((n) => (
            <a class="sl-chip" key={n.id} href={readerPath({ kind: 'term', termId: n.id })}>
              {n.name}
            </a>
          ))}
        </p>
      ) : null}
      {r.hits.length === 0 ? (
        <div role="status">
          <p>{t('popup_results_none', r.query)}</p>
          {r.nearNames.length ? (
            <p>
              <Message
                id="popup_results_did_you_mean"
                parts={[
                  r.nearNames.map((n, i) => (
                    <>
                      {i > 0 ? t('popup_results_list_separator') : ''}
                      <a key={n.id} href={readerPath({ kind: 'term', termId: n.id })}>
                        {n.name}
                      </a>
                    </>
                  )),
                ]}
              />
            </p>
          ) : null}
        </div>
      ) : (
        <ol class="sl-search-hits">
          {r.hits.map((h) => (
            <li key={h.passageId}>
              <a
                href={readerPath({
                  kind: 'article',
                  articleId: h.article.id,
                  passageId: h.passageId,
                  termId: null,
                })}
              >
                <ExcerptText text={h.text} marks={h.marks} markClass="sl-mark" />
              </a>
              <div>
                <SourceLine article={h.article} /> <CopyCitation excerpt={h} copyText={copyText} />
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
