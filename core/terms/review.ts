/**
 * What `npm run terms:review` shows a curator: every compiled term with the
 * evidence for it (how many passages and sources, a few sentences that
 * mention it, a confidence score), weakest first, and pairs of terms that are
 * probably one thing. Pure: it reads a compile result and the curated file.
 *
 * Everything here is computed from the compiled terms and the passages, not
 * from the extractor's internals, so it stays true whatever the extractor
 * does inside.
 */
import type { Article, Term, TermKind } from '../types';
import { acronymFits, isAcronym } from './candidates';
import type { CuratedTerms } from './curated';
import { isEnglishWord, isGazetteerPlace } from './lexicon';
import { compileMatcher, matchTerms, splitWords } from './match-terms';
import { foldKey, phoneticKey } from './merge-keys';
import { CONNECTORS } from './word-lists';

export interface ReviewInput {
  /** Articles with their passages, as `compileCorpus` returns them. */
  articles: Article[];
  terms: Term[];
  curated: CuratedTerms;
}

/** A sentence that mentions the term; `start`/`end` mark the mention in `text`. */
export interface ReviewContext {
  file: string;
  text: string;
  start: number;
  end: number;
}

export interface ReviewItem {
  id: string;
  name: string;
  kind: TermKind;
  variants: string[];
  /** 0..1, see `termConfidence`; a ranking for review, not a calibrated probability. */
  confidence: number;
  /** The evidence behind `confidence`, in words: `1 source`, `single word`, ... */
  reasons: string[];
  passages: number;
  /** Seed files that mention it. */
  sources: string[];
  contexts: ReviewContext[];
  /** Listed in `accepted` (by any of its names). */
  isAccepted: boolean;
  /** Already decided in the curated file: an alias names it, or a kind fix is keyed by one of its names. */
  curatedBy: 'alias' | 'kind' | null;
}

export interface MergeProposal {
  /** The name to keep: `merge "keep" "merge"` makes it the canonical name. */
  keep: string;
  merge: string;
  reason: string;
}

export const MAX_CONTEXTS = 3;
const CONTEXT_CHARS = 160;

/**
 * Confidence that a term is a real name, from evidence anyone can check in
 * the review list (a heuristic to order the review, not a probability):
 *
 *   0.3 base
 *   + 0.2 when two or more source files mention it, + 0.1 more for three or more
 *   + 0.2 when it is in three or more passages
 *   + 0.2 when it is shaped like a name: several words, or an acronym
 *   + 0.2 when a gazetteer lists it (a country, or a town of 10,000 people or more)
 *   - 0.3 when it is one ordinary English word (`Constitution`, `Reading`)
 *   - 0.1 when every word of a longer name is an ordinary English word (`Security Council`)
 *
 * clamped to 0..1. A lone word from one source that an English dictionary
 * lists scores 0 (0.2 if it is also a town: `Reading`); a multi-word name in
 * three sources and three or more passages scores 1.
 *
 * @example termConfidence({ name: 'Reading', passages: 1, sources: 1 }).confidence // 0
 */
export function termConfidence(evidence: { name: string; passages: number; sources: number }): {
  confidence: number;
  reasons: string[];
} {
  const { name, passages, sources } = evidence;
  const words = splitWords(name).map((w) => w.word);
  const content = words.filter((w) => !CONNECTORS.has(w.toLowerCase()));
  const acronym = words.length === 1 && isAcronym(name);
  const ordinary =
    !acronym && content.length > 0 && content.every((w) => isEnglishWord(w.toLowerCase()));
  const reasons = [
    `${sources} source${sources === 1 ? '' : 's'}`,
    `${passages} passage${passages === 1 ? '' : 's'}`,
  ];
  let score = 0.3;
  if (sources >= 2) score += 0.2;
  if (sources >= 3) score += 0.1;
  if (passages >= 3) score += 0.2;
  if (acronym) reasons.push('acronym');
  else if (words.length === 1) reasons.push('single word');
  if (acronym || words.length > 1) score += 0.2;
  if (!acronym && isGazetteerPlace(name.toLowerCase().replace(/[’‘]/gu, "'"))) {
    score += 0.2;
    reasons.push('in a gazetteer');
  }
  if (ordinary && words.length === 1) {
    score -= 0.3;
    reasons.push('an ordinary English word');
  } else if (ordinary) {
    score -= 0.1;
    reasons.push('ordinary English words');
  }
  return { confidence: Math.round(Math.min(1, Math.max(0, score)) * 100) / 100, reasons };
}

