/** "3 files", "1 source": the counted things of the Sources page, as messages. */
import { tCount } from '../i18n';

export type CountedNoun = 'file' | 'source';

export function countOf(count: number, noun: CountedNoun): string {
  return noun === 'file'
    ? tCount(count, 'sources_files_one', 'sources_files')
    : tCount(count, 'common_sources_one', 'common_sources');
}
