/**
 * Extracts the term dictionary (people, organisations, places, events,
 * concepts) from parsed articles, at build time.
 *
 * Pipeline, each step linear in the corpus size:
 * 1. tokenize every passage once; count how often each word is written in
 *    lower case (evidence that it is a common word);
 * 2. collect capitalised runs, cut titles out, drop a common word that only
 *    opens the sentence, split juxtaposed names (`Kazakhstan Kassym-Jomart
 *    Tokayev`) where both parts occur on their own;
 * 3. judge each candidate (months, boilerplate, demonyms, common words
 *    without evidence, one-off unknown words) and vote on its kind;
 * 4. merge variants: acronym <-> expansion, spelling variants (Tokayev /
 *    Toqayev / Tokaev), middle names, surname -> the one full name that ends
 *    with it, `Republic of X` -> X, then the curated file;
 * 5. find each term's passages with the shared one-pass matcher.
 */
import { slugify } from '../text/normalize';
import type { CuratedTerms } from './curated';
export type { CuratedTerms } from './curated';
import type { Article, DictionaryEntry, Passage, Term, TermKind } from '../types';
import { TERM_KINDS } from '../types';
import {
  acronymFits,
  findAbbreviationPairs,
  findQuotedNames,
  findRuns,
  isAcronym,
  tokenizeForNames,
  type Mention,
  type Tok,
} from './candidates';
import {
  classifyWord,
  isDemonym,
  isDistinctivePlace,
  isGazetteerPlace,
  isLexiconAdjective,
  isLexiconProper,
} from './lexicon';
import { isRoleWord } from './roles';
import { compileMatcher, matchTerms } from './match-terms';
import { foldKey, phoneticKey, UnionFind } from './merge-keys';
import {
  ACRONYM_STOP,
  BOILERPLATE,
  CONCEPT_HEADS,
  CONNECTORS,
  EVENT_HEADS,
  EVENT_LEADS,
  MONTHS,
  ORGANISATION_HEADS,
  ORGANISATION_LEADS,
  PERSON_SUFFIX,
  PLACE_HEADS,
  PLACE_SUFFIX,
  STOP_WORDS,
  TITLE_PHRASES,
  WEEKDAYS,
} from './word-lists';

interface Candidate {
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
}

