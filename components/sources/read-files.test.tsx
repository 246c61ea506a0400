/**
 * Dropped folders are walked through the entries API: every file at any depth,
 * named with its folder path, directory listings read until they answer none
 * (Chromium answers 100 at a time). Fake entries stand in for the browser's.
 */
import { describe, expect, it } from 'vitest';
import { droppedFiles, pickImportable } from './read-files';

type Fake = { name: string; children?: Fake[] };

/** A FileSystemEntry tree over `tree`, with listings answered in batches of `batch`. */
function entry(node: Fake, parent = '', batch = 100): FileSystemEntry {
  const fullPath = `${parent}/${node.name}`;
  if (!node.children)
    return {
      isFile: true,
      isDirectory: false,
      name: node.name,
      fullPath,
      file: (ok: (f: File) => void) => ok(new File([`text of ${fullPath}`], node.name)),
    } as unknown as FileSystemEntry;
  const children = node.children.map((c) => entry(c, fullPath, batch));
  return {
    isFile: false,
    isDirectory: true,
    name: node.name,
    fullPath,
    createReader() {
      let at = 0;
      return {
        readEntries(ok: (e: FileSystemEntry[]) => void) {
          const next = children.slice(at, at + batch);
          at += next.length;
          setTimeout(() => ok(next), 0);
        },
      };
    },
  } as unknown as FileSystemEntry;
}

function drop(tree: Fake[]): DataTransfer {
  return {
    types: ['Files'],
    files: [],
    items: tree.map((node) => ({ kind: 'file', webkitGetAsEntry: () => entry(node) })),
  } as unknown as DataTransfer;
}

describe('droppedFiles', () => {
  it('walks nested folders, reading listings past the first batch, names with paths', async () => {
    const many = Array.from({ length: 250 }, (_, i) => ({ name: `n${i}.txt` }));
    const files = await droppedFiles(
      drop([
        {
          name: 'clips',
          children: [{ name: 'a.md' }, { name: 'sub', children: many }, { name: 'photo.jpg' }],
        },
        { name: 'loose.txt' },
      ]),
    );
    const names = files.map((f) => f.name);
    expect(names).toHaveLength(253);
    expect(names.slice(0, 2)).toEqual(['clips/a.md', 'clips/sub/n0.txt']);
    expect(names).toContain('clips/sub/n249.txt');
    expect(names.at(-1)).toBe('loose.txt');
    expect(await files[0]!.file.text()).toBe('text of /clips/a.md');
    const picked = pickImportable(files);
    expect(picked.files).toHaveLength(252);
    expect(picked.skipped).toEqual(['clips/photo.jpg']);
  });

  it('without the entries API, takes the file list of the drop', async () => {
    const file = new File(['x'], 'plain.txt');
    const files = await droppedFiles({
      types: ['Files'],
      files: [file],
      items: [],
    } as unknown as DataTransfer);
    expect(files).toEqual([{ name: 'plain.txt', file }]);
  });
});
