/**
 * The toolbar popup: search as you type, names browsable by kind, the names
 * on the current page, and the site switch. All I/O comes in through `api`,
 * so the component is tested in happy-dom with a stub and driven for real in
 * the e2e tests. State lives in hooks (use-search, use-popup-settings,
 * use-popup-data); this file only lays the parts out.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { readerPath } from '../../core/reader-url';
import { isSiteEnabled, siteKeyFromUrl, withSiteEnabled } from '../../core/sites';
import { t } from '../i18n';
import { mentionModeLabel } from '../mention-modes';
import { useAppliedTheme } from '../theme';
import { AddPage, addPageBlockedReason } from './AddPage';
import { BrowseTabs, useBrowseTab } from './BrowseTabs';
import type { PopupApi, TargetTab } from './popup-api';
import { PopupHeader } from './PopupHeader';
import { SearchBox } from './SearchBox';
import { SearchResults } from './SearchResults';
import { SiteControls } from './SiteControls';
import { usePageTerms, useSourceNames, useTargetTab } from './use-popup-data';
import { usePopupSettings, type PopupSettings } from './use-popup-settings';
import { useSearch } from './use-search';

export type { PopupApi };

export function Popup({
  api,
  startAdding = false,
}: {
  api: PopupApi;
  /** Open on the "Add this page" preview (the context menu's window: popup.html?add=1). */
  startAdding?: boolean;
}): JSX.Element {
  const search = useSearch(api);
  const { names, indexError, reload: reloadNames } = useSourceNames(api);
  const popupSettings = usePopupSettings(api);
  const { settings, settingsError } = popupSettings;
  const target = useTargetTab(api);
  // Ask the page for its names once we know the tab, and again when the switch changes.
  const siteOn = settings && target?.url ? isSiteEnabled(settings, target.url) : null;
  const pageTerms = usePageTerms(api, target, siteOn);
  const [shownTab, setTab] = useBrowseTab(pageTerms);
  /** The "Add this page" flow replaces search and browsing while it is open. */
  const [adding, setAdding] = useState(startAdding);
  useAppliedTheme(settings?.theme);

  const openHit = (index: number) => {
    const hit = search.hits[index];
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

  const addBlocked = addPageBlockedReason(target);
  // Asked for (button or ?add=1) and possible; while the target is unknown it waits.
  const addOpen = adding && addBlocked === null;

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
            onAdded={reloadNames}
          />
        ) : (
          <p class="sl-muted sl-pad" role="status">
            {t('popup_finding_page')}
          </p>
        )
      ) : (
        <>
          <SearchBox search={search} onOpenHit={openHit} onClose={() => api.close()} />
          {indexError && (
            <p class="sl-error" role="alert" id="sl-index-error">
              {t('popup_index_error', indexError)}
            </p>
          )}
          {settingsError && (
            <p class="sl-error" role="alert" id="sl-settings-error">
              {settingsError.text}
            </p>
          )}
          {search.hasQuery ? (
            <SearchResults search={search} onOpenHit={openHit} onName={openTerm} />
          ) : (
            <BrowseTabs
              shownTab={shownTab}
              onTab={setTab}
              pageTerms={pageTerms}
              names={names}
              onReveal={(termId) =>
                target?.tabId != null && void api.revealTerm(target.tabId, termId)
              }
              onOpen={openTerm}
            />
          )}
          <PopupSiteControls target={target} popupSettings={popupSettings} />
        </>
      )}
    </main>
  );
}

/** The footer's switches, each change saved with the words that name it. */
function PopupSiteControls({
  target,
  popupSettings: { settings, save },
}: {
  target: TargetTab | null;
  popupSettings: PopupSettings;
}): JSX.Element {
  const site = target?.url ? siteKeyFromUrl(target.url) : null;
  return (
    <SiteControls
      site={site}
      unavailable={target !== null && target.url === null}
      settings={settings}
      onSiteChange={(on) => {
        if (site)
          save(t(on ? 'popup_saved_site_on' : 'popup_saved_site_off', site), (s) => ({
            disabledSites: withSiteEnabled(s.disabledSites, site, on),
          }));
      }}
      onPauseChange={(paused) =>
        save(t(paused ? 'popup_saved_pause' : 'popup_saved_resume'), () => ({ enabled: !paused }))
      }
      onMentionsChange={(mentions) =>
        save(mentionModeLabel(mentions).toLowerCase(), () => ({ mentions }))
      }
    />
  );
}
