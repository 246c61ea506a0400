/**
 * The toolbar popup: search as you type, names browsable by kind, the names
 * on the current page, and the site switch. All I/O comes in through `api`,
 * so the component is tested in happy-dom with a stub and driven for real in
 * the e2e tests.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchResponse, TabProtocol } from '../../core/messages';
import { readerPath } from '../../core/reader-url';
import type { Settings } from '../../core/settings';
import { isSiteEnabled, siteKeyFromUrl, withSiteEnabled } from '../../core/sites';
import type { DictionaryEntry } from '../../core/types';
import { NameBrowser } from './NameBrowser';
import { PageTerms, type PageTermsState } from './PageTerms';
import { ResultList } from './ResultList';
import { SiteControls } from './SiteControls';
import { AddPage, addPageBlockedReason, type AddPageApi } from './AddPage';
import { PopupHeader } from './PopupHeader';
import { MENTION_MODE_LABELS } from '../mention-modes';
import { errorMessage } from '../../core/guards';
import {
  describeSettingsProblem,
  settingsProblemOf,
  type SettingsProblem,
} from '../../core/settings-problem';

export type PageTerm = TabProtocol['getPageTerms']['response']['terms'][number];

export interface PopupApi extends AddPageApi {
  search(query: string): Promise<SearchResponse>;
  getNames(): Promise<DictionaryEntry[]>;
  loadSettings(): Promise<Settings>;
  saveSettings(update: (current: Settings) => Partial<Settings>): Promise<Settings>;
  watchSettings(onChange: (s: Settings) => void): () => void;
  /** What is wrong with the stored settings, if anything (#16 item 12); optional for stubs that do not test it. */
  settingsProblem?(): Promise<SettingsProblem | null>;
  /** The tab the popup acts on and its address; url null where Sourcelight does not run. */
  getTargetTab(): Promise<{ tabId: number | null; url: string | null }>;
  getPageTerms(tabId: number): Promise<PageTerm[]>;
  revealTerm(tabId: number, termId: string): Promise<boolean>;
  /** Opens a reader path (see core/reader-url.ts) in a new tab. */
  openReader(path: string): void;
  openOptions(): void;
  close(): void;
}

/** Light debounce: typing stays responsive, and a burst of keys costs one search. */
export const SEARCH_DEBOUNCE_MS = 60;

type Tab = 'page' | 'names';

