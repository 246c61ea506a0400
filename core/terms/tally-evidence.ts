/**
 * Step 3 of the extractor: mentions become candidates, with votes on their
 * kind from the words around them; quoted coinages and events named by a
 * month or a date are added as candidates of their own.
 */
import { type Passage } from '../types';
import { type Candidate, addVote, candidateFor } from './candidate';
import { type Mention, type Tok, findQuotedNames } from './candidates';
import { foldKey } from './merge-keys';
import { isRoleWord, isTrailingHonorific } from './roles';
import { CONNECTORS, MONTHS, STOP_WORDS, TITLE_PHRASES, WEEKDAYS } from './word-lists';

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

const MONTH_EVENT_NOUNS = new Set([
  'events',
  'crisis',
  'unrest',
  'riots',
  'protests',
  'uprising',
  'massacre',
]);

/**
 * Step 3a: adds each mention to its candidate (surface, counts) and votes on
 * its kind from the words around it (`in X`, `X said`, `X, a company`).
 */
/**
 * A list of names (`A, B and C`) shares evidence among them; each name takes the last this many
 * as mates. Unbounded, a source that is one long list (`Tokayev and Putin, Tokayev and Putin, ...`,
 * issue 16) made the list grow with every mention and the tally quadratic: 2.5 s at 128 KB.
 */
const LIST_MATES = 32;

export function tallyMentions(mentions: Mention[], candidates: Map<string, Candidate>): void {
  let previous: { c: Candidate; text: string; end: number } | null = null;
  // The names of the list the current mention belongs to (`A, B and C`).
  let list: Candidate[] = [];
  for (const m of mentions) {
    const toks = trimHonorific(trimScores(trimDateDigits(m.tokens), m.text));
    if (toks.length === 0 || isMoney(toks)) continue;
    const c = candidateFor(
      candidates,
      toks.map((t) => t.key),
      toks.length === 1 && toks[0]!.isAcronym,
    );
    const surface = m.text.slice(toks[0]!.start, toks[toks.length - 1]!.end);
    c.surfaces.set(surface, (c.surfaces.get(surface) ?? 0) + 1);
    c.count++;
    if (!m.atSentenceStart) c.mid++;
    if (toks.length === 1) c.after.set(m.after, (c.after.get(m.after) ?? 0) + 1);
    voteFromContext(c, m, toks);
    const between =
      previous && previous.text === m.text ? m.text.slice(previous.end, toks[0]!.start) : null;
    if (
      between !== null &&
      /^(?: \([^()]{0,40}\))?(?:, | and |, and | or |, or )$/u.test(between)
    ) {
      // A name already in the list has these mates already (they were made both ways).
      if (!list.includes(c)) {
        for (const mate of list) {
          (c.listMates ??= new Set()).add(mate.key);
          (mate.listMates ??= new Set()).add(c.key);
        }
        list.push(c);
        if (list.length > LIST_MATES) list.shift();
      }
    } else list = [c];
    previous = { c, text: m.text, end: toks[toks.length - 1]!.end };
  }
}

function voteFromContext(c: Candidate, m: Mention, toks: Tok[]): void {
  if (PLACE_PREPOSITIONS.has(m.before) && !c.isAcronym) addVote(c, 'place', 0.5);
  if (PLACE_NOUNS.has(m.before) || PLACE_NOUNS.has(m.after)) addVote(c, 'place', 1.5);
  if (TITLE_LAST.has(m.before)) addVote(c, 'person', 2);
  // Organisations speak too (`CrowdStrike said`): a lone word gets less from it.
  if (SPEECH_VERBS.has(m.after)) addVote(c, 'person', toks.length > 1 ? 1.5 : 0.5);
  // `Acme CEO`, `NASA chief`: what stands before a role is who employs it.
  if (isRoleWord(m.after) && toks.length === 1) addVote(c, 'organisation', 1);
  // People are not `the X`.
  if (m.before === 'the') addVote(c, 'person', -1);
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

/** Step 3b: quoted coinages (`“Tragic January”`) are candidates whatever their case. */
export function addQuotedNames(passages: Passage[], candidates: Map<string, Candidate>): void {
  for (const p of passages) {
    for (const q of findQuotedNames(p.text)) {
      const keys = q.surface.split(/[\s]+/u).map(foldKey);
      if (keys.every((k) => STOP_WORDS.has(k) || MONTHS.has(k))) continue;
      const c = candidateFor(candidates, keys.join(' ').split(/[\s-]+/u), false);
      c.surfaces.set(q.surface, (c.surfaces.get(q.surface) ?? 0) + 1);
      c.count++;
      c.mid++;
      c.quoted = true;
    }
  }
}

/** Step 3c: events named after their month: `the January events`, `the January crisis`. */
export function addMonthEvents(
  passages: Passage[],
  tokenized: Tok[][],
  candidates: Map<string, Candidate>,
): void {
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
      const c = candidateFor(candidates, [month.key, noun.key], false);
      const surface = p.text.slice(month.start, noun.end);
      c.surfaces.set(surface, (c.surfaces.get(surface) ?? 0) + 1);
      c.count++;
      c.mid++;
      c.monthEvent = true;
    }
  });
}

/** Step 3d: events named by their date: `the 2019 general election`, `the March 2021 protests`. */
export function addDatedEvents(
  passages: Passage[],
  tokenized: Tok[][],
  candidates: Map<string, Candidate>,
): void {
  passages.forEach((p, pi) => {
    for (const e of findDatedEvents(tokenized[pi]!)) {
      const c = candidateFor(
        candidates,
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

/** `Somnath Ji`: an honorific after a name is not part of it. */
function trimHonorific(toks: Tok[]): Tok[] {
  return toks.length >= 2 && isTrailingHonorific(toks[toks.length - 1]!.key)
    ? toks.slice(0, -1)
    : toks;
}
