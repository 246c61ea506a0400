/**
 * A running import (progress bar, "N of M", the current file, added and
 * failed counts, Cancel) and, when it ends, what it did with each failure's
 * reason. The per-file numbers are not a live region (a screen reader would
 * read every file); the page announces the start and the summary instead.
 */
import type { JSX } from 'preact';
import { formatNumber } from '../format';
import { importSummary } from './import-summary';
import { t, tCount } from '../i18n';
import { countOf } from './nouns';
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
      <section class="sl-import sl-import-error" aria-label={t('sources_importing', job.what)}>
        <p class="sl-error" role="alert">
          {job.message}
        </p>
        <button type="button" onClick={onDismiss}>
          {t('sources_dismiss')}
        </button>
      </section>
    );
  const { progress, skipped } = job;
  return (
    <section class="sl-import sl-import-done" aria-label={t('sources_importing', job.what)}>
      <p class="sl-import-summary">{importSummary(progress, job.noun)}</p>
      {progress.failed.length ? (
        <details open={progress.failed.length <= 10}>
          <summary>
            {t('sources_import_why_failed', countOf(progress.failed.length, job.noun))}
          </summary>
          <ul class="sl-import-failures">
            {progress.failed.slice(0, MAX_LISTED).map((f) => (
              <li key={f.name}>
                <strong>{f.name}</strong>: {f.error}
              </li>
            ))}
          </ul>
          {progress.failed.length > MAX_LISTED ? (
            <p class="sl-muted">
              {tCount(progress.failed.length - MAX_LISTED, 'sources_and_more', 'sources_and_more')}
            </p>
          ) : null}
        </details>
      ) : null}
      {skipped.length ? (
        <p class="sl-muted sl-import-skipped">
          {tCount(skipped.length, 'sources_import_skipped_one', 'sources_import_skipped')}{' '}
          {skipped.slice(0, 5).join(t('popup_results_list_separator'))}
          {skipped.length > 5 ? ' …' : ''}
        </p>
      ) : null}
      <button type="button" onClick={onDismiss}>
        {t('sources_dismiss')}
      </button>
    </section>
  );
}

function Running({ job }: { job: Extract<ImportJob, { phase: 'running' }> }): JSX.Element {
  const { progress } = job;
  // No total yet (a pack being read): an indeterminate bar, not "0 of 0".
  const known = progress.total > 0;
  return (
    <section class="sl-import sl-import-running" aria-label={t('sources_importing', job.what)}>
      <div class="sl-row">
        <progress
          class="sl-import-bar"
          max={known ? progress.total : undefined}
          value={known ? progress.done : undefined}
          aria-label={t('sources_importing', job.what)}
        />
        <span class="sl-import-count">
          {known
            ? t(
                'sources_import_count',
                formatNumber(progress.done),
                countOf(progress.total, job.noun),
              )
            : t('sources_import_reading')}
        </span>
        <button type="button" class="sl-import-cancel" onClick={job.cancel}>
          {t('add_cancel')}
        </button>
      </div>
      <p class="sl-meta">
        <span class="sl-import-added">
          {tCount(progress.added.length, 'sources_import_added', 'sources_import_added')}
        </span>
        {' · '}
        <span class="sl-import-failed">
          {tCount(progress.failed.length, 'sources_import_failed', 'sources_import_failed')}
        </span>
        {progress.current ? (
          <>
            {' · '}
            {t('sources_import_now')} <span class="sl-import-current">{progress.current}</span>
          </>
        ) : null}
      </p>
    </section>
  );
}
