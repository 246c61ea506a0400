/**
 * What the popup reads when it opens: every name in the sources (or why the
 * index cannot be read), the tab it acts on, and the names on that tab's page,
 * asked again when the site's switch changes.
 */
import { useEffect, useState } from 'preact/hooks';
import { debugLog } from '../../core/debug-log';
import { errorMessage } from '../../core/guards';
import type { DictionaryEntry } from '../../core/types';
import type { PageTermsState } from './PageTerms';
import type { PopupApi, TargetTab } from './popup-api';

export interface SourceNames {
  /** Null while loading; empty when the index could not be read. */
  names: DictionaryEntry[] | null;
  /** Why the names could not be loaded: the index is missing or damaged. */
  indexError: string | null;
  /** Reads the names again (after a page was added). */
  reload(): void;
}

export function useSourceNames(api: Pick<PopupApi, 'getNames'>): SourceNames {
  const [names, setNames] = useState<DictionaryEntry[] | null>(null);
  const [indexError, setIndexError] = useState<string | null>(null);
  useEffect(() => {
    api.getNames().then(setNames, (error: unknown) => {
      setNames([]);
      setIndexError(errorMessage(error));
    });
  }, [api]);
  // After a page was added: the names read on opening stay shown if this read fails.
  const reload = () =>
    void api.getNames().then(setNames, debugLog.swallow('popup: read the names again'));
  return { names, indexError, reload };
}

/** The tab the popup acts on; null until known. */
export function useTargetTab(api: Pick<PopupApi, 'getTargetTab'>): TargetTab | null {
  const [target, setTarget] = useState<TargetTab | null>(null);
  useEffect(() => {
    api.getTargetTab().then(setTarget, () => setTarget({ tabId: null, url: null }));
  }, [api]);
  return target;
}

/** The names the target page's content script found; `siteOn` null while the settings are unknown. */
export function usePageTerms(
  api: Pick<PopupApi, 'getPageTerms'>,
  target: TargetTab | null,
  siteOn: boolean | null,
): PageTermsState {
  const [pageTerms, setPageTerms] = useState<PageTermsState>({ status: 'loading' });
  useEffect(() => {
    if (!target) return;
    if (target.tabId === null || target.url === null) {
      setPageTerms({ status: 'unavailable' });
      return;
    }
    if (siteOn === false) {
      setPageTerms({ status: 'off' });
      return;
    }
    let cancelled = false;
    api.getPageTerms(target.tabId).then(
      (terms) => !cancelled && setPageTerms({ status: 'ready', terms }),
      () => !cancelled && setPageTerms({ status: 'unavailable' }),
    );
    return () => {
      cancelled = true;
    };
  }, [target, siteOn]);
  return pageTerms;
}