/**
 * Every term with its evidence, lowest confidence first (then by name).
 *
 * @example reviewTerms({ articles, terms, curated })[0]
 * // { name: 'Constitution', confidence: 0, reasons: ['1 source', '1 passage', 'single word', ...], ... }
 */
export function reviewTerms(input: ReviewInput): ReviewItem[] {
  const { articles, terms, curated } = input;
  const fileOfPassage = new Map<string, string>();
  const passageById = new Map<string, { text: string; file: string }>();
  for (const a of articles)
    for (const p of a.passages) {
      fileOfPassage.set(p.id, a.file);
      passageById.set(p.id, { text: p.text, file: a.file });
    }
  const matcher = compileMatcher(terms);
  const accepted = new Set((curated.accepted ?? []).map(foldKey));
  const aliasForms = new Set(
    curated.aliases.flatMap((a) => [a.name, ...(a.variants ?? [])]).map(foldKey),
  );
  const kindForms = new Set(Object.keys(curated.kinds ?? {}).map(foldKey));

  const items = terms.map((t): ReviewItem => {
    const sources = [...new Set(t.passageIds.map((id) => fileOfPassage.get(id) ?? '?'))];
    const { confidence, reasons } = termConfidence({
      name: t.name,
      passages: t.passageIds.length,
      sources: sources.length,
    });
    const forms = [t.name, ...t.variants].map(foldKey);
    return {
      id: t.id,
      name: t.name,
      kind: t.kind,
      variants: t.variants,
      confidence,
      reasons,
      passages: t.passageIds.length,
      sources,
      contexts: contextsOf(t, passageById, matcher),
      isAccepted: forms.some((f) => accepted.has(f)),
      curatedBy: forms.some((f) => aliasForms.has(f))
        ? 'alias'
        : forms.some((f) => kindForms.has(f))
          ? 'kind'
          : null,
    };
  });
  return items.sort((a, b) => a.confidence - b.confidence || compareText(a.name, b.name));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Up to three sentences that mention the term, from as many different sources as there are. */
function contextsOf(
  term: Term,
  passageById: Map<string, { text: string; file: string }>,
  matcher: ReturnType<typeof compileMatcher>,
): ReviewContext[] {
  const seenFiles = new Set<string>();
  const firstPerFile: string[] = [];
  const rest: string[] = [];
  for (const id of term.passageIds) {
    const file = passageById.get(id)?.file;
    if (file !== undefined && !seenFiles.has(file)) {
      seenFiles.add(file);
      firstPerFile.push(id);
    } else rest.push(id);
  }
  const out: ReviewContext[] = [];
  for (const id of [...firstPerFile, ...rest]) {
    if (out.length >= MAX_CONTEXTS) break;
    const passage = passageById.get(id);
    if (!passage) continue;
    const match = matchTerms(passage.text, matcher).find((m) => m.termId === term.id);
    if (!match) continue;
    out.push({ file: passage.file, ...sentenceAround(passage.text, match.start, match.end) });
  }
  return out;
}

/** Words before a full stop that do not end a sentence. */
const NOT_SENTENCE_END =
  /(?:^|[\s(])(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Col|Lt|Sgt|Gov|Sen|Rep|No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/u;

/**
 * The sentence around `[start, end)`, cut to about 160 characters around the
 * mention at word boundaries (`…` marks a cut). Offsets are returned relative
 * to the returned text.
 *
 * @example sentenceAround('One. Two Tokayev three. Four.', 9, 16)
 * // { text: 'Two Tokayev three.', start: 4, end: 11 }
 */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
  maxChars = CONTEXT_CHARS,
): { text: string; start: number; end: number } {
  let from = 0;
  for (const m of text.slice(0, start).matchAll(/[.!?…]["”’)\]]*\s+/gu)) {
    const before = text.slice(Math.max(0, (m.index ?? 0) - 6), m.index);
    if (m[0].startsWith('.') && NOT_SENTENCE_END.test(before)) continue;
    from = (m.index ?? 0) + m[0].length;
  }
  let to = text.length;
  for (const m of text.slice(end).matchAll(/[.!?…]["”’)\]]*(?=\s|$)/gu)) {
    const at = end + (m.index ?? 0);
    const before = text.slice(Math.max(0, at - 6), at);
    if (m[0].startsWith('.') && NOT_SENTENCE_END.test(before)) continue;
    to = at + m[0].length;
    break;
  }
  let prefix = '';
  let suffix = '';
  if (to - from > maxChars) {
    const room = Math.max(0, maxChars - (end - start));
    let left = Math.max(from, start - Math.floor(room / 2));
    let right = Math.min(to, end + (room - (start - left)));
    left = Math.max(from, right - maxChars < left ? left : right - maxChars);
    // Snap to word boundaries so no word is cut in half.
    if (left > from) {
      const space = text.indexOf(' ', left);
      left = space >= 0 && space < start ? space + 1 : left;
      prefix = '…';
    }
    if (right < to) {
      const space = text.lastIndexOf(' ', right);
      right = space > end ? space : right;
      suffix = '…';
    }
    from = left;
    to = right;
  }
  const body = text.slice(from, to).trimEnd();
  return {
    text: prefix + body + suffix,
    start: prefix.length + start - from,
    end: prefix.length + end - from,
  };
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
 * - an acronym term whose letters fit a longer name that is not a person, in
 *   a source that mentions both (OIC / Organisation of Islamic Cooperation);
 * - a person named by the first or last words of exactly one other person's
 *   name (Jinping / Xi Jinping); several fits are ambiguous and not proposed.
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
  const propose = (keep: Shape, other: Shape, reason: string): void => {
    if (keep === other || (keep.isReviewed && other.isReviewed)) return;
    if (sharesOnlySurname(keep, other)) return;
    const pair = [keep.term.id, other.term.id].sort().join('\u0000');
    if (seen.has(pair)) return;
    seen.add(pair);
    out.push({ keep: keep.term.name, merge: other.term.name, reason });
  };

  // Spelled alike: the same phonetic key for some variant of each.
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

  // Acronyms whose letters fit a longer name mentioned in the same source.
  for (const acr of shapes) {
    if (!isAcronym(acr.term.name) || acr.term.kind === 'person') continue;
    for (const long of shapes) {
      if (long === acr || long.term.kind === 'person') continue;
      const words = splitWords(long.term.name).map((w) => w.word);
      if (words.filter((w) => !CONNECTORS.has(w.toLowerCase())).length < 2) continue;
      if (![...acr.sources].some((f) => long.sources.has(f))) continue;
      if (acronymFits(acr.term.name, words))
        propose(long, acr, `${acr.term.name} fits the initials of ${long.term.name}`);
    }
  }

  // A person named by the first or last words of one other person's name.
  const people = shapes.filter((s) => s.term.kind === 'person');
  for (const short of people) {
    const fits = people.filter(
      (long) =>
        long.words.length > short.words.length &&
        (startsWith(long.words, short.words) || endsWith(long.words, short.words)),
    );
    if (fits.length === 1)
      propose(fits[0]!, short, `${short.term.name} is part of the name ${fits[0]!.term.name}`);
  }
  return out;
}

/** More passages first, then the longer name: the better canonical name of a pair. */
function byEvidence(a: Shape, b: Shape): number {
  return (
    b.term.passageIds.length - a.term.passageIds.length ||
    b.term.name.length - a.term.name.length ||
    compareText(a.term.name, b.term.name)
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
