/**
 * What the Sources page calls its sort orders, a source's origin and the origin sets, as
 * messages (#15); the orders and sets themselves are core/view/source-list.ts's.
 */
import type { SourceOrigin } from '../../core/sources/pack';
import type { SourceSort } from '../../core/view/source-list';
import { t, type MessageKey } from '../i18n';

const SORTS: Record<SourceSort, MessageKey> = {
  added: 'sources_sort_added',
  date: 'sources_sort_date',
  title: 'sources_sort_title',
  publisher: 'sources_sort_publisher',
};

const ORIGINS: Record<SourceOrigin, MessageKey> = {
  bundled: 'sources_origin_bundled',
  page: 'sources_origin_page',
  file: 'sources_origin_file',
  pack: 'sources_origin_pack',
};

/** A set's checkbox label ("All files") and its name inside a sentence ("all files turned off."). */
const SETS: Record<SourceOrigin, { label: MessageKey; what: MessageKey }> = {
  bundled: { label: 'sources_set_bundled', what: 'sources_set_bundled_what' },
  page: { label: 'sources_set_page', what: 'sources_set_page_what' },
  file: { label: 'sources_set_file', what: 'sources_set_file_what' },
  pack: { label: 'sources_set_pack', what: 'sources_set_pack_what' },
};

export const sortLabel = (sort: SourceSort): string => t(SORTS[sort]);
/** Where a source came from, as a row says it: "added page". */
export const originLabel = (origin: SourceOrigin): string => t(ORIGINS[origin]);
export const originSetLabel = (origin: SourceOrigin): string => t(SETS[origin].label);
export const originSetName = (origin: SourceOrigin): string => t(SETS[origin].what);
