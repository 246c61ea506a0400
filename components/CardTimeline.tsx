/** The strip of when the sources mention a term: one dot per dated source (close dates merged), undated sources counted apart. */
import type { JSX } from 'preact';
import { formatDate } from './format';
import { buildTimeline, clusterTimeline, type DisplayArticle } from '../core/view/timeline';
import { t, tCount } from './i18n';

export interface CardTimelineProps {
  excerpts: ReadonlyArray<{ article: DisplayArticle }>;
  name: string;
}

/** Dots closer than this fraction of the strip (about 12px on the card) merge. */
const MIN_GAP = 0.04;

const passages = (count: number) => tCount(count, 'common_passages_one', 'common_passages');

function pointLabel(article: DisplayArticle, count: number): string {
  return t(
    'card_timeline_point',
    formatDate(article.date) ?? t('card_timeline_no_date'),
    passages(count),
    article.title,
  );
}

export function CardTimeline({ excerpts, name }: CardTimelineProps): JSX.Element | null {
  const { dated, undated } = buildTimeline(excerpts);
  // One source has nothing to compare in time; its date is on its excerpt already.
  if (dated.length + undated.length < 2) return null;
  const clusters = clusterTimeline(dated, MIN_GAP);
  const max = Math.max(1, ...clusters.map((c) => c.count));
  const first = dated[0];
  const last = dated[dated.length - 1];
  const undatedCount = undated.reduce((n, u) => n + u.count, 0);
  return (
    <section class="sl-timeline" aria-label={t('card_timeline_label', name)}>
      {clusters.length > 0 && (
        <div class="sl-timeline-track">
          <ol class="sl-timeline-points">
            {clusters.map((c) => {
              const label = c.points.map((p) => pointLabel(p.article, p.count)).join('\n');
              return (
                <li
                  key={c.points[0]!.article.id}
                  class="sl-timeline-point"
                  data-count={c.count}
                  data-article-ids={c.points.map((p) => p.article.id).join(' ')}
                  style={{
                    left: `${(c.position * 100).toFixed(2)}%`,
                    // Area grows with the passage count; 6px..14px keeps one dot from swamping the strip.
                    '--sl-dot': `${Math.round(6 + 8 * Math.sqrt(c.count / max))}px`,
                  }}
                  title={label}
                >
                  <span class="sl-visually-hidden">{label}</span>
                </li>
              );
            })}
          </ol>
        </div>
      )}
      {first && last && (
        <div class="sl-timeline-axis" aria-hidden="true">
          <span>{formatDate(first.article.date)}</span>
          {last.time !== first.time && <span>{formatDate(last.article.date)}</span>}
        </div>
      )}
      {undated.length > 0 && (
        <p class="sl-timeline-undated" data-count={undated.length}>
          {dated.length > 0
            ? t(
                'card_timeline_undated',
                tCount(undated.length, 'card_undated_sources_one', 'card_undated_sources'),
                passages(undatedCount),
              )
            : t(
                'card_timeline_all_undated',
                tCount(undated.length, 'common_sources_one', 'common_sources'),
                passages(undatedCount),
              )}
        </p>
      )}
    </section>
  );
}
