/**
 * The extension pages' one way to change the reader's sources: add files,
 * packs and clipped pages, remove, undo, turn on and off, export. Each source is
 * compiled by the project's compiler in a worker of the page (core/sources/user-source.ts,
 * the path `seeds/` takes at build time), stored in one transaction
 * (lib/source-store.ts), and the background is told, so open tabs follow at once.
 *
 * The compiler (megabytes) runs in a worker (lib/compile-worker.ts), so the page
 * stays responsive; the popup imports this module only on Save.
 */
import type { SourceSummary } from '../core/messages';
import { captureToSeedText, type PageCapture } from '../core/sources/capture-seed';
import { decodeSeed } from '../core/sources/decode';
import { parsePackText, writePack, type PackSource } from '../core/sources/pack';
import { SeedError } from '../core/sources/seed-error';
import type { StoredSource, UserOrigin } from '../core/sources/user-source';
import { compileInWorker } from './compile-client';
import { slugify } from '../core/text/normalize';
import { errorMessage } from '../core/guards';
import { MAX_CHANGED_FILES, SOURCES_WRITE_LOCK } from '../core/messages';
import { parseHtmlFile } from './html-file';
import { sendToBackground } from './messaging';
import { debugLog } from '../core/debug-log';
import {
  deleteSources,
  getSources,
  putSource,
  putSources,
  setSourcesEnabled as storeEnabled,
  sourceFiles,
} from './source-store';

/** A file to add: its name (a folder path allowed) and bytes. */
export interface ImportInput {
  name: string;
  bytes: Uint8Array;
}

export interface ImportProgress {
  total: number;
  done: number;
  /** The file being read now. */
  current: string | null;
  /** Store keys of the sources added (or replaced by the same text). */
  added: string[];
  /** Files refused, each with its reason (file and line where known). */
  failed: Array<{ name: string; error: string }>;
  cancelled: boolean;
}

export interface ImportOptions {
  onProgress?(progress: ImportProgress): void;
  signal?: AbortSignal;
}

/** The background hears of stored sources at most this often during a long import. */
const NOTIFY_EVERY_MS = 1000;

/** Every source, turned off ones included (the background's list). */
export async function listSources(): Promise<SourceSummary[]> {
  return (await sendToBackground('listSources', {})).sources;
}

/**
 * Adds files: `.txt` and `.md` as seed files, `.html` through the article reader,
 * `.pack.json` as packs. One file at a time, each stored in its own transaction,
 * yielding between files so the page stays responsive.
 */
export async function importFiles(
  inputs: readonly ImportInput[],
  options: ImportOptions = {},
): Promise<ImportProgress> {
  return navigator.locks.request(SOURCES_WRITE_LOCK, () => importFilesLocked(inputs, options));
}

async function importFilesLocked(
  inputs: readonly ImportInput[],
  options: ImportOptions,
): Promise<ImportProgress> {
  const names = await takenNames();
  const batch = new Batch();
  const progress = startProgress(inputs.length);
  for (const input of inputs) {
    if (options.signal?.aborted) {
      progress.cancelled = true;
      break;
    }
    progress.current = input.name;
    options.onProgress?.({ ...progress });
    await nextTask();
    const storedNow: string[] = [];
    let generation: number | null = null;
    try {
      // A pack is all or nothing: every source is compiled before any is stored.
      const records: StoredSource[] = [];
      for (const source of await readInput(input))
        records.push(
          await compileInWorker({ ...source, file: await names.claim(source.file, source.text) }),
        );
      // One transaction: a pack's sources are stored together or not at all.
      generation = await putSources(records);
      for (const record of records) {
        names.stored(record);
        progress.added.push(record.file);
        storedNow.push(record.file);
      }
    } catch (error) {
      progress.failed.push({ name: input.name, error: describeFailure(input.name, error) });
    }
    // Telling the background is not part of adding: a stored file is added even if that fails.
    if (generation !== null) await batch.add(storedNow, generation);
    progress.done += 1;
  }
  progress.current = null;
  await batch.flush();
  options.onProgress?.({ ...progress });
  return progress;
}

/**
 * Adds a pack's sources. A malformed or foreign pack is refused whole, with its
 * reason, before anything is stored (throws `SeedError`).
 */
