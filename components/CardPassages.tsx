/** "All passages by source": collapsed by default to keep the card compact; newest or oldest source first. */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Excerpt } from '../core/messages';
import type { ArticleMeta } from '../core/types';
import { describeArticleDate, describePublisher } from './format';
import { groupBySource, type SourceOrder } from '../core/view/timeline';
import { CopyCitation, type CopyText } from './CopyCitation';
import { CuratedMark } from './CuratedMark';
import { ExcerptText } from './ExcerptText';
import { t, tCount } from './i18n';

/** One other source as a line of text: title, publisher, date. */
function describeSource(article: ArticleMeta): string {
  return `${article.title} (${describePublisher(article).text}, ${describeArticleDate(article).text})`;
}

/**
 * "also in 2 sources" under an excerpt whose words other sources repeat (a
 * wire text reposted, issue 12), opening to the list of those sources. Text
 * only: titles and publishers come from the sources.
 */
export function AlsoIn({
  articles,
  count,
}: {
  articles: readonly ArticleMeta[] | undefined;
  /** All other sources, when more than `articles` names. */
  count?: number | undefined;
}): JSX.Element | null {
  if (!articles || articles.length === 0) return null;
  const total = Math.max(count ?? 0, articles.length);
  return (
    <details class="sl-also-in">
      <summary class="sl-also-in-summary" title={articles.map(describeSource).join('\n')}>
        {t('card_also_in', tCount(total, 'common_sources_one', 'common_sources'))}
      </summary>
      <ul class="sl-also-in-list">
        {articles.map((a) => {
          const date = describeArticleDate(a);
          const publisher = describePublisher(a);
          return (
            <li key={a.id} class="sl-also-in-source">
              <span class="sl-also-in-title">{a.title}</span>{' '}
              <span class="sl-source-meta">
                <span class={publisher.isStated ? undefined : 'sl-undated'}>
                  {publisher.text}
                  <CuratedMark article={a} field="publisher" />
                </span>
                {' · '}
                <span class={date.isDated ? undefined : 'sl-undated'}>
                  {date.text}
                  <CuratedMark article={a} field="date" />
                </span>
              </span>
            </li>
          );
        })}
        {total > articles.length ? (
          <li class="sl-also-in-source sl-muted">
            {tCount(total - articles.length, 'card_also_in_more', 'card_also_in_more')}
          </li>
        ) : null}
      </ul>
    </details>
  );
}

export interface CardPassagesProps {
  excerpts: readonly Excerpt[];
  onOpenPassage(passageId: string, articleId: string): void;
  idPrefix: string;
  /** Initially expanded (tests and previews). */
  defaultOpen?: boolean;
  defaultOrder?: SourceOrder;
  /** Writes to the clipboard; each passage gets Copy and Markdown buttons when given. */
  copyText?: CopyText | undefined;
}

export function CardPassages({
  excerpts,
  onOpenPassage,
  idPrefix,
  defaultOpen = false,
  defaultOrder = 'newest',
  copyText,
}: CardPassagesProps): JSX.Element | null {
  const [open, setOpen] = useState(defaultOpen);
  const [order, setOrder] = useState<SourceOrder>(defaultOrder);
  if (excerpts.length === 0) return null;
  const panelId = `${idPrefix}-passages`;
  const groups = open ? groupBySource(excerpts, order) : [];
  return (
    <section class="sl-section sl-passages">
      <h3 class="sl-section-title">
        <button
          type="button"
          class="sl-disclosure"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          <span class="sl-disclosure-icon" aria-hidden="true" />
          {t('card_passages_heading')}
          <span class="sl-count-badge">{excerpts.length}</span>
        </button>
      </h3>
      <div id={panelId} hidden={!open}>
        {open && (
          <>
            <div class="sl-order" role="group" aria-label={t('card_passages_order')}>
              {(['newest', 'oldest'] as const).map((o) => (
                <button
                  key={o}
                  type="button"
                  class="sl-order-button"
                  aria-pressed={order === o}
                  onClick={() => setOrder(o)}
                >
                  {t(o === 'newest' ? 'card_passages_newest' : 'card_passages_oldest')}
                </button>
              ))}
            </div>
            <ol class="sl-source-groups">
              {groups.map((g) => {
                const date = describeArticleDate(g.article);
                const publisher = describePublisher(g.article);
                return (
                  <li key={g.article.id} class="sl-source-group" data-article-id={g.article.id}>
                    <p class="sl-source-head">
                      <span class="sl-source-title">{g.article.title}</span>
                      <span class="sl-source-meta">
                        <span class={publisher.isStated ? undefined : 'sl-undated'}>
                          {publisher.text}
                          <CuratedMark article={g.article} field="publisher" />
                        </span>
                        {' · '}
                        <span class={date.isDated ? undefined : 'sl-undated'}>
                          {date.text}
                          <CuratedMark article={g.article} field="date" />
                        </span>
                        {' · '}
                        <span class="sl-nowrap">
                          {tCount(g.excerpts.length, 'common_passages_one', 'common_passages')}
                        </span>
                      </span>
                    </p>
                    <ul class="sl-passage-list">
                      {g.excerpts.map((e) => (
                        <li key={e.passageId}>
                          <button
                            type="button"
                            class="sl-passage"
                            data-passage-id={e.passageId}
                            onClick={() => onOpenPassage(e.passageId, e.article.id)}
                          >
                            <ExcerptText text={e.text} marks={e.marks} markClass="sl-mark" />
                          </button>
                          {copyText ? (
                            <p class="sl-passage-tools">
                              <CopyCitation excerpt={e} copyText={copyText} />
                            </p>
                          ) : null}
                          <AlsoIn articles={e.alsoIn} count={e.alsoInCount} />
                        </li>
                      ))}
                    </ul>
                  </li>
                );
              })}
            </ol>
          </>
        )}
      </div>
    </section>
  );
}
