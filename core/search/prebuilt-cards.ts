/**
 * The bundled sources' cards, built with the corpus (#13, scale). A service worker that wakes
 * for a hover otherwise reads the whole corpus before it can answer: at 10,000 articles 35 MB,
 * which the worker's `fetch(...).text()` took 2-3 s to read. With these, it reads one shard of
 * a few hundred KB.
 *
 * A prebuilt card is exactly `buildTermCard` over the bundled sources alone (tested for every
 * term), so it is only used in that state: the reader has no sources of their own and every
 * bundled source is on (the background checks; see createLookupService's `prebuiltCard`).
 */
import { CORPUS_FORMAT_VERSION } from '../types';
import { isRecord } from '../guards';
import { fnv1a } from '../text-hash';
import type { TermCard } from '../messages';
import type { LoadedCorpus } from './loaded-corpus';
import { buildTermCard } from './term-card';

export const CARDS_MANIFEST_ASSET = 'sourcelight-cards.json';
/** Shard files: `sourcelight-cards-0.json`, ... */
export const cardShardAsset = (shard: number): string => `sourcelight-cards-${shard}.json`;

/** About this much JSON per shard: one hover reads one shard whole. */
const SHARD_CHARS = 256 * 1024;

export interface CardsManifest {
  formatVersion: number;
  shards: number;
}

/** The shard a term's card is in (FNV-1a of its id). */
export function shardOf(termId: string, shards: number): number {
  return fnv1a(termId) % shards;
}

/** Every term's card, as the manifest and the shards' JSON texts. */
export function prebuildCards(loaded: LoadedCorpus): { manifest: CardsManifest; shards: string[] } {
  const cards = loaded.corpus.terms.map(
    (t) => [t.id, JSON.stringify(buildTermCard(loaded, t.id))] as const,
  );
  const chars = cards.reduce((sum, [, json]) => sum + json.length, 0);
  const count = Math.max(1, Math.ceil(chars / SHARD_CHARS));
  const entries: string[][] = Array.from({ length: count }, () => []);
  for (const [id, json] of cards)
    entries[shardOf(id, count)]!.push(`${JSON.stringify(id)}:${json}`);
  return {
    manifest: { formatVersion: CORPUS_FORMAT_VERSION, shards: count },
    shards: entries.map((list) => `{${list.join(',')}}`),
  };
}

/** The manifest as read back, or null when it is not one this code wrote. */
export function readCardsManifest(json: string): CardsManifest | null {
  const value: unknown = JSON.parse(json);
  if (!isRecord(value) || value.formatVersion !== CORPUS_FORMAT_VERSION) return null;
  const { shards } = value;
  return typeof shards === 'number' && Number.isInteger(shards) && shards > 0
    ? { formatVersion: CORPUS_FORMAT_VERSION, shards }
    : null;
}

/**
 * A term's card from its shard's parsed JSON: null for a term the bundled sources do not have,
 * undefined when the shard does not hold a card of the right shape for it (then the whole
 * corpus answers).
 */
export function cardInShard(shard: unknown, termId: string): TermCard | null | undefined {
  if (!isRecord(shard)) return undefined;
  if (!Object.hasOwn(shard, termId)) return null;
  const card = shard[termId];
  if (!isRecord(card) || !isRecord(card.term) || card.term.id !== termId) return undefined;
  if (!Array.isArray(card.excerpts) || !Array.isArray(card.allExcerpts)) return undefined;
  return card as unknown as TermCard;
}
