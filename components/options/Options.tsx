/**
 * The options page. Every change is saved at once (no Save button to
 * forget) and confirmed in a polite live region.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import {
  HOVER_DELAY_MAX_MS,
  HOVER_DELAY_MIN_MS,
  readHoverDelayInput,
  type HighlightStyle,
  type Theme,
} from '../../core/settings';
import { normalizeSiteInput } from '../../core/sites';
import { TERM_KINDS } from '../../core/types';
import { MENTION_MODES } from '../../core/view/first-mentions';
import { MENTION_MODE_LABELS } from '../mention-modes';
import { useStoredSettings, type OptionsApi } from './use-stored-settings';

export type { OptionsApi };

const KIND_NAMES: Record<(typeof TERM_KINDS)[number], string> = {
  person: 'People',
  organisation: 'Organisations',
  place: 'Places',
  event: 'Events',
  concept: 'Concepts',
};

export function Options({ api }: { api: OptionsApi }): JSX.Element {
  const { settings, problem, saveError, status, save, retry } = useStoredSettings(api);
  const [siteInput, setSiteInput] = useState('');
  const [siteError, setSiteError] = useState<string | null>(null);
  const [delayText, setDelayText] = useState<string | null>(null);
  /** Said beside the field when a typed delay was not taken as typed (clamped, or not a number). */
  const [delayNote, setDelayNote] = useState('');

  useEffect(() => {
    if (settings) document.documentElement.dataset.theme = settings.theme;
  }, [settings?.theme]);

  if (!settings)
    return (
      <main class="sl-options">
        <h1>Sourcelight options</h1>
        {problem ? (
          <>
            <p id="sl-opt-problem" class="sl-error" role="alert">
              {problem}
            </p>
            <button type="button" onClick={retry}>
              Try again
            </button>
          </>
        ) : (
          <p class="sl-muted">Loading settings…</p>
        )}
      </main>
    );

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
    <main class="sl-options">
      <h1>Sourcelight options</h1>
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

      <section aria-labelledby="sl-opt-general">
        <h2 id="sl-opt-general">Highlighting</h2>
        <label class="sl-row">
          <input
            type="checkbox"
            id="sl-opt-enabled"
            checked={settings.enabled}
            onChange={(e) => {
              const enabled = e.currentTarget.checked;
              void save(enabled ? 'Sourcelight on' : 'Sourcelight paused', () => ({ enabled }));
            }}
          />
          Highlight names on web pages (uncheck to pause everywhere)
        </label>

        <fieldset>
          <legend>Names to highlight</legend>
          {TERM_KINDS.map((kind) => (
            <label class="sl-row" key={kind}>
              <input
                type="checkbox"
                id={`sl-opt-kind-${kind}`}
                checked={settings.kinds[kind]}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  void save(`${KIND_NAMES[kind].toLowerCase()} ${on ? 'on' : 'off'}`, (s) => ({
                    kinds: { ...s.kinds, [kind]: on },
                  }));
                }}
              />
              {KIND_NAMES[kind]}
            </label>
          ))}
        </fieldset>

        <fieldset>
          <legend>Highlight style</legend>
          {(['underline', 'background'] as HighlightStyle[]).map((style) => (
            <label class="sl-row" key={style}>
              <input
                type="radio"
                name="sl-style"
                id={`sl-opt-style-${style}`}
                checked={settings.highlightStyle === style}
                onChange={() => void save(`style ${style}`, () => ({ highlightStyle: style }))}
              />
              <span class={`sl-style-sample sl-style-${style}`}>
                {style === 'underline' ? 'Underline' : 'Background tint'}
              </span>
            </label>
          ))}
        </fieldset>

        <fieldset aria-describedby="sl-opt-mentions-help">
          <legend>Which mentions to underline</legend>
          {MENTION_MODES.map((mode) => (
            <label class="sl-row" key={mode}>
              <input
                type="radio"
                name="sl-mentions"
                id={`sl-opt-mentions-${mode}`}
                checked={settings.mentions === mode}
                onChange={() =>
                  void save(MENTION_MODE_LABELS[mode].toLowerCase(), () => ({ mentions: mode }))
                }
              />
              {MENTION_MODE_LABELS[mode]}
            </label>
          ))}
          <p id="sl-opt-mentions-help" class="sl-muted">
            On long pages a name can be underlined dozens of times. Mentions that are not underlined
            still open the card when you hover them.
          </p>
        </fieldset>

        <div class="sl-row sl-delay">
          <label for="sl-opt-delay">Hover delay before the card opens (ms)</label>
          <input
            id="sl-opt-delay"
            type="number"
            inputMode="numeric"
            min={HOVER_DELAY_MIN_MS}
            max={HOVER_DELAY_MAX_MS}
            step={50}
            aria-describedby="sl-opt-delay-help sl-opt-delay-note"
            value={delayText ?? String(settings.hoverDelayMs)}
            onInput={(e) => setDelayText(e.currentTarget.value)}
            onChange={(e) => {
              const { ms, note } = readHoverDelayInput(
                e.currentTarget.value,
                settings.hoverDelayMs,
              );
              setDelayText(null);
              setDelayNote(note ?? '');
              void save(`hover delay ${ms} ms`, () => ({ hoverDelayMs: ms }));
            }}
          />
          <span id="sl-opt-delay-help" class="sl-muted">
            {HOVER_DELAY_MIN_MS}–{HOVER_DELAY_MAX_MS} ms; about 300 feels natural.
          </span>
          {/* Present (empty) from the start: a live region added with its text is often not announced. */}
          <span id="sl-opt-delay-note" class="sl-note" role="status" aria-live="polite">
            {delayNote}
          </span>
        </div>
      </section>

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

      <section aria-labelledby="sl-opt-sources">
        <h2 id="sl-opt-sources">Sources</h2>
        <p>
          <a id="sl-opt-sources-link" href="sources.html">
            Your sources
          </a>
          : add files, pages and packs, turn sources off and on, export a pack.
        </p>
      </section>

      <section aria-labelledby="sl-opt-look">
        <h2 id="sl-opt-look">Appearance</h2>
        <div class="sl-row">
          <label for="sl-opt-theme">Theme of the popup, card and reader</label>
          <select
            id="sl-opt-theme"
            value={settings.theme}
            onChange={(e) => {
              const theme = e.currentTarget.value as Theme;
              void save(`theme ${theme}`, () => ({ theme }));
            }}
          >
            <option value="system">Follow the system</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </div>
      </section>
    </main>
  );
}
