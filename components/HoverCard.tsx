/**
 * The hover card's view: props in, markup out. The content script owns
 * hovering, positioning, timers and the shadow root; this renders one of
 * four states. All source text goes through text nodes (ExcerptText), never HTML.
 */
import type { JSX } from 'preact';
import { useId } from 'preact/hooks';
import type { Excerpt, TermCard } from '../core/messages';
import type { TermKind } from '../core/types';
import { describeArticleDate, describePublisher, formatNumber } from './format';
import type { DisplayArticle } from '../core/view/timeline';
import { CardFigureSummary, CardFigures } from './CardFigures';
import { AlsoIn, CardPassages } from './CardPassages';
import { CardTimeline } from './CardTimeline';
import { CopyCitation, type CopyText } from './CopyCitation';
import { CuratedMark } from './CuratedMark';
import { ExcerptText } from './ExcerptText';
import { t, tCount } from './i18n';
import { kindLabel } from './kind-labels';
import { KindIcon } from './KindIcon';

export type HoverCardState =
  | { status: 'loading'; name: string }
  | {
      status: 'ready';
      card: TermCard;
      /** The page's spelling when it differs from every form the sources write (`Toqaev`). */
      pageForm?: string;
    }
  | { status: 'not-found'; name: string }
  | { status: 'error'; message: string };

export interface HoverCardProps {
  state: HoverCardState;
  onClose(): void;
  onOpenTerm(termId: string): void;
  onSeeAll(termId: string): void;
  onOpenPassage(passageId: string, articleId: string): void;
  /** The card stays open until closed (shown as a small badge). */
  pinned?: boolean;
  /** Forces a colour scheme; by default the card follows `prefers-color-scheme`. */
  theme?: 'light' | 'dark';
  /** Open "All passages by source" initially (previews, tests). */
  passagesOpen?: boolean;
  /** Writes to the clipboard; each excerpt gets Copy and Markdown buttons when given. */
  copyText?: CopyText;
}

/** How many related names the card lists. */
export const RELATED_SHOWN = 5;

function titleOf(state: HoverCardState): string {
  switch (state.status) {
    case 'ready':
      return state.card.term.name;
    case 'error':
      return t('manifest_name');
    default:
      return state.name;
  }
}

