/**
 * Pairs of compiled terms that are probably one thing, for the curator to
 * merge with `npm run terms:review -- merge "A" "B"`. Proposals only: the
 * extractor has already merged what its rules are sure of; these are the
 * near misses a person should look at. Pure.
 */
import type { Term } from '../types';
import { acronymFits, isAcronym } from './candidates';
import { foldKey, phoneticKey } from './merge-keys';
import { editDistance } from '../text/edit-distance';
import { splitWords } from './match-terms';
import type { ReviewInput } from './review';
import { CONNECTORS } from './word-lists';

export interface MergeProposal {
  /** The name to keep: `merge "keep" "merge"` makes it the canonical name. */
  keep: string;
  merge: string;
  reason: string;
}

interface Shape {
  term: Term;
  /** Folded word keys of the canonical name. */
  words: string[];
  sources: Set<string>;
  isReviewed: boolean;
}

/**
 * Pairs of terms that are probably one thing, for the curator to merge:
 * - two terms with a variant spelled alike (same folded words, or the same
 *   `phoneticKey` word by word: Tokayev / Toqayev);
 * - an acronym term whose letters fit a longer name that is not a person and
 *   does not contain the acronym, in a source that mentions both
 *   (OIC / Organisation of Islamic Cooperation, not BRICS / BRICS Summit);
 * - names of one kind a letter apart (Dbeibah / Dbeiba);
 * - a person named by the first or last words of exactly one other person's
 *   name (Jinping / Xi Jinping), or a lone word of another kind that is the
 *   surname of exactly one person; several fits are ambiguous, not proposed.
 * Never two people who share only a surname (John Smith / Jane Smith), and
 * not a pair the curator has reviewed both halves of (accepted or curated).
 *
 * @example proposeMerges({ articles, terms, curated })
 * // [{ keep: 'Organisation of Islamic Cooperation', merge: 'OIC', reason: 'acronym of ...' }]
 */
export function proposeMerges(input: ReviewInput): MergeProposal[] {
  const { articles, terms, curated } = input;
  const fileOfPassage = new Map<string, string>();
  for (const a of articles) for (const p of a.passages) fileOfPassage.set(p.id, a.file);
  const reviewed = new Set(
    [
      ...(curated.accepted ?? []),
      ...curated.aliases.flatMap((a) => [a.name, ...(a.variants ?? [])]),
    ].map(foldKey),
  );
  const shapes: Shape[] = terms.map((term) => ({
    term,
    words: foldKey(term.name).split(' ').filter(Boolean),
    sources: new Set(term.passageIds.map((id) => fileOfPassage.get(id) ?? '?')),
    isReviewed: [term.name, ...term.variants].some((v) => reviewed.has(foldKey(v))),
  }));

  const out: MergeProposal[] = [];
  const seen = new Set<string>();
  const propose: Propose = (keep, other, reason) => {
    if (keep === other || (keep.isReviewed && other.isReviewed)) return;
    if (sharesOnlySurname(keep, other)) return;
    const pair = [keep.term.id, other.term.id].sort().join('\u0000');
    if (seen.has(pair)) return;
    seen.add(pair);
    out.push({ keep: keep.term.name, merge: other.term.name, reason });
  };
  proposeSpellings(shapes, propose);
  proposeNearSpellings(shapes, propose);
  proposeAcronyms(shapes, propose);
  proposeNameParts(shapes, propose);
  return out;
}

type Propose = (keep: Shape, other: Shape, reason: string) => void;

/** The same phonetic key, word by word, for some variant of each (Tokayev / Toqayev). */
function proposeSpellings(shapes: Shape[], propose: Propose): void {
  const bySpelling = new Map<string, Shape[]>();
  for (const s of shapes) {
    const keys = new Set(
      [s.term.name, ...s.term.variants].map((v) =>
        foldKey(v).split(' ').map(phoneticKey).join(' '),
      ),
    );
    for (const k of keys) bySpelling.set(k, [...(bySpelling.get(k) ?? []), s]);
  }
  for (const [, group] of bySpelling) {
    const [first, ...others] = [...group].sort(byEvidence);
    for (const o of others) propose(first!, o, 'spelled alike');
  }
}

/**
 * Names of one kind that differ by one letter (two in names of 14 letters or
 * more), starting with the same letter, with the same numbers: Dbeibah /
 * Dbeiba. Names under six letters are left alone (Iran / Iraq).
 */
