/**
 * What changed between two compiled dictionaries, so each build can say what
 * a new source (or a curator's decision) did to the names: added, removed,
 * merged, split, renamed, kind changed, variants added or removed.
 *
 * Terms are followed by their names, not their ids: an id is the slug of the
 * canonical name, so a rename changes it. A previous term is traced to the
 * next term that holds its canonical name (folded: case and diacritics do not
 * count), or failing that the one that holds most of its variants.
 */
import type { CompiledDictionary, DictionaryEntry, TermKind } from '../types';
import { foldKey } from './merge-keys';

export interface DictionaryDiff {
  added: string[];
  removed: string[];
  /** A previous term whose names now belong to another term (`from` → `into`). */
  merged: Array<{ from: string; into: string }>;
  /** A previous term whose names are now spread over several terms. */
  split: Array<{ from: string; into: string[] }>;
  renamed: Array<{ from: string; to: string }>;
  kindChanged: Array<{ name: string; from: TermKind; to: TermKind }>;
  /** Variant changes of terms that are the same term in both (by their next name). */
  variants: Array<{ name: string; added: string[]; removed: string[] }>;
}

/**
 * @example diffDictionaries(previous, next)
 * // { added: ['Narok'], removed: [], merged: [{ from: 'Tokayev', into: 'Kassym-Jomart Tokayev' }], ... }
 */
export function diffDictionaries(
  previous: Pick<CompiledDictionary, 'terms'>,
  next: Pick<CompiledDictionary, 'terms'>,
): DictionaryDiff {
  const diff: DictionaryDiff = {
    added: [],
    removed: [],
    merged: [],
    split: [],
    renamed: [],
    kindChanged: [],
    variants: [],
  };
  // Which next terms hold each folded form.
  const holders = new Map<string, Set<DictionaryEntry>>();
  for (const t of next.terms) {
    for (const v of formsOf(t)) {
      const set = holders.get(v) ?? new Set<DictionaryEntry>();
      set.add(t);
      holders.set(v, set);
    }
  }
  const sources = new Map<DictionaryEntry, DictionaryEntry[]>();
  const splitFrom = new Map<DictionaryEntry, DictionaryEntry>();
  for (const p of previous.terms) {
    const target = traceTerm(p, holders);
    if (!target) {
      diff.removed.push(p.name);
      continue;
    }
    sources.set(target, [...(sources.get(target) ?? []), p]);
    // Next terms named by one of its other names: split off it, unless they trace to a previous term of their own.
    const forms = formsOf(p);
    for (const v of forms)
      for (const other of holders.get(v) ?? [])
        if (other !== target && forms.has(foldKey(other.name)) && !splitFrom.has(other))
          splitFrom.set(other, p);
  }

  const splits = new Map<DictionaryEntry, string[]>();
  for (const n of next.terms) {
    const from = sources.get(n) ?? [];
    if (from.length === 0) {
      const parent = splitFrom.get(n);
      if (parent && !sources.has(n)) splits.set(parent, [...(splits.get(parent) ?? []), n.name]);
      else diff.added.push(n.name);
      continue;
    }
    // The survivor is the previous term with the same canonical name, if any.
    const survivor = from.find((p) => foldKey(p.name) === foldKey(n.name)) ?? from[0]!;
    for (const p of from) if (p !== survivor) diff.merged.push({ from: p.name, into: n.name });
    if (survivor.name !== n.name) {
      if (from.length > 1 && foldKey(survivor.name) !== foldKey(n.name))
        diff.merged.push({ from: survivor.name, into: n.name });
      else diff.renamed.push({ from: survivor.name, to: n.name });
    }
    if (survivor.kind !== n.kind)
      diff.kindChanged.push({ name: n.name, from: survivor.kind, to: n.kind });
    const before = new Set(from.flatMap((p) => p.variants));
    const after = new Set(n.variants);
    // A new canonical name is reported as the rename or merge, not again as a variant.
    const added = [...after].filter((v) => !before.has(v) && v !== n.name);
    const removed = survivor.variants.filter((v) => !after.has(v) && v !== survivor.name);
    if (added.length || removed.length) diff.variants.push({ name: n.name, added, removed });
  }
  for (const [parent, parts] of splits) {
    const kept = traceTerm(parent, holders);
    diff.split.push({ from: parent.name, into: [...(kept ? [kept.name] : []), ...parts] });
  }
  // A variant that moved into a split-off term is reported by the split, not again as removed.
  const splitNames = new Set(diff.split.flatMap((s) => s.into).map(foldKey));
  for (const v of diff.variants) v.removed = v.removed.filter((r) => !splitNames.has(foldKey(r)));
  diff.variants = diff.variants.filter((v) => v.added.length || v.removed.length);
  return diff;
}

