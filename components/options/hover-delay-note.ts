/** What the options page says when a typed hover delay is not saved as typed (#12, #15). */
import {
  HOVER_DELAY_MAX_MS,
  HOVER_DELAY_MIN_MS,
  type HoverDelayAdjustment,
} from '../../core/settings';
import { t } from '../i18n';

/** @example hoverDelayNote('at-most', 2000) // 'Hover delay is at most 2000 ms; set to 2000 ms.' */
export function hoverDelayNote(adjusted: HoverDelayAdjustment | null, ms: number): string | null {
  switch (adjusted) {
    case null:
      return null;
    case 'not-a-number':
      return t('options_delay_not_a_number', ms);
    case 'at-most':
      return t('options_delay_at_most', HOVER_DELAY_MAX_MS, ms);
    case 'at-least':
      return t('options_delay_at_least', HOVER_DELAY_MIN_MS, ms);
  }
}
