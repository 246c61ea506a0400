/** The popup's search as you type: debounced, and a late answer to an older query is dropped. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchResponse } from '../../core/messages';
import { errorMessage } from '../../core/guards';
import type { PopupApi } from './popup-api';

/** Light debounce: typing stays responsive, and a burst of keys costs one search. */
const SEARCH_DEBOUNCE_MS = 60;

export interface PopupSearch {
  query: string;
  setQuery(query: string): void;
  hasQuery: boolean;
  /** The last answer; null while the first search for a query runs. */
  response: SearchResponse | null;
  searchError: string | null;
  /** The hits shown, empty without a query. */
  hits: SearchResponse['hits'];
  /** The hit the arrow keys are on, within `hits`. */
  active: number;
  setActive(update: number | ((index: number) => number)): void;
}

export function useSearch(api: Pick<PopupApi, 'search'>): PopupSearch {
  const [query, setQuery] = useState('');
  const [response, setResponse] = useState<SearchResponse | null>(null);
  const [searchError, setSearchError] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const searchSeq = useRef(0);

  useEffect(() => {
    const q = query.trim();
    const seq = ++searchSeq.current;
    if (!q) {
      setResponse(null);
      setSearchError(null);
      return;
    }
    const timer = setTimeout(() => {
      api.search(q).then(
        (r) => {
          if (seq !== searchSeq.current) return;
          setResponse(r);
          setSearchError(null);
          setActive(0);
        },
        (error: unknown) => {
          if (seq !== searchSeq.current) return;
          setSearchError(errorMessage(error));
        },
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);

  const hasQuery = query.trim().length > 0;
  const hits = hasQuery && response ? response.hits : [];
  return {
    query,
    setQuery,
    hasQuery,
    response,
    searchError,
    hits,
    active: Math.min(active, hits.length - 1),
    setActive,
  };
}
