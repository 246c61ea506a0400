/**
 * Step 3 of the extractor, continued: which candidates are names (not common
 * words, roles, demonyms, dates or codes), and what kind each is.
 */
import { TERM_KINDS, type TermKind } from '../types';
import type { CaseEvidence } from './find-mentions';
import { type Candidate, addVote, dominantKind, isBrandShaped, isHeadWord } from './candidate';
import { type Tok } from './candidates';
import {
  classifyWord,
  isDemonym,
  isEnglishWord,
  isDistinctivePlace,
  isGazetteerPlace,
  isLexiconAdjective,
  isLexiconProper,
} from './lexicon';
import { phoneticKey } from './merge-keys';
import { isRoleWord } from './roles';
import {
  ACRONYM_STOP,
  BOILERPLATE,
  COMPANY_DESIGNATORS,
  CONCEPT_HEADS,
  CONNECTORS,
  EVENT_HEADS,
  EVENT_LEADS,
  MONTHS,
  ORGANISATION_HEADS,
  ORGANISATION_LEADS,
  PERSON_SUFFIX,
  PLACE_HEADS,
  PLACE_LEADS,
  PLACE_SUFFIX,
  STOP_WORDS,
  WEEKDAYS,
} from './word-lists';

/**
 * Step 3e: keeps the candidates that read as names, decides each one's kind,
 * and drops first names that only refer back to a full name.
 */
export function judgeCandidates(
  candidates: Map<string, Candidate>,
  tokenized: Tok[][],
  evidence: CaseEvidence,
): Map<string, Candidate> {
  const ctx: JudgeContext = {
    ...evidence,
    commonPhrases: findLowercasePhrases(candidates, tokenized, evidence.isCommon),
    candidates,
    surnames: findSurnameKeys(candidates, evidence.isCommon),
    pluralAcronyms: findPluralAcronyms(tokenized),
  };
  const accepted = new Map<string, Candidate>();
  for (const c of candidates.values()) {
    if (!acceptCandidate(c, ctx)) continue;
    voteKind(c);
    accepted.set(c.key, c);
  }
  voteFromListMates(accepted);
  dropFirstNameReferences(accepted);
  return accepted;
}

/**
 * `Almaty, Shymkent, Uralsk and Karaganda`: a name with no evidence of its
 * own takes the kind that most of the names listed beside it clearly have.
 */
function voteFromListMates(accepted: Map<string, Candidate>): void {
  const weak = (c: Candidate) => TERM_KINDS.every((k) => c.votes[k] < 1);
  const fromMates: Array<[Candidate, TermKind]> = [];
  for (const c of accepted.values()) {
    if (!c.listMates || !weak(c)) continue;
    const mates = [...c.listMates].map((k) => accepted.get(k)).filter((m) => m && !weak(m));
    if (mates.length === 0) continue;
    const count = new Map<TermKind, number>();
    for (const m of mates) count.set(dominantKind(m!), (count.get(dominantKind(m!)) ?? 0) + 1);
    const [kind, n] = [...count].sort((a, b) => b[1] - a[1])[0]!;
    if (n * 2 > mates.length) fromMates.push([c, kind]);
  }
  for (const [c, kind] of fromMates) addVote(c, kind, 1);
}

interface JudgeContext extends CaseEvidence {
  commonPhrases: Set<string>;
  candidates: Map<string, Candidate>;
  /** Phonetic keys of the last words of full names (`Toqayev` beside `Kassym-Jomart Tokayev`). */
  surnames: Set<string>;
  pluralAcronyms: Set<string>;
}

function findSurnameKeys(
  candidates: Map<string, Candidate>,
  isCommon: (key: string) => boolean,
): Set<string> {
  const surnames = new Set<string>();
  for (const c of candidates.values())
    if (
      c.tokenKeys.length >= 2 &&
      c.tokenKeys.length <= 3 &&
      c.tokenKeys.every((k) => !isCommon(k) && !isHeadWord(k) && !/^\p{N}/u.test(k)) &&
      classifyWord(c.tokenKeys[c.tokenKeys.length - 1]!) !== 'place'
    )
      surnames.add(phoneticKey(c.tokenKeys[c.tokenKeys.length - 1]!));
  return surnames;
}

/** `local GPs`, `Kenyan MPs`: acronyms used as plural common nouns. */
function findPluralAcronyms(tokenized: Tok[][]): Set<string> {
  const plural = new Set<string>();
  for (const toks of tokenized)
    for (const t of toks)
      if (!t.sentenceStart && /^\p{Lu}{2,}s$/u.test(t.raw)) {
        plural.add(t.key);
        plural.add(t.key.slice(0, -1));
      }
  return plural;
}

