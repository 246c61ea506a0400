/**
 * Per page: whether a conditional match may be shown (issue 11). A page
 * "supports the sources' subject" when it names enough other things from the
 * dictionary by forms that are not themselves ambiguous; a surname alone is
 * shown where the page also names the person in full. Updated as the page's
 * matches come and go, so a page that grows on-topic starts showing them.
 *
 * Pure bookkeeping: the highlighter tells it which matches it registered and
 * dropped, and asks before painting a conditional one.
 */
import type { MatchCondition } from './match-terms';

/**
 * Distinct other names, named unambiguously, that a page needs before its
 * ambiguous forms are shown. One: on the evaluation's off-topic pages (a
 * turkey recipe, the US Senate, Georgia's governor, DDoS and socket docs) no
 * unambiguous name occurs at all, so one already tells on-topic pages apart,
 * and two hid `CSTO` beside `Tokayev` on short pages.
 */
export const CONTEXT_SUPPORT = 1;

export class PageSupport {
  /** Unconditional matches on the page, per term. */
  private readonly plain = new Map<string, number>();
  private changes = 0;

  /** Records an unconditional match (conditional ones do not support anything). */
  add(termId: string): void {
    const n = this.plain.get(termId) ?? 0;
    this.plain.set(termId, n + 1);
    if (n === 0) this.changes += 1;
  }

  remove(termId: string): void {
    const n = (this.plain.get(termId) ?? 0) - 1;
    if (n > 0) this.plain.set(termId, n);
    else if (this.plain.delete(termId)) this.changes += 1;
  }

  /** Changes whenever an answer of `allows` may change (a term appeared on or left the page). */
  get version(): number {
    return this.changes;
  }

  /**
   * @example support.allows('turkey', 'context') // true once two other names are on the page
   */
  allows(termId: string, condition: MatchCondition | undefined): boolean {
    if (!condition) return true;
    if (condition === 'full-name') return this.plain.has(termId);
    const others = this.plain.size - (this.plain.has(termId) ? 1 : 0);
    return others >= CONTEXT_SUPPORT;
  }
}
