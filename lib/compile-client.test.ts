import { afterEach, describe, expect, it, vi } from 'vitest';

/**
 * The worker is replaced by one that runs the worker module's handler in this thread,
 * so the round trip (ids, results, SeedError with file and line) is tested as written.
 */
vi.mock('./compile-worker?worker', () => {
  class InThreadWorker {
    onmessage: ((event: MessageEvent) => void) | null = null;
    onerror: ((event: ErrorEvent) => void) | null = null;
    postMessage(data: unknown): void {
      void (async () => {
        const scope = globalThis as unknown as {
          onmessage?: (e: MessageEvent) => void;
          postMessage: (r: unknown) => void;
        };
        const original = scope.postMessage;
        scope.postMessage = (reply: unknown) =>
          setTimeout(() => this.onmessage?.({ data: reply } as MessageEvent), 0);
        await import('./compile-worker');
        scope.onmessage!({ data } as MessageEvent);
        scope.postMessage = original;
      })();
    }
  }
  return { default: InThreadWorker };
});

import { SeedError } from '../core/sources/seed-error';
import { compileInWorker } from './compile-client';

const input = (file: string, text: string) => ({
  file,
  text,
  origin: 'file' as const,
  addedAt: '2026-12-02T00:00:00.000Z',
});

describe('compileInWorker', () => {
  afterEach(() => vi.restoreAllMocks());

  it('gives back the compiled source', async () => {
    const record = await compileInWorker(
      input(
        'almaty.txt',
        'Almaty\n\nAlmaty is the largest city in Kazakhstan, in its south-east.\n',
      ),
    );
    expect(record.file).toBe('almaty.txt');
    expect(record.compiled.articles[0]?.title).toBe('Almaty');
    expect(record.compiled.passages.length).toBeGreaterThan(0);
    // The compiler's first run reads its word lists: seconds on a loaded machine.
  }, 60_000);

  it('rejects with the SeedError the compiler threw, file and line kept', async () => {
    const failing = compileInWorker(input('bad.txt', '---\ncolour: red\n---\nTitle\n\nText.\n'));
    await expect(failing).rejects.toBeInstanceOf(SeedError);
    await expect(failing).rejects.toMatchObject({ file: 'bad.txt', line: 2 });
    await expect(failing).rejects.toThrow(/unknown front matter key "colour"/u);
  });
});
