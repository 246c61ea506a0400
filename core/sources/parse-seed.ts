// PLACEHOLDER (skeleton): the foundation issue's helper replaces this with the real parser.
import type { Article, SeedFile } from '../types';
import { SeedError } from './seed-error';

export function parseSeedFiles(files: SeedFile[]): Article[] {
  return files.flatMap((f) => parseSeedFile(f));
}

export function parseSeedFile(file: SeedFile): Article[] {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
  if (!text.trim()) throw new SeedError(file.name, 'file is empty');
  const id = file.name.replace(/\.(txt|md)$/u, '');
  const blocks = text
    .split(/\n\s*\n/u)
    .map((b) => b.trim())
    .filter(Boolean);
  const title = blocks[0] ?? id;
  return [
    {
      id,
      file: file.name,
      title,
      publisher: null,
      author: null,
      url: null,
      date: null,
      dateText: null,
      passages: blocks
        .slice(1)
        .map((t, i) => ({ id: `${id}:${i}`, articleId: id, ordinal: i, text: t, line: 1 })),
    },
  ];
}
