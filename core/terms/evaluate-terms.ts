/**
 * Scores an extracted dictionary against a hand-labelled list: precision,
 * recall, variant merges and kinds. Used by the extractor's test; kept pure
 * so the numbers can be printed from anywhere.
 */
import type { Passage, Term, TermKind } from '../types';
import { compileMatcher, matchTerms } from './match-terms';
import { foldKey } from './merge-keys';

export interface LabelledTerm {
  name: string;
  kind: TermKind;
  variants: string[];
  /** Borderline: extracting it is neither rewarded nor penalised. */
  optional?: boolean;
}

export interface TermScore {
  precision: number;
  recall: number;
  truePositives: number;
  falsePositives: Term[];
  /** Extracted terms that match only optional entries. */
  ignored: Term[];
  /** Required entries the passages mention but the dictionary lacks. */
  missed: LabelledTerm[];
  /** Required entries no passage mentions (e.g. an author line the parser moved to metadata). */
  unreachable: LabelledTerm[];
  reachableRequired: number;
  /** Entries whose forms (two or more found) all landed in one term, and how many had two or more. */
  merged: number;
  mergeCandidates: number;
  /** Entries whose found forms are spread over several terms. */
  splitEntries: Array<{ entry: LabelledTerm; terms: string[] }>;
  /** Terms that match two or more distinct entries. */
  falseMerges: Array<{ term: Term; entries: string[] }>;
  kindCorrect: number;
  kindChecked: number;
  kindErrors: Array<{ term: string; got: TermKind; want: TermKind }>;
}

/** Folded forms; a leading "the" is not part of a name (`The New York Times` = `New York Times`). */
function formsOf(x: { name: string; variants: readonly string[] }): string[] {
  return [...new Set([x.name, ...x.variants].map((v) => foldKey(v).replace(/^the /u, '')))];
}

export function scoreTerms(options: {
  terms: Term[];
  labelled: LabelledTerm[];
  passages: Passage[];
}): TermScore {
  const { terms, labelled, passages } = options;
  const entryByForm = new Map<string, number[]>();
  labelled.forEach((e, i) => {
    for (const f of formsOf(e)) entryByForm.set(f, [...(entryByForm.get(f) ?? []), i]);
  });

  // Which labelled entries the passages mention at all (same matcher as the product).
  const matcher = compileMatcher(
    labelled.map((e, i) => ({ id: String(i), name: e.name, kind: e.kind, variants: e.variants })),
  );
  const mentioned = new Set<number>();
  for (const p of passages)
    for (const m of matchTerms(p.text, matcher)) mentioned.add(Number(m.termId));

  const entriesOfTerm = terms.map((t) => {
    const hits = new Set<number>();
    for (const f of formsOf(t)) for (const i of entryByForm.get(f) ?? []) hits.add(i);
    return [...hits];
  });

  let truePositives = 0;
  const falsePositives: Term[] = [];
  const ignored: Term[] = [];
  const falseMerges: TermScore['falseMerges'] = [];
  const kindErrors: TermScore['kindErrors'] = [];
  let kindCorrect = 0;
  let kindChecked = 0;
  terms.forEach((t, ti) => {
    const hits = entriesOfTerm[ti]!;
    const required = hits.filter((i) => !labelled[i]!.optional);
    if (required.length > 0) truePositives++;
    else if (hits.length > 0) ignored.push(t);
    else falsePositives.push(t);
    if (required.length > 1)
      falseMerges.push({ term: t, entries: required.map((i) => labelled[i]!.name) });
    if (required.length === 1) {
      const want = labelled[required[0]!]!.kind;
      kindChecked++;
      if (want === t.kind) kindCorrect++;
      else kindErrors.push({ term: t.name, got: t.kind, want });
    }
  });

  const missed: LabelledTerm[] = [];
  const unreachable: LabelledTerm[] = [];
  let reachableRequired = 0;
  let found = 0;
  let merged = 0;
  let mergeCandidates = 0;
  const splitEntries: TermScore['splitEntries'] = [];
  labelled.forEach((e, i) => {
    if (e.optional) return;
    if (!mentioned.has(i)) {
      unreachable.push(e);
      return;
    }
    reachableRequired++;
    const owners = terms.filter((_, ti) => entriesOfTerm[ti]!.includes(i));
    if (owners.length === 0) {
      missed.push(e);
      return;
    }
    found++;
    // Forms of this entry that some term carries.
    const formOwners = new Map<string, string>();
    for (const f of formsOf(e))
      for (const t of owners) if (formsOf(t).includes(f)) formOwners.set(f, t.id);
    if (formOwners.size >= 2) {
      mergeCandidates++;
      const distinct = new Set(formOwners.values());
      if (distinct.size === 1) merged++;
      else splitEntries.push({ entry: e, terms: [...distinct].sort() });
    }
  });
  return {
    precision:
      terms.length === ignored.length ? 1 : truePositives / (truePositives + falsePositives.length),
    recall: reachableRequired === 0 ? 1 : found / reachableRequired,
    truePositives,
    falsePositives,
    ignored,
    missed,
    unreachable,
    reachableRequired,
    merged,
    mergeCandidates,
    splitEntries,
    falseMerges,
    kindCorrect,
    kindChecked,
    kindErrors,
  };
}

/** A short human-readable report of a score. */
export function formatScore(label: string, s: TermScore): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return [
    `${label}: precision ${pct(s.precision)} (${s.truePositives} correct, ${s.falsePositives.length} wrong, ${s.ignored.length} optional), ` +
      `recall ${pct(s.recall)} (${s.reachableRequired - s.missed.length}/${s.reachableRequired}; ${s.unreachable.length} labelled names are in no passage)`,
    `  merges: ${s.merged}/${s.mergeCandidates} labelled names with several forms merged into one term; ${s.falseMerges.length} terms merge distinct names`,
    `  kinds: ${s.kindCorrect}/${s.kindChecked} correct`,
    `  wrong: ${s.falsePositives.map((t) => t.name).join(' | ')}`,
    `  missed: ${s.missed.map((e) => e.name).join(' | ')}`,
    `  split: ${s.splitEntries.map((x) => `${x.entry.name} -> ${x.terms.join(' + ')}`).join(' | ')}`,
    `  false merges: ${s.falseMerges.map((x) => `${x.term.name} = ${x.entries.join(' + ')}`).join(' | ')}`,
    `  kind errors: ${s.kindErrors.map((k) => `${k.term} ${k.got}!=${k.want}`).join(' | ')}`,
    `  unreachable: ${s.unreachable.map((e) => e.name).join(' | ')}`,
  ].join('\n');
}
