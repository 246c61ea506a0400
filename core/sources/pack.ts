/**
 * A source pack: one versioned file that carries a set of sources, so a
 * newsroom or a reader can share a source set without shipping a build (#13).
 * Each source travels as the text of a seed file (front matter, title line,
 * paragraphs), so a pack goes through exactly the parser and compiler that
 * `seeds/` goes through: one code path for the build and the browser.
 *
 * A pack is JSON:
 * ```
 * { "format": "sourcelight-pack", "version": 1, "name": "Kazakhstan 2022",
 *   "createdAt": "2026-12-02T01:00:00.000Z",
 *   "sources": [{ "file": "tokayev-address.md", "text": "---\ndate: 2022-01-07\n---\nTitle\n\n…",
 *                 "origin": "page", "addedAt": "2026-11-30T09:12:00.000Z" }] }
 * ```
 * Reading is strict: anything that is not a pack this version understands is
 * refused with the reason, before anything is stored or compiled.
 */
import { SeedError } from './seed-error';
import type { SeedFile } from '../types';
import { isRecord } from '../guards';

export const PACK_FORMAT = 'sourcelight-pack';
export const PACK_VERSION = 1;
/** Packs are written with this extension; the build reads `*.pack.json` in seeds/. */
export const PACK_EXTENSION = '.pack.json';
/** Same limit as one seed file (tools/compile-seeds.ts MAX_SEED_BYTES), per source. */
export const MAX_PACK_SOURCE_CHARS = 2 * 1024 * 1024;
/** A year of clipping is thousands of sources; far beyond that is not a source set. */
export const MAX_PACK_SOURCES = 50_000;

/** Where a source came from: built into the extension, clipped from a page, a file, a pack. */
export type SourceOrigin = 'bundled' | 'page' | 'file' | 'pack';
const ORIGINS: readonly SourceOrigin[] = ['bundled', 'page', 'file', 'pack'];

export interface PackSource {
  /** A file name as in seeds/ (`.txt` or `.md`): the article id comes from it. */
  file: string;
  /** The seed file's text. */
  text: string;
  origin?: SourceOrigin;
  /** ISO time the user added it, when known. */
  addedAt?: string;
}

export interface SourcePack {
  format: typeof PACK_FORMAT;
  version: typeof PACK_VERSION;
  name: string;
  createdAt: string;
  sources: PackSource[];
}

/** File names a pack may carry: no folders, no hidden files, a seed extension. */
const SAFE_FILE = /^[^/\\:*?"<>|\u0000-\u001f.][^/\\:*?"<>|\u0000-\u001f]{0,199}\.(?:txt|md)$/iu;

/**
 * Checks untrusted pack data (parsed JSON) and returns it typed, or throws a `SeedError`
 * naming the pack (and the source) and the reason. Nothing partial is ever returned.
 *
 * @example readPack('my.pack.json', JSON.parse(text)).sources.length
 */
