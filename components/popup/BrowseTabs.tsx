/**
 * Browsing without a query: "On this page" and "All names", as a tabs
 * pattern (arrows move between the two tabs; only the selected one is in the
 * Tab order).
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { DictionaryEntry } from '../../core/types';
import { t } from '../i18n';
import { NameBrowser } from './NameBrowser';
import { PageTerms, type PageTermsState } from './PageTerms';

export type BrowseTab = 'page' | 'names';

/**
 * The tab shown: "On this page" when the page has names, else "All names",
 * decided once the page has answered; a tab the reader picks then stays (a
 * switch change must not flip it).
 */
export function useBrowseTab(pageTerms: PageTermsState): [BrowseTab, (tab: BrowseTab) => void] {
  const [tab, setTab] = useState<BrowseTab | null>(null);
  const defaultTab: BrowseTab =
    pageTerms.status === 'ready' && pageTerms.terms.length > 0 ? 'page' : 'names';
  useEffect(() => {
    // Functional update: a tab the user picked meanwhile wins over this (possibly late) effect.
    if (pageTerms.status !== 'loading') setTab((current) => current ?? defaultTab);
  }, [pageTerms.status]);
  return [tab ?? defaultTab, setTab];
}

export function BrowseTabs({
  shownTab,
  onTab,
  pageTerms,
  names,
  onReveal,
  onOpen,
}: {
  shownTab: BrowseTab;
  onTab(tab: BrowseTab): void;
  pageTerms: PageTermsState;
  names: DictionaryEntry[] | null;
  onReveal(termId: string): void;
  onOpen(termId: string): void;
}): JSX.Element {
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    const next: BrowseTab = shownTab === 'page' ? 'names' : 'page';
    onTab(next);
    document.getElementById(`sl-tab-${next}`)?.focus();
  };
  return (
    <section class="sl-body">
      <div class="sl-tabs" role="tablist" aria-label={t('popup_browse')} onKeyDown={onKeyDown}>
        <button
          type="button"
          role="tab"
          id="sl-tab-page"
          tabIndex={shownTab === 'page' ? 0 : -1}
          aria-selected={shownTab === 'page'}
          aria-controls="sl-panel-page"
          onClick={() => onTab('page')}
        >
          {pageTerms.status === 'ready'
            ? t('popup_tab_page_count', pageTerms.terms.length)
            : t('popup_tab_page')}
        </button>
        <button
          type="button"
          role="tab"
          id="sl-tab-names"
          tabIndex={shownTab === 'names' ? 0 : -1}
          aria-selected={shownTab === 'names'}
          aria-controls="sl-panel-names"
          onClick={() => onTab('names')}
        >
          {names ? t('popup_tab_names_count', names.length) : t('popup_tab_names')}
        </button>
      </div>
      {shownTab === 'page' ? (
        <div role="tabpanel" id="sl-panel-page" aria-labelledby="sl-tab-page">
          <PageTerms state={pageTerms} onReveal={onReveal} onOpen={onOpen} />
        </div>
      ) : (
        <div role="tabpanel" id="sl-panel-names" aria-labelledby="sl-tab-names">
          <NameBrowser names={names} onOpen={onOpen} />
        </div>
      )}
    </section>
  );
}
