/** The known names, filterable by kind, with counts: what the sources can tell you about. */
import type { JSX } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { TERM_KINDS, type DictionaryEntry, type TermKind } from '../../core/types';
import { t } from '../i18n';
import { kindLabel, kindPluralLabel } from '../kind-labels';

export function NameBrowser({
  names,
  onOpen,
}: {
  names: DictionaryEntry[] | null;
  onOpen(termId: string): void;
}): JSX.Element {
  const [kind, setKind] = useState<TermKind | 'all'>('all');
  const sorted = useMemo(
    () => [...(names ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'en')),
    [names],
  );
  if (names === null) return <p class="sl-muted sl-pad">{t('popup_names_loading')}</p>;
  if (names.length === 0) return <p class="sl-muted sl-pad">{t('popup_names_none')}</p>;
  const counts = new Map<TermKind, number>();
  for (const n of names) counts.set(n.kind, (counts.get(n.kind) ?? 0) + 1);
  const shown = kind === 'all' ? sorted : sorted.filter((n) => n.kind === kind);
  return (
    <div class="sl-names">
      <div class="sl-kinds" role="radiogroup" aria-label={t('popup_names_kind')}>
        {(['all', ...TERM_KINDS] as const).map((k) => {
          const count = k === 'all' ? names.length : (counts.get(k) ?? 0);
          if (k !== 'all' && count === 0) return null;
          return (
            <button
              type="button"
              role="radio"
              aria-checked={kind === k}
              class={kind === k ? 'sl-chip sl-chip-on' : 'sl-chip'}
              key={k}
              onClick={() => setKind(k)}
            >
              {k === 'all' ? t('popup_names_all') : kindPluralLabel(k)}{' '}
              <span class="sl-count">{count}</span>
            </button>
          );
        })}
      </div>
      <ul class="sl-name-list">
        {shown.map((n) => (
          <li key={n.id}>
            <button type="button" class="sl-name" onClick={() => onOpen(n.id)}>
              <span>{n.name}</span>
              <span class="sl-kind">{kindLabel(n.kind)}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
