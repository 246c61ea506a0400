/**
 * What the Sources page needs from the browser, passed in as `api` so the
 * page renders and is tested in happy-dom with a fake. The extension page
 * wires it to lib/sources.ts (entrypoints/sources/main.tsx); the shapes
 * mirror that module's, so a mismatch is a type error there.
 */
import type { SourceSummary } from '../../core/messages';
import type { StoredSource } from '../../core/sources/user-source';

/** One file to import; `name` may hold a folder path (`notes/kenya.md`). */
export interface ImportInput {
  name: string;
  bytes: Uint8Array;
}

/** Where a running import is, and at the end what it did. */
export interface ImportProgress {
  total: number;
  done: number;
  current: string | null;
  /** Files stored. */
  added: string[];
  /** Each refused file with the reason, naming file and line. */
  failed: Array<{ name: string; error: string }>;
  cancelled: boolean;
}

export interface ImportOptions {
  onProgress?(progress: ImportProgress): void;
  signal?: AbortSignal;
}

export interface SourcesApi {
  /** Every source, bundled and the reader's own, turned-off ones included. */
  listSources(): Promise<SourceSummary[]>;
  /** `.txt`, `.md`, `.html`; `.pack.json` files are read as packs. */
  importFiles(inputs: ImportInput[], opts: ImportOptions): Promise<ImportProgress>;
  /** Rejects with the reason when the pack is refused; nothing is stored then. */
  importPack(name: string, bytes: Uint8Array, opts: ImportOptions): Promise<ImportProgress>;
  /** The pack text (JSON) of those user sources. */
  exportPack(files: string[], name: string): Promise<string>;
  /** Returns what was removed, for Undo. */
  removeSources(files: string[]): Promise<StoredSource[]>;
  restoreSources(removed: StoredSource[]): Promise<void>;
  setSourcesEnabled(files: string[], enabled: boolean): Promise<void>;
  openReader(articleId: string): void | Promise<void>;
  /** Saves `text` as a file the reader downloads. */
  download(fileName: string, text: string): void;
}
