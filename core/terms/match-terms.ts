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
 * - invisible format characters (soft hyphens, zero-width joiners, the word
 *   joiner, see core/text/invisible.ts) are ignored: `Toka&shy;yev` matches
 *   `Tokayev`, over all of its characters; a zero-width space is a word break;
 * - a word written in capitals in the dictionary (acronyms: `EU`, `CSTO`)
 *   matches only in capitals; a capitalised word (`Astana`) needs a capital
 *   first letter on the page, so common words (`turkey`) are not taken for
 *   names (`Turkey`); lowercase words (`and` in `Belt and Road`) match any case;
 * - letters with dots (`U.S.`, `U.N.`) match the acronym (`US`, `UN`), the
 *   closing dot included;
 * - where no form matches, a capitalised word may match a person's or place's
 *   spelling family (`Toqaev` -> `Tokayev`, see spelling-family.ts);
 * - some forms match only on condition (`condition`), decided per page by the
 *   caller: `context` forms (also ordinary words) where the page supports the
 *   sources' subject, `full-name` forms (a surname alone) where the page names
 *   the person in full (see page-support.ts).
 */
import {
  hasInvisibles,
  INVISIBLE_CHARS,
  INVISIBLE_CLASS,
  INVISIBLE_CODES,
  mapSpansToOriginal,
  stripInvisibles,
} from '../text/invisible';
import { foldDiacritics } from '../text/normalize';
import { familyKey, foldFamilyCodes } from './spelling-family';
import type { DictionaryEntry } from '../types';

/** When a page may show a match: always, with support for the subject, or beside the full name. */
export type MatchCondition = 'context' | 'full-name';

/** One occurrence of a term in a text, as UTF-16 offsets `[start, end)`. */
export interface TermMatch {
  start: number;
  end: number;
  termId: string;
  /** Absent: always shown. */
  condition?: MatchCondition;
  /** Found through the spelling family, not a form the sources write. */
  bySpelling?: true;
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
  condition: MatchCondition | undefined;
}

interface TrieNode {
  children: Map<string, TrieNode> | undefined;
  candidates: Candidate[] | undefined;
}

export interface TermMatcher {
  readonly root: TrieNode;
  /** The same trie over spelling-family keys of people's and places' names; empty when none. */
  readonly familyRoot: TrieNode;
  readonly termCount: number;
  readonly variantCount: number;
  /** Bitset of the hashes of every first word: most page words are rejected without making a string. */
  readonly firstWordFilter: Uint32Array;
  /**
   * The same for first words a page may write in lowercase (the variant's first word has no
   * capital): a lowercase page word ("the", "new") can start no other name. Without it, a large
   * dictionary with names such as "The Hague" or "New York" looked up every "the" and "new".
   */
  readonly lowercaseFirstWordFilter: Uint32Array;
  /** The same for the first words of spelling-family keys (hashed after folding). */
  readonly familyFilter: Uint32Array;
  /**
   * Per (lowercase ASCII first letter, word length): 1 when a word of that
   * shape can fold to a family key's first word. Folding only shortens a word,
   * by at most a few letters, so most capitalised words are ruled out here.
   */
  readonly familyShapes: Uint8Array;
  readonly filterMask: number;
}

