/** The options page's list of sites where highlighting is off: add one by name or address, remove one. */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { normalizeSiteInput } from '../../core/sites';
import type { SectionProps } from './option-section';

export function SitesSection({ settings, save }: SectionProps): JSX.Element {
  const [siteInput, setSiteInput] = useState('');
  const [siteError, setSiteError] = useState<string | null>(null);

  const addSite = (e: Event) => {
    e.preventDefault();
    const key = normalizeSiteInput(siteInput);
    if (!key) {
      setSiteError('Enter a site such as example.com (or a page address from it).');
      return;
    }
    if (settings.disabledSites.includes(key)) {
      setSiteError(`${key} is already in the list.`);
      return;
    }
    setSiteError(null);
    setSiteInput('');
    const typed = siteInput;
    void save(`highlighting off on ${key}`, (s) => ({
      disabledSites: [...s.disabledSites, key],
    })).then((saved) => !saved && setSiteInput(typed)); // Not saved: keep what was typed.
  };

  return (
    <section aria-labelledby="sl-opt-sites">
      <h2 id="sl-opt-sites">Sites where highlighting is off</h2>
      <p class="sl-muted">
        A site covers its subdomains: example.com also turns off www.example.com and
        news.example.com.
      </p>
      <form class="sl-row" onSubmit={addSite}>
        <label for="sl-opt-site">Site</label>
        <input
          id="sl-opt-site"
          type="text"
          placeholder="example.com"
          value={siteInput}
          aria-invalid={siteError ? 'true' : undefined}
          aria-describedby={siteError ? 'sl-opt-site-error' : undefined}
          onInput={(e) => setSiteInput(e.currentTarget.value)}
        />
        <button type="submit">Add</button>
      </form>
      {siteError ? (
        <p id="sl-opt-site-error" class="sl-error" role="alert">
          {siteError}
        </p>
      ) : null}
      {settings.disabledSites.length === 0 ? (
        <p class="sl-muted">None: Sourcelight highlights on every site.</p>
      ) : (
        <ul class="sl-site-list" aria-label="Sites where highlighting is off">
          {settings.disabledSites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button
                type="button"
                aria-label={`Remove ${site}`}
                onClick={() =>
                  void save(`highlighting back on for ${site}`, (s) => ({
                    disabledSites: s.disabledSites.filter((x) => x !== site),
                  }))
                }
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
