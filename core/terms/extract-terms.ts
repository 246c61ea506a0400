/**
 * Extracts the term dictionary (people, organisations, places, events,
 * concepts) from parsed articles, at build time.
 *
 * The pipeline, each step a named function in its own module and linear in
 * the corpus size. Steps 1-3 run per source file, on that file's own evidence,
 * so adding a source never changes the names another one yields
 * (`findSourceNames` in source-names.ts):
 * 1. `countCaseEvidence` (find-mentions.ts): how often the source writes each
 *    word in lower case and capitalised mid-sentence;
 * 2. `collectMentions`: capitalised runs with titles and roles cut out and a
 *    common word that only opens the sentence dropped; `splitJoinedNames`:
 *    runs that hold several names (`A and B`, `Kazakhstan Kassym-Jomart
 *    Tokayev`) split;
 * 3. `tallyMentions` (tally-evidence.ts): counts and kind votes from the
 *    words around each mention, plus `addQuotedNames`, `addMonthEvents`,
 *    `addDatedEvents`; `judgeCandidates` (judge-candidates.ts): which
 *    candidates are names, and their kind votes from their own words.
 * Then over all sources (this file):
 * 4. `applyExclusions`, `mergeVariants` (merge-candidates.ts: acronym <->
 *    expansion, spellings, middle names, surname -> the one full name ending
 *    with it, company designators, `Republic of X`), `applyCuratedAliases`,
 *    `buildTermDrafts` (name and kind per group);
 * 5. `findTermPassages`: each term's passages, with the page's matcher.
 */
import { slugify } from '../text/normalize';
import {
  type Article,
  type DictionaryEntry,
  type Passage,
  type Term,
  type TermKind,
} from '../types';
import { type Candidate, addCandidates, candidateFor } from './candidate';
import { isAcronym } from './candidates';
import { type CuratedTerms } from './curated';
import { compileMatcher, matchTerms } from './match-terms';
import {
  chooseName,
  groupKind,
  mergeAbbreviations,
  mergeByInitials,
  mergeMonthEvents,
  mergeNameForms,
  mergeNames,
  mergeSpellings,
} from './merge-candidates';
import { UnionFind, foldKey } from './merge-keys';
import { findSourceNames } from './source-names';

/**
 * @example extractTerms({ articles, curated: { aliases: [], exclude: [] } })
 *   // [{ id: 'kassym-jomart-tokayev', name: 'Kassym-Jomart Tokayev', kind: 'person', ... }, ...]
 */
export function extractTerms(options: { articles: Article[]; curated: CuratedTerms }): Term[] {
  const { articles, curated } = options;
  const passages = articles.flatMap((a) => a.passages);
  const accepted = new Map<string, Candidate>();
  for (const source of groupBySource(articles)) addCandidates(accepted, findSourceNames(source));
  applyExclusions(accepted, curated.exclude);
  const uf = mergeVariants(passages, accepted);
  const aliasByRoot = applyCuratedAliases(accepted, uf, curated);
  const drafts = buildTermDrafts(accepted, uf, aliasByRoot, curated.kinds ?? {});
  return findTermPassages(assignTermIds(drafts), passages);
}

/** Articles grouped by the file they came from (an archive page is one source). */
function groupBySource(articles: Article[]): Passage[][] {
  const byFile = new Map<string, Passage[]>();
  for (const a of articles) byFile.set(a.file, [...(byFile.get(a.file) ?? []), ...a.passages]);
  return [...byFile.values()];
}

/** Curated exclusions remove surfaces (and candidates left with none) before any merge. */
function applyExclusions(accepted: Map<string, Candidate>, exclude: string[]): void {
  const excluded = new Set(exclude.map(foldKey));
  for (const [key, c] of accepted) {
    for (const s of [...c.surfaces.keys()]) if (excluded.has(foldKey(s))) c.surfaces.delete(s);
    if (c.surfaces.size === 0 || excluded.has(key)) accepted.delete(key);
  }
}

/** Step 4: groups the candidates that name the same thing. */
function mergeVariants(passages: Passage[], accepted: Map<string, Candidate>): UnionFind<string> {
  const uf = new UnionFind<string>();
  for (const key of accepted.keys()) uf.add(key);
  mergeAbbreviations(passages, accepted, uf);
  mergeByInitials(accepted, uf);
  mergeSpellings(accepted, uf);
  mergeNames(accepted, uf);
  mergeNameForms(accepted, uf);
  mergeMonthEvents(accepted, uf);
  return uf;
}

