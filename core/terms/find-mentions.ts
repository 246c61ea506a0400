/**
 * Steps 1-2 of the extractor, for one source: how the source writes each word
 * (case evidence), the capitalised runs it contains, and the runs split where
 * they join several names.
 */
import { type Passage } from '../types';
import { isHeadWord, keyOfTokens } from './candidate';
import { type Mention, type Tok, findRuns } from './candidates';
import { classifyWord, isDemonym, isEnglishWord } from './lexicon';
import { isPortfolioRole, isRoleWord } from './roles';
import {
  BOILERPLATE,
  CONNECTORS,
  EVENT_LEADS,
  MONTHS,
  STOP_WORDS,
  WEEKDAYS,
  COMPANY_DESIGNATORS,
  ORGANISATION_HEADS,
  ORGANISATION_LEADS,
} from './word-lists';

/** A passage that reads as a heading or caption: short, no closing punctuation. */
function isHeading(text: string, toks: Tok[]): boolean {
  if (toks.length > 12 || /[.!?…"”’:)\]]\s*$/u.test(text)) return false;
  const words = toks.filter((t) => !CONNECTORS.has(t.key) && !/^\p{N}/u.test(t.raw));
  return words.filter((t) => t.isCap).length >= 0.6 * words.length;
}

/** `Reportedly`, `Officially`: sentence adverbs that open a sentence with a capital. */
function isSentenceAdverb(key: string): boolean {
  if (!key.endsWith('ly') || key.length < 6) return false;
  const c = classifyWord(key);
  return c === 'unknown' || c === 'common';
}

/** How a source writes each word: evidence that it is a common word or a name. */
export interface CaseEvidence {
  /** Times each word is written in lower case. */
  lower: Map<string, number>;
  /** Times each word is written capitalised, not at a sentence start. */
  capMid: Map<string, number>;
  /** A common word here: a stop word, written in lower case often enough, or common in the lexicon. */
  isCommon: (key: string) => boolean;
}

/**
 * Step 1: counts how the source writes each word. Tokens inside URLs and
 * e-mail addresses do not count.
 */
export function countCaseEvidence(passages: Passage[], tokenized: Tok[][]): CaseEvidence {
  const lower = new Map<string, number>();
  const capMid = new Map<string, number>();
  passages.forEach((p, pi) => {
    const toks = tokenized[pi]!;
    toks.forEach((t, i) => {
      const prevGap = i > 0 ? p.text.slice(toks[i - 1]!.end, t.start) : ' ';
      const nextGap = p.text.slice(t.end, t.end + 1);
      if (/^[.@/]$/u.test(prevGap) || /^[@/]$/u.test(nextGap)) return;
      if (t.isLower) lower.set(t.key, (lower.get(t.key) ?? 0) + 1);
      else if (t.isCap && !t.sentenceStart) capMid.set(t.key, (capMid.get(t.key) ?? 0) + 1);
    });
  });
  const lexCommon = new Map<string, boolean>();
  const isCommon = (key: string): boolean => {
    if (STOP_WORDS.has(key) || BOILERPLATE.has(key) || MONTHS.has(key) || WEEKDAYS.has(key))
      return true;
    const lo = lower.get(key) ?? 0;
    if (lo > 0 && lo * 4 >= (capMid.get(key) ?? 0)) return true;
    let c = lexCommon.get(key);
    if (c === undefined) {
      c = classifyWord(key) === 'common';
      lexCommon.set(key, c);
    }
    return c;
  };
  return { lower, capMid, isCommon };
}

/**
 * Step 2: capitalised runs outside headings, with a common word or sentence
 * adverb that only opens the sentence dropped (`Officials in Almaty` ->
 * `Almaty`).
 */
/**
 * Longer capitalised runs are headlines, lists or shouting, not one name: the longest real
 * names run to about eight words ("Organization for Security and Co-operation in Europe").
 * Without a bound, a source that is one long capitalised run became a single term of
 * thousands of words (#16: 8,000 words overflowed the matcher's trie builder).
 */
export const MAX_NAME_WORDS = 12;

export function collectMentions(
  passages: Passage[],
  tokenized: Tok[][],
  evidence: CaseEvidence,
): Mention[] {
  const mentions: Mention[] = [];
  passages.forEach((p, pi) => {
    const toks = tokenized[pi]!;
    if (isHeading(p.text, toks)) return;
    for (const run of findRuns(p.text, toks, evidence.isCommon, isHeadWord)) {
      const m = dropLeadingDemonym(dropSentenceOpeners(run, p.text, evidence), p.text);
      if (
        m.tokens.length > 0 &&
        m.tokens.length <= MAX_NAME_WORDS &&
        !isCredit(m) &&
        !isPortfolio(m, evidence.isCommon)
      )
        mentions.push(m);
    }
  });
  return mentions;
}

/**
 * `Soviet Luna 24`, `Russian Vladimir Putin`: a demonym before a name says
 * whose it is; it is part of the name only when the name ends in a head word
 * (`Soviet Union`, `British Airways`, `Irish Times`).
 */
function dropLeadingDemonym(m: Mention, text: string): Mention {
  const [first, ...rest] = m.tokens;
  if (!first || rest.length === 0 || first.isAcronym || !isDemonym(first.key)) return m;
  const last = rest[rest.length - 1]!;
  if (isHeadWord(last.key) || COMPANY_DESIGNATORS.has(last.key) || !rest[0]!.isCap) return m;
  if (rest.some((t) => CONNECTORS.has(t.key) || isDemonym(t.key))) return m;
  return {
    ...m,
    tokens: rest,
    surface: text.slice(rest[0]!.start, last.end),
    atSentenceStart: false,
    before: first.key,
  };
}

/**
 * `Photo by Picture Alliance.`, `GETTY IMAGES`, `(Photo: AFP)`: who took a
 * picture is page furniture, not something the article is about.
 */
function isCredit(m: Mention): boolean {
  const start = m.tokens[0]!.start;
  const end = m.tokens[m.tokens.length - 1]!.end;
  const before = m.text.slice(Math.max(0, start - 24), start);
  if (/\b(?:photo(?:graph)?s?|images?|pictures?|credits?|video)(?: by|:)\s*$/iu.test(before))
    return true;
  // `Rep. Mark Green, R-Tenn.`: a party and state, not a name.
  if (/^[RDI]-\p{Lu}/u.test(m.surface) && /,\s*$/u.test(before)) return true;
  // `... the bill [AFP]`: a wire credit in brackets.
  if (before.endsWith('[') && m.text[end] === ']') return true;
  return (
    /^(?:images|photos?|pictures)$/iu.test(m.tokens[m.tokens.length - 1]!.raw) &&
    /^\s*(?:[.)/]|$)/u.test(m.text.slice(end, end + 2))
  );
}

/** `Finance Chair Kuria Kimani`, `Health Minister`: a common word before an office is its portfolio. */
function isPortfolio(m: Mention, isCommon: (key: string) => boolean): boolean {
  const only = m.tokens.length === 1 ? m.tokens[0]! : null;
  if (only && !only.isAcronym && isCommon(only.key) && isPortfolioRole(m.after)) return true;
  // `Cabinet Secretary for Foreign and Diaspora Affairs`: the run after `<role> for|of`.
  const roleBefore = /\b([\p{L}]+) (?:of|for) (?:the )?$/u.exec(
    m.text.slice(Math.max(0, m.tokens[0]!.start - 40), m.tokens[0]!.start),
  );
  return (
    !!roleBefore &&
    isPortfolioRole(roleBefore[1]!.toLowerCase()) &&
    m.tokens.every(
      (t) =>
        t.key === 'and' ||
        (!t.isAcronym && (isCommon(t.key) || isEnglishWord(t.key)) && !isHeadWord(t.key)),
    )
  );
}

function dropSentenceOpeners(run: Mention, text: string, evidence: CaseEvidence): Mention {
  let m = run;
  while (m.tokens.length > 0 && isDroppedOpener(m, evidence)) {
    let rest = m.tokens.slice(1);
    while (rest.length > 0 && !rest[0]!.isCap && !rest[0]!.isAcronym) rest = rest.slice(1);
    if (rest.length === 0) return { ...m, tokens: [] };
    m = {
      text: m.text,
      tokens: rest,
      surface: text.slice(rest[0]!.start, rest[rest.length - 1]!.end),
      atSentenceStart: false,
      before: m.tokens[0]!.key,
      after: m.after,
    };
  }
  return m;
}

function isDroppedOpener(m: Mention, evidence: CaseEvidence): boolean {
  const { isCommon } = evidence;
  const first = m.tokens[0]!;
  if (isTitleThe(m, evidence)) return false;
  if (STOP_WORDS.has(first.key)) return true;
  if (!m.atSentenceStart) return false;
  if (isSentenceAdverb(first.key)) return true;
  if (first.isAcronym || !isCommon(first.key)) return false;
  // `Human Rights Watch said`: a name that ends in a head word keeps its first word.
  if (m.tokens.length >= 2 && EVENT_LEADS.has(first.key)) return false;
  if (readsAsPersonOpening(m, evidence)) return false;
  // `Amnesty International has ...`, `Interior Ministry said`: a body's name.
  const last = m.tokens[m.tokens.length - 1]!.key;
  if (m.tokens.length === 2 && (ORGANISATION_HEADS.has(last) || COMPANY_DESIGNATORS.has(last)))
    return false;
  return !(
    m.tokens.length >= 3 &&
    isHeadWord(m.tokens[m.tokens.length - 1]!.key) &&
    !m.tokens.some((t) => CONNECTORS.has(t.key))
  );
}

/**
 * `BBC and The Guardian`: a capital `The` mid-sentence belongs to a title,
 * when the source never writes the words after it in lower case (unlike
 * `... said: The Government`).
 */
function isTitleThe(m: Mention, evidence: CaseEvidence): boolean {
  const [first, ...rest] = m.tokens;
  return (
    first!.raw === 'The' &&
    !m.atSentenceStart &&
    // `The New York Times` is found without `The` (and then matches pages that drop it).
    rest.length === 1 &&
    rest.every((t) => t.isCap && !t.isAcronym && (evidence.lower.get(t.key) ?? 0) === 0)
  );
}

/**
 * `Tamer Ramadan, the chairman of ...`, `Rose Baker said`: a first name that is
 * also a common word opens the sentence, but the source never writes it in
 * lower case and the run reads as a person (a role in apposition, or speech).
 */
function readsAsPersonOpening(m: Mention, evidence: CaseEvidence): boolean {
  if (m.tokens.length !== 2) return false;
  const [first, second] = m.tokens as [Tok, Tok];
  if ((evidence.lower.get(first.key) ?? 0) > 0 || evidence.isCommon(second.key)) return false;
  if (second.sep !== ' ' || !second.isCap || second.isAcronym) return false;
  if (PERSON_FOLLOWERS.has(m.after)) return true;
  const apposition = /^, (?:the |a |an )?((?:[\p{L}-]+ ){0,2}[\p{L}-]+)/u.exec(
    m.text.slice(second.end, second.end + 60),
  );
  return !!apposition && apposition[1]!.toLowerCase().split(' ').some(isRoleWord);
}

const PERSON_FOLLOWERS = new Set(['said', 'says', 'told', 'added', 'wrote']);

/**
 * Step 2b: splits runs that hold several names: juxtaposed names where every
 * part also occurs on its own (`Kazakhstan Kassym-Jomart Tokayev`), lists
 * joined by `and`, and `X of the Y` where Y occurs on its own. Two passes:
 * names found by splitting in the first (`Collective Security Council` out of
 * `... Council of the Collective Security Treaty Organization`) count as
 * standalone evidence in the second.
 */
export function splitJoinedNames(
  rawMentions: Mention[],
  isCommon: (key: string) => boolean,
): Mention[] {
  const standalone = new Set(rawMentions.map((m) => keyOfTokens(m.tokens)));
  const isKnownPart = (toks: Tok[]): boolean =>
    standalone.has(keyOfTokens(toks)) ||
    (toks.length === 1 && classifyWord(toks[0]!.key) === 'place');
  const ctx = { standalone, isKnownPart, isCommon };
  const firstPass = rawMentions.flatMap((m) => splitMention(m, ctx));
  for (const m of firstPass) standalone.add(keyOfTokens(m.tokens));
  return rawMentions.flatMap((m) => splitMention(m, ctx));
}

interface SplitContext {
  standalone: Set<string>;
  isKnownPart: (toks: Tok[]) => boolean;
  isCommon: (key: string) => boolean;
}

function splitMention(m: Mention, ctx: SplitContext): Mention[] {
  const cut = findJuxtapositionCut(m.tokens, ctx) ?? findConnectorCut(m.tokens, ctx);
  if (!cut) return [m];
  const { left, right, word } = cut;
  return [
    ...splitMention(sub(m, left, m.text, m.before, word ?? right[0]!.key), ctx),
    ...splitMention(sub(m, right, m.text, word ?? left[left.length - 1]!.key, m.after), ctx),
  ];
}

interface Cut {
  left: Tok[];
  right: Tok[];
  /** The connector cut out (`and`, `of`), if any. */
  word?: string;
}

function findJuxtapositionCut(toks: Tok[], ctx: SplitContext): Cut | null {
  const { isKnownPart, standalone, isCommon } = ctx;
  for (let k = 1; k < toks.length; k++) {
    const sep = toks[k]!.sep;
    if (sep !== ' ' && sep !== '-') continue;
    const left = toks.slice(0, k);
    const right = toks.slice(k);
    if (CONNECTORS.has(right[0]!.key) || CONNECTORS.has(left[left.length - 1]!.key)) continue;
    // `... Human Rights Matteo Mecacci`: a known first name starts a trailing person name.
    const startsPerson =
      right.length >= 2 &&
      right.length <= 3 &&
      classifyWord(right[0]!.key) === 'first-name' &&
      right.every((t) => t.isCap && !CONNECTORS.has(t.key));
    // `Armenia Nikol Pashinyan`: a known place, then a name whose surname occurs alone.
    const personAfterPlace =
      right.length >= 2 &&
      left.length === 1 &&
      !left[0]!.isAcronym &&
      isKnownPart(left) &&
      !isCommon(right[right.length - 1]!.key) &&
      standalone.has(right[right.length - 1]!.key) &&
      right.every((t) => t.isCap);
    // `Jane Doe` where the text also says `Jane` and `Doe`: a first name and a surname, one person.
    const firstAndSurname =
      left.length === 1 &&
      right.length === 1 &&
      classifyWord(left[0]!.key) === 'first-name' &&
      !isKnownPlaceOrBody(right[0]!.key);
    if (
      !firstAndSurname &&
      ((isKnownPart(left) && isKnownPart(right)) || startsPerson || personAfterPlace)
    )
      return { left, right };
  }
  return null;
}

/**
 * Lists joined by `and` are several names (`Tajikistan, Kyrgyzstan and
 * Turkmenistan`), unless the whole reads as one name with a common head
 * (`Belt and Road Initiative`). `X of the Y` is two names when Y occurs on its own.
 */
function findConnectorCut(toks: Tok[], ctx: SplitContext): Cut | null {
  const { isKnownPart, standalone, isCommon } = ctx;
  for (let k = 1; k < toks.length - 1; k++) {
    const key = toks[k]!.key;
    if (key !== 'and' && key !== 'of') continue;
    const left = toks.slice(0, k);
    let right = toks.slice(k + 1);
    if (right[0]?.key === 'the') right = right.slice(1);
    if (right.length === 0) continue;
    let cut: boolean;
    if (key === 'and') {
      const content = toks.filter((t) => !CONNECTORS.has(t.key));
      const head = toks[toks.length - 1]!;
      cut =
        !namesItsRemit(toks) &&
        (content.length < 3 ||
          !(isCommon(head.key) || isHeadWord(head.key)) ||
          (isKnownPart(left) && isKnownPart(right)));
    } else {
      cut =
        (right.length >= 2 && standalone.has(keyOfTokens(right))) ||
        /^\p{N}/u.test(left[left.length - 1]!.raw);
    }
    if (cut) return { left, right, word: key };
  }
  return null;
}

function sub(m: Mention, toks: Tok[], text: string, before: string, after: string): Mention {
  return {
    text,
    tokens: toks,
    surface: text.slice(toks[0]!.start, toks[toks.length - 1]!.end),
    atSentenceStart: m.atSentenceStart && toks[0] === m.tokens[0],
    before,
    after,
  };
}

function isKnownPlaceOrBody(key: string): boolean {
  const c = classifyWord(key);
  return c === 'place' || c === 'organisation';
}

/**
 * `Subcommittee on Cybersecurity and Infrastructure Protection`, `Ministry of
 * Trade and Integration`: a body's head word, a connector, then its remit; the
 * `and` joins two parts of the remit, not two names.
 */
function namesItsRemit(toks: Tok[]): boolean {
  return (
    toks.length >= 4 &&
    (ORGANISATION_HEADS.has(toks[0]!.key) || ORGANISATION_LEADS.has(toks[0]!.key)) &&
    ['of', 'on', 'for'].includes(toks[1]!.key)
  );
}
