/**
 * What a search answers before its passages (issue 12): the figures that
 * answer a figure question, each source's figure with its publisher and date,
 * and the known name a query names, with its counts and other spellings.
 */
import type { JSX } from 'preact';
import type { SearchFigureGroup, SearchTerm } from '../../core/messages';
import { describeArticleDate, describeFigure, describePublisher, measureLabel } from '../format';
import { CuratedMark } from '../CuratedMark';
import { t, tCount } from '../i18n';
import { kindLabel } from '../kind-labels';

export interface SearchAnswerProps {
  term?: SearchTerm;
  figureGroups?: SearchFigureGroup[];
  /** Shows every passage about the term. */
  onName(termId: string): void;
}

export function SearchAnswer(props: SearchAnswerProps): JSX.Element | null {
  const { term, figureGroups = [] } = props;
  if (!term && figureGroups.length === 0) return null;
  return (
    <section class="sl-answer" aria-label={t('popup_answer_label')}>
      {figureGroups.map((g) => (
        <div class="sl-answer-figures" key={g.id}>
          <p class="sl-answer-title">
            {measureLabel(g.measure)}
            {g.isDisagreement ? (
              <span class="sl-differ"> · {t('common_sources_differ')}</span>
            ) : null}
          </p>
          <ul>
            {g.figures.map((f) => {
              const publisher = describePublisher(f.article);
              const date = describeArticleDate(f.article);
              return (
                <li key={f.passageId + f.quote}>
                  <strong>{describeFigure({ ...f, measure: g.measure })}</strong>{' '}
                  <span class="sl-muted">
                    —{' '}
                    <span class={publisher.isStated ? undefined : 'sl-undated'}>
                      {publisher.text}
                      <CuratedMark article={f.article} field="publisher" />
                    </span>
                    ,{' '}
                    <span class={date.isDated ? undefined : 'sl-undated'}>
                      {date.text}
                      <CuratedMark article={f.article} field="date" />
                    </span>
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      {term ? (
        <div class="sl-answer-term">
          <p>
            <strong>{term.name}</strong>{' '}
            <span class="sl-muted">
              {t(
                'popup_answer_term_counts',
                kindLabel(term.kind),
                tCount(term.passages, 'common_passages_one', 'common_passages'),
                tCount(term.sources, 'common_sources_one', 'common_sources'),
              )}
            </span>
          </p>
          {term.variants.length > 1 ? (
            <p class="sl-muted">
              {t(
                'popup_answer_also_written',
                term.variants
                  .filter((v) => v !== term.name)
                  .join(t('popup_results_list_separator')),
              )}
            </p>
          ) : null}
          <button type="button" class="sl-link-button" onClick={() => props.onName(term.id)}>
            {t('popup_answer_all_passages', term.name)}
          </button>
        </div>
      ) : null}
    </section>
  );
}
