/** "Title · Publisher · 5 Jan 2022" (or "publisher not stated", "date not stated"): where and when a source said it. */
import type { JSX } from 'preact';
import type { DisplayArticle } from '../../core/view/timeline';
import { PublisherDate } from '../PublisherDate';

export function SourceLine({ article }: { article: DisplayArticle }): JSX.Element {
  return (
    <span class="sl-meta">
      <span class="sl-source">{article.title}</span>
      {' · '}
      <PublisherDate article={article} />
    </span>
  );
}
