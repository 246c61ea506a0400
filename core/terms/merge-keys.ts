/**
 * Keys that decide when two surface forms are one name.
 */
import { tokenizeForNames } from './name-tokens';

/** Folded, lower-case word keys joined by spaces: the same key the extractor gives a run. */
export function foldKey(surface: string): string {
  return tokenizeForNames(surface)
    .map((t) => t.key)
    .join(' ');
}

/**
 * A loose spelling key for transliterated names: q/c -> k, y -> i, doubled
 * letters single, an i between vowels dropped. Tokayev, Toqayev and Tokaev
 * share `tokaev`; Nazarbayev and Nazarbayeva do not.
 *
 * @example phoneticKey('toqayev') // 'tokaev'
 */
export function phoneticKey(word: string): string {
  return word
    .replace(/q/gu, 'k')
    .replace(/c(?!h)/gu, 'k')
    .replace(/y/gu, 'i')
    .replace(/(.)\1+/gu, '$1')
    .replace(/([aeou])i(?=[aeou])/gu, '$1');
}

/** Union-find over string keys; the root is the smallest key, so results do not depend on merge order. */
export class UnionFind<K extends string> {
  private readonly parent = new Map<K, K>();

  add(key: K): void {
    if (!this.parent.has(key)) this.parent.set(key, key);
  }

  find(key: K): K {
    let root = this.parent.get(key) ?? key;
    while (root !== (this.parent.get(root) ?? root)) root = this.parent.get(root)!;
    // Path compression.
    let cur = key;
    while (cur !== root) {
      const next = this.parent.get(cur) ?? root;
      this.parent.set(cur, root);
      cur = next;
    }
    return root;
  }

  union(a: K, b: K): void {
    this.add(a);
    this.add(b);
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }
}