const REFERENCE_WORDS = new Set([
  'article',
  'section',
  'paragraph',
  'chapter',
  'page',
  'clause',
  'point',
  'item',
  'figure',
  'table',
]);

/** `West`, `Northern`: directions, not places of their own. */
const COMPASS = new Set(
  'north south east west northern southern eastern western northeast northwest southeast southwest'.split(
    ' ',
  ),
);

/** Candidates made only of common words that the sources also write in lower case (`human rights`). */
function findLowercasePhrases(
  candidates: Map<string, Candidate>,
  tokenized: Tok[][],
  isCommon: (k: string) => boolean,
): Set<string> {
  const wanted = new Set<string>();
  let maxLen = 0;
  for (const c of candidates.values()) {
    if (c.tokenKeys.length < 2) continue;
    if (!c.tokenKeys.every((k) => isCommon(k) || CONNECTORS.has(k))) continue;
    wanted.add(c.key);
    maxLen = Math.max(maxLen, c.tokenKeys.length);
  }
  const found = new Set<string>();
  if (wanted.size === 0) return found;
  for (const toks of tokenized) {
    for (let i = 0; i < toks.length; i++) {
      if (!toks[i]!.isLower) continue;
      let key = toks[i]!.key;
      for (let n = 2; n <= maxLen && i + n - 1 < toks.length; n++) {
        const t = toks[i + n - 1]!;
        if (t.sep !== ' ' && t.sep !== '-') break;
        key += ` ${t.key}`;
        if (wanted.has(key)) found.add(key);
      }
    }
  }
  return found;
}

function acceptCandidate(c: Candidate, ctx: JudgeContext): boolean {
  const keys = c.tokenKeys;
  const content = keys.filter((k) => !CONNECTORS.has(k));
  if (content.length === 0) return false;
  if (
    content.every(
      (k) => STOP_WORDS.has(k) || MONTHS.has(k) || WEEKDAYS.has(k) || BOILERPLATE.has(k),
    )
  )
    return false;
  if (c.quoted || c.monthEvent || c.dated) return true;
  // `Article 4`, `Section 2`: references, not names.
  if (REFERENCE_WORDS.has(keys[0]!) && keys.slice(1).some((k) => /^\p{N}/u.test(k))) return false;
  if (keys.length === 1) return acceptWord(c, ctx);
  return acceptPhrase(c, content, ctx);
}

/** A one-word candidate: an acronym, or a word with enough evidence of being a name. */
function acceptWord(c: Candidate, ctx: JudgeContext): boolean {
  const key = c.tokenKeys[0]!;
  const surface = [...c.surfaces.keys()][0] ?? '';
  if (c.isAcronym) {
    const bare = surface.replace(/\./gu, '');
    // `Gen Z`, `Vitamin D`: one letter is not a name.
    if (bare.length < 2) return false;
    if (ACRONYM_STOP.has(bare) || BOILERPLATE.has(key)) return false;
    // Shouting (`WARNING`), not an acronym.
    if (bare.length >= 4 && ctx.isCommon(key) && (ctx.lower.get(key) ?? 0) > 0) return false;
    // `H2O`, `4G`: formulas and codes, not names (`G7` and `G20` are).
    if (/^\p{N}|\p{N}\p{L}/u.test(bare)) return false;
    // `GPs`, `MPs`: an acronym with a plural is a common noun.
    if (ctx.pluralAcronyms.has(key)) return false;
    return true;
  }
  if (MONTHS.has(key) || WEEKDAYS.has(key) || STOP_WORDS.has(key) || BOILERPLATE.has(key))
    return false;
  if (key.length < 2) return false;
  if (ctx.pluralAcronyms.has(key)) return false;
  if (/^\p{N}/u.test(key)) return false;
  const lex = classifyWord(key);
  if (lex === 'demonym' || isDemonym(key) || isDemonymShaped(key, ctx.candidates)) return false;
  if (isRoleWord(key)) return false;
  if (COMPASS.has(key)) return false;
  if (ctx.isCommon(key)) {
    // A common word as a name needs evidence: written with a capital
    // mid-sentence several times and never in lower case (`Senate`).
    return (
      (ctx.capMid.get(key) ?? 0) >= 3 && (ctx.lower.get(key) ?? 0) === 0 && !isLexiconAdjective(key)
    );
  }
  if (c.mid === 0)
    return (
      isLexiconProper(key) ||
      ctx.surnames.has(phoneticKey(key)) ||
      isDistinctivePlace(key) ||
      [...c.surfaces.keys()].some(isBrandShaped)
    );
  // Minimum evidence for a one-off unknown word.
  if (c.count === 1 && !isLexiconProper(key)) {
    const v = c.votes;
    // A surname of a full name found elsewhere (`Toqayev` beside `Kassym-Jomart Tokayev`) is evidence too.
    return (
      v.place > 0 ||
      v.person > 0 ||
      v.organisation > 0 ||
      ctx.surnames.has(phoneticKey(key)) ||
      isDistinctivePlace(key) ||
      [...c.surfaces.keys()].some(isBrandShaped) ||
      isListedWithNames(c, ctx.candidates)
    );
  }
  return true;
}

