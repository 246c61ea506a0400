/**
 * One import at a time: runs it with an AbortController the Cancel button
 * aborts, keeps its latest progress for the page, and when it ends (finished,
 * cancelled, refused or failed) says so and lets the page reload the list.
 */
import { useRef, useState } from 'preact/hooks';
import { importSummary } from './import-summary';
import { t } from '../i18n';
import type { ImportJob } from './ImportStatus';
import type { ImportOptions, ImportProgress } from './sources-api';

export interface ImportRun {
  /** What is imported, for labels: "200 files", "the pack team.pack.json". */
  what: string;
  noun: 'file' | 'source';
  /** Known up front for files; a pack's count is known once it is read. */
  total: number;
  skipped: string[];
  start(opts: ImportOptions): Promise<ImportProgress>;
  /** The message when `start` rejects (a refused pack, a store that failed). */
  describeError(reason: string): string;
}

export function useImportJob(hooks: {
  announce(text: string): void;
  onEnd(): Promise<void> | void;
}): { job: ImportJob | null; run(run: ImportRun): Promise<void>; dismiss(): void } {
  const [job, setJob] = useState<ImportJob | null>(null);
  const running = useRef(false);

  async function run(r: ImportRun): Promise<void> {
    if (running.current) return;
    running.current = true;
    const controller = new AbortController();
    const cancel = () => controller.abort();
    let last: ImportProgress = {
      total: r.total,
      done: 0,
      current: null,
      added: [],
      failed: [],
      cancelled: false,
    };
    const show = (progress: ImportProgress) => {
      last = progress;
      setJob({ phase: 'running', what: r.what, noun: r.noun, progress, cancel });
    };
    show(last);
    hooks.announce(t('sources_importing_now', r.what));
    try {
      const result = await r.start({ onProgress: show, signal: controller.signal });
      end(result);
    } catch (e) {
      // An import that rejects on abort instead of resolving as cancelled: what it reported last.
      if (controller.signal.aborted) end({ ...last, cancelled: true });
      else {
        const message = r.describeError(e instanceof Error ? e.message : String(e));
        setJob({ phase: 'error', what: r.what, message });
        hooks.announce(message);
      }
    } finally {
      running.current = false;
      await hooks.onEnd();
    }

    function end(progress: ImportProgress) {
      setJob({ phase: 'done', what: r.what, noun: r.noun, progress, skipped: r.skipped });
      hooks.announce(importSummary(progress, r.noun));
    }
  }

  return { job, run, dismiss: () => setJob(null) };
}
