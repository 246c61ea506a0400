/** What every section of the options page is given: the stored settings and the one way to change them. */
import type { Settings } from '../../core/settings';
import type { StoredSettings } from './use-stored-settings';

export interface SectionProps {
  settings: Settings;
  save: StoredSettings['save'];
}
