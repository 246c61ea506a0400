/** Search results as a listbox (the search box owns focus and points at the active option). */
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { SearchResponse } from '../../core/messages';
import { t, tCount } from '../i18n';
import { kindLabel } from '../kind-labels';
import { Message } from '../Message';
import { CopyCitation, copyWithNavigator, type CopyText } from '../CopyCitation';
import '../copy-citation.css';
import { ExcerptText } from '../ExcerptText';
import { SearchAnswer } from './SearchAnswer';
import { SourceLine } from './SourceLine';

export interface ResultListProps {
  response: SearchResponse;
  active: number;
  onOpen(index: number): void;
  onHover(index: number): void;
  /** A known name was chosen: show its passages. */
  onName(termId: string): void;
  /** A near name was chosen: search for it instead. */
  onNearName(name: string): void;
  /** Writes to the clipboard (Copy and Markdown on each result); the popup page's own by default. */
  copyText?: CopyText;
}

export function ResultList(props: ResultListProps): JSX.Element {
  const { response, active, copyText = copyWithNavigator } = props;
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    listRef.current?.querySelector(`#sl-hit-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, response]);

  return (
    <>
      <SearchAnswer
        {...(response.term ? { term: response.term } : {})}
        {...(response.figureGroups ? { figureGroups: response.figureGroups } : {})}
        onName={props.onName}
      />
      {response.names.length > 0 ? (
        <div class="sl-names-row" aria-label={t('popup_results_names_label')}>
          <span class="sl-muted">{t('popup_results_names')}</span>
          {response.names.map((n) => (
            <button
              type="button"
              class="sl-chip"
              key={n.id}
              title={t('popup_results_name_title', kindLabel(n.kind), n.name)}
              onClick={() => props.onName(n.id)}
            >
              {n.name}
            </button>
          ))}
        </div>
      ) : null}
      {response.hits.length === 0 ? (
        <div class="sl-empty sl-pad" role="status">
          <p>
            <Message id="popup_results_none" parts={[<strong>{response.query}</strong>]} />
          </p>
          {response.nearNames.length > 0 ? (
            <p>
              <Message
                id="popup_results_did_you_mean"
                parts={[
                  response.nearNames.map((n, i) => (
                    <>
                      {i > 0 ? t('popup_results_list_separator') : ''}
                      <button
                        type="button"
                        class="sl-link-button"
                        key={n.id}
                        onClick={() => props.onNearName(n.name)}
                      >
                        {n.name}
                      </button>
                    </>
                  )),
                ]}
              />
            </p>
          ) : null}
        </div>
      ) : (
        <>
          <p class="sl-visually-hidden" role="status">
            {t('popup_results_count', response.hits.length)}
          </p>
          <ul
            id="sl-results"
            class="sl-results"
            role="listbox"
            aria-label={t('popup_results_passages')}
            ref={listRef}
          >
            {response.hits.map((hit, i) => (
              <li
                key={hit.passageId}
                id={`sl-hit-${i}`}
                role="option"
                aria-selected={i === active}
                class={i === active ? 'sl-hit sl-active' : 'sl-hit'}
                data-passage-id={hit.passageId}
                onClick={() => props.onOpen(i)}
                onMouseMove={() => i !== active && props.onHover(i)}
              >
                <p class="sl-excerpt">
                  <ExcerptText text={hit.text} marks={hit.marks} markClass="sl-mark" />
                </p>
                <SourceLine article={hit.article} />{' '}
                <CopyCitation excerpt={hit} copyText={copyText} />
                {hit.alsoIn?.length ? (
                  <span
                    class="sl-also-in sl-muted"
                    title={hit.alsoIn.map((a) => a.title).join('\n')}
                  >
                    {alsoIn(Math.max(hit.alsoInCount ?? 0, hit.alsoIn.length))}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** "also in 2 other sources". */
const alsoIn = (count: number) =>
  tCount(count, 'popup_results_also_in_one', 'popup_results_also_in');