/** `, a cybersecurity company`, `, the capital of`: the head noun of an apposition. */
const APPOSITION = /^, (?:the|a|an) (?:[\p{L}\p{N}'’-]+ ){0,3}?([\p{L}]+)(?=[ ,.;)]|$)/u;
const APPOSITION_ORGANISATION = new Set(
  (
    'company firm airline carrier bank lender group agency organisation organization body ' +
    'broadcaster newspaper network startup retailer insurer manufacturer maker provider operator ' +
    'charity party union regulator watchdog ministry department club team association'
  ).split(' '),
);
/** What follows `X's` when X is an organisation. */
const ORGANISATION_POSSESSIONS = new Set(
  (
    'ceo chief executive shares stock software update customers employees staff spokesperson ' +
    'spokesman spokeswoman website board founder headquarters services products platform systems ' +
    'chairman president director subsidiary share'
  ).split(' '),
);

/** Words after a company's name that are not part of what people call it. */
const COMPANY_DESIGNATORS = new Set(
  (
    'holdings|corp|corporation|inc|incorporated|ltd|limited|plc|llc|co|group|airlines|airways|' +
    'air lines|technologies|international'
  ).split('|'),
);

/** `West`, `Northern`: directions, not places of their own. */
const COMPASS = new Set(
  'north south east west northern southern eastern western northeast northwest southeast southwest'.split(
    ' ',
  ),
);

const PLACE_PREPOSITIONS = new Set([
  'in',
  'to',
  'from',
  'near',
  'across',
  'at',
  'into',
  'via',
  'of',
]);
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
const MONTH_EVENT_NOUNS = new Set([
  'events',
  'crisis',
  'unrest',
  'riots',
  'protests',
  'uprising',
  'massacre',
]);
const PLACE_NOUNS = new Set([
  'capital',
  'city',
  'cities',
  'region',
  'regions',
  'town',
  'village',
  'province',
]);
const SPEECH_VERBS = new Set([
  'said',
  'says',
  'wrote',
  'added',
  'told',
  'stated',
  'noted',
  'underlined',
  'met',
]);
const TITLE_LAST = new Set(TITLE_PHRASES.map((p) => p[p.length - 1]!).concat(['affairs', 'e']));

function emptyVotes(): Record<TermKind, number> {
  return { person: 0, organisation: 0, place: 0, event: 0, concept: 0 };
}

/** A passage that reads as a heading or caption: short, no closing punctuation. */
function isHeading(text: string, toks: Tok[]): boolean {
  if (toks.length > 12 || /[.!?…"”’:)\]]\s*$/u.test(text)) return false;
  const words = toks.filter((t) => !CONNECTORS.has(t.key) && !/^\p{N}/u.test(t.raw));
  return words.filter((t) => t.isCap).length >= 0.6 * words.length;
}

function addVote(c: Candidate, kind: TermKind, w: number): void {
  c.votes[kind] += w;
}

/**
 * @example extractTerms({ articles, curated: { aliases: [], exclude: [] } })
 *   // [{ id: 'kassym-jomart-tokayev', name: 'Kassym-Jomart Tokayev', kind: 'person', ... }, ...]
 */
export function extractTerms(options: { articles: Article[]; curated: CuratedTerms }): Term[] {
  const { articles, curated } = options;
  const passages = articles.flatMap((a) => a.passages);
  const accepted = new Map<string, Candidate>();
  for (const source of groupBySource(articles)) addCandidates(accepted, findSourceNames(source));
  const getCandidate = (tokenKeys: string[], acronym: boolean): Candidate => {
    const key = tokenKeys.join(' ');
    return accepted.get(key) ?? newCandidate(tokenKeys, acronym);
  };

  // Curated exclusions remove surfaces before any merge.
  const excluded = new Set(curated.exclude.map(foldKey));
  for (const [key, c] of accepted) {
    for (const s of [...c.surfaces.keys()]) if (excluded.has(foldKey(s))) c.surfaces.delete(s);
    if (c.surfaces.size === 0 || excluded.has(key)) accepted.delete(key);
  }

  // 4. Merges.
  const uf = new UnionFind<string>();
  for (const key of accepted.keys()) uf.add(key);
  mergeAbbreviations(passages, accepted, uf, getCandidate);
  mergeByInitials(accepted, uf);
  mergeSpellings(accepted, uf);
  mergeNames(accepted, uf);
  mergeMonthEvents(accepted, uf);

  // Curated aliases merge everything that matches any of their names.
  const curatedByRoot = new Map<string, { name: string; kind: TermKind }>();
  for (const alias of curated.aliases) {
    const keys = [alias.name, ...(alias.variants ?? [])];
    let anchor: string | null = null;
    for (const surface of keys) {
      const k = foldKey(surface);
      if (excluded.has(k)) continue;
      let c = accepted.get(k);
      if (!c) {
        c = getCandidate(k.split(' '), isAcronym(surface));
        c.surfaces.set(surface, c.surfaces.get(surface) ?? 0);
        accepted.set(k, c);
        uf.add(k);
      } else if (!c.surfaces.has(surface)) {
        c.surfaces.set(surface, 0);
      }
      if (anchor === null) anchor = k;
      else uf.union(anchor, k);
    }
    if (anchor !== null) curatedByRoot.set(anchor, { name: alias.name, kind: alias.kind });
  }
  const curatedKinds = new Map(
    Object.entries(curated.kinds ?? {}).map(([k, v]) => [foldKey(k), v]),
  );

  // Build groups.
  const groups = new Map<string, Candidate[]>();
  for (const key of [...accepted.keys()].sort()) {
    const root = uf.find(key);
    const list = groups.get(root) ?? [];
    list.push(accepted.get(key)!);
    groups.set(root, list);
  }
  const curatedForGroup = new Map<string, { name: string; kind: TermKind }>();
  for (const [anchor, alias] of curatedByRoot) curatedForGroup.set(uf.find(anchor), alias);

  const drafts: Array<{ name: string; kind: TermKind; variants: string[] }> = [];
  for (const [root, members] of groups) {
    const alias = curatedForGroup.get(root);
    const name = alias?.name ?? chooseName(members);
    let kind: TermKind = alias?.kind ?? groupKind(members);
    for (const m of members) {
      const fix = curatedKinds.get(m.key);
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

  // 5. Passages, with the matcher the page uses.
  drafts.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const usedIds = new Set<string>();
  const entries: DictionaryEntry[] = drafts.map((d) => {
    let id = slugify(d.name) || 'term';
    for (let n = 2; usedIds.has(id); n++) id = `${slugify(d.name)}-${n}`;
    usedIds.add(id);
    return { id, name: d.name, kind: d.kind, variants: d.variants };
  });
  const matcher = compileMatcher(entries);
  const passageIds = new Map<string, string[]>();
  for (const p of passages) {
    const seen = new Set<string>();
    for (const m of matchTerms(p.text, matcher)) {
      if (seen.has(m.termId)) continue;
      seen.add(m.termId);
      const list = passageIds.get(m.termId) ?? [];
      list.push(p.id);
      passageIds.set(m.termId, list);
    }
  }
  return entries
    .filter((e) => (passageIds.get(e.id)?.length ?? 0) > 0)
    .map((e) => ({ ...e, passageIds: passageIds.get(e.id)!, related: [] }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Articles grouped by the file they came from (an archive page is one source). */
function groupBySource(articles: Article[]): Passage[][] {
  const byFile = new Map<string, Passage[]>();
  for (const a of articles) byFile.set(a.file, [...(byFile.get(a.file) ?? []), ...a.passages]);
  return [...byFile.values()];
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

/** Adds one source's names to the corpus's: counts, votes and surfaces add up. */
function addCandidates(into: Map<string, Candidate>, found: Map<string, Candidate>): void {
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
  }
}

/**
 * Steps 1-3 for one source file: its own words are the evidence (a word it
 * writes in lower case is a common word), so adding other sources never
 * changes which names this one yields.
 */
function findSourceNames(passages: Passage[]): Map<string, Candidate> {
  const tokenized = passages.map((p) => tokenizeForNames(p.text));

  // 1. Lower-case evidence. Tokens inside URLs and e-mail addresses do not count.
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

  // 2. Runs, with sentence-initial common words dropped.
  const rawMentions: Mention[] = [];
  passages.forEach((p, pi) => {
    const toks = tokenized[pi]!;
    if (isHeading(p.text, toks)) return;
    for (let m of findRuns(p.text, toks, isCommon, isHeadWord)) {
      while (
        m.tokens.length > 0 &&
        (STOP_WORDS.has(m.tokens[0]!.key) ||
          (m.atSentenceStart &&
            !m.tokens[0]!.isAcronym &&
            isCommon(m.tokens[0]!.key) &&
            // `Human Rights Watch said`: a name that ends in a head word keeps its first word.
            !(m.tokens.length >= 2 && EVENT_LEADS.has(m.tokens[0]!.key)) &&
            !(
              m.tokens.length >= 3 &&
              isHeadWord(m.tokens[m.tokens.length - 1]!.key) &&
              !m.tokens.some((t) => CONNECTORS.has(t.key))
            )) ||
          (m.atSentenceStart && isSentenceAdverb(m.tokens[0]!.key)))
      ) {
        let rest = m.tokens.slice(1);
        while (rest.length > 0 && !rest[0]!.isCap && !rest[0]!.isAcronym) rest = rest.slice(1);
        if (rest.length === 0) {
          m = { ...m, tokens: [] };
          break;
        }
        m = {
          text: m.text,
          tokens: rest,
          surface: p.text.slice(rest[0]!.start, rest[rest.length - 1]!.end),
          atSentenceStart: false,
          before: m.tokens[0]!.key,
          after: m.after,
        };
      }
      if (m.tokens.length > 0) rawMentions.push(m);
    }
  });

  // Juxtaposed names split where every part also occurs on its own.
  const standalone = new Set(rawMentions.map((m) => keyOfTokens(m.tokens)));
  const isKnownPart = (toks: Tok[]): boolean => {
    const key = keyOfTokens(toks);
    if (standalone.has(key)) return true;
    return toks.length === 1 && classifyWord(toks[0]!.key) === 'place';
  };
  const mentions: Mention[] = [];
  const split = (m: Mention, text: string): void => {
    const toks = m.tokens;
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
      ) {
        split(sub(m, left, text, m.before, right[0]!.key), text);
        split(sub(m, right, text, left[left.length - 1]!.key, m.after), text);
        return;
      }
    }
    // Lists joined by `and` are several names (`Tajikistan, Kyrgyzstan and Turkmenistan`),
    // unless the whole reads as one name with a common head (`Belt and Road Initiative`).
    // `X of the Y` is two names when Y occurs on its own.
    for (let k = 1; k < toks.length - 1; k++) {
      const key = toks[k]!.key;
      if (key !== 'and' && key !== 'of') continue;
      const left = toks.slice(0, k);
      let right = toks.slice(k + 1);
      if (right[0]?.key === 'the') right = right.slice(1);
      if (right.length === 0) continue;
      let cut = false;
      if (key === 'and') {
        const content = toks.filter((t) => !CONNECTORS.has(t.key));
        const head = toks[toks.length - 1]!;
        cut =
          content.length < 3 ||
          !(isCommon(head.key) || isHeadWord(head.key)) ||
          (isKnownPart(left) && isKnownPart(right));
      } else {
        cut =
          (right.length >= 2 && standalone.has(keyOfTokens(right))) ||
          /^\p{N}/u.test(left[left.length - 1]!.raw);
      }
      if (cut) {
        split(sub(m, left, text, m.before, key), text);
        split(sub(m, right, text, key, m.after), text);
        return;
      }
    }
    mentions.push(m);
  };
  // `text` is only needed for surfaces; keep a map from token objects to their passage text.
  // Two passes: names found by splitting in the first pass (`Collective Security Council`
  // out of `... Council of the Collective Security Treaty Organization`) count as
  // standalone evidence in the second.
  for (const m of rawMentions) split(m, m.text);
  for (const m of mentions) standalone.add(keyOfTokens(m.tokens));
  mentions.length = 0;
  for (const m of rawMentions) split(m, m.text);

  // 3. Aggregate and judge.
  const candidates = new Map<string, Candidate>();
  const getCandidate = (tokenKeys: string[], acronym: boolean): Candidate => {
    const key = tokenKeys.join(' ');
    let c = candidates.get(key);
    if (!c) {
      c = newCandidate(tokenKeys, acronym);
      candidates.set(key, c);
    }
    return c;
  };
  for (const m of mentions) {
    const toks = trimScores(trimDateDigits(m.tokens), m.text);
    if (toks.length === 0 || isMoney(toks)) continue;
    if (toks.length === 0) continue;
    const c = getCandidate(
      toks.map((t) => t.key),
      toks.length === 1 && toks[0]!.isAcronym,
    );
    const surface = m.text.slice(toks[0]!.start, toks[toks.length - 1]!.end);
    c.surfaces.set(surface, (c.surfaces.get(surface) ?? 0) + 1);
    c.count++;
    if (!m.atSentenceStart) c.mid++;
    if (PLACE_PREPOSITIONS.has(m.before) && !c.isAcronym) addVote(c, 'place', 0.5);
    if (PLACE_NOUNS.has(m.before) || PLACE_NOUNS.has(m.after)) addVote(c, 'place', 1.5);
    if (TITLE_LAST.has(m.before)) addVote(c, 'person', 2);
    // Organisations speak too (`CrowdStrike said`): a lone word gets less from it.
    if (SPEECH_VERBS.has(m.after)) addVote(c, 'person', toks.length > 1 ? 1.5 : 0.5);
    // `Acme CEO`, `NASA chief`: what stands before a role is who employs it.
    if (isRoleWord(m.after) && toks.length === 1) addVote(c, 'organisation', 1);
    // People are not `the X`.
    if (m.before === 'the') addVote(c, 'person', -1);
    if (toks.length === 1) c.after.set(m.after, (c.after.get(m.after) ?? 0) + 1);
    const last = toks[toks.length - 1]!;
    // `Acme's chief executive`, `Acme's shares`: what an organisation has.
    if (last.possessive && ORGANISATION_POSSESSIONS.has(m.after)) addVote(c, 'organisation', 1.5);
    // `Akorda, the presidential office`: an apposition introduces a name, and often says what it is.
    const apposition = APPOSITION.exec(m.text.slice(last.end, last.end + 80));
    if (apposition) {
      const noun = apposition[1]!.toLowerCase();
      if (APPOSITION_ORGANISATION.has(noun)) addVote(c, 'organisation', 2);
      else if (PLACE_NOUNS.has(noun)) addVote(c, 'place', 2);
      else if (isRoleWord(noun)) addVote(c, 'person', 2);
      else addVote(c, 'organisation', 0.5);
    }
    // `EURACTIV`: a long word in capitals mid-sentence is a brand, not a common word.
    if (toks.length === 1 && !m.atSentenceStart && /^\p{Lu}{4,}$/u.test(last.raw))
      addVote(c, 'organisation', 0.5);
  }
  for (const p of passages) {
    for (const q of findQuotedNames(p.text)) {
      const keys = q.surface.split(/[\s]+/u).map(foldKey);
      if (keys.every((k) => STOP_WORDS.has(k) || MONTHS.has(k))) continue;
      const c = getCandidate(keys.join(' ').split(/[\s-]+/u), false);
      c.surfaces.set(q.surface, (c.surfaces.get(q.surface) ?? 0) + 1);
      c.count++;
      c.mid++;
      c.quoted = true;
    }
  }
  // Events named after their month: `the January events`, `the January crisis`.
  passages.forEach((p, pi) => {
    const toks = tokenized[pi]!;
    for (let i = 0; i + 1 < toks.length; i++) {
      const month = toks[i]!;
      const noun = toks[i + 1]!;
      if (
        !month.isCap ||
        !MONTHS.has(month.key) ||
        noun.sep !== ' ' ||
        !MONTH_EVENT_NOUNS.has(noun.key)
      )
        continue;
      const c = getCandidate([month.key, noun.key], false);
      const surface = p.text.slice(month.start, noun.end);
      c.surfaces.set(surface, (c.surfaces.get(surface) ?? 0) + 1);
      c.count++;
      c.mid++;
      c.monthEvent = true;
    }
  });

  // Events named by their date: `the 2019 general election`, `the March 2021 protests`, `the 2018 World Cup`.
  passages.forEach((p, pi) => {
    for (const e of findDatedEvents(tokenized[pi]!)) {
      const c = getCandidate(
        e.map((t) => t.key),
        false,
      );
      const surface = p.text.slice(e[0]!.start, e[e.length - 1]!.end);
      c.surfaces.set(surface, (c.surfaces.get(surface) ?? 0) + 1);
      c.count++;
      c.mid++;
      c.dated = true;
    }
  });

  const commonPhrases = findLowercasePhrases(candidates, tokenized, isCommon);
  const surnames = new Set<string>();
  for (const c of candidates.values())
    if (
      c.tokenKeys.length >= 2 &&
      c.tokenKeys.length <= 3 &&
      c.tokenKeys.every((k) => !isCommon(k) && !isHeadWord(k) && !/^\p{N}/u.test(k)) &&
      classifyWord(c.tokenKeys[c.tokenKeys.length - 1]!) !== 'place'
    )
      surnames.add(phoneticKey(c.tokenKeys[c.tokenKeys.length - 1]!));
  // `local GPs`, `Kenyan MPs`: acronyms used as plural common nouns.
  const pluralAcronyms = new Set<string>();
  for (const toks of tokenized)
    for (const t of toks)
      if (!t.sentenceStart && /^\p{Lu}{2,}s$/u.test(t.raw)) {
        pluralAcronyms.add(t.key);
        pluralAcronyms.add(t.key.slice(0, -1));
      }
  const accepted = new Map<string, Candidate>();
  for (const c of candidates.values()) {
    if (
      acceptCandidate(c, {
        isCommon,
        lower,
        capMid,
        commonPhrases,
        candidates,
        surnames,
        pluralAcronyms,
      })
    ) {
      voteKind(c);
      accepted.set(c.key, c);
    }
  }
  dropFirstNameReferences(accepted);
  return accepted;
}

function keyOfTokens(toks: Tok[]): string {
  return toks.map((t) => t.key).join(' ');
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

/** Nouns that name an event when a date stands before them. */
const DATED_EVENT_NOUNS = new Set(
  (
    'election elections referendum polls protests protest demonstrations riots uprising unrest ' +
    'revolution coup war floods flood earthquake tsunami hurricane storm cyclone wildfires famine ' +
    'drought pandemic epidemic outbreak crisis summit olympics games cup championship championships ' +
    'tournament attack attacks bombing bombings strike strikes outage massacre census'
  ).split(' '),
);

/**
 * `[Month] Year (modifier){0,2} noun`: `2019 general election`, `March 2021
 * protests`, `2018 World Cup`. Modifiers are lower-case adjectives or a
 * capitalised name; a function word breaks the phrase.
 */
function findDatedEvents(toks: Tok[]): Tok[][] {
  const out: Tok[][] = [];
  for (let i = 0; i < toks.length; i++) {
    const year = toks[i]!;
    if (!/^(?:1[89]|20)\d\d$/u.test(year.raw)) continue;
    const month = toks[i - 1];
    const start = month && month.isCap && MONTHS.has(month.key) && year.sep === ' ' ? i - 1 : i;
    for (let j = i + 1; j < toks.length && j <= i + 3; j++) {
      const t = toks[j]!;
      if (t.sep !== ' ' && t.sep !== '-') break;
      if (STOP_WORDS.has(t.key) || CONNECTORS.has(t.key) || /^\p{N}/u.test(t.raw)) break;
      if (DATED_EVENT_NOUNS.has(t.key)) {
        out.push(toks.slice(start, j + 1));
        break;
      }
      if (t.possessive) break;
    }
  }
  return out;
}

function isKnownPlaceOrBody(key: string): boolean {
  const c = classifyWord(key);
  return c === 'place' || c === 'organisation';
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

/** `France 2-1`: a score after a team is not part of its name. */
function trimScores(toks: Tok[], text: string): Tok[] {
  const n = toks.length;
  const last = toks[n - 1]!;
  const digits = (t: Tok | undefined) => t !== undefined && /^\p{N}+$/u.test(t.raw);
  // `France 2-1` (the run took both numbers) or `France 2` before `-1`.
  if (n > 2 && digits(last) && last.sep === '-' && digits(toks[n - 2])) return toks.slice(0, n - 2);
  if (n > 1 && digits(last) && /^[-–]\p{N}/u.test(text.slice(last.end, last.end + 2)))
    return toks.slice(0, n - 1);
  return toks;
}

const CURRENCY_WORDS = new Set(
  'rs inr usd eur gbp ksh kes sh shs aed rmb cny yen jpy kzt rub us$'.split(' '),
);

/** `Rs 250`, `KSh 1,000`: an amount of money. */
function isMoney(toks: Tok[]): boolean {
  return CURRENCY_WORDS.has(toks[0]!.key) && toks.slice(1).every((t) => /^\p{N}/u.test(t.raw));
}

/** `January 2` and `June 2020` are dates, not names. */
function trimDateDigits(toks: Tok[]): Tok[] {
  let end = toks.length;
  while (
    end > 1 &&
    /^\p{N}/u.test(toks[end - 1]!.raw) &&
    (MONTHS.has(toks[0]!.key) || WEEKDAYS.has(toks[0]!.key))
  )
    end--;
  return end === toks.length ? toks : toks.slice(0, end);
}

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

function acceptCandidate(
  c: Candidate,
  ctx: {
    isCommon: (k: string) => boolean;
    lower: Map<string, number>;
    capMid: Map<string, number>;
    commonPhrases: Set<string>;
    candidates: Map<string, Candidate>;
    surnames: Set<string>;
    pluralAcronyms: Set<string>;
  },
): boolean {
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
  if (keys.length === 1) {
    const key = keys[0]!;
    const surface = [...c.surfaces.keys()][0] ?? '';
    if (c.isAcronym) {
      const bare = surface.replace(/\./gu, '');
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
        (ctx.capMid.get(key) ?? 0) >= 3 &&
        (ctx.lower.get(key) ?? 0) === 0 &&
        !isLexiconAdjective(key)
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
        [...c.surfaces.keys()].some(isBrandShaped)
      );
    }
    return true;
  }
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

function voteKind(c: Candidate): void {
  const keys = c.tokenKeys.filter((k) => !/^\p{N}+$/u.test(k));
  const head = keys[keys.length - 1] ?? '';
  const first = keys[0] ?? '';
  const hasDigits = keys.length !== c.tokenKeys.length;
  if (c.tokenKeys.length > 1 || c.quoted) {
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
    if (classifyWord(head) === 'place' && !c.quoted) addVote(c, 'place', 2);
    if (!hasDigits && isGazetteerPlace(keys.join(' '))) addVote(c, 'place', 3);
    // `Euro 2024`, `World Cup 2026`: a name with a year is an edition of an event.
    if (/^(?:19|20)\d\d$/u.test(c.tokenKeys[c.tokenKeys.length - 1]!) && !CONCEPT_HEADS.has(head))
      addVote(c, 'event', 2.5);
    if (PERSON_SUFFIX.test(head)) addVote(c, 'person', 2);
    const plain =
      keys.length >= 2 &&
      keys.length <= 3 &&
      !hasDigits &&
      !keys.some((k) => CONNECTORS.has(k) || ORGANISATION_HEADS.has(k)) &&
      !c.quoted;
    if (plain && c.votes.event + c.votes.concept + c.votes.organisation + c.votes.place === 0)
      addVote(c, 'person', 1.5);
  } else {
    const lex = classifyWord(first);
    if (c.isAcronym) addVote(c, 'organisation', 1);
    if (lex === 'place') addVote(c, 'place', 3);
    if (lex === 'first-name') addVote(c, 'person', 1);
    if (lex === 'last-name') addVote(c, 'person', 3);
    if (lex === 'organisation') addVote(c, 'organisation', 3);
    if (!c.isAcronym && PERSON_SUFFIX.test(first)) addVote(c, 'person', 1);
    if (!c.isAcronym && PLACE_SUFFIX.test(first)) addVote(c, 'place', 1.5);
    if (ORGANISATION_HEADS.has(first)) addVote(c, 'organisation', 2);
    if (!c.isAcronym && lex === 'unknown' && isDistinctivePlace(first)) addVote(c, 'place', 2);
    if (c.surfaces.size > 0 && [...c.surfaces.keys()].some(isBrandShaped))
      addVote(c, 'organisation', 2);
    addVote(c, 'place', 0.2);
  }
}

/** `CrowdStrike`, `JetBlue`, `YouTube`: a capital inside a word marks a brand (not `McCain`, `DeSantis`). */
function isBrandShaped(surface: string): boolean {
  return /^(?!Mc|Mac|De|Di|Da|La|Le|Van|Von|O')\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u.test(surface);
}

function groupKind(members: Candidate[]): TermKind {
  const total = emptyVotes();
  for (const m of members) {
    // Acronyms defer to their expansion.
    const w = m.isAcronym && members.length > 1 ? 0.2 : 1;
    for (const k of TERM_KINDS) total[k] += m.votes[k] * w;
  }
  let best: TermKind = 'organisation';
  for (const k of TERM_KINDS) if (total[k] > total[best]) best = k;
  return best;
}

/** The canonical name: an expansion over its acronym, a full name over a surname, else the commonest form. */
function chooseName(members: Candidate[]): string {
  const isPerson = groupKind(members) === 'person';
  const ranked = [...members].sort((a, b) => {
    // People: the full name; everything else: the commonest spelled-out form.
    const score = (c: Candidate) =>
      (c.isAcronym ? 0 : 100000) +
      (isPerson ? Math.min(c.tokenKeys.length, 2) * 10000 : 0) +
      c.count;
    return score(b) - score(a) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  });
  const top = ranked[0]!;
  const surfaces = [...top.surfaces.entries()].sort(
    (a, b) =>
      Number(/^\p{Lu}/u.test(b[0])) - Number(/^\p{Lu}/u.test(a[0])) ||
      b[1] - a[1] ||
      (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
  );
  return surfaces[0]![0];
}

function mergeAbbreviations(
  passages: Array<{ text: string }>,
  accepted: Map<string, Candidate>,
  uf: UnionFind<string>,
  getCandidate: (keys: string[], acronym: boolean) => Candidate,
): void {
  for (const p of passages) {
    // Every pattern needs a parenthesis; most passages have none.
    if (!p.text.includes('(')) continue;
    for (const pair of findAbbreviationPairs(p.text)) {
      let longWords = pair.long.split(/\s+/u);
      // Drop leading words (`Chinese Belt and Road ...`) until the name is a candidate.
      let longKey = foldKey(longWords.join(' '));
      while (!accepted.has(longKey) && longWords.length > 2) {
        longWords = longWords.slice(1);
        while (longWords.length > 0 && CONNECTORS.has(longWords[0]!.toLowerCase()))
          longWords = longWords.slice(1);
        longKey = foldKey(longWords.join(' '));
      }
      const shortKey = foldKey(pair.short);
      const isAbbrev = isAcronym(pair.short) && !pair.short.includes(' ');
      if (
        isAbbrev &&
        !acronymFits(
          pair.short,
          longWords.flatMap((w) => w.split('-')),
        )
      )
        continue;
      if (longWords.length < 2) continue;
      for (const [key, surface] of [
        [longKey, longWords.join(' ')],
        [shortKey, pair.short],
      ] as const) {
        if (!accepted.has(key)) {
          const c = getCandidate(key.split(' '), isAcronym(surface) && !surface.includes(' '));
          c.surfaces.set(surface, c.surfaces.get(surface) ?? 0);
          voteKind(c);
          accepted.set(key, c);
          uf.add(key);
        }
      }
      uf.union(longKey, shortKey);
    }
  }
}

/** `EU` -> `European Union` when exactly one candidate has those initials. */
function mergeByInitials(accepted: Map<string, Candidate>, uf: UnionFind<string>): void {
  const byInitials = new Map<string, Set<string>>();
  const add = (initials: string, key: string) => {
    if (initials.length < 2) return;
    const set = byInitials.get(initials) ?? new Set();
    set.add(key);
    byInitials.set(initials, set);
  };
  for (const c of accepted.values()) {
    if (c.tokenKeys.length < 2) continue;
    // `UN News` contains the acronym; it does not spell it out.
    if (accepted.get(c.tokenKeys[0]!)?.isAcronym && c.tokenKeys.length === 2) continue;
    // People are not written as their initials in news text (`Unai Simon` is not `US`).
    if (dominantKind(c) === 'person') continue;
    const content = c.tokenKeys.filter((k) => !CONNECTORS.has(k));
    add(content.map((k) => k[0]).join(''), c.key);
    // `OSCE Office for Democratic Institutions and Human Rights` is also ODIHR.
    if (accepted.get(content[0]!)?.isAcronym && content.length > 2)
      add(
        content
          .slice(1)
          .map((k) => k[0])
          .join(''),
        c.key,
      );
  }
  const acronymKeys = new Map<string, string[]>();
  for (const c of accepted.values()) {
    if (!c.isAcronym) continue;
    const letters = c.key.replace(/\./gu, '');
    const list = acronymKeys.get(letters) ?? [];
    list.push(c.key);
    acronymKeys.set(letters, list);
  }
  // U.N. and UN are one acronym.
  for (const keys of acronymKeys.values()) for (const k of keys.slice(1)) uf.union(keys[0]!, k);
  // Groups that already have a spelled-out name (from `Long Name (ACR)`).
  const expanded = new Set<string>();
  for (const c of accepted.values())
    if (!c.isAcronym && c.tokenKeys.length > 1) expanded.add(uf.find(c.key));
  for (const [letters, keys] of acronymKeys) {
    const matches = byInitials.get(letters);
    if (!matches || matches.size !== 1) continue;
    const [target] = [...matches];
    if (!expanded.has(uf.find(keys[0]!))) uf.union(keys[0]!, target!);
  }
}

/** Tokayev / Toqayev / Tokaev, Mangystau / Mangistau: same phonetic key, same word count. */
function mergeSpellings(accepted: Map<string, Candidate>, uf: UnionFind<string>): void {
  const byKey = new Map<string, string[]>();
  for (const c of accepted.values()) {
    if (c.isAcronym) continue;
    if (c.tokenKeys.some((k) => k.length < 4 && !CONNECTORS.has(k))) continue;
    const pk = c.tokenKeys.map(phoneticKey).join(' ');
    const list = byKey.get(pk) ?? [];
    list.push(c.key);
    byKey.set(pk, list);
  }
  for (const keys of byKey.values()) for (const k of keys.slice(1)) uf.union(keys[0]!, k);
}

function dominantKind(c: Candidate): TermKind {
  let best: TermKind = 'organisation';
  for (const k of TERM_KINDS) if (c.votes[k] > c.votes[best]) best = k;
  return best;
}

/** Middle names, surname-only mentions, `Republic of X`, `X Region`. */
function mergeNames(accepted: Map<string, Candidate>, uf: UnionFind<string>): void {
  const people = [...accepted.values()].filter(
    (c) => c.tokenKeys.length >= 2 && !c.isAcronym && dominantKind(c) === 'person',
  );
  // Full names sharing first and last name: `Nursultan Abishevich Nazarbayev`.
  const byEnds = new Map<string, string[]>();
  for (const c of people) {
    const k = `${phoneticKey(c.tokenKeys[0]!)}|${phoneticKey(c.tokenKeys[c.tokenKeys.length - 1]!)}`;
    const list = byEnds.get(k) ?? [];
    list.push(c.key);
    byEnds.set(k, list);
  }
  for (const keys of byEnds.values()) for (const k of keys.slice(1)) uf.union(keys[0]!, k);
  // Surname -> the one person whose full name ends with it.
  const bySurname = new Map<string, Set<string>>();
  for (const c of people) {
    const last = phoneticKey(c.tokenKeys[c.tokenKeys.length - 1]!);
    const set = bySurname.get(last) ?? new Set();
    set.add(uf.find(c.key));
    bySurname.set(last, set);
  }
  for (const c of accepted.values()) {
    if (c.tokenKeys.length !== 1 || c.isAcronym) continue;
    const owners = bySurname.get(phoneticKey(c.key));
    if (owners && owners.size === 1) uf.union(c.key, [...owners][0]!);
  }
  // `CrowdStrike Holdings`, `Microsoft Corp`, `Delta Air Lines` -> the company's short name.
  for (const c of accepted.values()) {
    const keys = c.tokenKeys;
    for (const size of [2, 1]) {
      if (keys.length <= size) continue;
      if (!COMPANY_DESIGNATORS.has(keys.slice(-size).join(' '))) continue;
      const base = accepted.get(keys.slice(0, -size).join(' '));
      if (base && dominantKind(base) !== 'person') uf.union(c.key, base.key);
      break;
    }
  }
  for (const c of accepted.values()) {
    const keys = c.tokenKeys;
    // Republic of Kazakhstan -> Kazakhstan
    // People's Republic of China -> China
    const r = keys.indexOf('republic');
    if (r >= 0 && keys[r + 1] === 'of' && keys.length > r + 2) {
      const rest = keys.slice(r + 2).join(' ');
      if (accepted.has(rest)) uf.union(c.key, rest);
    }
    // Kyrgyz Republic -> Kyrgyzstan, Russian Federation -> Russia
    if (keys.length === 2 && (keys[1] === 'republic' || keys[1] === 'federation')) {
      const d = keys[0]!;
      for (const base of [`${d}stan`, d.replace(/n$/u, ''), d.replace(/an$/u, '')]) {
        if (base !== d && accepted.has(base)) {
          uf.union(c.key, base);
          break;
        }
      }
    }
    // Mangystau Region -> Mangystau, when Mangystau alone is always followed by "region".
    if (keys.length === 2 && keys[1] === 'region') {
      const base = accepted.get(keys[0]!);
      if (base && [...base.after.keys()].every((a) => a === 'region' || a === 'regions'))
        uf.union(c.key, base.key);
    }
  }
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

/** `Reportedly`, `Officially`: sentence adverbs that open a sentence with a capital. */
function isSentenceAdverb(key: string): boolean {
  if (!key.endsWith('ly') || key.length < 6) return false;
  const c = classifyWord(key);
  return c === 'unknown' || c === 'common';
}

/**
 * `January events` and `January crisis` name the event that a quoted coinage
 * (`“Tragic January”`) names, when exactly one named event carries that month.
 */
function mergeMonthEvents(accepted: Map<string, Candidate>, uf: UnionFind<string>): void {
  const anchors = new Map<string, Set<string>>();
  for (const c of accepted.values()) {
    if (c.monthEvent || c.tokenKeys.length < 2 || dominantKind(c) !== 'event') continue;
    for (const k of c.tokenKeys) {
      if (!MONTHS.has(k)) continue;
      const set = anchors.get(k) ?? new Set();
      set.add(uf.find(c.key));
      anchors.set(k, set);
    }
  }
  for (const c of accepted.values()) {
    if (!c.monthEvent) continue;
    const roots = anchors.get(c.tokenKeys[0]!);
    if (roots && roots.size === 1) uf.union(c.key, [...roots][0]!);
  }
}
