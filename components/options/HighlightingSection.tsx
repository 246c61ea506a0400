/** The options page's "Highlighting": on or paused, which kinds, the style, which mentions, the hover delay. */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import {
  HOVER_DELAY_MAX_MS,
  HOVER_DELAY_MIN_MS,
  readHoverDelayInput,
  type HighlightStyle,
} from '../../core/settings';
import { TERM_KINDS } from '../../core/types';
import { t } from '../i18n';
import { hoverDelayNote } from './hover-delay-note';
import { kindPluralLabel } from '../kind-labels';
import { MENTION_MODES } from '../../core/view/first-mentions';
import { mentionModeLabel } from '../mention-modes';
import type { SectionProps } from './option-section';

const HIGHLIGHT_STYLES: HighlightStyle[] = ['underline', 'background'];

export function HighlightingSection({ settings, save }: SectionProps): JSX.Element {
  return (
    <section aria-labelledby="sl-opt-general">
      <h2 id="sl-opt-general">{t('options_highlighting')}</h2>
      <label class="sl-row">
        <input
          type="checkbox"
          id="sl-opt-enabled"
          checked={settings.enabled}
          onChange={(e) => {
            const enabled = e.currentTarget.checked;
            void save(t(enabled ? 'options_saved_on' : 'options_saved_paused'), () => ({
              enabled,
            }));
          }}
        />
        {t('options_enabled')}
      </label>
      <KindsField settings={settings} save={save} />
      <StyleField settings={settings} save={save} />
      <MentionsField settings={settings} save={save} />
      <HoverDelayField settings={settings} save={save} />
    </section>
  );
}

function KindsField({ settings, save }: SectionProps): JSX.Element {
  return (
    <fieldset>
      <legend>{t('options_kinds')}</legend>
      {TERM_KINDS.map((kind) => (
        <label class="sl-row" key={kind}>
          <input
            type="checkbox"
            id={`sl-opt-kind-${kind}`}
            checked={settings.kinds[kind]}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              const what = kindPluralLabel(kind).toLowerCase();
              void save(t(on ? 'options_saved_on_what' : 'options_saved_off_what', what), (s) => ({
                kinds: { ...s.kinds, [kind]: on },
              }));
            }}
          />
          {kindPluralLabel(kind)}
        </label>
      ))}
    </fieldset>
  );
}

function StyleField({ settings, save }: SectionProps): JSX.Element {
  return (
    <fieldset>
      <legend>{t('options_style')}</legend>
      {HIGHLIGHT_STYLES.map((style) => (
        <label class="sl-row" key={style}>
          <input
            type="radio"
            name="sl-style"
            id={`sl-opt-style-${style}`}
            checked={settings.highlightStyle === style}
            onChange={() =>
              void save(t('options_saved_style', style), () => ({ highlightStyle: style }))
            }
          />
          <span class={`sl-style-sample sl-style-${style}`}>
            {t(style === 'underline' ? 'options_style_underline' : 'options_style_background')}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

function MentionsField({ settings, save }: SectionProps): JSX.Element {
  return (
    <fieldset aria-describedby="sl-opt-mentions-help">
      <legend>{t('options_mentions')}</legend>
      {MENTION_MODES.map((mode) => (
        <label class="sl-row" key={mode}>
          <input
            type="radio"
            name="sl-mentions"
            id={`sl-opt-mentions-${mode}`}
            checked={settings.mentions === mode}
            onChange={() =>
              void save(mentionModeLabel(mode).toLowerCase(), () => ({ mentions: mode }))
            }
          />
          {mentionModeLabel(mode)}
        </label>
      ))}
      <p id="sl-opt-mentions-help" class="sl-muted">
        {t('options_mentions_help')}
      </p>
    </fieldset>
  );
}

/** Saved when the field changes (not on each key); a typed value out of range is clamped and said. */
function HoverDelayField({ settings, save }: SectionProps): JSX.Element {
  const [delayText, setDelayText] = useState<string | null>(null);
  /** Said beside the field when a typed delay was not taken as typed (clamped, or not a number). */
  const [delayNote, setDelayNote] = useState('');
  return (
    <div class="sl-row sl-delay">
      <label for="sl-opt-delay">{t('options_delay')}</label>
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
          const { ms, adjusted } = readHoverDelayInput(
            e.currentTarget.value,
            settings.hoverDelayMs,
          );
          setDelayText(null);
          setDelayNote(hoverDelayNote(adjusted, ms) ?? '');
          void save(t('options_saved_delay', ms), () => ({ hoverDelayMs: ms }));
        }}
      />
      <span id="sl-opt-delay-help" class="sl-muted">
        {t('options_delay_help', HOVER_DELAY_MIN_MS, HOVER_DELAY_MAX_MS)}
      </span>
      {/* Present (empty) from the start: a live region added with its text is often not announced. */}
      <span id="sl-opt-delay-note" class="sl-note" role="status" aria-live="polite">
        {delayNote}
      </span>
    </div>
  );
}
