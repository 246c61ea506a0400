/**
 * Promises made once and shared by every caller, forgotten when they reject so that the next
 * call tries again (a worker restarting, an extension reloaded under a page). One definition
 * for the dictionary, the card data and the card UI loads, which each wrote it by hand.
 */
export class PromiseCache<K, V> {
  private readonly promises = new Map<K, Promise<V>>();

  /** The promise for `key`, made by `make` unless one is pending or resolved. */
  get(key: K, make: (key: K) => Promise<V>): Promise<V> {
    const known = this.promises.get(key);
    if (known) return known;
    const made = make(key);
    this.promises.set(key, made);
    made.catch(() => {
      // Only this attempt: a newer one, made after a forget(), stays.
      if (this.promises.get(key) === made) this.promises.delete(key);
    });
    return made;
  }

  forget(key: K): void {
    this.promises.delete(key);
  }

  clear(): void {
    this.promises.clear();
  }
}

/** One shared promise (a PromiseCache of a single key). */
export class SharedPromise<V> {
  private readonly cache = new PromiseCache<null, V>();

  constructor(private readonly make: () => Promise<V>) {}

  get(): Promise<V> {
    return this.cache.get(null, this.make);
  }

  forget(): void {
    this.cache.forget(null);
  }
}