/** `Almaty, Taraz and Zhaltyrbek`: listed beside names the source uses more than once, or known places. */
function isListedWithNames(c: Candidate, candidates: Map<string, Candidate>): boolean {
  let known = 0;
  for (const k of c.listMates ?? []) {
    const mate = candidates.get(k);
    if ((mate && mate.count >= 2) || isGazetteerPlace(k)) known++;
  }
  return known >= 2;
}

/** A candidate of several words: not only common words, roles or demonyms. */
function acceptPhrase(c: Candidate, content: string[], ctx: JudgeContext): boolean {
  const keys = c.tokenKeys;
  if (content.every((k) => ctx.isCommon(k))) {
    if (ctx.commonPhrases.has(c.key)) return false;
    if (c.mid === 0) return false;
    // Two capitalised common words need a name-like head (`Global Gateway`, `Great Game`).
    if (content.some((k) => BOILERPLATE.has(k))) return false;
    if (content.length === 2 && !isHeadWord(content[1]!)) return false;
  }
  if (content.every((k) => classifyWord(k) === 'demonym' || STOP_WORDS.has(k))) return false;
  // `Board of Directors`, `Chief Operating Officer`: a name does not end in a role.
  if (isRoleWord(content[content.length - 1]!) && !ORGANISATION_LEADS.has(keys[0]!)) return false;
  // `Central Asian`, `South Asian`: adjectives of a place.
  if (classifyWord(content[content.length - 1]!) === 'demonym') return false;
  return true;
}

/** `Kazakh`, `Kazakhs`, `Uzbek`, `Belarusians`: people of a place, not names to look up. */
function isDemonymShaped(key: string, candidates: Map<string, Candidate>): boolean {
  const singular = key.endsWith('s') ? key.slice(0, -1) : key;
  if (candidates.has(`${singular}stan`)) return true;
  if (key !== singular && classifyWord(singular) === 'demonym') return true;
  if (/(?:ians|ans|ens|ese)$/u.test(key) && classifyWord(key) !== 'place') return true;
  return false;
}

/**
 * `Jane said` after `Jane Doe`: a first name alone refers to someone the source
 * names in full; it is neither a term nor a variant (it would match every Jane).
 */
function dropFirstNameReferences(accepted: Map<string, Candidate>): void {
  const firstNames = new Set<string>();
  const lastNames = new Set<string>();
  for (const c of accepted.values()) {
    const k = c.tokenKeys;
    if (k.length < 2 || k.length > 4 || c.isAcronym || k.some((w) => CONNECTORS.has(w))) continue;
    if (dominantKind(c) !== 'person') continue;
    firstNames.add(k[0]!);
    lastNames.add(k[k.length - 1]!);
  }
  for (const [key, c] of accepted)
    if (c.tokenKeys.length === 1 && firstNames.has(key) && !lastNames.has(key))
      accepted.delete(key);
}

/** Votes on a candidate's kind from its own words: head and lead words, lexicons, shape. */
export function voteKind(c: Candidate): void {
  if (c.tokenKeys.length > 1 || c.quoted) votePhraseKind(c);
  else voteWordKind(c);
}

