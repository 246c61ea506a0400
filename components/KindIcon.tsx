/** Small line icons for the five kinds of name; decorative (the kind is also written out). */
import type { JSX } from 'preact';
import type { TermKind } from '../core/types';

const PATHS: Record<TermKind, string> = {
  person: 'M8 8a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm-5.5 6.5c.6-2.6 2.8-4.5 5.5-4.5s4.9 1.9 5.5 4.5',
  organisation: 'M2.5 14.5h11M3.5 14.5V6.5L8 3.5l4.5 3v8M6 14.5v-4h4v4M6 8h.01M10 8h.01',
  place:
    'M8 14.5s4.5-4.2 4.5-8a4.5 4.5 0 1 0-9 0c0 3.8 4.5 8 4.5 8Zm0-6.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3Z',
  event: 'M2.5 4.5h11v9.5h-11zM2.5 7.5h11M5.5 2.5v3M10.5 2.5v3M5.5 10.5h2',
  concept: 'M3 3.5h6.5l4 4-6 6-4.5-4.5zM6 6h.01',
};

export function KindIcon({ kind }: { kind: TermKind }): JSX.Element {
  return (
    <svg
      class="sl-kind-icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={PATHS[kind] ?? PATHS.concept}
        fill="none"
        stroke="currentColor"
        stroke-width="1.4"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}
