/**
 * A curator's decisions on the compiled dictionary, written as changes to the
 * curated file (`data/terms.json`) so they hold at every rebuild. Each
 * function is pure and idempotent: it takes the curated file and the compiled
 * terms and returns the new curated value (the same object when there is
 * nothing to change), or throws `ReviewError` with one line naming the
 * problem and the names that come close.
 *
 * How each decision is written:
 * - accept: the canonical name is added to `accepted`.
 * - reject the canonical name: every name of the term goes into `exclude` (a
 *   variant left out would come back as a term of its own), except a form
 *   another term also uses; aliases, kind fixes and acceptances of the term
 *   are removed.
 * - reject a variant (`Europe` wrongly under European Union): only that form
 *   goes into `exclude` and out of any alias; the term stays.
 * - merge / rename: one alias with the canonical name, the kind, and every
 *   name of the terms (and of the aliases they came from), replacing those
 *   aliases; kind fixes keyed by those names are dropped (an alias's kind wins).
 * - kind: the kind of the alias the term comes from, or else a `kinds` entry
 *   keyed by the canonical name (other entries keyed by its names are dropped).
 */
import { editDistance } from '../text/edit-distance';
import type { DictionaryEntry, TermKind } from '../types';
import { TERM_KINDS } from '../types';
import type { CuratedTerms } from './curated';
import { foldKey } from './merge-keys';

export class ReviewError extends Error {
  override name = 'ReviewError';
}

export type Decision =
  | { type: 'accept'; name: string }
  | { type: 'reject'; name: string }
  | { type: 'merge'; names: [string, string]; as?: string }
  | { type: 'rename'; name: string; to: string }
  | { type: 'kind'; name: string; kind: string };

export interface DecisionInput {
  curated: CuratedTerms;
  /** The compiled dictionary the curator is looking at. */
  terms: readonly DictionaryEntry[];
}

/**
 * @example applyDecision({ curated, terms, decision: { type: 'kind', name: 'Soviet Union', kind: 'place' } })
 * // { ..., kinds: { ..., 'Soviet Union': 'place' } }
 */
export function applyDecision(input: DecisionInput & { decision: Decision }): CuratedTerms {
  const { decision: d } = input;
  switch (d.type) {
    case 'accept':
      return acceptTerm({ ...input, name: d.name });
    case 'reject':
      return rejectTerm({ ...input, name: d.name });
    case 'merge':
      return mergeTerms({ ...input, names: d.names, as: d.as });
    case 'rename':
      return renameTerm({ ...input, name: d.name, to: d.to });
    case 'kind':
      return setTermKind({ ...input, name: d.name, kind: d.kind });
  }
}

/** Keeps the term as found; `terms:review` stops listing it. */
export function acceptTerm(input: DecisionInput & { name: string }): CuratedTerms {
  const { curated, terms, name } = input;
  const accepted = curated.accepted ?? [];
  if (accepted.some((a) => foldKey(a) === foldKey(name))) return curated;
  const term = findTerm(terms, name);
  const forms = formsOf(term);
  if (accepted.some((a) => forms.has(foldKey(a)))) return curated;
  return { ...curated, accepted: [...accepted, term.name] };
}

/** The term and all its names are never terms again. */
export function rejectTerm(input: DecisionInput & { name: string }): CuratedTerms {
  const { curated, terms, name } = input;
  const excluded = new Set(curated.exclude.map(foldKey));
  // Already rejected: gone from the dictionary and excluded.
  if (!findTermOrNull(terms, name) && excluded.has(foldKey(name))) return curated;
  const term = findTerm(terms, name);
  if (foldKey(name) !== foldKey(term.name)) return rejectVariant(curated, term, name);
  const forms = formsOf(term);
  const elsewhere = new Set(terms.filter((t) => t !== term).flatMap((t) => [...formsOf(t)]));
  const added: string[] = [];
  for (const v of [term.name, ...term.variants]) {
    const k = foldKey(v);
    if (excluded.has(k) || elsewhere.has(k)) continue;
    excluded.add(k);
    added.push(v);
  }
  return withoutForms({ ...curated, exclude: [...curated.exclude, ...added] }, forms, true);
}

