/**
 * "Figures in the sources": each group of figures for one measure, every
 * figure with its source and date side by side, in the order the sources
 * stated them. Where the sources differ the group says so; no figure is
 * singled out as the answer.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { FigureGroupView, FigureView } from '../core/messages';
import { dateMidpoint } from '../core/view/format';
import {
  describeArticleDate,
  describeFigure,
  formatDate,
  describePublisher,
  formatFigure,
  measureLabel,
} from './format';
import type { DisplayArticle } from '../core/view/timeline';
import { CuratedMark } from './CuratedMark';
import { t, tCount } from './i18n';

/** Optional fields a figure step may add (read defensively, so older assets still render). */
export type FigureDisplay = FigureView & {
  article: DisplayArticle;
  subject?: string;
  isVague?: boolean;
  eventDate?: string;
  /** When the source stated it: its article's date, or a full date in its opening passage. */
  statedOn?: string;
  statedOnBasis?: 'article' | 'text';
};

/** Groups shown before "Show more": disagreements sort first, so they are always among them. */
export const FIGURE_GROUPS_SHOWN = 3;

export interface CardFiguresProps {
  groups: readonly FigureGroupView[];
  onOpenPassage(passageId: string, articleId: string): void;
  headingId: string;
}

/** When the source stated the figure, as the card shows it. */
export function figureDate(figure: FigureDisplay): { text: string; isDated: boolean } {
  const stated = formatDate(figure.statedOn);
  if (stated)
    return {
      text:
        figure.statedOnBasis === 'text' && !figure.article.date
          ? `${stated} (from its text)`
          : stated,
      isDated: true,
    };
  return describeArticleDate(figure.article);
}

/** True when the date shown for the figure is its article's (not one written in its text). */
function isArticleDate(figure: FigureDisplay): boolean {
  return !(formatDate(figure.statedOn) && figure.statedOnBasis === 'text');
}

/** Oldest statement first, undated last, otherwise in the group's order. */
export function sortFigures(figures: readonly FigureDisplay[]): FigureDisplay[] {
  return figures
    .map((f, i) => ({ f, i, t: dateMidpoint(f.statedOn ?? f.article.date) }))
    .sort((a, b) =>
      a.t === null || b.t === null
        ? a.t === b.t
          ? a.i - b.i
          : a.t === null
            ? 1
            : -1
        : a.t - b.t || a.i - b.i,
    )
    .map((x) => x.f);
}

/** Groups that have figures, disagreements first: they are what a reader most needs to see. */
export function orderFigureGroups(groups: readonly FigureGroupView[]): FigureGroupView[] {
  return groups
    .filter((g) => g.figures.length > 0)
    .sort((a, b) => Number(b.isDisagreement) - Number(a.isDisagreement));
}

/**
 * What a group's sources state, in a few characters: the span of the numbers
 * ("160–238") when they are plain counts in one unit, else each distinct value
 * as written ("dozens, 238"). Never one figure picked as the answer.
 */
export function summarizeFigures(figures: readonly FigureDisplay[]): string {
  const sorted = sortFigures(figures);
  const described = [...new Set(sorted.map((f) => describeFigure(f)))];
  if (described.length === 1) return described[0]!;
  const units = new Set(sorted.map((f) => f.unit));
  const isPlain = sorted.every((f) => !f.isVague && f.measure !== 'event-date');
  if (!isPlain || units.size > 1) return described.join(', ');
  const low = Math.min(...sorted.map((f) => f.value));
  const high = Math.max(...sorted.map((f) => f.valueMax ?? f.value));
  // Same number with different qualifiers ("about 200", "200"): say each.
  if (low === high) return described.join(', ');
  return formatFigure({ value: low, valueMax: high, qualifier: 'range', unit: [...units][0] });
}

function groupLabel(group: FigureGroupView): string {
  const subjects = new Set((group.figures as FigureDisplay[]).map((f) => f.subject ?? ''));
  const [only] = subjects;
  return measureLabel(group.measure, subjects.size === 1 ? only : undefined);
}

