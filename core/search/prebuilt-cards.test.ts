import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileCorpus } from '../compile';
import { SourceLibrary } from '../sources/library';
import { validateCurated } from '../terms/curated';
import type { CompiledCorpus } from '../types';
import type { LoadedCorpus } from './loaded-corpus';
import {
  cardInShard,
  prebuildCards,
  readCardsManifest,
  shardOf,
  type CardsManifest,
} from './prebuilt-cards';
import { buildTermCard } from './term-card';

const ROOT = resolve(import.meta.dirname, '../..');
let loaded: LoadedCorpus;
let built: { manifest: CardsManifest; shards: string[] };

beforeAll(() => {
  const curated = validateCurated(
    JSON.parse(readFileSync(resolve(ROOT, 'data/terms.json'), 'utf8')),
  );
  const dir = resolve(ROOT, 'seeds');
  const files = readdirSync(dir)
    .filter((n) => n.endsWith('.txt') || n.endsWith('.md'))
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(resolve(dir, name))) }));
  const corpus = JSON.parse(
    JSON.stringify(compileCorpus({ files, curated }).corpus),
  ) as CompiledCorpus;
  loaded = new SourceLibrary(corpus).loaded();
  built = prebuildCards(loaded);
}, 60_000);

const cardOf = (termId: string) =>
  cardInShard(JSON.parse(built.shards[shardOf(termId, built.manifest.shards)]!), termId);

describe('prebuilt cards', () => {
  it('hold, for every term, the card the library builds from the same corpus (sharded and through JSON)', () => {
    expect(loaded.corpus.terms.length).toBeGreaterThan(50);
    for (const term of loaded.corpus.terms)
      expect(cardOf(term.id)).toEqual(JSON.parse(JSON.stringify(buildTermCard(loaded, term.id))));
  });

  it('are split into shards of about 256 KB, each card in one', () => {
    const chars = built.shards.reduce((sum, s) => sum + s.length, 0);
    expect(built.manifest.shards).toBe(Math.max(1, Math.ceil(chars / (256 * 1024))));
    expect(built.shards).toHaveLength(built.manifest.shards);
    const ids = built.shards.flatMap((s) => Object.keys(JSON.parse(s) as object));
    expect(ids.sort()).toEqual(loaded.corpus.terms.map((t) => t.id).sort());
  });

  it('answer null for a term the bundled sources do not have, and nothing for a malformed shard', () => {
    expect(cardOf('no-such-term')).toBeNull();
    expect(cardOf('__proto__')).toBeNull();
    expect(cardInShard([], 'a')).toBeUndefined();
    expect(cardInShard({ a: { term: { id: 'b' }, excerpts: [], allExcerpts: [] } }, 'a')).toBe(
      undefined,
    );
    expect(cardInShard({ a: { term: { id: 'a' }, excerpts: {} } }, 'a')).toBeUndefined();
  });

  it('a manifest of another format or shape is not used', () => {
    expect(readCardsManifest(JSON.stringify(built.manifest))).toEqual(built.manifest);
    expect(readCardsManifest(JSON.stringify({ ...built.manifest, formatVersion: 0 }))).toBeNull();
    expect(readCardsManifest(JSON.stringify({ ...built.manifest, shards: 0 }))).toBeNull();
    expect(readCardsManifest(JSON.stringify({ ...built.manifest, shards: 1.5 }))).toBeNull();
    expect(readCardsManifest('null')).toBeNull();
  });

  it('spread terms over the shards', () => {
    const counts = new Array<number>(8).fill(0);
    for (const term of loaded.corpus.terms) counts[shardOf(term.id, 8)]! += 1;
    expect(Math.min(...counts)).toBeGreaterThan(0);
  });
});
