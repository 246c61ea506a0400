/** For tests: the SeedError a parse step throws, so a test can check its file, line and message. */
import { SeedError } from './seed-error';

/**
 * Runs `fn` and returns the SeedError it throws; any other error is rethrown,
 * and returning normally fails.
 * @example expect(errorOf(() => splitFrontMatter('---\ntitle', 'a.txt')).line).toBe(1)
 */
export function errorOf(fn: () => unknown): SeedError {
  try {
    fn();
  } catch (error) {
    if (error instanceof SeedError) return error;
    throw error;
  }
  throw new Error('expected a SeedError');
}