function votePhraseKind(c: Candidate): void {
  const keys = c.tokenKeys.filter((k) => !/^\p{N}+$/u.test(k));
  const head = keys[keys.length - 1] ?? '';
  const first = keys[0] ?? '';
  const hasDigits = keys.length !== c.tokenKeys.length;
  if (EVENT_HEADS.has(head)) addVote(c, 'event', 4);
  if (CONCEPT_HEADS.has(head)) addVote(c, 'concept', 4);
  if (ORGANISATION_HEADS.has(head)) addVote(c, 'organisation', 4);
  if (PLACE_HEADS.has(head)) addVote(c, 'place', 4);
  if (ORGANISATION_LEADS.has(first)) addVote(c, 'organisation', 4);
  if (EVENT_LEADS.has(first)) addVote(c, 'event', 5);
  // `Conference on Tourism`, `Institute of Political Research`: the head comes before the connector.
  c.tokenKeys.forEach((k, i) => {
    if (!CONNECTORS.has(c.tokenKeys[i + 1] ?? '')) return;
    if (EVENT_HEADS.has(k)) addVote(c, 'event', 5);
    if (ORGANISATION_HEADS.has(k)) addVote(c, 'organisation', 3);
  });
  if (keys.some((k) => MONTHS.has(k))) addVote(c, 'event', 3);
  if (c.dated) addVote(c, 'event', 6);
  if (c.quoted) addVote(c, 'concept', 1);
  const lexFirst = classifyWord(first);
  if (lexFirst === 'first-name') addVote(c, 'person', 3);
  if (PLACE_LEADS.has(first)) addVote(c, 'place', 4);
  // `Delta Air Lines`, `CrowdStrike Holdings`: a company designator.
  if (keys.length >= 2 && isCompanyDesignated(keys)) addVote(c, 'organisation', 3);
  // `Kenya`, `South Australia` end in a place; `Virgin Australia`, `Air India` are brands.
  if (classifyWord(head) === 'place' && !c.quoted)
    addVote(c, 'place', isBrandBeforePlace(keys) ? 0.5 : 2);
  // `Chandrayaan-3`, `Luna 24`, `Fortune 500`: a name with a small number is a mission, product or list.
  if (/^\p{N}{1,3}$/u.test(c.tokenKeys[c.tokenKeys.length - 1]!) && !c.isAcronym)
    addVote(c, 'concept', 2);
  if (!hasDigits && isGazetteerPlace(keys.join(' '))) addVote(c, 'place', 3);
  // `Euro 2024`, `World Cup 2026`: a name with a year is an edition of an event.
  if (/^(?:19|20)\d\d$/u.test(c.tokenKeys[c.tokenKeys.length - 1]!) && !CONCEPT_HEADS.has(head))
    addVote(c, 'event', 2.5);
  // `Tokayev`, `Pashinyan`, but not `guardian` or `librarian`.
  if (PERSON_SUFFIX.test(head) && !isEnglishWord(head)) addVote(c, 'person', 2);
  const plain =
    keys.length >= 2 &&
    keys.length <= 3 &&
    !hasDigits &&
    !keys.some((k) => CONNECTORS.has(k) || ORGANISATION_HEADS.has(k)) &&
    !c.quoted;
  // `Lunar Polar Exploration` is three words of English, not a person's name.
  const nameLike = keys.some((k) => !isEnglishWord(k) || classifyWord(k) === 'first-name');
  if (
    plain &&
    nameLike &&
    c.votes.event + c.votes.concept + c.votes.organisation + c.votes.place === 0
  )
    addVote(c, 'person', 1.5);
}

function isCompanyDesignated(keys: string[]): boolean {
  return [1, 2].some((n) => keys.length > n && COMPANY_DESIGNATORS.has(keys.slice(-n).join(' ')));
}

/** A common English word (not a direction or a place's adjective) before a place: a brand. */
function isBrandBeforePlace(keys: string[]): boolean {
  if (keys.length !== 2 || isGazetteerPlace(keys.join(' '))) return false;
  const first = keys[0]!;
  const lex = classifyWord(first);
  return (
    isEnglishWord(first) &&
    lex !== 'place' &&
    lex !== 'demonym' &&
    !COMPASS.has(first) &&
    !isDemonym(first) &&
    !PLACE_LEADS.has(first)
  );
}

function voteWordKind(c: Candidate): void {
  const first = c.tokenKeys[0] ?? '';
  const lex = classifyWord(first);
  if (c.isAcronym) addVote(c, 'organisation', 1);
  if (lex === 'place') addVote(c, 'place', 3);
  if (lex === 'first-name') addVote(c, 'person', 1);
  if (lex === 'last-name') addVote(c, 'person', 3);
  if (lex === 'organisation') addVote(c, 'organisation', 3);
  if (!c.isAcronym && PERSON_SUFFIX.test(first) && !isEnglishWord(first)) addVote(c, 'person', 1);
  if (!c.isAcronym && PLACE_SUFFIX.test(first)) addVote(c, 'place', 1.5);
  if (ORGANISATION_HEADS.has(first)) addVote(c, 'organisation', 2);
  if (!c.isAcronym && lex === 'unknown' && isDistinctivePlace(first)) addVote(c, 'place', 2);
  if (c.surfaces.size > 0 && [...c.surfaces.keys()].some(isBrandShaped))
    addVote(c, 'organisation', 2);
  // With no evidence either way, a word the gazetteers do not know is more
  // likely a brand or body than a place.
  const knownPlace = lex === 'place' || isDistinctivePlace(first) || isGazetteerPlace(first);
  addVote(c, knownPlace ? 'place' : 'organisation', 0.2);
}
