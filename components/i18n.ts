/**
 * UI strings through the browser's i18n (#15): every string a page or the card
 * shows is a message in public/_locales/en/messages.json, so a translator has
 * one file to work on. `t` is typed by that file: a key it lacks does not
 * compile (and tests/unit/messages.test.ts also checks it, and that no message
 * is left unused).
 *
 * Messages come from `browser.i18n.getMessage` (synchronous, in extension pages
 * and content scripts alike), read from the global so components need no
 * browser module; the card's preview outside the extension and the glue tests
 * set a lookup over messages.json itself (`setMessageLookup`, core's `lookupIn`).
 */
import { formatNumber } from '../core/view/format';

import type { MessageKey, MessageLookup } from '../core/message-lookup';
import { viewLabels, type ViewLabels } from '../core/view/labels';

export type { MessageKey };

let lookup: MessageLookup | null = null;

/** Replaces where messages come from (tests, the card preview); null returns to the browser's. */
export function setMessageLookup(next: MessageLookup | null): void {
  lookup = next;
}

function browserLookup(): MessageLookup | null {
  const api = globalThis as {
    browser?: { i18n?: { getMessage?: MessageLookup } };
    chrome?: { i18n?: { getMessage?: MessageLookup } };
  };
  const i18n = api.browser?.i18n ?? api.chrome?.i18n;
  return i18n?.getMessage ? (key, subs) => i18n.getMessage!(key, subs) : null;
}

/**
 * The message `key`, with `substitutions` in its placeholders ($1 is the first).
 * A message the browser does not have shows as its key: wrong, but visibly so.
 * @example t('popup_search_failed', error) // "Search failed: …"
 */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  const get = lookup ?? browserLookup();
  return get?.(key, substitutions.map(String)) || key;
}

/**
 * A count with its noun: `one` for exactly 1, else `many`, the number in $1
 * formatted ("1,200 passages"). Two messages, as the browser's i18n has no plurals.
 */
export function tCount(count: number, one: MessageKey, many: MessageKey): string {
  return t(count === 1 ? one : many, formatNumber(count, labels));
}

/**
 * The words core/view's formatters put around values (dates, figures, citations), as messages.
 * Each label asks `t` when it is used, so one object serves every render.
 */
export const labels: ViewLabels = viewLabels((key, ...substitutions) => t(key, ...substitutions));
