/**
 * "Copy" and "Markdown": copies an excerpt with its citation (core/view/citation.ts), as plain
 * text or as Markdown (issue 13). The clipboard comes in through `copyText`, so the control
 * renders in happy-dom and each page decides how it writes (the card on a web page has a
 * fallback an extension page does not need). The result is said in a polite live region
 * that is always present, so screen readers announce the change.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { CitationFormat, CitedExcerpt } from '../core/view/citation';
import { formatCitation } from './format';
import { t, type MessageKey } from './i18n';

/** Writes text to the clipboard; rejects when it cannot. */
export type CopyText = (text: string) => Promise<void>;

/**
 * The default for extension pages (popup, reader), which are secure contexts with the async
 * Clipboard API; the card on a web page passes its own (lib/clipboard.ts).
 */
export const copyWithNavigator: CopyText = (text) => navigator.clipboard.writeText(text);

/** How long "Copied" stays beside the buttons. */
export const COPIED_SHOWN_MS = 2500;

type CopyStatus =
  { kind: 'idle' } | { kind: 'copied'; format: CitationFormat } | { kind: 'failed' };

function statusText(status: CopyStatus): string {
  if (status.kind === 'copied')
    return t(status.format === 'markdown' ? 'common_copied_markdown' : 'common_copied');
  return status.kind === 'failed' ? t('common_copy_failed') : '';
}

/** Two sheets: copy. */
function CopyIcon(): JSX.Element {
  return (
    <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
      <rect
        x="5.5"
        y="5.5"
        width="8"
        height="9"
        rx="1.5"
        fill="none"
        stroke="currentColor"
        stroke-width="1.4"
      />
      <path
        d="M10.5 3.5v-1a1 1 0 0 0-1-1h-6a1 1 0 0 0-1 1v8a1 1 0 0 0 1 1h1"
        fill="none"
        stroke="currentColor"
        stroke-width="1.4"
      />
    </svg>
  );
}

/** The Markdown mark (M and a down arrow in a frame). */
function MarkdownIcon(): JSX.Element {
  return (
    <svg viewBox="0 0 22 14" width="17" height="12" aria-hidden="true" focusable="false">
      <rect
        x="0.75"
        y="0.75"
        width="20.5"
        height="12.5"
        rx="2"
        fill="none"
        stroke="currentColor"
        stroke-width="1.4"
      />
      <path
        d="M4 10V4h1.6L7.5 6.6 9.4 4H11v6H9.4V6.6L7.5 9.1 5.6 6.6V10zm11.5 0L13 7h1.7V4h1.6v3H18z"
        fill="currentColor"
      />
    </svg>
  );
}

/** Shown on the button that just copied. */
function DoneIcon(): JSX.Element {
  return (
    <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
      <path
        d="M3 8.5l3.2 3L13 4.5"
        fill="none"
        stroke="currentColor"
        stroke-width="1.8"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}

const BUTTONS: ReadonlyArray<{
  format: CitationFormat;
  label: MessageKey;
  name: MessageKey;
  title: MessageKey;
  Icon: () => JSX.Element;
}> = [
  {
    format: 'text',
    label: 'common_copy',
    name: 'common_copy_name',
    title: 'common_copy_title',
    Icon: CopyIcon,
  },
  {
    format: 'markdown',
    label: 'common_copy_markdown',
    name: 'common_copy_markdown_name',
    title: 'common_copy_markdown_title',
    Icon: MarkdownIcon,
  },
];

/**
 * Icons with a text label: the card hides the labels (and shows the status only to screen
 * readers, with a check on the button) to stay compact; the popup and the reader show both.
 */
export function CopyCitation({
  excerpt,
  copyText,
}: {
  excerpt: CitedExcerpt;
  copyText: CopyText;
}): JSX.Element {
  const [status, setStatus] = useState<CopyStatus>({ kind: 'idle' });

  useEffect(() => {
    if (status.kind === 'idle') return;
    const timer = setTimeout(() => setStatus({ kind: 'idle' }), COPIED_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [status]);

  const copy = (event: Event, format: CitationFormat) => {
    // Inside a result or a link that opens something on click: copying must not open it.
    event.stopPropagation();
    event.preventDefault();
    copyText(formatCitation(excerpt, { format })).then(
      () => setStatus({ kind: 'copied', format }),
      () => setStatus({ kind: 'failed' }),
    );
  };

  return (
    <span class="sl-copy">
      {BUTTONS.map(({ format, label, name, title, Icon }) => {
        const isDone = status.kind === 'copied' && status.format === format;
        return (
          <button
            key={format}
            type="button"
            class="sl-copy-button"
            data-format={format}
            data-copied={isDone ? 'true' : undefined}
            aria-label={t(name)}
            title={t(title)}
            onClick={(e) => copy(e, format)}
          >
            {isDone ? <DoneIcon /> : <Icon />}
            <span class="sl-copy-label">{t(label)}</span>
          </button>
        );
      })}
      <span
        class={status.kind === 'failed' ? 'sl-copy-status sl-copy-failed' : 'sl-copy-status'}
        role="status"
        aria-live="polite"
      >
        {statusText(status)}
      </span>
    </span>
  );
}
