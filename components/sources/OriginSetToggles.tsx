/**
 * Turns a whole set of sources off and on: all bundled, all added pages, all
 * files, all from packs. A set that is partly on shows a mixed checkbox;
 * checking it turns every source of the set on.
 */
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { formatNumber } from '../format';
import type { OriginSet } from '../../core/view/source-list';
import { t } from '../i18n';
import { originSetLabel } from './labels';

export function OriginSetToggles({
  sets,
  busy,
  onEnable,
}: {
  sets: OriginSet[];
  busy: boolean;
  onEnable(set: OriginSet, enabled: boolean): void;
}): JSX.Element | null {
  if (sets.length === 0) return null;
  return (
    <fieldset class="sl-sets">
      <legend>{t('sources_sets')}</legend>
      {sets.map((set) => (
        <SetToggle key={set.origin} set={set} busy={busy} onEnable={onEnable} />
      ))}
    </fieldset>
  );
}

function SetToggle({
  set,
  busy,
  onEnable,
}: {
  set: OriginSet;
  busy: boolean;
  onEnable(set: OriginSet, enabled: boolean): void;
}): JSX.Element {
  const input = useRef<HTMLInputElement>(null);
  const allOn = set.articlesOn === set.articles;
  const mixed = set.articlesOn > 0 && !allOn;
  // `indeterminate` is a property only, no attribute: set it after each render.
  useEffect(() => {
    if (input.current) input.current.indeterminate = mixed;
  });
  return (
    <label class="sl-row sl-set" data-origin={set.origin}>
      <input
        ref={input}
        type="checkbox"
        checked={allOn}
        aria-checked={mixed ? 'mixed' : allOn ? 'true' : 'false'}
        disabled={busy}
        onChange={() => onEnable(set, !allOn)}
      />
      {originSetLabel(set.origin)}
      <span class="sl-muted sl-set-count">
        {t('sources_set_count', formatNumber(set.articlesOn), formatNumber(set.articles))}
      </span>
    </label>
  );
}