// Letters, combining marks and digits. `\p{M}` keeps decomposed accents inside the word, and
// invisible format characters between letters belong to the word (`Toka&shy;yev`).
const WORD = new RegExp(
  `[\\p{L}\\p{M}\\p{N}]+(?:[${INVISIBLE_CLASS}]+[\\p{L}\\p{M}\\p{N}]+)*`,
  'gu',
);
// What may stand between two words of one name: spaces (incl. no-break and zero-width),
// hyphens/dashes, apostrophes.
const JOINER = /^[\s\u00a0\u2009\u202f\u200b\-\u2010\u2011\u2012\u2013'\u2019]{1,3}$/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const NON_ASCII = /[^\u0000-\u007f]/u;

/** The normalised key of a word: lowercase, no diacritics, no invisible format characters. */
export function wordKey(word: string): string {
  const lower = word.toLowerCase();
  return NON_ASCII.test(lower) ? foldDiacritics(lower.replace(INVISIBLE_CHARS, '')) : lower;
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
  const familyRoot: TrieNode = { children: undefined, candidates: undefined };
  /** First-word keys of variants whose first word has no capital (see lowercaseFirstWordFilter). */
  const lowercaseFirstWords = new Set<string>();
  let variantCount = 0;
  terms.forEach((term, order) => {
    const seen = new Set<string>();
    const inContext = new Set(term.contextVariants ?? []);
    const forms: Array<[string, MatchCondition | undefined]> = [
      ...[...new Set([term.name, ...term.variants])].map(
        (v): [string, MatchCondition | undefined] => [v, inContext.has(v) ? 'context' : undefined],
      ),
      ...(term.fullNameVariants ?? []).map((v): [string, MatchCondition] => [v, 'full-name']),
    ];
    for (const [variant, condition] of forms) {
      const words = matcherWords(variant);
      if (words.length === 0) continue;
      const signature = words.join('\u0000');
      if (seen.has(signature)) continue;
      seen.add(signature);
      const rules = words.map(caseRuleOf);
      const keys = words.map(wordKey);
      if (rules[0] === CaseRule.Any) lowercaseFirstWords.add(keys[0]!);
      insert(root, keys, {
        termId: term.id,
        rules,
        words,
        order,
        condition,
      });
      variantCount += 1;
    }
    const contextFamilies = new Set(
      [...inContext].map((v) =>
        splitWords(v)
          .map((w) => familyKey(wordKey(w.word)))
          .join(' '),
      ),
    );
    for (const key of term.spellingKeys ?? []) {
      const words = key.split(' ');
      insert(familyRoot, words, {
        termId: term.id,
        // The first word must be capitalised on the page; the rest as the trie found them.
        rules: words.map((_, i) => (i === 0 ? CaseRule.InitialCapital : CaseRule.Any)),
        words,
        order,
        condition: contextFamilies.has(key) ? 'context' : undefined,
      });
    }
  });
  // Deterministic preference among variants ending at the same node.
  // A loop, not recursion: a trie is as deep as its longest name, and a name of thousands of
  // words (a source that is one long capitalised run) overflowed the call stack.
  const sortNodes = (top: TrieNode) => {
    for (const stack = [top]; stack.length > 0;) {
      const node = stack.pop()!;
      node.candidates?.sort((a, b) => a.order - b.order);
      node.children?.forEach((child) => stack.push(child));
    }
  };
  sortNodes(root);
  sortNodes(familyRoot);
  const firstWords = [...(root.children?.keys() ?? [])];
  let bits = 1 << 16;
  while (bits < firstWords.length * 16 && bits < 1 << 24) bits <<= 1;
  const filterMask = bits - 1;
  const firstWordFilter = hashFilter(firstWords, bits);
  const lowercaseFirstWordFilter = hashFilter(lowercaseFirstWords, bits);
  const familyFilter = new Uint32Array(bits >>> 5);
  const familyShapes = new Uint8Array(128 * SHAPE_LENGTHS);
  for (const key of familyRoot.children?.keys() ?? []) {
    const h = hashKey(key) & filterMask;
    familyFilter[h >>> 5]! |= 1 << (h & 31);
    // The letters a word may start with to fold to this key's first letter (q -> k, zh -> j, ...).
    for (const initial of FOLDS_TO[key[0]!] ?? key[0]!)
      for (let length = key.length; length <= key.length + MAX_FOLD_SHRINK; length++)
        familyShapes[initial.charCodeAt(0) * SHAPE_LENGTHS + Math.min(length, SHAPE_LENGTHS - 1)] =
          1;
  }
  return {
    root,
    familyRoot,
    termCount: terms.length,
    variantCount,
    firstWordFilter,
    lowercaseFirstWordFilter,
    familyFilter,
    familyShapes,
    filterMask,
  };
}

/** A bitset of `bits` bits with the hash of each key set. */
function hashFilter(keys: Iterable<string>, bits: number): Uint32Array {
  const filter = new Uint32Array(bits >>> 5);
  for (const key of keys) {
    const h = hashKey(key) & (bits - 1);
    filter[h >>> 5]! |= 1 << (h & 31);
  }
  return filter;
}

/**
 * Whether a page word starting with this UTF-16 unit is written in lowercase. A digit or a
 * caseless letter is not (`5G` is matched exactly), so only a unit that uppercasing changes is.
 */
function startsLowercase(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase();
}

/** Word lengths told apart by `familyShapes`; longer words share the last slot. */
const SHAPE_LENGTHS = 32;
/** How many letters folding may remove from a name (`Nazarbayev` 10 -> `nazarbaev` 9; digraphs, doubles). */
const MAX_FOLD_SHRINK = 4;

/** Which first letters fold to a family key's first letter (see spelling-family.ts; no name starts with `Ck`). */
const FOLDS_TO: Record<string, string> = { k: 'kq', j: 'jzd', i: 'iy', e: 'eyi', v: 'vw' };

function insert(root: TrieNode, keys: string[], candidate: Candidate): void {
  let node = root;
  for (const key of keys) {
    node.children ??= new Map();
    let next = node.children.get(key);
    if (!next) {
      next = { children: undefined, candidates: undefined };
      node.children.set(key, next);
    }
    node = next;
  }
  (node.candidates ??= []).push(candidate);
}

/** The words of a form as the trie stores them; `U.S.` is the one word `US`. */
function matcherWords(written: string): string[] {
  // Pages are matched without their invisible characters (see matchTerms); so are forms.
  const form = written.replace(INVISIBLE_CHARS, '');
  if (DOTTED_ACRONYM.test(form)) return [form.replace(/\./gu, '')];
  return splitWords(form).map((w) => w.word);
}

const DOTTED_ACRONYM = /^(?:\p{Lu}\.){1,5}\p{Lu}\.?$/u;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashKey(key: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

// Per UTF-16 code unit: 0 not yet known, 1 letter or digit, 2 combining mark (part of a word,
// folded away), 3 not part of a word, 4 surrogate (classified with its pair), 7 invisible format
// character (the text is matched without them; see matchTerms).
const CHAR_CLASS = new Uint8Array(65536);
// Per code unit: the lowercase letter without diacritics (NFD base), for letters.
const CHAR_FOLD = new Uint16Array(65536);
const IS_WORD_CHAR = /[\p{L}\p{N}]/u;
const IS_MARK = /\p{M}/u;
const astralWordChars = new Map<number, number>();

function classify(c: number): number {
  let k = CHAR_CLASS[c]!;
  if (k !== 0) return k;
  if (c >= 0xd800 && c <= 0xdfff) k = 4;
  else {
    const ch = String.fromCharCode(c);
    if (IS_MARK.test(ch)) k = 2;
    else if (IS_WORD_CHAR.test(ch)) {
      k = 1;
      const nfd = ch.normalize('NFD');
      let base = c;
      if (nfd.length > 1 && !IS_MARK.test(nfd[0]!) && IS_MARK.test(nfd.slice(1))) {
        // Only when everything after the base is a mark (é = e + ´), as foldDiacritics does.
        let allMarks = true;
        for (let i = 1; i < nfd.length; i++) if (!IS_MARK.test(nfd[i]!)) allMarks = false;
        if (allMarks) base = nfd.charCodeAt(0);
      }
      CHAR_FOLD[c] = base;
    } else k = 3;
  }
  CHAR_CLASS[c] = k;
  return k;
}

/** Class of a surrogate pair: 5 letter or digit, 6 combining mark (folded away), 3 not in a word. */
function astralClass(hi: number, lo: number): number {
  if (hi > 0xdbff || lo < 0xdc00 || lo > 0xdfff) return 3; // A lone surrogate is not a letter.
  const cp = ((hi - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
  let known = astralWordChars.get(cp);
  if (known === undefined) {
    const ch = String.fromCodePoint(cp);
    known = IS_MARK.test(ch) ? 6 : IS_WORD_CHAR.test(ch) ? 5 : 3;
    astralWordChars.set(cp, known);
  }
  return known;
}

for (let c = 0; c < 128; c++) {
  const isWord = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  CHAR_CLASS[c] = isWord ? 1 : 3;
  CHAR_FOLD[c] = c >= 65 && c <= 90 ? c + 32 : c;
}
const INVISIBLE = 7;
for (const c of INVISIBLE_CODES) CHAR_CLASS[c] = INVISIBLE;

/**
 * Every non-overlapping occurrence of a dictionary term in `text`, left to
 * right; where matches overlap, the longest (most words) wins.
 */
export function matchTerms(text: string, matcher: TermMatcher): TermMatch[] {
  if (!matcher.root.children || text.length === 0) return [];
  // Lowercase the whole text once; a few characters change length when lowercased (İ),
  // and offsets must stay those of `text`: such texts take the simple path.
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return matchTermsSimple(text, matcher);
  const n = scanWords(lower);
  // Found while scanning, so texts without them (nearly all) pay nothing for the check.
  if (n < 0) return matchWithoutInvisibles(text, matcher, matchTerms);
  const { firstWordFilter, lowercaseFirstWordFilter, filterMask } = matcher;
  const keyAt = (k: number) => foldedKey(lower, tokenStarts[k]!, tokenEnds[k]!);
  return walkTrie({
    text,
    matcher,
    count: n,
    starts: tokenStarts,
    ends: tokenEnds,
    keyAt,
    mayStart: (k) => {
      const h = tokenHashes[k]! & filterMask;
      // A name whose first word has a capital cannot start at a lowercase word.
      const filter = startsLowercase(text.charCodeAt(tokenStarts[k]!))
        ? lowercaseFirstWordFilter
        : firstWordFilter;
      return (filter[h >>> 5]! & (1 << (h & 31))) !== 0;
    },
    familyHashAt: (k) => familyHashAt(lower, tokenStarts[k]!, tokenEnds[k]!, tokenHashes[k]!),
  });
}

/**
 * The same matches by a plain regular-expression tokeniser: the reference the
 * fast path is tested against, and the path for texts whose lowercase form
 * has a different length.
 */
export function matchTermsSimple(text: string, matcher: TermMatcher): TermMatch[] {
  if (!matcher.root.children || text.length === 0) return [];
  if (hasInvisibles(text)) return matchWithoutInvisibles(text, matcher, matchTermsSimple);
  const starts: number[] = [];
  const ends: number[] = [];
  const keys: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    keys.push(wordKey(m[0]));
  }
  return walkTrie({
    text,
    matcher,
    count: keys.length,
    starts,
    ends,
    keyAt: (k) => keys[k]!,
    mayStart: () => true,
    familyHashAt: (k) => hashKey(familyKey(keys[k]!)),
  });
}

/**
 * Matches the text with its invisible format characters taken out, then maps
 * the offsets back: every rule (case, joiners, dotted acronyms, families) sees
 * the letters a reader sees, and each match covers the whole written name.
 */
function matchWithoutInvisibles(
  text: string,
  matcher: TermMatcher,
  match: (text: string, matcher: TermMatcher) => TermMatch[],
): TermMatch[] {
  const visible = stripInvisibles(text);
  return mapSpansToOriginal(match(visible.text, matcher), visible.removed);
}

// Reused across calls: a page is matched flow by flow, and these would otherwise be reallocated each time.
const tokenStarts: number[] = [];
const tokenEnds: number[] = [];
const tokenHashes: number[] = [];
const keyBuffer: number[] = [];

/**
 * Finds the words of a lowercased text with a hash of each word's folded form.
 * Returns the count, or -1 as soon as it meets an invisible format character.
 */
function scanWords(lower: string): number {
  const len = lower.length;
  let n = 0;
  let i = 0;
  while (i < len) {
    let c = lower.charCodeAt(i);
    let k = c < 128 ? CHAR_CLASS[c]! : classify(c);
    if (k === 4) k = i + 1 < len ? astralClass(c, lower.charCodeAt(i + 1)) : 3;
    if (k === 3) {
      i += 1;
      continue;
    }
    if (k === INVISIBLE) return -1;
    const start = i;
    let h = FNV_OFFSET;
    for (;;) {
      if (k === 1) {
        h = Math.imul(h ^ CHAR_FOLD[c]!, FNV_PRIME);
        i += 1;
      } else if (k === 2) {
        i += 1;
      } else if (k === 5) {
        h = Math.imul(h ^ c, FNV_PRIME);
        h = Math.imul(h ^ lower.charCodeAt(i + 1), FNV_PRIME);
        i += 2;
      } else if (k === 6) {
        i += 2;
      } else break;
      if (i >= len) break;
      c = lower.charCodeAt(i);
      k = c < 128 ? CHAR_CLASS[c]! : classify(c);
      if (k === 4) k = i + 1 < len ? astralClass(c, lower.charCodeAt(i + 1)) : 3;
    }
    tokenStarts[n] = start;
    tokenEnds[n] = i;
    tokenHashes[n] = h >>> 0;
    n += 1;
    if (k === 3) i += 1;
  }
  return n;
}

const familyBuffer: number[] = [];

/**
 * `hashKey(familyKey(key))` of a word, without making a string: most
 * capitalised page words are rejected here. -1 for a word with characters
 * outside the Basic Multilingual Plane (no family is looked up for it).
 */
function familyHashAt(lower: string, start: number, end: number, plainHash: number): number {
  // Most words have nothing to fold: their family key is their key, whose hash scanWords made.
  if (!needsFolding(lower, start, end)) return plainHash;
  familyBuffer.length = 0;
  for (let i = start; i < end; i++) {
    const c = lower.charCodeAt(i);
    const k = c < 128 ? 1 : classify(c);
    if (k === 1) familyBuffer.push(CHAR_FOLD[c]!);
    else if (k !== 2) return -1;
  }
  const n = foldFamilyCodes(familyBuffer, familyBuffer.length);
  let h = FNV_OFFSET;
  for (let x = 0; x < n; x++) h = Math.imul(h ^ familyBuffer[x]!, FNV_PRIME);
  return h >>> 0;
}

/** True unless the ASCII word is certainly its own family key (no letter a fold rule rewrites). */
function needsFolding(lower: string, start: number, end: number): boolean {
  let prev = -1;
  for (let i = start; i < end; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 128 || c === 113 /* q */ || c === 119 /* w */ || c === 121 /* y */ || c === prev)
      return true;
    if (c === 104 /* h */ && (prev === 107 || prev === 103 || prev === 122)) return true; // kh gh zh
    if ((c === 106 && prev === 100) || (c === 107 && prev === 99)) return true; // dj ck
    if (c === 105 /* i */ && isVowelCode(prev) && isVowelCode(lower.charCodeAt(i + 1))) return true;
    if (i === start && c === 105 && lower.charCodeAt(i + 1) === 101) return true; // a leading ie
    prev = c;
  }
  return false;
}

function isVowelCode(c: number): boolean {
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117;
}

/** The trie key of a word: its lowercase letters without diacritics (as `wordKey`). */
function foldedKey(lower: string, start: number, end: number): string {
  keyBuffer.length = 0;
  for (let i = start; i < end; i++) {
    const c = lower.charCodeAt(i);
    const k = c < 128 ? 1 : classify(c);
    if (k === 1) keyBuffer.push(CHAR_FOLD[c]!);
    else if (k === 4 && i + 1 < end) {
      const lo = lower.charCodeAt(i + 1);
      if (astralClass(c, lo) === 5) keyBuffer.push(c, lo);
      i += 1;
    }
  }
  return String.fromCharCode.apply(null, keyBuffer);
}

interface Walk {
  text: string;
  matcher: TermMatcher;
  count: number;
  starts: readonly number[];
  ends: readonly number[];
  keyAt: (k: number) => string;
  mayStart: (k: number) => boolean;
  /** Hash of token k's spelling-family key (as `hashKey(familyKey(keyAt(k)))`), -1 if it has none. */
  familyHashAt: (k: number) => number;
}

/** A match found from token `first` to token `last`. */
interface Found {
  last: number;
  candidate: Candidate;
  /** UTF-16 end offset, when it is not the end of token `last` (`U.S.` takes its dot). */
  end?: number;
}

function walkTrie(w: Walk): TermMatch[] {
  const { count: n, starts, ends } = w;
  const hasFamilies = w.matcher.familyRoot.children !== undefined;
  const out: TermMatch[] = [];
  let i = 0;
  while (i < n) {
    let found = w.mayStart(i) ? longestFrom(w, i, w.matcher.root, w.keyAt) : null;
    let bySpelling = false;
    // Checked inline first: these run for nearly every word of a page.
    const length = ends[i]! - starts[i]!;
    if (!found && length === 1) found = dottedAcronymAt(w, i);
    if (!found && hasFamilies && length >= 4 && mayFoldToFamily(w, starts[i]!, length)) {
      const h = w.familyHashAt(i);
      const { familyFilter, filterMask } = w.matcher;
      if (h >= 0 && (familyFilter[(h & filterMask) >>> 5]! & (1 << (h & filterMask & 31))) !== 0) {
        found = longestFrom(w, i, w.matcher.familyRoot, (k) => familyKey(w.keyAt(k)));
        bySpelling = found !== null;
      }
    }
    if (!found) {
      i += 1;
      continue;
    }
    const match: TermMatch = {
      start: starts[i]!,
      end: found.end ?? ends[found.last]!,
      termId: found.candidate.termId,
    };
    if (found.candidate.condition) match.condition = found.candidate.condition;
    if (bySpelling) match.bySpelling = true;
    out.push(match);
    i = found.last + 1;
  }
  return out;
}

/** The longest accepted variant in `root` starting at token `i`, keys read by `keyOf`. */
function longestFrom(
  w: Walk,
  i: number,
  root: TrieNode,
  keyOf: (k: number) => string,
): Found | null {
  const { text, count: n, starts, ends } = w;
  let node = root.children!.get(keyOf(i));
  if (!node) return null;
  let best: Found | null = null;
  let j = i;
  for (;;) {
    if (node.candidates) {
      const candidate = acceptedCandidate(node.candidates, text, starts, ends, i);
      if (candidate) best = { last: j, candidate };
    }
    const next = j + 1;
    if (next >= n || !node.children) break;
    if (!JOINER.test(text.slice(ends[j], starts[next]))) break;
    const child: TrieNode | undefined = node.children.get(keyOf(next));
    if (!child) break;
    node = child;
    j = next;
  }
  return best;
}

/** `U.S.`, `U.N.`: capital letters each followed by a dot read as the acronym `US`, `UN`. */
function dottedAcronymAt(w: Walk, i: number): Found | null {
  const { text, count: n, starts, ends } = w;
  let letters = '';
  let j = i;
  while (
    j < n &&
    ends[j]! - starts[j]! === 1 &&
    isUpperAt(text, starts[j]!) &&
    text[ends[j]!] === '.' &&
    (j === i || starts[j]! === ends[j - 1]! + 1)
  ) {
    letters += text[starts[j]!]!;
    j += 1;
  }
  // `U.S` without the last dot (`U.S-led`) is the same acronym.
  if (
    j < n &&
    j > i &&
    starts[j]! === ends[j - 1]! + 1 &&
    ends[j]! - starts[j]! === 1 &&
    isUpperAt(text, starts[j]!)
  ) {
    letters += text[starts[j]!]!;
    j += 1;
  }
  if (letters.length < 2) return null;
  const candidates = w.matcher.root.children!.get(letters.toLowerCase())?.candidates;
  const candidate = candidates?.find(
    (c) => c.words.length === 1 && c.rules[0] === CaseRule.Exact && c.words[0] === letters,
  );
  if (!candidate) return null;
  const last = j - 1;
  const end = text[ends[last]!] === '.' ? ends[last]! + 1 : ends[last]!;
  return { last, candidate, end };
}

/** A capitalised word whose first letter and length fit a family key's first word (non-ASCII: maybe). */
function mayFoldToFamily(w: Walk, start: number, length: number): boolean {
  const c = w.text.charCodeAt(start);
  if (c >= 128) return UPPER.test(w.text[start]!);
  if (c < 65 || c > 90) return false;
  return (
    w.matcher.familyShapes[(c + 32) * SHAPE_LENGTHS + Math.min(length, SHAPE_LENGTHS - 1)] === 1
  );
}

/** `UPPER.test(text[at])`, without the regular expression for ASCII (the common case). */
function isUpperAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(text[at]!);
}

function acceptedCandidate(
  candidates: Candidate[],
  text: string,
  starts: readonly number[],
  ends: readonly number[],
  first: number,
): Candidate | null {
  for (const c of candidates) {
    let ok = true;
    for (let k = 0; k < c.rules.length && ok; k++) {
      const rule = c.rules[k]!;
      if (rule === CaseRule.Any) continue;
      ok = passesCase(rule, c.words[k]!, text.slice(starts[first + k], ends[first + k]));
    }
    if (ok) return c;
  }
  return null;
}
