/**
 * Loads the card's UI bundle (`card-ui.js`) on demand. Types only from
 * card-host: importing it for real would pull Preact into every page.
 */
import { browser } from 'wxt/browser';
import type { CardHost } from './card-host';

export const CARD_UI_GLOBAL = '__sourcelightCardUi';
export const CARD_UI_PATH = '/card-ui.js';

export interface CardUiModule {
  CardHost: typeof CardHost;
}

let loading: Promise<CardUiModule> | undefined;

export function loadCardUi(): Promise<CardUiModule> {
  loading ??= (async () => {
    const existing = (globalThis as unknown as Record<string, CardUiModule | undefined>)[
      CARD_UI_GLOBAL
    ];
    if (existing) return existing;
    await import(/* @vite-ignore */ browser.runtime.getURL(CARD_UI_PATH as '/card-ui.js'));
    const loaded = (globalThis as unknown as Record<string, CardUiModule | undefined>)[
      CARD_UI_GLOBAL
    ];
    if (!loaded) throw new Error('Sourcelight: the card UI did not load');
    return loaded;
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