/**
 * Curated aliases merge everything that matches any of their names, adding
 * the names the sources never wrote. Returns each alias by its group's root.
 */
function applyCuratedAliases(
  accepted: Map<string, Candidate>,
  uf: UnionFind<string>,
  curated: CuratedTerms,
): Map<string, { name: string; kind: TermKind }> {
  const excluded = new Set(curated.exclude.map(foldKey));
  const anchors: Array<[string, { name: string; kind: TermKind }]> = [];
  for (const alias of curated.aliases) {
    let anchor: string | null = null;
    for (const surface of [alias.name, ...(alias.variants ?? [])]) {
      const k = foldKey(surface);
      if (excluded.has(k)) continue;
      let c = accepted.get(k);
      if (!c) {
        c = candidateFor(accepted, k.split(' '), isAcronym(surface));
        c.surfaces.set(surface, 0);
        uf.add(k);
      } else if (!c.surfaces.has(surface)) {
        c.surfaces.set(surface, 0);
      }
      if (anchor === null) anchor = k;
      else uf.union(anchor, k);
    }
    if (anchor !== null) anchors.push([anchor, { name: alias.name, kind: alias.kind }]);
  }
  // Roots are read after every union, so a later alias joining an earlier one is seen.
  return new Map(anchors.map(([anchor, alias]) => [uf.find(anchor), alias]));
}

interface TermDraft {
  name: string;
  kind: TermKind;
  variants: string[];
}

/** One draft per group: the curated or chosen name, the kind, every surface as a variant. */
function buildTermDrafts(
  accepted: Map<string, Candidate>,
  uf: UnionFind<string>,
  aliasByRoot: Map<string, { name: string; kind: TermKind }>,
  curatedKinds: Record<string, TermKind>,
): TermDraft[] {
  const kindFixes = new Map(Object.entries(curatedKinds).map(([k, v]) => [foldKey(k), v]));
  const groups = new Map<string, Candidate[]>();
  for (const key of [...accepted.keys()].sort()) {
    const root = uf.find(key);
    groups.set(root, [...(groups.get(root) ?? []), accepted.get(key)!]);
  }
  const drafts: TermDraft[] = [];
  for (const [root, members] of groups) {
    const alias = aliasByRoot.get(root);
    const name = alias?.name ?? chooseName(members);
    let kind: TermKind = alias?.kind ?? groupKind(members);
    for (const m of members) {
      const fix = kindFixes.get(m.key);
      if (fix && !alias) kind = fix;
    }
    const variants = new Set<string>([name]);
    for (const m of members) for (const s of m.surfaces.keys()) variants.add(s);
    drafts.push({
      name,
      kind,
      variants: [name, ...[...variants].filter((v) => v !== name).sort()],
    });
  }
  return drafts.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Slug ids, numbered when two names slug alike. */
function assignTermIds(drafts: TermDraft[]): DictionaryEntry[] {
  const usedIds = new Set<string>();
  return drafts.map((d) => {
    let id = slugify(d.name) || 'term';
    for (let n = 2; usedIds.has(id); n++) id = `${slugify(d.name)}-${n}`;
    usedIds.add(id);
    return { id, name: d.name, kind: d.kind, variants: d.variants };
  });
}

/** Step 5: each term's passages, found with the matcher the page uses; terms found nowhere are dropped. */
function findTermPassages(entries: DictionaryEntry[], passages: Passage[]): Term[] {
  const matcher = compileMatcher(entries);
  const passageIds = new Map<string, string[]>();
  for (const p of passages) {
    const seen = new Set<string>();
    for (const m of matchTerms(p.text, matcher)) {
      if (seen.has(m.termId)) continue;
      seen.add(m.termId);
      passageIds.set(m.termId, [...(passageIds.get(m.termId) ?? []), p.id]);
    }
  }
  return entries
    .filter((e) => (passageIds.get(e.id)?.length ?? 0) > 0)
    .map((e) => ({ ...e, passageIds: passageIds.get(e.id)!, related: [] }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export type { CuratedTerms } from './curated';
