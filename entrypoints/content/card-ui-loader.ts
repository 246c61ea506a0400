/**
 * Loads the card's UI bundle (`card-ui.js`) on demand. Types only from
 * card-host: importing it for real would pull Preact into every page.
 */
import { browser } from 'wxt/browser';
import { SharedPromise } from '../../core/promise-cache';
import type { CardHost } from './card-host';

export const CARD_UI_GLOBAL = '__sourcelightCardUi';
export const CARD_UI_PATH = '/card-ui.js';

export interface CardUiModule {
  CardHost: typeof CardHost;
}

/** Loaded once per page; a failed load (extension updated under the page) is tried again. */
const cardUi = new SharedPromise<CardUiModule>(async () => {
  const global = globalThis as unknown as Record<string, CardUiModule | undefined>;
  if (global[CARD_UI_GLOBAL]) return global[CARD_UI_GLOBAL];
  await import(/* @vite-ignore */ browser.runtime.getURL(CARD_UI_PATH as '/card-ui.js'));
  const loaded = global[CARD_UI_GLOBAL];
  if (!loaded) throw new Error('Sourcelight: the card UI did not load');
  return loaded;
});

export function loadCardUi(): Promise<CardUiModule> {
  return cardUi.get();
}
