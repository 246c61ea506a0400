/**
 * Stability of a compiled dictionary: adding articles must not change the
 * terms of the articles already there. Compares the terms compiled from a
 * base set with those compiled from the base set plus more articles.
 */
import type { Term } from '../../core/types';

export interface StabilityReport {
  /** Base terms that vanished, were renamed or re-kinded, lost a variant or changed their base passages. */
  changed: Array<{ id: string; what: string }>;
  /** Terms that exist only in the larger set but are found in base passages. */
  intruders: Array<{ id: string; name: string; basePassages: number }>;
}

export function compareStability(options: {
  base: Term[];
  extended: Term[];
  basePassageIds: ReadonlySet<string>;
}): StabilityReport {
  const { base, extended, basePassageIds } = options;
  const byId = new Map(extended.map((t) => [t.id, t]));
  const changed: StabilityReport['changed'] = [];
  for (const t of base) {
    const u = byId.get(t.id);
    if (!u) {
      changed.push({ id: t.id, what: 'missing' });
      continue;
    }
    if (u.name !== t.name) changed.push({ id: t.id, what: `name ${t.name} -> ${u.name}` });
    if (u.kind !== t.kind) changed.push({ id: t.id, what: `kind ${t.kind} -> ${u.kind}` });
    const lost = t.variants.filter((v) => !u.variants.includes(v));
    if (lost.length > 0) changed.push({ id: t.id, what: `lost variants ${lost.join(', ')}` });
    const before = t.passageIds.join(' ');
    const after = u.passageIds.filter((p) => basePassageIds.has(p)).join(' ');
    if (before !== after) changed.push({ id: t.id, what: 'different passages in the base set' });
  }
  const baseIds = new Set(base.map((t) => t.id));
  const intruders = extended
    .filter((t) => !baseIds.has(t.id))
    .map((t) => ({
      id: t.id,
      name: t.name,
      basePassages: t.passageIds.filter((p) => basePassageIds.has(p)).length,
    }))
    .filter((x) => x.basePassages > 0);
  return { changed, intruders };
}
