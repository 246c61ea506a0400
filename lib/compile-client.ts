/**
 * The page's side of lib/compile-worker.ts: `compile(input)` resolves with the
 * compiled source or rejects with the `SeedError` the compiler threw (file and
 * line kept). One worker per page, started on first use; sources are compiled
 * one at a time, in order.
 */
import { SeedError } from '../core/sources/seed-error';
import type { SourceInput, StoredSource } from '../core/sources/user-source';
import CompileWorker from './compile-worker?worker';

export type CompileReply =
  | { id: number; ok: true; record: StoredSource }
  | { id: number; ok: false; file: string; reason: string; line?: number };

let worker: Worker | undefined;
let nextId = 1;
const waiting = new Map<number, { resolve(r: StoredSource): void; reject(e: Error): void }>();

function started(): Worker {
  if (worker) return worker;
  worker = new CompileWorker();
  worker.onmessage = (event: MessageEvent<CompileReply>) => {
    const reply = event.data;
    const pending = waiting.get(reply.id);
    if (!pending) return;
    waiting.delete(reply.id);
    if (reply.ok) pending.resolve(reply.record);
    else pending.reject(new SeedError(reply.file, reply.reason, reply.line));
  };
  worker.onerror = (event) => {
    // The worker itself failed (it could not load): every waiting compile says so.
    for (const pending of waiting.values())
      pending.reject(new Error(`the compiler could not run (${event.message || 'worker error'})`));
    waiting.clear();
    worker = undefined;
  };
  return worker;
}

export function compileInWorker(input: SourceInput): Promise<StoredSource> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    started().postMessage({ id, input });
  });
}
