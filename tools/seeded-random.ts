/**
 * The one seeded random generator for generated data (tools/generate-corpus.ts,
 * the bench's synthetic terms and pages): the same seed gives the same corpus,
 * so runs compare like with like.
 */

/**
 * mulberry32: a 32-bit state, numbers in [0, 1).
 * @example const random = createRandom(42); random(); // 0.6011037519201636, every time
 */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
