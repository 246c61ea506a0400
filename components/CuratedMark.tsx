/**
 * " (curated)" after a value the curator set in `data/terms.json` instead of
 * reading it from the source (issue #10), with the reason on hover; nothing
 * for values the source states. Visible text, not only a title, so touch and
 * screen-reader users are told too.
 */
import type { JSX } from 'preact';
import { curatedNote } from './format';
import type { CuratedArticleField } from '../core/types';
import { t } from './i18n';

export function CuratedMark({
  article,
  field,
}: {
  article: { curatedFields?: readonly CuratedArticleField[] };
  field: CuratedArticleField;
}): JSX.Element | null {
  const note = curatedNote(article, field);
  if (!note) return null;
  return (
    <>
      {' '}
      <span class="sl-curated" title={note}>
        {t('common_curated')}
      </span>
    </>
  );
}