function rejectVariant(curated: CuratedTerms, term: DictionaryEntry, name: string): CuratedTerms {
  const key = foldKey(name);
  const surface = term.variants.find((v) => foldKey(v) === key) ?? name;
  const next = withoutForms(
    { ...curated, exclude: [...curated.exclude, surface] },
    new Set([key]),
    false,
  );
  return {
    ...next,
    aliases: next.aliases.map((a) =>
      a.variants?.some((v) => foldKey(v) === key)
        ? { ...a, variants: a.variants.filter((v) => foldKey(v) !== key) }
        : a,
    ),
  };
}

/** One term from two, named `as` (default: the first name given). */
export function mergeTerms(
  input: DecisionInput & { names: [string, string]; as?: string },
): CuratedTerms {
  const { terms, names, as } = input;
  const a = findTerm(terms, names[0]);
  const b = findTerm(terms, names[1]);
  if (a === b)
    return as === undefined ? input.curated : renameTerm({ ...input, name: a.name, to: as });
  const canonical = as ?? a.name;
  const other = findTermOrNull(terms, canonical);
  if (other && other !== a && other !== b)
    throw new ReviewError(
      `"${canonical}" is a name of another term (${other.name}); merge that one too, or choose another name`,
    );
  const kind =
    foldKey(canonical) === foldKey(b.name) && foldKey(canonical) !== foldKey(a.name)
      ? b.kind
      : a.kind;
  return writeAlias(input.curated, [a, b], canonical, kind);
}

/** The term's canonical name becomes `to`; the old name stays a variant. */
export function renameTerm(input: DecisionInput & { name: string; to: string }): CuratedTerms {
  const { curated, terms, name } = input;
  const to = input.to.trim();
  if (!to) throw new ReviewError('the new name is empty');
  const term = findTerm(terms, name);
  if (term.name === to) return curated;
  const other = findTermOrNull(terms, to);
  if (other && other !== term)
    throw new ReviewError(
      `"${to}" is already a name of ${other.name}; to make them one term: merge "${other.name}" "${term.name}"`,
    );
  return writeAlias(curated, [term], to, term.kind);
}

/** Sets the term's kind. */
export function setTermKind(input: DecisionInput & { name: string; kind: string }): CuratedTerms {
  const { curated, terms, name } = input;
  const kind = parseKind(input.kind);
  const term = findTerm(terms, name);
  const forms = formsOf(term);
  const governs = (a: CuratedTerms['aliases'][number]) => aliasForms(a).some((f) => forms.has(f));
  if (curated.aliases.some(governs)) {
    if (curated.aliases.filter(governs).every((a) => a.kind === kind)) return curated;
    return {
      ...curated,
      aliases: curated.aliases.map((a) => (governs(a) ? { ...a, kind } : a)),
    };
  }
  const kinds = curated.kinds ?? {};
  const keyed = Object.keys(kinds).filter((k) => forms.has(foldKey(k)));
  if (keyed.length === 1 && keyed[0] === term.name && kinds[term.name] === kind) return curated;
  const rest = Object.fromEntries(Object.entries(kinds).filter(([k]) => !forms.has(foldKey(k))));
  return { ...curated, kinds: { ...rest, [term.name]: kind } };
}

/** A kind the curator typed, or an error listing the kinds. */
export function parseKind(kind: string): TermKind {
  const k = kind.trim().toLowerCase();
  if (k === 'organization') return 'organisation';
  if (!TERM_KINDS.includes(k as TermKind))
    throw new ReviewError(`"${kind}" is not a kind; use one of ${TERM_KINDS.join(', ')}`);
  return k as TermKind;
}

