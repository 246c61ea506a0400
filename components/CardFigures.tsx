/**
 * "Figures in the sources": each group of figures for one measure, every
 * figure with its source and date side by side, in the order the sources
 * stated them. Where the sources differ the group says so; no figure is
 * singled out as the answer.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { FigureGroupView, FigureView } from '../core/messages';
import {
  dateMidpoint,
  describeArticleDate,
  describeFigure,
  formatDate,
  describePublisher,
  measureLabel,
} from '../core/view/format';
import type { DisplayArticle } from '../core/view/timeline';
import { CuratedMark } from './CuratedMark';

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
  const withFigures = groups.filter((g) => g.figures.length > 0);
  if (withFigures.length === 0) return null;
  // Disagreements first: they are what a reader most needs to see.
  const ordered = [...withFigures].sort(
    (a, b) => Number(b.isDisagreement) - Number(a.isDisagreement),
  );
  const hidden = expanded ? 0 : Math.max(0, ordered.length - FIGURE_GROUPS_SHOWN);
  const shown = hidden > 0 ? ordered.slice(0, FIGURE_GROUPS_SHOWN) : ordered;
  return (
    <section class="sl-section sl-figures" aria-labelledby={headingId}>
      <h3 class="sl-section-title" id={headingId}>
        Figures in the sources
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
                Sources differ
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
          Show {hidden} more {hidden === 1 ? 'figure' : 'figures'}
        </button>
      )}
    </section>
  );
}
