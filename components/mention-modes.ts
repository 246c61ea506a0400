/** The words for each mention mode, shared by the popup's menu and the options page. */
import type { MentionMode } from '../core/view/first-mentions';
import { t, type MessageKey } from './i18n';

const MENTION_MODE_MESSAGES: Record<MentionMode, MessageKey> = {
  all: 'common_mentions_all',
  'first-in-section': 'common_mentions_first_in_section',
  'first-on-page': 'common_mentions_first_on_page',
};

export const mentionModeLabel = (mode: MentionMode): string => t(MENTION_MODE_MESSAGES[mode]);
