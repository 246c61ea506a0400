import type { Term } from '../types';

/** Fills each term's `related` with the names most often in the same passages. (Filled in by the figures issue.) */
export function computeRelated(terms: Term[]): Term[] {
  return terms;
}
