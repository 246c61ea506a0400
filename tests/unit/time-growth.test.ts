/**
 * The growth measure itself: it must pass linear work and catch quadratic work, or the
 * linear-time tests that stand on it could not fail.
 */
import { describe, expect, it } from 'vitest';
import { measureGrowth } from './support/time-growth';

/** One pass over the input: linear. */
function sumCodes(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  return sum;
}

/** Every character against every later one: quadratic. */
function countEqualPairs(text: string): number {
  let pairs = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    for (let j = i + 1; j < text.length; j++) if (text.charCodeAt(j) === code) pairs++;
  }
  return pairs;
}

/** Keeps the CPU busy for about `ms` (a stand-in for a collector pause at one size). */
function burnCpu(ms: number): void {
  const started = process.cpuUsage();
  for (;;) {
    const used = process.cpuUsage(started);
    if ((used.user + used.system) / 1000 >= ms) return;
  }
}

const letters = (size: number) => 'abcdefghij'.repeat(Math.ceil(size / 10));

describe('measureGrowth', () => {
  it('passes linear work', () => {
    const step = measureGrowth({
      make: letters,
      run: sumCodes,
      startSize: 4_096,
      maxSize: 4_000_000,
    });
    expect(step.ratio, JSON.stringify(step)).toBeLessThan(10);
  });

  it('does not take one size made slow (as garbage collection once did on CI) for superlinear work', () => {
    const slowLength = letters(16_384).length;
    const step = measureGrowth({
      make: letters,
      run: (text) => {
        if (text.length === slowLength) burnCpu(50);
        return sumCodes(text);
      },
      startSize: 4_096,
      maxSize: 4_000_000,
    });
    expect(step.ratio, JSON.stringify(step)).toBeLessThan(10);
  });

  it('catches quadratic work, at a size where it still returns', () => {
    const step = measureGrowth({
      make: letters,
      run: countEqualPairs,
      startSize: 2_048,
      maxSize: 1_000_000,
    });
    expect(step.ratio, JSON.stringify(step)).toBeGreaterThanOrEqual(10);
    expect(step.nextMs, JSON.stringify(step)).toBeLessThan(10_000);
  }, 60_000);
});
