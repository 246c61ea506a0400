/** The options page's list of sites where highlighting is off: add one by name or address, remove one. */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { normalizeSiteInput } from '../../core/sites';
import { t } from '../i18n';
import type { SectionProps } from './option-section';

export function SitesSection({ settings, save }: SectionProps): JSX.Element {
  const [siteInput, setSiteInput] = useState('');
  const [siteError, setSiteError] = useState<string | null>(null);

  const addSite = (e: Event) => {
    e.preventDefault();
    const key = normalizeSiteInput(siteInput);
    if (!key) {
      setSiteError(t('options_site_invalid'));
      return;
    }
    if (settings.disabledSites.includes(key)) {
      setSiteError(t('options_site_duplicate', key));
      return;
    }
    setSiteError(null);
    setSiteInput('');
    const typed = siteInput;
    void save(t('popup_saved_site_off', key), (s) => ({
      disabledSites: [...s.disabledSites, key],
    })).then((saved) => !saved && setSiteInput(typed)); // Not saved: keep what was typed.
  };

  return (
    <section aria-labelledby="sl-opt-sites">
      <h2 id="sl-opt-sites">{t('options_sites')}</h2>
      <p class="sl-muted">{t('options_sites_help')}</p>
      <form class="sl-row" onSubmit={addSite}>
        <label for="sl-opt-site">{t('options_site')}</label>
        <input
          id="sl-opt-site"
          type="text"
          placeholder={t('options_site_placeholder')}
          value={siteInput}
          aria-invalid={siteError ? 'true' : undefined}
          aria-describedby={siteError ? 'sl-opt-site-error' : undefined}
          onInput={(e) => setSiteInput(e.currentTarget.value)}
        />
        <button type="submit">{t('options_site_add')}</button>
      </form>
      {siteError ? (
        <p id="sl-opt-site-error" class="sl-error" role="alert">
          {siteError}
        </p>
      ) : null}
      {settings.disabledSites.length === 0 ? (
        <p class="sl-muted">{t('options_sites_none')}</p>
      ) : (
        <ul class="sl-site-list" aria-label={t('options_sites')}>
          {settings.disabledSites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button
                type="button"
                aria-label={t('options_site_remove_label', site)}
                onClick={() =>
                  void save(t('options_saved_site_back_on', site), (s) => ({
                    disabledSites: s.disabledSites.filter((x) => x !== site),
                  }))
                }
              >
                {t('options_site_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
