/** "Title · Publisher · 5 Jan 2022" (or "date not stated"): where and when a source said it. */
import type { JSX } from 'preact';
import { describeArticleDate } from '../../core/view/format';
import type { DisplayArticle } from '../../core/view/timeline';
import { CuratedMark } from '../CuratedMark';

export function SourceLine({ article }: { article: DisplayArticle }): JSX.Element {
  const date = describeArticleDate(article);
  return (
    <span class="sl-meta">
      <span class="sl-source">{article.title}</span>
      {article.publisher ? (
        <>
          {' · '}
          {article.publisher}
          <CuratedMark article={article} field="publisher" />
        </>
      ) : null}
      {' · '}
      <span class={date.isDated ? 'sl-date' : 'sl-date sl-undated'}>
        {date.text}
        <CuratedMark article={article} field="date" />
      </span>
    </span>
  );
}
