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
import { MENTION_MODES } from '../../core/view/first-mentions';
import { MENTION_MODE_LABELS } from '../mention-modes';
import type { SectionProps } from './option-section';

const KIND_NAMES: Record<(typeof TERM_KINDS)[number], string> = {
  person: 'People',
  organisation: 'Organisations',
  place: 'Places',
  event: 'Events',
  concept: 'Concepts',
};

const HIGHLIGHT_STYLES: HighlightStyle[] = ['underline', 'background'];

export function HighlightingSection({ settings, save }: SectionProps): JSX.Element {
  return (
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
  );
}

function StyleField({ settings, save }: SectionProps): JSX.Element {
  return (
    <fieldset>
      <legend>Highlight style</legend>
      {HIGHLIGHT_STYLES.map((style) => (
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
  );
}

function MentionsField({ settings, save }: SectionProps): JSX.Element {
  return (
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
  );
}

/** Saved when the field changes (not on each key); a typed value out of range is clamped and said. */
function HoverDelayField({ settings, save }: SectionProps): JSX.Element {
  const [delayText, setDelayText] = useState<string | null>(null);
  /** Said beside the field when a typed delay was not taken as typed (clamped, or not a number). */
  const [delayNote, setDelayNote] = useState('');
  return (
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
          const { ms, note } = readHoverDelayInput(e.currentTarget.value, settings.hoverDelayMs);
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
  );
}
