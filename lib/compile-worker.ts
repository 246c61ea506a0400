/**
 * Compiles the reader's sources off the page's main thread: the compiler's first
 * run reads its word lists (about 3 s in Chromium, measured on the Sources page),
 * which froze the page at the first file of every import. Started by
 * lib/compile-client.ts; pure work, no extension APIs.
 */
import curatedJson from '../data/terms.json';
import { SeedError } from '../core/sources/seed-error';
import { compileSource, type SourceInput } from '../core/sources/user-source';
import { validateCurated } from '../core/terms/curated';
import type { CompileReply } from './compile-client';

const curated = validateCurated(curatedJson);

self.onmessage = (event: MessageEvent<{ id: number; input: SourceInput }>) => {
  const { id, input } = event.data;
  let reply: CompileReply;
  try {
    reply = { id, ok: true, record: compileSource(input, curated) };
  } catch (error) {
    reply =
      error instanceof SeedError
        ? { id, ok: false, file: error.file, reason: error.reason, line: error.line }
        : { id, ok: false, file: input.file, reason: String((error as Error)?.message ?? error) };
  }
  self.postMessage(reply);
};
