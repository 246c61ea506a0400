/**
 * A record of failures the code lets pass on purpose: a tab with no content script to tell, a
 * best-effort cleanup, a warm-up the next use retries. Each such `catch` says why it lets the
 * failure pass; this says that it happened, where, and with what message, so a bug hiding
 * behind one can be found. In memory only and bounded (the newest `size` entries), one per
 * context (the background, each page); nothing leaves the context and nothing is printed unless
 * `echo` is set, so pages' consoles stay quiet. Tests read it with `entries()`.
 */
import { errorMessage } from './guards';

export interface DebugLogEntry {
  /** Milliseconds since the epoch. */
  at: number;
  /** Which step let the failure pass, e.g. `background: tell a tab the sources changed`. */
  where: string;
  message: string;
}

export class DebugLog {
  private readonly ring: DebugLogEntry[] = [];
  /** Also print each entry with `console.debug` (set it from DevTools to watch live). */
  echo = false;

  constructor(readonly size = 100) {}

  /** Records a failure that is let pass at `where`. */
  note(where: string, error: unknown): void {
    const entry = { at: Date.now(), where, message: errorMessage(error) };
    this.ring.push(entry);
    if (this.ring.length > this.size) this.ring.splice(0, this.ring.length - this.size);
    if (this.echo) console.debug('Sourcelight let pass:', entry);
  }

  /**
   * A `.catch` handler that records the failure and settles with `undefined`.
   *
   * @example await sendToTab(id, 'dictionaryChanged', {}).catch(debugLog.swallow('tell a tab'))
   */
  swallow(where: string): (error: unknown) => undefined {
    return (error) => {
      this.note(where, error);
      return undefined;
    };
  }

  /** The entries, oldest first (a copy). */
  entries(): DebugLogEntry[] {
    return [...this.ring];
  }

  clear(): void {
    this.ring.length = 0;
  }
}

/** This context's log. */
export const debugLog = new DebugLog();