function FigureRow({
  figure,
  onOpenPassage,
}: {
  figure: FigureDisplay;
  onOpenPassage: CardFiguresProps['onOpenPassage'];
}): JSX.Element {
  const date = figureDate(figure);
  const publisher = describePublisher(figure.article);
  return (
    <li class="sl-figure" data-figure-id={figure.id}>
      <button
        type="button"
        class="sl-figure-button"
        title={`“${figure.quote}” ${figure.article.title}`}
        onClick={() => onOpenPassage(figure.passageId, figure.articleId)}
      >
        <span class="sl-figure-value">{describeFigure(figure)}</span>
        <span class="sl-figure-attribution">
          <span class="sl-figure-source">
            {publisher.isStated ? publisher.text : figure.article.title}
            <CuratedMark
              article={figure.article}
              field={publisher.isStated ? 'publisher' : 'title'}
            />
          </span>
          <span class={date.isDated ? 'sl-figure-date' : 'sl-figure-date sl-undated'}>
            {/* For screen readers and copy-paste; the line break separates visually. */}
            <span class="sl-visually-hidden"> · </span>
            {/* The title stands in as the source; the missing publisher is said, not left out (#12). */}
            {!publisher.isStated && (
              <>
                <span class="sl-undated sl-no-publisher">
                  {publisher.text}
                  <CuratedMark article={figure.article} field="publisher" />
                </span>
                {' · '}
              </>
            )}
            {date.text}
            {isArticleDate(figure) && <CuratedMark article={figure.article} field="date" />}
          </span>
        </span>
      </button>
    </li>
  );
}

export function CardFigures({
  groups,
  onOpenPassage,
  headingId,
}: CardFiguresProps): JSX.Element | null {
  const [expanded, setExpanded] = useState(false);
  const ordered = orderFigureGroups(groups);
  if (ordered.length === 0) return null;
  const hidden = expanded ? 0 : Math.max(0, ordered.length - FIGURE_GROUPS_SHOWN);
  const shown = hidden > 0 ? ordered.slice(0, FIGURE_GROUPS_SHOWN) : ordered;
  return (
    <section class="sl-section sl-figures" aria-labelledby={headingId}>
      <h3 class="sl-section-title" id={headingId}>
        {t('card_figures_heading')}
      </h3>
      {shown.map((group) => (
        <div
          key={group.id}
          class="sl-figure-group"
          data-group-id={group.id}
          data-disagreement={group.isDisagreement ? 'true' : 'false'}
        >
          <p class="sl-figure-measure">
            <span>{groupLabel(group)}</span>
            {group.isDisagreement && (
              <span class="sl-flag" role="note">
                {t('card_figures_differ')}
              </span>
            )}
          </p>
          <ul class="sl-figure-list">
            {sortFigures(group.figures).map((f) => (
              <FigureRow key={f.id} figure={f} onOpenPassage={onOpenPassage} />
            ))}
          </ul>
        </div>
      ))}
      {hidden > 0 && (
        <button type="button" class="sl-more" onClick={() => setExpanded(true)}>
          {tCount(hidden, 'card_figures_show_more_one', 'card_figures_show_more')}
        </button>
      )}
    </section>
  );
}

/** Each figure with its source and date, for the summary line's tooltip (text, never HTML). */
function figureSources(group: FigureGroupView): string {
  return sortFigures(group.figures)
    .map((f) => {
      const publisher = describePublisher(f.article);
      const source = publisher.isStated ? publisher.text : f.article.title;
      return `${describeFigure(f)}: ${source}, ${figureDate(f).text}`;
    })
    .join('\n');
}

export interface CardFigureSummaryProps {
  groups: readonly FigureGroupView[];
  /** The id of "Figures in the sources", where every figure is shown with its source. */
  detailsId: string;
}

/**
 * The figures in brief, under the card's header (issue 12: the answer was
 * below the fold): one line per group, the span of what the sources state
 * and whether they differ. The full list with sources stays below.
 */
export function CardFigureSummary({
  groups,
  detailsId,
}: CardFigureSummaryProps): JSX.Element | null {
  const ordered = orderFigureGroups(groups);
  if (ordered.length === 0) return null;
  const shown = ordered.slice(0, FIGURE_GROUPS_SHOWN);
  const more = ordered.length - shown.length;
  const showDetails = (event: JSX.TargetedMouseEvent<HTMLButtonElement>) => {
    const root = event.currentTarget.getRootNode() as Document | ShadowRoot;
    root.getElementById(detailsId)?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  };
  return (
    <ul class="sl-figure-summary" aria-label={t('card_figures_brief')}>
      {shown.map((group) => (
        <li
          key={group.id}
          class="sl-figure-summary-item"
          data-group-id={group.id}
          title={figureSources(group)}
        >
          <span class="sl-figure-summary-label">{groupLabel(group)}:</span>{' '}
          <span class="sl-figure-summary-value">{summarizeFigures(group.figures)}</span>
          {group.isDisagreement && (
            <>
              {' · '}
              <span class="sl-figure-summary-flag">{t('common_sources_differ')}</span>
            </>
          )}
        </li>
      ))}
      {more > 0 && (
        <li class="sl-figure-summary-more">
          <button type="button" class="sl-figure-summary-link" onClick={showDetails}>
            {tCount(more, 'card_figures_below_one', 'card_figures_below')}
            <span aria-hidden="true"> ↓</span>
          </button>
        </li>
      )}
    </ul>
  );
}