/** Replaces the aliases that cover `covered` with one alias naming them all. */
function writeAlias(
  curated: CuratedTerms,
  covered: DictionaryEntry[],
  canonical: string,
  kind: TermKind,
): CuratedTerms {
  const forms = new Set(covered.flatMap((t) => [...formsOf(t)]));
  const governing = curated.aliases.filter((a) => aliasForms(a).some((f) => forms.has(f)));
  const variants: string[] = [];
  const push = (v: string) => {
    if (v !== canonical && !variants.includes(v)) variants.push(v);
  };
  for (const t of covered) for (const v of [t.name, ...t.variants]) push(v);
  for (const a of governing) for (const v of [a.name, ...(a.variants ?? [])]) push(v);
  const alias = { name: canonical, kind, variants };
  const at = governing.length ? curated.aliases.indexOf(governing[0]!) : curated.aliases.length;
  const aliases = curated.aliases.filter((a) => !governing.includes(a));
  aliases.splice(Math.min(at, aliases.length), 0, alias);
  const next = withoutForms({ ...curated, aliases }, forms, false);
  const canonicalKey = foldKey(canonical);
  return { ...next, exclude: next.exclude.filter((e) => foldKey(e) !== canonicalKey) };
}

/** Drops kind fixes (and, for a rejection, aliases and acceptances) keyed by any of `forms`. */
function withoutForms(
  curated: CuratedTerms,
  forms: Set<string>,
  isRejection: boolean,
): CuratedTerms {
  const next: CuratedTerms = { ...curated };
  if (isRejection)
    next.aliases = curated.aliases.filter((a) => !aliasForms(a).some((f) => forms.has(f)));
  if (curated.kinds)
    next.kinds = Object.fromEntries(
      Object.entries(curated.kinds).filter(([k]) => !forms.has(foldKey(k))),
    );
  if (curated.accepted && isRejection)
    next.accepted = curated.accepted.filter((a) => !forms.has(foldKey(a)));
  return next;
}

function aliasForms(a: CuratedTerms['aliases'][number]): string[] {
  return [a.name, ...(a.variants ?? [])].map(foldKey);
}

function formsOf(t: DictionaryEntry): Set<string> {
  return new Set([t.name, ...t.variants].map(foldKey));
}

/**
 * The term a curator means by `name`: its canonical name (exact, then
 * ignoring case and diacritics), else the one term that has it as a variant.
 */
export function findTerm(terms: readonly DictionaryEntry[], name: string): DictionaryEntry {
  const found = findTermOrNull(terms, name);
  if (found) return found;
  const close = closeNames(terms, name);
  throw new ReviewError(
    `no term "${name}" in the dictionary` +
      (close.length
        ? `; close: ${close.join(', ')}`
        : '; `npm run terms:review -- --all` lists every term'),
  );
}

function findTermOrNull(terms: readonly DictionaryEntry[], name: string): DictionaryEntry | null {
  const exact = terms.find((t) => t.name === name);
  if (exact) return exact;
  const key = foldKey(name);
  if (!key) return null;
  const byName = terms.filter((t) => foldKey(t.name) === key);
  if (byName.length === 1) return byName[0]!;
  const byVariant = byName.length ? byName : terms.filter((t) => formsOf(t).has(key));
  if (byVariant.length > 1)
    throw new ReviewError(
      `"${name}" is a name of ${byVariant.length} terms (${byVariant.map((t) => t.name).join(', ')}); use the full name`,
    );
  return byVariant[0] ?? null;
}

/** Up to five names or variants spelled close to `name`, as `Variant (Name)` for a variant. */
export function closeNames(terms: readonly DictionaryEntry[], name: string, max = 5): string[] {
  const key = foldKey(name);
  const scored: Array<{ label: string; distance: number }> = [];
  for (const t of terms) {
    let best = Infinity;
    let label = t.name;
    for (const v of [t.name, ...t.variants]) {
      const vk = foldKey(v);
      const contains = key.length >= 3 && vk.length >= 3 && (vk.includes(key) || key.includes(vk));
      const d = contains ? 1 : editDistance(key, vk);
      if (d < best) {
        best = d;
        label = v === t.name ? t.name : `${v} (${t.name})`;
      }
    }
    if (best <= Math.max(2, Math.floor(key.length / 3))) scored.push({ label, distance: best });
  }
  return scored
    .sort((a, b) => a.distance - b.distance || (a.label < b.label ? -1 : 1))
    .slice(0, max)
    .map((s) => s.label);
}
