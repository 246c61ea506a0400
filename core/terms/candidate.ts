/**
 * A candidate name while the dictionary is built: the surfaces a source
 * writes it with, how often, and the votes for its kind.
 */
import { TERM_KINDS, type TermKind } from '../types';
import type { Tok } from './candidates';
import { CONCEPT_HEADS, EVENT_HEADS, ORGANISATION_HEADS, PLACE_HEADS } from './word-lists';

export interface Candidate {
  key: string;
  tokenKeys: string[];
  surfaces: Map<string, number>;
  count: number;
  /** Occurrences not at the start of a sentence. */
  mid: number;
  votes: Record<TermKind, number>;
  isAcronym: boolean;
  /** Words seen right after single-word candidates (for `Mangystau region`). */
  after: Map<string, number>;
  quoted: boolean;
  /** `January events`: a month plus an event noun. */
  monthEvent?: boolean;
  /** `2019 general election`: a date plus an event noun. */
  dated?: boolean;
  /** Keys of the names listed beside it (`Almaty, Uralsk and Karaganda`). */
  listMates?: Set<string>;
}

export function emptyVotes(): Record<TermKind, number> {
  return { person: 0, organisation: 0, place: 0, event: 0, concept: 0 };
}

export function addVote(c: Candidate, kind: TermKind, w: number): void {
  c.votes[kind] += w;
}

function newCandidate(tokenKeys: string[], acronym: boolean): Candidate {
  return {
    key: tokenKeys.join(' '),
    tokenKeys,
    surfaces: new Map(),
    count: 0,
    mid: 0,
    votes: emptyVotes(),
    isAcronym: acronym,
    after: new Map(),
    quoted: false,
  };
}

/** The candidate for these token keys in `table`, added empty if new. */
export function candidateFor(
  table: Map<string, Candidate>,
  tokenKeys: string[],
  acronym: boolean,
): Candidate {
  const key = tokenKeys.join(' ');
  let c = table.get(key);
  if (!c) {
    c = newCandidate(tokenKeys, acronym);
    table.set(key, c);
  }
  return c;
}

/** Adds one source's names to the corpus's: counts, votes and surfaces add up. */
export function addCandidates(into: Map<string, Candidate>, found: Map<string, Candidate>): void {
  for (const [key, c] of found) {
    const have = into.get(key);
    if (!have) {
      into.set(key, c);
      continue;
    }
    for (const [s, n] of c.surfaces) have.surfaces.set(s, (have.surfaces.get(s) ?? 0) + n);
    for (const [s, n] of c.after) have.after.set(s, (have.after.get(s) ?? 0) + n);
    for (const k of TERM_KINDS) have.votes[k] += c.votes[k];
    have.count += c.count;
    have.mid += c.mid;
    have.quoted ||= c.quoted;
    have.monthEvent ||= c.monthEvent;
    have.dated ||= c.dated;
    if (c.listMates) have.listMates = new Set([...(have.listMates ?? []), ...c.listMates]);
  }
}

export function dominantKind(c: Candidate): TermKind {
  let best: TermKind = 'organisation';
  for (const k of TERM_KINDS) if (c.votes[k] > c.votes[best]) best = k;
  return best;
}

export function keyOfTokens(toks: Tok[]): string {
  return toks.map((t) => t.key).join(' ');
}

/** A word that closes a multi-word name (`Initiative`, `Agreement`, `Forum`, `Region`). */
export function isHeadWord(key: string): boolean {
  return (
    ORGANISATION_HEADS.has(key) ||
    EVENT_HEADS.has(key) ||
    CONCEPT_HEADS.has(key) ||
    PLACE_HEADS.has(key)
  );
}

/** `CrowdStrike`, `JetBlue`, `YouTube`: a capital inside a word marks a brand (not `McCain`, `DeSantis`). */
export function isBrandShaped(surface: string): boolean {
  return /^(?!Mc|Mac|De|Di|Da|La|Le|Van|Von|O')\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u.test(surface);
}
