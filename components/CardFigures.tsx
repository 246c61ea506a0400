/**
 * "Figures in the sources": each group of figures for one measure, every
 * figure with its source and date side by side, in publication order. Where
 * the sources differ the group says so; no figure is singled out as the answer.
 */
import type { JSX } from 'preact';
import type { FigureGroupView, FigureView } from '../core/messages';
import { describeArticleDate, formatFigure, measureLabel } from '../core/view/format';
import { sortByArticleDate } from '../core/view/timeline';

export interface CardFiguresProps {
  groups: readonly FigureGroupView[];
  onOpenPassage(passageId: string, articleId: string): void;
  headingId: string;
}

function FigureTile({
  figure,
  onOpenPassage,
}: {
  figure: FigureView;
  onOpenPassage: CardFiguresProps['onOpenPassage'];
}): JSX.Element {
  const date = describeArticleDate(figure.article);
  return (
    <li class="sl-figure" data-figure-id={figure.id}>
      <button
        type="button"
        class="sl-figure-button"
        title={`“${figure.quote}”`}
        onClick={() => onOpenPassage(figure.passageId, figure.articleId)}
      >
        <span class="sl-figure-value">{formatFigure(figure)}</span>
        <span class="sl-figure-attribution">
          <span class="sl-figure-source">{figure.article.publisher ?? figure.article.title}</span>
          <span class={date.isDated ? 'sl-figure-date' : 'sl-figure-date sl-undated'}>
            <span class="sl-sep"> · </span>
            {date.text}
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
  const shown = groups.filter((g) => g.figures.length > 0);
  if (shown.length === 0) return null;
  // Disagreements first: they are what a reader most needs to see.
  const ordered = [...shown].sort((a, b) => Number(b.isDisagreement) - Number(a.isDisagreement));
  return (
    <section class="sl-section sl-figures" aria-labelledby={headingId}>
      <h3 class="sl-section-title" id={headingId}>
        Figures in the sources
      </h3>
      {ordered.map((group) => (
        <div
          key={group.id}
          class="sl-figure-group"
          data-group-id={group.id}
          data-disagreement={group.isDisagreement ? 'true' : 'false'}
        >
          <p class="sl-figure-measure">
            <span>{measureLabel(group.measure)}</span>
            {group.isDisagreement && (
              <span class="sl-flag" role="note">
                Sources differ
              </span>
            )}
          </p>
          <ul class="sl-figure-list">
            {sortByArticleDate(group.figures).map((f) => (
              <FigureTile key={f.id} figure={f} onOpenPassage={onOpenPassage} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