export function HoverCard(props: HoverCardProps): JSX.Element {
  const { state, onClose, pinned, theme } = props;
  const id = `sl${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const name = titleOf(state);
  const kind: TermKind | null = state.status === 'ready' ? state.card.term.kind : null;
  return (
    <div
      class="sl-card"
      role="dialog"
      aria-modal="false"
      aria-label={state.status === 'error' ? t('card_label_error') : t('card_label', name)}
      aria-busy={state.status === 'loading' ? 'true' : undefined}
      data-status={state.status}
      data-theme={theme}
      data-pinned={pinned ? 'true' : undefined}
    >
      <header class="sl-head">
        <div class="sl-head-text">
          <h2 class="sl-name" id={`${id}-name`}>
            {name}
          </h2>
          {kind && (
            <p class="sl-kind" data-kind={kind}>
              <KindIcon kind={kind} />
              <span>{kindLabel(kind)}</span>
              {/* Counts share the kind's line: every line above the excerpts pushes them down (#12). */}
              {state.status === 'ready' && (
                <>
                  <span aria-hidden="true">·</span>
                  <span class="sl-summary">
                    {t(
                      'card_counts',
                      tCount(state.card.passageCount, 'common_passages_one', 'common_passages'),
                      tCount(state.card.sourceCount, 'common_sources_one', 'common_sources'),
                    )}
                  </span>
                </>
              )}
              {pinned && <span class="sl-pinned">{t('card_pinned')}</span>}
            </p>
          )}
          {state.status === 'ready' && state.pageForm && (
            <p class="sl-spelling">{t('card_spelling', state.pageForm, state.card.term.name)}</p>
          )}
        </div>
        <button
          type="button"
          class="sl-close"
          aria-label={t('card_close')}
          title={t('card_close_title')}
          onClick={onClose}
        >
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
            <path
              d="M4 4l8 8M12 4l-8 8"
              stroke="currentColor"
              stroke-width="1.6"
              stroke-linecap="round"
            />
          </svg>
        </button>
      </header>
      {state.status === 'ready' ? (
        <ReadyBody {...props} card={state.card} id={id} />
      ) : (
        <div class="sl-body">
          {state.status === 'loading' && <Skeleton />}
          {state.status === 'not-found' && (
            <p class="sl-empty">{t('card_not_found', state.name)}</p>
          )}
          {state.status === 'error' && (
            <div class="sl-error" role="alert">
              <p class="sl-error-title">{t('card_error')}</p>
              <p class="sl-error-message">{state.message}</p>
            </div>
          )}
        </div>
      )}
    </div>
  );
}

function Skeleton(): JSX.Element {
  return (
    <div class="sl-skeleton">
      <span class="sl-visually-hidden">{t('card_loading')}</span>
      {[0, 1, 2].map((i) => (
        <div key={i} class="sl-skeleton-excerpt" aria-hidden="true">
          <span class="sl-bone" style={{ width: '96%' }} />
          <span class="sl-bone" style={{ width: '88%' }} />
          <span class="sl-bone" style={{ width: i === 1 ? '52%' : '70%' }} />
          <span class="sl-bone sl-bone-meta" style={{ width: '45%' }} />
        </div>
      ))}
    </div>
  );
}

function SourceLine({
  article,
  onOpen,
  children,
}: {
  article: DisplayArticle;
  onOpen(): void;
  /** Controls at the end of the line (copy). */
  children?: JSX.Element | null;
}): JSX.Element {
  const date = describeArticleDate(article);
  const publisher = describePublisher(article);
  return (
    <p class="sl-source">
      {/* The whole title, wrapped: cut to one line it lost the words that tell sources apart (#12). */}
      <button type="button" class="sl-source-link" onClick={onOpen}>
        {article.title}
      </button>
      <span class="sl-source-meta">
        {/* A missing publisher is said, like a missing date, rather than left as a gap (#12). */}
        <span class={publisher.isStated ? 'sl-publisher' : 'sl-publisher sl-undated'}>
          {publisher.text}
          <CuratedMark article={article} field="publisher" />
        </span>
        {/* A long "undated; mentions events up to …" gets its own line rather than a dangling separator. */}
        {date.isDated ? ' · ' : <span class="sl-visually-hidden"> · </span>}
        <span class={date.isDated ? 'sl-date' : 'sl-date sl-undated'}>
          {date.text}
          <CuratedMark article={article} field="date" />
        </span>
      </span>
      {children}
    </p>
  );
}

function ExcerptItem({
  excerpt,
  onOpenPassage,
  copyText,
}: {
  excerpt: Excerpt;
  onOpenPassage: HoverCardProps['onOpenPassage'];
  copyText: CopyText | undefined;
}): JSX.Element {
  return (
    <li class="sl-excerpt" data-passage-id={excerpt.passageId}>
      <blockquote class="sl-quote">
        <ExcerptText text={excerpt.text} marks={excerpt.marks} markClass="sl-mark" />
      </blockquote>
      <SourceLine
        article={excerpt.article}
        onOpen={() => onOpenPassage(excerpt.passageId, excerpt.article.id)}
      >
        {/* On the source line, not a line of its own: two excerpts must fit an 800 px window (#12). */}
        {copyText ? <CopyCitation excerpt={excerpt} copyText={copyText} /> : null}
      </SourceLine>
      <AlsoIn articles={excerpt.alsoIn} count={excerpt.alsoInCount} />
    </li>
  );
}

function ReadyBody({
  card,
  id,
  onOpenTerm,
  onSeeAll,
  onOpenPassage,
  passagesOpen,
  copyText,
}: HoverCardProps & { card: TermCard; id: string }): JSX.Element {
  const { term } = card;
  const variants = term.variants.filter((v) => v !== term.name);
  const related = card.related.slice(0, RELATED_SHOWN);
  return (
    <>
      <div class="sl-body">
        <CardFigureSummary groups={card.figureGroups} detailsId={`${id}-figures`} />
        {card.excerpts.length > 0 ? (
          <section class="sl-section" aria-labelledby={`${id}-excerpts`}>
            <h3 class="sl-section-title sl-visually-hidden" id={`${id}-excerpts`}>
              {t('card_excerpts_heading')}
            </h3>
            <ol class="sl-excerpts">
              {card.excerpts.map((e) => (
                <ExcerptItem
                  key={e.passageId}
                  excerpt={e}
                  onOpenPassage={onOpenPassage}
                  copyText={copyText}
                />
              ))}
            </ol>
          </section>
        ) : (
          <p class="sl-empty">{t('card_no_excerpts', term.name)}</p>
        )}
        {/* Below the excerpts: context for them, not the answer (#12). */}
        {variants.length > 0 && (
          <p class="sl-variants">
            <span class="sl-label">{t('card_also_written')}</span>{' '}
            {variants.join(t('popup_results_list_separator'))}
          </p>
        )}
        <CardTimeline excerpts={card.allExcerpts} name={term.name} />
        <CardFigures
          groups={card.figureGroups}
          onOpenPassage={onOpenPassage}
          headingId={`${id}-figures`}
        />
        {related.length > 0 && (
          <section class="sl-section sl-related" aria-labelledby={`${id}-related`}>
            <h3 class="sl-section-title" id={`${id}-related`}>
              {t('card_related')}
            </h3>
            <ul class="sl-chips">
              {related.map((r) => (
                <li key={r.termId}>
                  <button
                    type="button"
                    class="sl-chip"
                    data-term-id={r.termId}
                    title={t(
                      'card_related_title',
                      tCount(r.sharedPassages, 'common_passages_one', 'common_passages'),
                    )}
                    onClick={() => onOpenTerm(r.termId)}
                  >
                    <KindIcon kind={r.kind} />
                    <span>{r.name}</span>
                    <span class="sl-chip-count">
                      <span class="sl-visually-hidden">{t('card_related_shared')}</span>
                      {formatNumber(r.sharedPassages)}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
        <CardPassages
          excerpts={card.allExcerpts}
          onOpenPassage={onOpenPassage}
          idPrefix={id}
          defaultOpen={passagesOpen}
          copyText={copyText}
        />
      </div>
      {card.passageCount > 0 && (
        <footer class="sl-foot">
          <button type="button" class="sl-see-all" onClick={() => onSeeAll(term.id)}>
            {t('card_see_all', tCount(card.passageCount, 'common_passages_one', 'common_passages'))}
            <span aria-hidden="true"> →</span>
          </button>
          <span class="sl-brand" aria-hidden="true">
            {t('manifest_name')}
          </span>
        </footer>
      )}
    </>
  );
}