export function readPack(packName: string, data: unknown): SourcePack {
  const refuse = (reason: string): never => {
    throw new SeedError(packName, reason);
  };
  if (!isRecord(data)) return refuse('not a Sourcelight pack (not a JSON object)');
  if (data.format !== PACK_FORMAT)
    return refuse(
      `not a Sourcelight pack (its "format" is ${describe(data.format)}, expected "${PACK_FORMAT}")`,
    );
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1)
    return refuse(`pack version ${describe(data.version)} is not a version number`);
  if (data.version > PACK_VERSION)
    return refuse(
      `made by a newer Sourcelight (pack version ${data.version}; this one reads version ${PACK_VERSION}): update Sourcelight to read it`,
    );
  if (!Array.isArray(data.sources)) return refuse('"sources" is not a list');
  if (data.sources.length === 0) return refuse('the pack has no sources');
  if (data.sources.length > MAX_PACK_SOURCES)
    return refuse(
      `${data.sources.length} sources is more than a pack may hold (${MAX_PACK_SOURCES})`,
    );
  const seen = new Set<string>();
  const sources = data.sources.map((raw: unknown, i): PackSource => {
    const where = `source ${i + 1}`;
    if (!isRecord(raw)) return refuse(`${where} is not an object`);
    const { file, text, origin, addedAt } = raw;
    if (typeof file !== 'string' || !SAFE_FILE.test(file))
      return refuse(
        `${where}: file name ${describe(file)} is not a plain .txt or .md file name (no folders, no leading dot)`,
      );
    const key = file.toLowerCase();
    if (seen.has(key)) return refuse(`${where}: file name "${file}" appears twice`);
    seen.add(key);
    if (typeof text !== 'string') return refuse(`${where} (${file}): "text" is not text`);
    if (!text.trim()) return refuse(`${where} (${file}): the text is empty`);
    if (text.length > MAX_PACK_SOURCE_CHARS)
      return refuse(
        `${where} (${file}): ${text.length} characters is more than a source may hold (${MAX_PACK_SOURCE_CHARS})`,
      );
    const source: PackSource = { file, text };
    if (origin !== undefined) {
      if (typeof origin !== 'string' || !(ORIGINS as readonly string[]).includes(origin))
        return refuse(
          `${where} (${file}): origin ${describe(origin)} is not one of ${ORIGINS.join(', ')}`,
        );
      source.origin = origin as SourceOrigin;
    }
    if (addedAt !== undefined) {
      if (typeof addedAt !== 'string' || Number.isNaN(Date.parse(addedAt)))
        return refuse(`${where} (${file}): addedAt ${describe(addedAt)} is not a date and time`);
      source.addedAt = addedAt;
    }
    return source;
  });
  return {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    name: typeof data.name === 'string' ? data.name.slice(0, 200) : packName,
    createdAt:
      typeof data.createdAt === 'string' && !Number.isNaN(Date.parse(data.createdAt))
        ? data.createdAt
        : '',
    sources,
  };
}

/**
 * Parses a pack file's text. Invalid JSON is refused with its position.
 *
 * @example parsePackText('kz.pack.json', text).name
 */
export function parsePackText(packName: string, text: string): SourcePack {
  let data: unknown;
  try {
    data = JSON.parse(text.startsWith('\ufeff') ? text.slice(1) : text) as unknown;
  } catch (error) {
    throw new SeedError(
      packName,
      `not a Sourcelight pack (not valid JSON: ${error instanceof Error ? error.message : String(error)})`,
    );
  }
  return readPack(packName, data);
}

/**
 * The pack's sources as seed files for the compiler, named as a path inside the pack
 * (`kz.pack.json/a.txt`): a compile error names both, and the article id is still the
 * source's own file stem (`a`), as it would be in seeds/.
 *
 * @example packSeedFiles('kz.pack.json', pack)[0].name // 'kz.pack.json/a.txt'
 */
export function packSeedFiles(packName: string, pack: SourcePack): SeedFile[] {
  const encoder = new TextEncoder();
  return pack.sources.map((s) => ({
    name: `${packName}/${s.file}`,
    bytes: encoder.encode(s.text),
  }));
}

/**
 * Writes sources as a pack (the text `parsePackText` reads back).
 *
 * @example writePack({ name: 'Kazakhstan', sources: [{ file: 'a.txt', text: 'Title\n\nText.' }], createdAt: new Date() })
 */
export function writePack(options: {
  name: string;
  sources: readonly PackSource[];
  createdAt: Date;
}): string {
  const pack: SourcePack = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    name: options.name,
    createdAt: options.createdAt.toISOString(),
    sources: options.sources.map((s) => ({ ...s })),
  };
  // Checked on the way out too: a pack we write must be one we read.
  readPack(options.name, pack);
  return `${JSON.stringify(pack, null, 1)}\n`;
}

function describe(x: unknown): string {
  if (typeof x === 'string') return JSON.stringify(x.length > 60 ? `${x.slice(0, 60)}…` : x);
  if (x === undefined) return 'missing';
  if (typeof x === 'number' || typeof x === 'boolean') return String(x);
  return Array.isArray(x) ? 'a list' : x === null ? 'null' : 'an object';
}
