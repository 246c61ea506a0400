/**
 * Finds every dictionary name in a text in one pass over its words: a trie
 * keyed by normalised words, longest match first. Cost is linear in the text
 * and does not grow with the dictionary (one Map lookup per word), unlike a
 * pass per term or one giant regular expression.
 *
 * Rules, chosen to match how names are written on real pages:
 * - words are runs of letters, digits and combining marks, so a name never
 *   matches inside a longer word and `Tokayev's` / `Tokayev’s` match `Tokayev`;
 * - words of a multi-word name may be separated by spaces, hyphens or
 *   apostrophes (`Kassym-Jomart` = `Kassym Jomart`), or by an element boundary
 *   when the caller joins a block's inline text into one flow;
 * - diacritics are folded (`Toqaýev` = `Toqayev`);
 * - a word written in capitals in the dictionary (acronyms: `EU`, `CSTO`)
 *   matches only in capitals; a capitalised word (`Astana`) needs a capital
 *   first letter on the page, so common words (`turkey`) are not taken for
 *   names (`Turkey`); lowercase words (`and` in `Belt and Road`) match any case.
 */
import { foldDiacritics } from '../text/normalize';
import type { DictionaryEntry } from '../types';

/** One occurrence of a term in a text, as UTF-16 offsets `[start, end)`. */
export interface TermMatch {
  start: number;
  end: number;
  termId: string;
}

const CaseRule = { Any: 0, InitialCapital: 1, Exact: 2 } as const;
type CaseRule = (typeof CaseRule)[keyof typeof CaseRule];

interface Candidate {
  termId: string;
  /** Per word of the variant: the rule and, for Exact, the word as written. */
  rules: CaseRule[];
  words: string[];
  /** Dictionary order, so the first-listed term wins a tie deterministically. */
  order: number;
}

interface TrieNode {
  children: Map<string, TrieNode> | undefined;
  candidates: Candidate[] | undefined;
}

export interface TermMatcher {
  readonly root: TrieNode;
  readonly termCount: number;
  readonly variantCount: number;
}

// Letters, combining marks and digits. `\p{M}` keeps decomposed accents inside the word.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
// What may stand between two words of one name: spaces (incl. no-break), hyphens/dashes, apostrophes.
const JOINER = /^[\s\u00a0\u2009\u202f\-\u2010\u2011\u2012\u2013'\u2019]{1,3}$/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const NON_ASCII = /[^\u0000-\u007f]/u;

/** The normalised key of a word: lowercase, no diacritics. */
export function wordKey(word: string): string {
  const lower = word.toLowerCase();
  return NON_ASCII.test(lower) ? foldDiacritics(lower) : lower;
}

/** Splits a text into words with offsets (the same tokenisation the matcher uses). */
export function splitWords(text: string): Array<{ word: string; start: number; end: number }> {
  const out: Array<{ word: string; start: number; end: number }> = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    out.push({ word: m[0], start, end: start + m[0].length });
  }
  return out;
}

function caseRuleOf(word: string): CaseRule {
  const first = word[0] ?? '';
  if (word.length >= 2 && UPPER.test(word) && !LOWER.test(word)) return CaseRule.Exact;
  if (UPPER.test(first)) return CaseRule.InitialCapital;
  return CaseRule.Any;
}

function passesCase(rule: CaseRule, expected: string, actual: string): boolean {
  switch (rule) {
    case CaseRule.Any:
      return true;
    case CaseRule.InitialCapital:
      return UPPER.test(actual[0] ?? '');
    case CaseRule.Exact:
      return expected === actual || foldDiacritics(expected) === foldDiacritics(actual);
  }
}

/**
 * Compiles a dictionary into a matcher.
 *
 * @example
 * const m = compileMatcher([{ id: 'csto', name: 'CSTO', kind: 'organisation', variants: ['CSTO'] }]);
 * matchTerms('The CSTO said', m) // [{ start: 4, end: 8, termId: 'csto' }]
 */
export function compileMatcher(terms: readonly DictionaryEntry[]): TermMatcher {
  const root: TrieNode = { children: undefined, candidates: undefined };
  let variantCount = 0;
  terms.forEach((term, order) => {
    const seen = new Set<string>();
    for (const variant of new Set([term.name, ...term.variants])) {
      const words = splitWords(variant).map((w) => w.word);
      if (words.length === 0) continue;
      const signature = words.join('\u0000');
      if (seen.has(signature)) continue;
      seen.add(signature);
      let node = root;
      for (const word of words) {
        const key = wordKey(word);
        node.children ??= new Map();
        let next = node.children.get(key);
        if (!next) {
          next = { children: undefined, candidates: undefined };
          node.children.set(key, next);
        }
        node = next;
      }
      (node.candidates ??= []).push({
        termId: term.id,
        rules: words.map(caseRuleOf),
        words,
        order,
      });
      variantCount += 1;
    }
  });
  // Deterministic preference among variants ending at the same node.
  const sortNode = (node: TrieNode) => {
    node.candidates?.sort((a, b) => a.order - b.order);
    node.children?.forEach(sortNode);
  };
  sortNode(root);
  return { root, termCount: terms.length, variantCount };
}

/**
 * Every non-overlapping occurrence of a dictionary term in `text`, left to
 * right; where matches overlap, the longest (most words) wins.
 */
export function matchTerms(text: string, matcher: TermMatcher): TermMatch[] {
  const rootChildren = matcher.root.children;
  if (!rootChildren || text.length === 0) return [];
  const starts: number[] = [];
  const ends: number[] = [];
  const keys: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    keys.push(wordKey(m[0]));
  }
  const out: TermMatch[] = [];
  const n = keys.length;
  let i = 0;
  while (i < n) {
    let node = rootChildren.get(keys[i]!);
    if (!node) {
      i += 1;
      continue;
    }
    let bestEnd = -1;
    let bestTerm = '';
    let j = i;
    for (;;) {
      if (node.candidates) {
        const termId = acceptedCandidate(node.candidates, text, starts, ends, i);
        if (termId !== null) {
          bestEnd = j;
          bestTerm = termId;
        }
      }
      const next = j + 1;
      if (next >= n || !node.children) break;
      if (!JOINER.test(text.slice(ends[j]!, starts[next]!))) break;
      const child = node.children.get(keys[next]!);
      if (!child) break;
      node = child;
      j = next;
    }
    if (bestEnd >= 0) {
      out.push({ start: starts[i]!, end: ends[bestEnd]!, termId: bestTerm });
      i = bestEnd + 1;
    } else {
      i += 1;
    }
  }
  return out;
}

function acceptedCandidate(
  candidates: Candidate[],
  text: string,
  starts: number[],
  ends: number[],
  first: number,
): string | null {
  for (const c of candidates) {
    let ok = true;
    for (let k = 0; k < c.rules.length && ok; k++) {
      const rule = c.rules[k]!;
      if (rule === CaseRule.Any) continue;
      ok = passesCase(rule, c.words[k]!, text.slice(starts[first + k]!, ends[first + k]!));
    }
    if (ok) return c.termId;
  }
  return null;
}
