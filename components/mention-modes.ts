/** The words for each mention mode, shared by the popup's menu and the options page. */
import type { MentionMode } from '../core/view/first-mentions';

export const MENTION_MODE_LABELS: Record<MentionMode, string> = {
  all: 'Every mention',
  'first-in-section': 'First mention in each section',
  'first-on-page': 'First mention on the page',
};
