/**
 * What `npm run terms:review` shows a curator: every compiled term with the
 * evidence for it (how many passages and sources, a few sentences that
 * mention it, a confidence score), weakest first. Pure: it reads a compile
 * result and the curated file. Merge proposals are in `merge-proposals.ts`,
 * the decisions in `review-decisions.ts`.
 *
 * Everything here is computed from the compiled terms and the passages, not
 * from the extractor's internals, so it stays true whatever the extractor
 * does inside.
 */
import type { Article, Term, TermKind } from '../types';
import { isAcronym } from './candidates';
import type { CuratedTerms } from './curated';
import { isEnglishWord, isGazetteerPlace } from './lexicon';
import { compileMatcher, matchTerms, splitWords } from './match-terms';
import { foldKey } from './merge-keys';
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

export const MAX_CONTEXTS = 3;
const CONTEXT_CHARS = 160;

/**
 * Confidence that a term is a real name, from evidence anyone can check in
 * the review list. A heuristic to order the review, not a probability:
 *
 *   0.5
 *   + 0.2 when two or more passages mention it, + 0.1 more for three or more
 *   + 0.1 when two or more source files mention it
 *   + 0.2 when a gazetteer lists it (a country, or a town of 10,000 people or more)
 *   - 0.1 when every word of it is an ordinary English word (`Constitution`, `National Council`)
 *   - 0.1 for each word past three, at most 0.2 (`Planning Committee of the National Assembly Kimani Kuria`)
 *
 * clamped to 0..1. The weights follow what the 50 hand-labelled evaluation
 * articles (`eval/compiler/`, 403 terms compiled without curation) show: of
 * terms in one passage 20% are not names, in three or more 3%; gazetteer
 * places 3%; names of four words 25%, five or more 50%; ordinary words 17-23%;
 * acronyms (18%) and the number of words below four make no useful difference.
 * Ranked by this score, a real name comes above a wrong one about 72% of the
 * time (chance is 50%), and no term scoring 0.9 or more was wrong (measured
 * when the weights were chosen, and again after the extractor's next changes: 71.5%).
 *
 * @example termConfidence({ name: 'Constitution', passages: 1, sources: 1 }).confidence // 0.4
 */
export function termConfidence(evidence: { name: string; passages: number; sources: number }): {
  confidence: number;
  reasons: string[];
} {
  const { name, passages, sources } = evidence;
  const words = splitWords(name).map((w) => w.word);
  const content = words.filter((w) => !CONNECTORS.has(w.toLowerCase()));
  const isOrdinary =
    !(words.length === 1 && isAcronym(name)) &&
    content.length > 0 &&
    content.every((w) => isEnglishWord(w.toLowerCase()));
  const reasons = [
    `${sources} source${sources === 1 ? '' : 's'}`,
    `${passages} passage${passages === 1 ? '' : 's'}`,
  ];
  let score = 0.5;
  if (passages >= 2) score += 0.2;
  if (passages >= 3) score += 0.1;
  if (sources >= 2) score += 0.1;
  if (isGazetteerPlace(name.toLowerCase().replace(/[’‘]/gu, "'"))) {
    score += 0.2;
    reasons.push('in a gazetteer');
  }
  if (isOrdinary) {
    score -= 0.1;
    reasons.push(words.length === 1 ? 'an ordinary English word' : 'ordinary English words');
  }
  if (words.length > 3) {
    score -= 0.1 * Math.min(2, words.length - 3);
    reasons.push(`${words.length} words`);
  }
  return { confidence: Math.round(Math.min(1, Math.max(0, score)) * 100) / 100, reasons };
}

/**
 * Every term with its evidence, lowest confidence first (then by name).
 *
 * @example reviewTerms({ articles, terms, curated })[0]
 * // { name: 'Constitution', confidence: 0.4, reasons: ['1 source', '1 passage', 'an ordinary English word'], ... }
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
