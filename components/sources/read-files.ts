/**
 * Chosen and dropped files as import inputs. A dropped folder is walked
 * through the entries API (Chromium and Firefox both have it), since
 * `DataTransfer.files` lists a folder as one empty file. Only files the import
 * reads are kept; the rest are counted so the page can say what was skipped.
 */
import { isImportableName } from '../../core/view/source-list';
import type { ImportInput } from './sources-api';

/** A file and the name it is imported under (with its folder path, when it came in a folder). */
export interface NamedFile {
  name: string;
  file: File;
}

export interface PickedFiles {
  files: NamedFile[];
  /** Names of files that are not sources (images, `.DS_Store` …), not imported. */
  skipped: string[];
}

/** Files from a file input: named by their path inside a chosen folder, or their name. */
export function namedFiles(files: Iterable<File>): NamedFile[] {
  return [...files].map((file) => ({ name: file.webkitRelativePath || file.name, file }));
}

export function pickImportable(files: Iterable<NamedFile>): PickedFiles {
  const picked: PickedFiles = { files: [], skipped: [] };
  for (const named of files) {
    if (isImportableName(named.name)) picked.files.push(named);
    else picked.skipped.push(named.name);
  }
  return picked;
}

export async function readInputs(files: NamedFile[]): Promise<ImportInput[]> {
  return Promise.all(
    files.map(async ({ name, file }) => ({
      name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    })),
  );
}

/**
 * Every file of a drop, folders walked. The entries must be taken during the
 * drop event itself (the list is emptied after it), so call this synchronously
 * from the handler and await the result.
 */
export function droppedFiles(data: DataTransfer): Promise<NamedFile[]> {
  const entries = [...data.items]
    .map((item) => (item.kind === 'file' ? item.webkitGetAsEntry?.() : null))
    .filter((e): e is FileSystemEntry => !!e);
  if (entries.length === 0) return Promise.resolve(namedFiles(data.files));
  return Promise.all(entries.map(walkEntry)).then((lists) => lists.flat());
}

async function walkEntry(entry: FileSystemEntry): Promise<NamedFile[]> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) =>
      (entry as FileSystemFileEntry).file(resolve, reject),
    );
    // Named with its folder path, as a folder chosen with the file input is.
    return [{ name: entry.fullPath.replace(/^\//, ''), file }];
  }
  if (!entry.isDirectory) return [];
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const children: FileSystemEntry[] = [];
  // readEntries answers in batches (100 in Chromium) until it answers none.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) break;
    children.push(...batch);
  }
  const lists = await Promise.all(children.map(walkEntry));
  return lists.flat();
}
