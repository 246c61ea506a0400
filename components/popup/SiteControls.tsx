/** The current site's switch and the global pause. */
import type { JSX } from 'preact';
import type { Settings } from '../../core/settings';
import { ruleCoversSite } from '../../core/sites';
import { MENTION_MODES, type MentionMode } from '../../core/view/first-mentions';
import { Message } from '../Message';
import { mentionModeLabel } from '../mention-modes';
import { t } from '../i18n';

export function SiteControls({
  site,
  unavailable,
  settings,
  onSiteChange,
  onPauseChange,
  onMentionsChange,
}: {
  site: string | null;
  /** The active tab is a page where Sourcelight does not run. */
  unavailable: boolean;
  settings: Settings | null;
  onSiteChange(on: boolean): void;
  onPauseChange(paused: boolean): void;
  onMentionsChange(mode: MentionMode): void;
}): JSX.Element {
  const paused = settings ? !settings.enabled : false;
  const siteOn =
    settings && site ? !settings.disabledSites.some((rule) => ruleCoversSite(rule, site)) : false;
  return (
    <footer class="sl-controls">
      {site ? (
        <label class="sl-switch">
          <input
            type="checkbox"
            id="sl-site-switch"
            checked={siteOn}
            disabled={!settings || paused}
            onChange={(e) => onSiteChange(e.currentTarget.checked)}
          />
          <span>
            <Message id="popup_highlight_on_site" parts={[<strong>{site}</strong>]} />
          </span>
        </label>
      ) : unavailable ? (
        <p class="sl-muted sl-unavailable" role="status">
          {t('popup_not_running_here')}
        </p>
      ) : null}
      <label class="sl-switch">
        <input
          type="checkbox"
          id="sl-pause-switch"
          checked={paused}
          disabled={!settings}
          onChange={(e) => onPauseChange(e.currentTarget.checked)}
        />
        <span>{t('popup_pause_everywhere')}</span>
      </label>
      <label class="sl-mentions-mode">
        <span>{t('popup_underline')}</span>
        <select
          id="sl-mentions-select"
          value={settings?.mentions ?? 'all'}
          disabled={!settings}
          onChange={(e) => onMentionsChange(e.currentTarget.value as MentionMode)}
        >
          {MENTION_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {mentionModeLabel(mode).toLowerCase()}
            </option>
          ))}
        </select>
      </label>
    </footer>
  );
}
