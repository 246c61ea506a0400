/** "Publisher · 5 Jan 2022" (or "publisher not stated", "date not stated"), curated values marked. */
import type { JSX } from 'preact';
import { describeArticleDate, describePublisher } from './format';
import type { DisplayArticle } from '../core/view/timeline';
import { CuratedMark } from './CuratedMark';

export function PublisherDate({ article }: { article: DisplayArticle }): JSX.Element {
  const date = describeArticleDate(article);
  const publisher = describePublisher(article);
  return (
    <>
      <span class={publisher.isStated ? 'sl-publisher' : 'sl-publisher sl-undated'}>
        {publisher.text}
        <CuratedMark article={article} field="publisher" />
      </span>
      {' · '}
      <span class={date.isDated ? 'sl-date' : 'sl-date sl-undated'}>
        {date.text}
        <CuratedMark article={article} field="date" />
      </span>
    </>
  );
}
