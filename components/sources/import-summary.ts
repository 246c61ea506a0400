/** One sentence on what an import did, for the Sources page and its live region (#13, #15). */
import { formatNumber } from '../format';
import { t } from '../i18n';
import { countOf, type CountedNoun } from './nouns';

/** The counts of an import, as lib/sources.ts reports them. */
export interface ImportCounts {
  total: number;
  done: number;
  added: readonly string[];
  failed: readonly unknown[];
  cancelled: boolean;
}

/**
 * @example importSummary({ total: 3, done: 3, added: ['a', 'b'], failed: [x], cancelled: false }, 'file') // 'Added 2 of 3 files; 1 failed.'
 */
export function importSummary(p: ImportCounts, noun: CountedNoun): string {
  const total = countOf(p.total, noun);
  const added = formatNumber(p.added.length);
  const failed = p.failed.length ? formatNumber(p.failed.length) : null;
  if (p.cancelled)
    return failed
      ? t('sources_summary_cancelled_failed', formatNumber(p.done), total, added, failed)
      : t('sources_summary_cancelled', formatNumber(p.done), total, added);
  if (p.total === 0)
    return t(noun === 'file' ? 'sources_summary_no_files' : 'sources_summary_no_sources');
  return failed
    ? t('sources_summary_added_failed', added, total, failed)
    : t('sources_summary_added', added, total);
}
