/**
 * A page may name a person by the surname of any spelling the sources use
 * ("Toqayev" alone, where the sources write "Qasym-Jomart Toqayev" and "Tokayev").
 * Adds those surnames as variants for people the sources already call by surname,
 * unless the surname could mean someone (or something) else.
 */
import { slugify } from '../text/normalize';
import type { Term } from '../types';

/** The last word of a name of two or more words, when it reads as a surname (`Tokayev`). */
export const surnameOf = (variant: string): string | null => {
  const words = variant.split(/[\s\u00a0]+/u).filter(Boolean);
  if (words.length < 2) return null;
  const last = words[words.length - 1]!;
  return /^\p{Lu}[\p{L}'’-]{3,}$/u.test(last) ? last : null;
};

/**
 * @example addSurnameVariants([{ kind: 'person', variants: ['Qasym-Jomart Toqayev', 'Tokayev'], ... }])
 * // variants gain 'Toqayev'
 */
export function addSurnameVariants(terms: Term[], exclude: readonly string[] = []): Term[] {
  // A surname the curator excluded stays out (`terms:review reject "Tokayev"`).
  const excluded = new Set(exclude.map(slugify));
  // Who claims each surname or variant (by normalised form): ambiguous ones are not added.
  const claims = new Map<string, Set<string>>();
  const claim = (form: string, termId: string) => {
    const key = slugify(form);
    const set = claims.get(key) ?? new Set<string>();
    set.add(termId);
    claims.set(key, set);
  };
  for (const t of terms) {
    for (const v of t.variants) {
      claim(v, t.id);
      if (t.kind === 'person') {
        const s = surnameOf(v);
        if (s) claim(s, t.id);
      }
    }
  }
  return terms.map((t) => {
    // Only for people the sources themselves call by surname alone: "Michelle" alone for
    // "Charles Michelle", or "Jinping" for "Xi Jinping", would be a guess (and a wrong one).
    if (t.kind !== 'person' || !t.variants.some((v) => surnameOf(v) === null)) return t;
    const have = new Set(t.variants.map(slugify));
    const added: string[] = [];
    for (const v of t.variants) {
      const s = surnameOf(v);
      if (!s || have.has(slugify(s)) || excluded.has(slugify(s))) continue;
      if (claims.get(slugify(s))?.size !== 1) continue;
      have.add(slugify(s));
      added.push(s);
    }
    return added.length ? { ...t, variants: [...t.variants, ...added] } : t;
  });
}