function formsOf(t: DictionaryEntry): Set<string> {
  return new Set([t.name, ...t.variants].map(foldKey).filter(Boolean));
}

/** The next term holding the previous term's canonical name, else most of its variants. */
function traceTerm(
  p: DictionaryEntry,
  holders: Map<string, Set<DictionaryEntry>>,
): DictionaryEntry | undefined {
  const byName = holders.get(foldKey(p.name));
  if (byName?.size) return pickBest(byName, p);
  const votes = new Map<DictionaryEntry, number>();
  for (const v of formsOf(p))
    for (const t of holders.get(v) ?? []) votes.set(t, (votes.get(t) ?? 0) + 1);
  let best: DictionaryEntry | undefined;
  for (const [t, n] of votes) if (!best || n > votes.get(best)!) best = t;
  return best;
}

/** Several next terms claim the name: prefer the one that is named by it. */
function pickBest(set: Set<DictionaryEntry>, p: DictionaryEntry): DictionaryEntry {
  const key = foldKey(p.name);
  return [...set].find((t) => foldKey(t.name) === key) ?? [...set][0]!;
}

/** True when nothing changed. */
export function isEmptyDiff(diff: DictionaryDiff): boolean {
  return Object.values(diff).every((list: unknown[]) => list.length === 0);
}

/**
 * One line for the build log, lists cut to `maxNames` names each:
 * `+3 added (A, B, C), -1 removed (D), 1 merged (E → F), 1 kind changed (G: person → place)`.
 */
export function formatDictionaryDiff(diff: DictionaryDiff, maxNames = 5): string {
  if (isEmptyDiff(diff)) return 'no changes';
  const list = (items: string[]): string =>
    items.length > maxNames
      ? `${items.slice(0, maxNames).join(', ')}, … ${items.length - maxNames} more`
      : items.join(', ');
  const parts: string[] = [];
  if (diff.added.length) parts.push(`+${diff.added.length} added (${list(diff.added)})`);
  if (diff.removed.length) parts.push(`-${diff.removed.length} removed (${list(diff.removed)})`);
  if (diff.merged.length)
    parts.push(
      `${diff.merged.length} merged (${list(diff.merged.map((m) => `${m.from} → ${m.into}`))})`,
    );
  if (diff.split.length)
    parts.push(
      `${diff.split.length} split (${list(diff.split.map((s) => `${s.from} → ${s.into.join(' + ')}`))})`,
    );
  if (diff.renamed.length)
    parts.push(
      `${diff.renamed.length} renamed (${list(diff.renamed.map((r) => `${r.from} → ${r.to}`))})`,
    );
  if (diff.kindChanged.length)
    parts.push(
      `${diff.kindChanged.length} kind changed (${list(diff.kindChanged.map((k) => `${k.name}: ${k.from} → ${k.to}`))})`,
    );
  if (diff.variants.length) {
    const added = diff.variants.reduce((n, v) => n + v.added.length, 0);
    const removed = diff.variants.reduce((n, v) => n + v.removed.length, 0);
    const signs = [added ? `+${added}` : '', removed ? `-${removed}` : ''].filter(Boolean);
    parts.push(
      `variants ${signs.join('/')} in ${diff.variants.length} term${diff.variants.length === 1 ? '' : 's'} (${list(diff.variants.map((v) => v.name))})`,
    );
  }
  return parts.join(', ');
}
