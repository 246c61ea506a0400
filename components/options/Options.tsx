/**
 * The options page. Every change is saved at once (no Save button to
 * forget) and confirmed in a polite live region. The settings live in
 * useStoredSettings; each section is its own component.
 */
import type { JSX } from 'preact';
import type { Theme } from '../../core/settings';
import { Message } from '../Message';
import { t } from '../i18n';
import { useAppliedTheme } from '../theme';
import { HighlightingSection } from './HighlightingSection';
import type { SectionProps } from './option-section';
import { SitesSection } from './SitesSection';
import { useStoredSettings, type OptionsApi } from './use-stored-settings';

export type { OptionsApi };

export function Options({ api }: { api: OptionsApi }): JSX.Element {
  const { settings, problem, saveError, status, save, retry } = useStoredSettings(api);
  useAppliedTheme(settings?.theme);

  if (!settings) return <OptionsUnread problem={problem} retry={retry} />;

  return (
    <main class="sl-options">
      <h1>{t('options_title')}</h1>
      {problem ? (
        <p id="sl-opt-problem" class="sl-error" role="alert">
          {problem}
        </p>
      ) : null}
      <p class="sl-status" role="status" aria-live="polite">
        {status}
      </p>
      {saveError ? (
        <p id="sl-opt-save-error" class="sl-error" role="alert">
          {saveError.text}
        </p>
      ) : null}
      <HighlightingSection settings={settings} save={save} />
      <SitesSection settings={settings} save={save} />
      <SourcesSection />
      <AppearanceSection settings={settings} save={save} />
    </main>
  );
}

/** While reading, or when the settings could not be read at all: only the problem, and a retry. */
function OptionsUnread({ problem, retry }: { problem: string | null; retry(): void }): JSX.Element {
  return (
    <main class="sl-options">
      <h1>{t('options_title')}</h1>
      {problem ? (
        <>
          <p id="sl-opt-problem" class="sl-error" role="alert">
            {problem}
          </p>
          <button type="button" onClick={retry}>
            {t('options_try_again')}
          </button>
        </>
      ) : (
        <p class="sl-muted">{t('options_loading')}</p>
      )}
    </main>
  );
}

function SourcesSection(): JSX.Element {
  return (
    <section aria-labelledby="sl-opt-sources">
      <h2 id="sl-opt-sources">{t('options_sources')}</h2>
      <p>
        <Message
          id="options_sources_text"
          parts={[
            <a id="sl-opt-sources-link" href="sources.html">
              {t('options_sources_link')}
            </a>,
          ]}
        />
      </p>
    </section>
  );
}

function AppearanceSection({ settings, save }: SectionProps): JSX.Element {
  return (
    <section aria-labelledby="sl-opt-look">
      <h2 id="sl-opt-look">{t('options_appearance')}</h2>
      <div class="sl-row">
        <label for="sl-opt-theme">{t('options_theme')}</label>
        <select
          id="sl-opt-theme"
          value={settings.theme}
          onChange={(e) => {
            const theme = e.currentTarget.value as Theme;
            void save(t('options_saved_theme', theme), () => ({ theme }));
          }}
        >
          <option value="system">{t('options_theme_system')}</option>
          <option value="light">{t('options_theme_light')}</option>
          <option value="dark">{t('options_theme_dark')}</option>
        </select>
      </div>
    </section>
  );
}