export async function importPack(
  name: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<ImportProgress> {
  const sources = readPackSources(name, bytes, now());
  const names = await takenNames();
  const progress = startProgress(sources.length);
  // All or nothing: every source is compiled (and may refuse the pack) before any is stored.
  const records: StoredSource[] = [];
  for (const source of sources) {
    if (options.signal?.aborted) return { ...progress, current: null, cancelled: true };
    progress.current = source.file;
    options.onProgress?.({ ...progress });
    await nextTask();
    const file = await names.claim(source.file, source.text);
    names.reserve(file);
    records.push(await compileInWorker({ ...source, file }));
    progress.done += 1;
  }
  // One transaction: a tab closed while storing leaves the whole pack or none of it.
  const generation = await navigator.locks.request(SOURCES_WRITE_LOCK, () => putSources(records));
  progress.added.push(...records.map((r) => r.file));
  await notify(progress.added, [generation]);
  progress.current = null;
  options.onProgress?.({ ...progress });
  return progress;
}

/** "Add this page": the checked capture, compiled and stored. */
export async function addCapturedPage(
  capture: PageCapture,
): Promise<{ file: string; articles: number; terms: number; passages: number }> {
  const names = await takenNames();
  const text = captureToSeedText(capture);
  const stem = slugify(capture.title).slice(0, 80) || 'page';
  const record = await compileInWorker({
    file: await names.claim(`${stem}.txt`, text),
    text,
    origin: 'page',
    addedAt: now(),
  });
  await notify([record.file], [await putSource(record)]);
  return {
    file: record.file,
    articles: record.compiled.articles.length,
    terms: record.compiled.terms.length,
    passages: record.compiled.passages.length,
  };
}

/** A pack of these stored sources (all of them when `files` is empty). */
export async function exportPack(files: readonly string[], name: string): Promise<string> {
  const { sources } = await getSources(files.length > 0 ? files : undefined);
  if (sources.length === 0) throw new Error('There are no added sources to export.');
  const packed: PackSource[] = sources.map((s) => ({
    file: s.file,
    text: s.text,
    origin: s.origin,
    ...(s.addedAt ? { addedAt: s.addedAt } : {}),
  }));
  return writePack({ name, sources: packed, createdAt: new Date() });
}

/** Removes sources; returns them so the page can offer Undo. */
export async function removeSources(files: readonly string[]): Promise<StoredSource[]> {
  const { removed, generation } = await deleteSources(files);
  await notify(files, [generation]);
  return removed;
}

export async function restoreSources(removed: readonly StoredSource[]): Promise<void> {
  const generation = await putSources([...removed]);
  await notify(
    removed.map((r) => r.file),
    [generation],
  );
}

/** Turns sources on or off, the reader's or bundled ones (by file). */
export async function setSourcesEnabled(files: readonly string[], enabled: boolean): Promise<void> {
  await notify(files, [await storeEnabled(files, enabled)]);
}

type ReadSource = { file: string; text: string; origin: UserOrigin; addedAt: string };

async function readInput(input: ImportInput): Promise<ReadSource[]> {
  const base = input.name.split(/[\\/]/u).pop() ?? input.name;
  const lower = base.toLowerCase();
  const origin = 'file';
  const addedAt = now();
  if (lower.endsWith('.pack.json')) return readPackSources(base, input.bytes, addedAt);
  const text = decodeSeed({ name: input.name, bytes: input.bytes });
  if (lower.endsWith('.txt') || lower.endsWith('.md'))
    return [{ file: safeFileName(base), text, origin, addedAt }];
  if (lower.endsWith('.html') || lower.endsWith('.htm')) {
    const { capturePage } = await import('./page-capture');
    const doc = parseHtmlFile(text);
    const read = capturePage(doc);
    if (!read.ok) throw new SeedError(input.name, read.message);
    const stem = safeFileName(base).replace(/\.[^.]+$/u, '');
    return [{ file: `${stem}.txt`, text: captureToSeedText(read.capture), origin, addedAt }];
  }
  throw new SeedError(input.name, 'is not a .txt, .md, .html or .pack.json file');
}

/**
 * A pack's sources, ready to compile. A malformed or foreign pack is refused whole
 * (throws `SeedError` with the reason) before anything is compiled or stored.
 */
function readPackSources(name: string, bytes: Uint8Array, addedAt: string): ReadSource[] {
  return parsePackText(name, decodeSeed({ name, bytes })).sources.map((s) => ({
    file: s.file,
    text: s.text,
    origin: packOrigin(s.origin),
    addedAt: s.addedAt ?? addedAt,
  }));
}

function startProgress(total: number): ImportProgress {
  return { total, done: 0, current: null, added: [], failed: [], cancelled: false };
}

/** A pack's source keeps where it first came from (a clipped page stays a page); else "pack". */
const packOrigin = (origin: PackSource['origin']): UserOrigin =>
  origin === undefined || origin === 'bundled' ? 'pack' : origin;

/** A name a pack and the compiler accept: no folders, no leading dot, a seed extension. */
function safeFileName(name: string): string {
  const cleaned = name
    .replace(/[/\\:*?"<>|\u0000-\u001f]/gu, '-')
    .replace(/^\.+/u, '')
    .slice(-200);
  return /\.(?:txt|md)$/iu.test(cleaned) ? cleaned : `${cleaned.replace(/\.[^.]*$/u, '')}.txt`;
}

/**
 * File names in use: the reader's sources and the bundled ones (article ids come
 * from file stems, so a stem must be new). The same file with the same text
 * replaces itself (importing a pack twice adds nothing); another text gets `-2`.
 */
async function takenNames() {
  const [stored, all] = await Promise.all([sourceFiles(), listSources()]);
  const stemOf = (file: string) => file.replace(/\.[^.]+$/u, '').toLowerCase();
  const bundled = new Set(all.filter((s) => s.origin === 'bundled').map((s) => stemOf(s.file)));
  /** Stored stems, with their file and (once read) text. */
  const storedByStem = new Map<string, { file: string; text?: string }>(
    stored.map((file) => [stemOf(file), { file }]),
  );
  const textOf = async (entry: { file: string; text?: string }) => {
    entry.text ??= (await getSources([entry.file])).sources[0]?.text ?? '';
    return entry.text;
  };
  return {
    async claim(file: string, text: string): Promise<string> {
      const ext = /\.md$/iu.test(file) ? '.md' : '.txt';
      const stem = file.replace(/\.[^.]+$/u, '');
      for (let n = 1; ; n++) {
        const candidate = n === 1 ? `${stem}${ext}` : `${stem}-${n}${ext}`;
        const key = stemOf(candidate);
        if (bundled.has(key)) continue;
        const taken = storedByStem.get(key);
        if (!taken) return candidate;
        if (taken.file === candidate && (await textOf(taken)) === text) return candidate;
      }
    },
    stored(record: StoredSource) {
      storedByStem.set(stemOf(record.file), { file: record.file, text: record.text });
    },
    /** Holds a name for a source compiled but not stored yet (a pack stores at the end). */
    reserve(file: string) {
      if (!storedByStem.has(stemOf(file))) storedByStem.set(stemOf(file), { file, text: '\u0000' });
    },
  };
}

/** Tells the background which files changed, in messages it accepts, at most every second. */
class Batch {
  private files: string[] = [];
  private generations: number[] = [];
  private last = Date.now();

  /** Files stored by one write, and the generation that write made. */
  async add(files: readonly string[], generation: number): Promise<void> {
    this.files.push(...files);
    this.generations.push(generation);
    if (Date.now() - this.last >= NOTIFY_EVERY_MS) await this.flush();
  }

  async flush(): Promise<void> {
    const { files, generations } = this;
    this.files = [];
    this.generations = [];
    this.last = Date.now();
    if (files.length > 0) await notify(files, generations);
  }
}

/**
 * Tells the background which files changed and the generations those writes made. The
 * generations ride on the last message, once every file is named; more than one message holds
 * are left out (the background then merges from the records at its next wake, as it would).
 */
async function notify(files: readonly string[], generations: readonly number[]): Promise<void> {
  for (let i = 0; i < files.length; i += MAX_CHANGED_FILES) {
    const last = i + MAX_CHANGED_FILES >= files.length;
    const request = {
      files: files.slice(i, i + MAX_CHANGED_FILES),
      ...(last && generations.length <= MAX_CHANGED_FILES ? { generations: [...generations] } : {}),
    };
    // Fails only when the worker stopped while answering: the next worker reads the whole store
    // when it wakes, so nothing is lost, and the import must not count the file as failed.
    await sendToBackground('sourcesChanged', request).catch(
      debugLog.swallow('sources: tell the background what changed'),
    );
  }
}

function describeFailure(name: string, error: unknown): string {
  if (error instanceof SeedError) return error.message;
  return `${name}: ${errorMessage(error)}`;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const now = () => new Date().toISOString();