export function Popup({
  api,
  startAdding = false,
}: {
  api: PopupApi;
  /** Open on the "Add this page" preview (the context menu's window: popup.html?add=1). */
  startAdding?: boolean;
}): JSX.Element {
  const [query, setQuery] = useState('');
  const [response, setResponse] = useState<SearchResponse | null>(null);
  const [searchError, setSearchError] = useState<string | null>(null);
  /** Why the names could not be loaded: the index is missing or damaged. */
  const [indexError, setIndexError] = useState<string | null>(null);
  const [names, setNames] = useState<DictionaryEntry[] | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  /** What is wrong with the settings, or the last change not saved; a new object each time so the switches re-render. */
  const [settingsError, setSettingsError] = useState<{ text: string } | null>(null);
  const [target, setTarget] = useState<{ tabId: number | null; url: string | null } | null>(null);
  const [pageTerms, setPageTerms] = useState<PageTermsState>({ status: 'loading' });
  const [tab, setTab] = useState<Tab | null>(null);
  const [active, setActive] = useState(0);
  /** The "Add this page" flow replaces search and browsing while it is open. */
  const [adding, setAdding] = useState(startAdding);
  const inputRef = useRef<HTMLInputElement>(null);
  const searchSeq = useRef(0);

  useEffect(() => {
    inputRef.current?.focus();
    api.getNames().then(setNames, (error: unknown) => {
      setNames([]);
      setIndexError(errorMessage(error));
    });
    api.loadSettings().then(setSettings, () => undefined);
    api.settingsProblem?.().then(
      (problem) => problem && setSettingsError({ text: describeSettingsProblem(problem) }),
      () => undefined,
    );
    const stop = api.watchSettings(setSettings);
    api.getTargetTab().then(setTarget, () => setTarget({ tabId: null, url: null }));
    return stop;
  }, [api]);

  useEffect(() => {
    if (settings) document.documentElement.dataset.theme = settings.theme;
  }, [settings?.theme]);

  // Ask the page for its names once we know the tab, and again when the switch changes.
  const siteOn = settings && target?.url ? isSiteEnabled(settings, target.url) : null;
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

  // Search as you type; a response that arrives after a newer query was typed is dropped.
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

  // Open on "On this page" when the page has names; then keep the tab (a switch change must not flip it).
  const defaultTab: Tab =
    pageTerms.status === 'ready' && pageTerms.terms.length > 0 ? 'page' : 'names';
  useEffect(() => {
    // Functional update: a tab the user picked meanwhile wins over this (possibly late) effect.
    if (pageTerms.status !== 'loading') setTab((current) => current ?? defaultTab);
  }, [pageTerms.status]);
  const shownTab: Tab = tab ?? defaultTab;
  const hasQuery = query.trim().length > 0;
  const hits = hasQuery && response ? response.hits : [];

  const openHit = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    api.openReader(
      readerPath({
        kind: 'article',
        articleId: hit.article.id,
        passageId: hit.passageId,
        termId: null,
      }),
    );
  };
  const openTerm = (termId: string) => api.openReader(readerPath({ kind: 'term', termId }));

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (hits.length === 0) return;
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + hits.length) % hits.length);
    } else if (e.key === 'Enter') {
      if (hits.length === 0) return;
      e.preventDefault();
      openHit(Math.min(active, hits.length - 1));
    } else if (e.key === 'Escape') {
      // First Escape clears the query; on an empty box it closes the popup.
      e.preventDefault();
      if (query) setQuery('');
      else api.close();
    }
  };

  // Show the stored result at once; watchSettings reports the same change a moment later.
  // A change not saved is said, and the switches show the stored value again.
  const save = (what: string, update: (s: Settings) => Partial<Settings>) =>
    void api.saveSettings(update).then(
      (next) => {
        setSettings(next);
        setSettingsError(null);
      },
      (error: unknown) =>
        setSettingsError({ text: describeSettingsProblem(settingsProblemOf(error), what) }),
    );

  const site = target?.url ? siteKeyFromUrl(target.url) : null;
  const addBlocked = addPageBlockedReason(target);
  // Asked for (button or ?add=1) and possible; while the target is unknown it waits.
  const addOpen = adding && addBlocked === null;
  const activeId = hits.length > 0 ? `sl-hit-${Math.min(active, hits.length - 1)}` : undefined;

  return (
    <main class="sl-popup">
      <PopupHeader
        addDisabled={addOpen || target === null}
        addBlocked={addBlocked}
        onAdd={() => setAdding(true)}
        onSources={() => api.openSources()}
        onOptions={() => api.openOptions()}
      />
      {addOpen ? (
        target?.tabId != null ? (
          <AddPage
            api={api}
            tabId={target.tabId}
            // The context menu's window was opened only to add the page: closing the flow closes it.
            onClose={() => (startAdding ? api.close() : setAdding(false))}
            onAdded={() => api.getNames().then(setNames, () => undefined)}
          />
        ) : (
          <p class="sl-muted sl-pad" role="status">
            Finding the page…
          </p>
        )
      ) : (
        <>
          <div class="sl-search">
            <label for="sl-query" class="sl-visually-hidden">
              Search the sources
            </label>
            <input
              id="sl-query"
              ref={inputRef}
              type="search"
              role="combobox"
              aria-expanded={hits.length > 0}
              aria-controls="sl-results"
              aria-autocomplete="list"
              aria-activedescendant={activeId}
              autocomplete="off"
              spellcheck={false}
              placeholder="Search names and passages…"
              value={query}
              onInput={(e) => setQuery(e.currentTarget.value)}
              onKeyDown={onKeyDown}
            />
          </div>
          {indexError && (
            <p class="sl-error" role="alert" id="sl-index-error">
              Sourcelight cannot read its index of sources, so there is nothing to search or
              highlight. Rebuild or reinstall the extension. (Reason: {indexError})
            </p>
          )}
          {settingsError && (
            <p class="sl-error" role="alert" id="sl-settings-error">
              {settingsError.text}
            </p>
          )}
          {hasQuery ? (
            <section class="sl-body" aria-live="polite">
              {searchError ? (
                <p class="sl-error" role="alert">
                  Search failed: {searchError}
                </p>
              ) : response ? (
                <ResultList
                  response={response}
                  active={Math.min(active, hits.length - 1)}
                  onOpen={openHit}
                  onHover={setActive}
                  onName={openTerm}
                  onNearName={(name) => setQuery(name)}
                />
              ) : (
                <p class="sl-muted sl-pad">Searching…</p>
              )}
            </section>
          ) : (
            <section class="sl-body">
              <div
                class="sl-tabs"
                role="tablist"
                aria-label="Browse"
                onKeyDown={(e) => {
                  // Tabs pattern: arrows move between the two tabs; only the selected one is in the Tab order.
                  if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
                  e.preventDefault();
                  const next: Tab = shownTab === 'page' ? 'names' : 'page';
                  setTab(next);
                  document.getElementById(`sl-tab-${next}`)?.focus();
                }}
              >
                <button
                  type="button"
                  role="tab"
                  id="sl-tab-page"
                  tabIndex={shownTab === 'page' ? 0 : -1}
                  aria-selected={shownTab === 'page'}
                  aria-controls="sl-panel-page"
                  onClick={() => setTab('page')}
                >
                  On this page
                  {pageTerms.status === 'ready' ? ` (${pageTerms.terms.length})` : ''}
                </button>
                <button
                  type="button"
                  role="tab"
                  id="sl-tab-names"
                  tabIndex={shownTab === 'names' ? 0 : -1}
                  aria-selected={shownTab === 'names'}
                  aria-controls="sl-panel-names"
                  onClick={() => setTab('names')}
                >
                  All names{names ? ` (${names.length})` : ''}
                </button>
              </div>
              {shownTab === 'page' ? (
                <div role="tabpanel" id="sl-panel-page" aria-labelledby="sl-tab-page">
                  <PageTerms
                    state={pageTerms}
                    onReveal={(termId) =>
                      target?.tabId != null && void api.revealTerm(target.tabId, termId)
                    }
                    onOpen={openTerm}
                  />
                </div>
              ) : (
                <div role="tabpanel" id="sl-panel-names" aria-labelledby="sl-tab-names">
                  <NameBrowser names={names} onOpen={openTerm} />
                </div>
              )}
            </section>
          )}
          <SiteControls
            site={site}
            unavailable={target !== null && target.url === null}
            settings={settings}
            onSiteChange={(on) => {
              if (site)
                save(`highlighting ${on ? 'on' : 'off'} on ${site}`, (s) => ({
                  disabledSites: withSiteEnabled(s.disabledSites, site, on),
                }));
            }}
            onPauseChange={(paused) =>
              save(paused ? 'pause everywhere' : 'resume everywhere', () => ({ enabled: !paused }))
            }
            onMentionsChange={(mentions) =>
              save(MENTION_MODE_LABELS[mentions].toLowerCase(), () => ({ mentions }))
            }
          />
        </>
      )}
    </main>
  );
}
