import { describe, expect, it, vi } from 'vitest';
import { PromiseCache, SharedPromise } from './promise-cache';

describe('PromiseCache', () => {
  it('makes each key once while it is pending or resolved', async () => {
    const cache = new PromiseCache<string, string>();
    const make = vi.fn((key: string) => Promise.resolve(key.toUpperCase()));
    const [a, b] = [cache.get('x', make), cache.get('x', make)];
    expect(a).toBe(b);
    expect(await a).toBe('X');
    expect(await cache.get('x', make)).toBe('X');
    await cache.get('y', make);
    expect(make).toHaveBeenCalledTimes(2);
  });

  it('forgets a rejected promise, so the next call tries again', async () => {
    const cache = new PromiseCache<string, number>();
    const make = vi
      .fn<(key: string) => Promise<number>>()
      .mockRejectedValueOnce(new Error('worker restarting'))
      .mockResolvedValueOnce(7);
    await expect(cache.get('card', make)).rejects.toThrow('worker restarting');
    expect(await cache.get('card', make)).toBe(7);
    expect(make).toHaveBeenCalledTimes(2);
  });

  it('keeps a newer attempt when an older, forgotten one rejects', async () => {
    const cache = new PromiseCache<string, number>();
    let rejectOld: (e: Error) => void = () => undefined;
    const old = cache.get('k', () => new Promise<number>((_, reject) => (rejectOld = reject)));
    cache.forget('k');
    const newer = cache.get('k', () => Promise.resolve(2));
    rejectOld(new Error('late'));
    await expect(old).rejects.toThrow('late');
    expect(cache.get('k', () => Promise.resolve(3))).toBe(newer);
  });

  it('forget and clear make the next call start over', async () => {
    const cache = new PromiseCache<string, number>();
    let n = 0;
    const make = () => Promise.resolve(++n);
    await cache.get('a', make);
    cache.forget('a');
    expect(await cache.get('a', make)).toBe(2);
    cache.clear();
    expect(await cache.get('a', make)).toBe(3);
  });
});

describe('SharedPromise', () => {
  it('shares one promise, retries after a rejection, starts over after forget', async () => {
    let n = 0;
    const shared = new SharedPromise(() =>
      ++n === 1 ? Promise.reject(new Error('no worker')) : Promise.resolve(n),
    );
    await expect(shared.get()).rejects.toThrow('no worker');
    expect(await shared.get()).toBe(2);
    expect(await shared.get()).toBe(2);
    shared.forget();
    expect(await shared.get()).toBe(3);
  });
});
