/**
 * A running import (progress bar, "N of M", the current file, added and
 * failed counts, Cancel) and, when it ends, what it did with each failure's
 * reason. The per-file numbers are not a live region (a screen reader would
 * read every file); the page announces the start and the summary instead.
 */
import type { JSX } from 'preact';
import { formatNumber, plural } from '../../core/view/format';
import { importSummary } from '../../core/view/source-list';
import type { ImportProgress } from './sources-api';

export type ImportJob =
  | {
      phase: 'running';
      what: string;
      noun: 'file' | 'source';
      progress: ImportProgress;
      cancel(): void;
    }
  | {
      phase: 'done';
      what: string;
      noun: 'file' | 'source';
      progress: ImportProgress;
      skipped: string[];
    }
  /** A pack refused as a whole, or an import that stopped with an error: said as `message`. */
  | { phase: 'error'; what: string; message: string };

/** Failures listed in full up to this many; a thousand broken files should not bury the page. */
const MAX_LISTED = 50;

export function ImportStatus({
  job,
  onDismiss,
}: {
  job: ImportJob;
  onDismiss(): void;
}): JSX.Element {
  if (job.phase === 'running') return <Running job={job} />;
  if (job.phase === 'error')
    return (
      <section class="sl-import sl-import-error" aria-label={`Importing ${job.what}`}>
        <p class="sl-error" role="alert">
          {job.message}
        </p>
        <button type="button" onClick={onDismiss}>
          Dismiss
        </button>
      </section>
    );
  const { progress, skipped } = job;
  return (
    <section class="sl-import sl-import-done" aria-label={`Importing ${job.what}`}>
      <p class="sl-import-summary">{importSummary(progress, job.noun)}</p>
      {progress.failed.length ? (
        <details open={progress.failed.length <= 10}>
          <summary>Why {plural(progress.failed.length, job.noun)} failed</summary>
          <ul class="sl-import-failures">
            {progress.failed.slice(0, MAX_LISTED).map((f) => (
              <li key={f.name}>
                <strong>{f.name}</strong>: {f.error}
              </li>
            ))}
          </ul>
          {progress.failed.length > MAX_LISTED ? (
            <p class="sl-muted">and {formatNumber(progress.failed.length - MAX_LISTED)} more.</p>
          ) : null}
        </details>
      ) : null}
      {skipped.length ? (
        <p class="sl-muted sl-import-skipped">
          Skipped {plural(skipped.length, 'file')} that {skipped.length === 1 ? 'is' : 'are'} not
          .txt, .md, .html or .pack.json: {skipped.slice(0, 5).join(', ')}
          {skipped.length > 5 ? ' …' : ''}
        </p>
      ) : null}
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </section>
  );
}

function Running({ job }: { job: Extract<ImportJob, { phase: 'running' }> }): JSX.Element {
  const { progress } = job;
  // No total yet (a pack being read): an indeterminate bar, not "0 of 0".
  const known = progress.total > 0;
  return (
    <section class="sl-import sl-import-running" aria-label={`Importing ${job.what}`}>
      <div class="sl-row">
        <progress
          class="sl-import-bar"
          max={known ? progress.total : undefined}
          value={known ? progress.done : undefined}
          aria-label={`Importing ${job.what}`}
        />
        <span class="sl-import-count">
          {known
            ? `${formatNumber(progress.done)} of ${plural(progress.total, job.noun)}`
            : 'Reading…'}
        </span>
        <button type="button" class="sl-import-cancel" onClick={job.cancel}>
          Cancel
        </button>
      </div>
      <p class="sl-meta">
        <span class="sl-import-added">{formatNumber(progress.added.length)} added</span>
        {' · '}
        <span class="sl-import-failed">{formatNumber(progress.failed.length)} failed</span>
        {progress.current ? (
          <>
            {' · now: '}
            <span class="sl-import-current">{progress.current}</span>
          </>
        ) : null}
      </p>
    </section>
  );
}