function proposeNearSpellings(shapes: Shape[], propose: Propose): void {
  const buckets = new Map<string, Shape[]>();
  for (const s of shapes) {
    const key = s.words.join(' ');
    if (key.length < 6) continue;
    const bucket = `${s.term.kind}\u0000${key[0]}`;
    buckets.set(bucket, [...(buckets.get(bucket) ?? []), s]);
  }
  for (const group of buckets.values()) {
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i]!.words.join(' ');
        const b = group[j]!.words.join(' ');
        // Euro 2020 / Euro 2024, Chandrayaan-2 / -3: a different number is a different thing.
        if (a.replace(/\D/gu, '') !== b.replace(/\D/gu, '')) continue;
        const allowed = Math.min(a.length, b.length) >= 14 ? 2 : 1;
        const d = editDistance(a, b);
        if (d === 0 || d > allowed) continue;
        const [keep, other] = [group[i]!, group[j]!].sort(byEvidence);
        propose(keep!, other!, 'spelled nearly alike');
      }
  }
}

/** An acronym whose letters fit a longer name mentioned in the same source. */
function proposeAcronyms(shapes: Shape[], propose: Propose): void {
  for (const acr of shapes) {
    if (!isAcronym(acr.term.name) || acr.term.kind === 'person') continue;
    for (const long of shapes) {
      if (long === acr || long.term.kind === 'person') continue;
      const words = splitWords(long.term.name).map((w) => w.word);
      if (words.filter((w) => !CONNECTORS.has(w.toLowerCase())).length < 2) continue;
      // BRICS Summit, UN News: a name built on the acronym is something else that bears it.
      if (long.words.includes(acr.words.join(' '))) continue;
      if (!sharesSource(acr, long)) continue;
      if (acronymFits(acr.term.name, words))
        propose(long, acr, `${acr.term.name} fits the initials of ${long.term.name}`);
    }
  }
}

/**
 * A person named by the first or last words of exactly one other person's
 * name (Jinping / Xi Jinping); or a lone word of another kind that is the
 * surname of exactly one person in a source that names both (the extractor
 * may have judged a lone surname's kind wrongly: Nair / S Unnikrishnan Nair).
 */
function proposeNameParts(shapes: Shape[], propose: Propose): void {
  const people = shapes.filter((s) => s.term.kind === 'person');
  for (const short of shapes) {
    const isPerson = short.term.kind === 'person';
    if (!isPerson && short.words.length !== 1) continue;
    const fits = people.filter(
      (long) =>
        long.words.length > short.words.length &&
        (endsWith(long.words, short.words) || (isPerson && startsWith(long.words, short.words))),
    );
    if (fits.length !== 1) continue;
    const long = fits[0]!;
    if (isPerson) propose(long, short, `${short.term.name} is part of the name ${long.term.name}`);
    else if (sharesSource(short, long))
      propose(
        long,
        short,
        `${short.term.name} (${short.term.kind}) is the surname of ${long.term.name}`,
      );
  }
}

function sharesSource(a: Shape, b: Shape): boolean {
  return [...a.sources].some((f) => b.sources.has(f));
}

/** More passages first, then the longer name: the better canonical name of a pair. */
function byEvidence(a: Shape, b: Shape): number {
  return (
    b.term.passageIds.length - a.term.passageIds.length ||
    b.term.name.length - a.term.name.length ||
    (a.term.name < b.term.name ? -1 : a.term.name > b.term.name ? 1 : 0)
  );
}

function startsWith(words: string[], prefix: string[]): boolean {
  return prefix.every((w, i) => words[i] === w);
}

function endsWith(words: string[], suffix: string[]): boolean {
  const offset = words.length - suffix.length;
  return suffix.every((w, i) => words[offset + i] === w);
}

/**
 * Two people with the same surname whose given names do not fit each other
 * (John Smith / Jane Smith): family or namesakes, not one person. A given name
 * that is an initial of the other's (J. Smith / John Smith) or one of the
 * other's given names (Jomart Tokayev / Kassym-Jomart Tokayev) fits.
 */
function sharesOnlySurname(a: Shape, b: Shape): boolean {
  if (a.term.kind !== 'person' || b.term.kind !== 'person') return false;
  if (a.words.length < 2 || b.words.length < 2) return false;
  const surname = (s: Shape) => phoneticKey(s.words[s.words.length - 1]!);
  if (surname(a) !== surname(b)) return false;
  const [short, long] = a.words.length <= b.words.length ? [a, b] : [b, a];
  const given = long.words.slice(0, -1).map(phoneticKey);
  return short.words
    .slice(0, -1)
    .map(phoneticKey)
    .some((g) => !given.some((l) => l === g || (g.length === 1 && l.startsWith(g))));
}
