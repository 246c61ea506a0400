/**
 * First stage of term extraction: finds candidate names in passages
 * (capitalised word sequences, acronyms, quoted coinages) and the evidence
 * needed to judge them later (how often a word is written in lower case,
 * whether a name only ever opens a sentence, what surrounds it).
 * One pass over the tokens of every passage; no per-term scans.
 */
import { fold, type Tok } from './name-tokens';
import { isRoleQualifier, isRoleWord } from './roles';
import {
  ACRONYM_STOP,
  CONNECTORS,
  MONTHS,
  NAME_PARTICLES,
  STOP_WORDS,
  TITLE_PHRASES,
  WEEKDAYS,
  PLACE_HEADS,
} from './word-lists';

export { isAcronym, tokenizeForNames, type Tok } from './name-tokens';

const DATE_WORDS = new Set([...MONTHS, ...WEEKDAYS]);

/** Lower-case head words that may close a capitalised name. */
const TRAILING_HEADS = new Set(['forum', 'summit', 'conference', 'commission', 'union', 'process']);

/** A candidate occurrence: a slice of a passage's tokens. */
export interface Mention {
  /** The passage text the tokens point into. */
  text: string;
  tokens: Tok[];
  /** The text as written (possessive dropped). */
  surface: string;
  /** The first token opens a sentence. */
  atSentenceStart: boolean;
  /** Word before and after, lower case (for kind and evidence). */
  before: string;
  after: string;
}

function surfaceOf(text: string, toks: Tok[]): string {
  return text.slice(toks[0]!.start, toks[toks.length - 1]!.end);
}

/** Longest title phrase starting at `i`, in tokens (0 when none). */
function titleLength(toks: Tok[], i: number): number {
  let best = 0;
  for (const phrase of TITLE_PHRASES) {
    if (phrase.length <= best) continue;
    let ok = true;
    for (let k = 0; k < phrase.length && ok; k++) {
      const t = toks[i + k];
      ok = t !== undefined && t.key === phrase[k] && (k === 0 || t.sep !== null);
      // Titles are capitalised when used as titles.
      if (ok && k === 0 && !t!.isCap) ok = false;
    }
    if (ok) best = phrase.length;
  }
  return best;
}

/**
 * Length of a title written as a role before a name, starting at `k` inside the
 * run [runStart, end): role words with their qualifiers (`Prime Cabinet
 * Secretary`, `Chief Operating Officer`, `Finance Minister`). Zero when the
 * words are part of a name: after a connector (`Office of the Attorney-General`)
 * or before a head word (`UN General Assembly`).
 */
function roleLength(
  toks: Tok[],
  k: number,
  runStart: number,
  end: number,
  isCommon: (key: string) => boolean,
  isHead: (key: string) => boolean,
): number {
  // `Board of Directors` is a body: a role after `of` is part of it.
  if (k > runStart && CONNECTORS.has(toks[k - 1]!.key) && !OPEN_BEFORE_ROLE.has(toks[k - 1]!.key))
    return 0;
  // `Nur-Sultan`: a role word joined to a name by a hyphen is part of it.
  if (k > runStart && toks[k]!.sep === '-') return 0;
  // `European Union President X`: a body's head word inside a name does not open a title.
  if (k > runStart && isHead(toks[k]!.key)) return 0;
  let lastRole = -1;
  for (let m = k; m < end; m++) {
    const key = toks[m]!.key;
    if (m > k && toks[m]!.sep === null) break;
    if (isRoleWord(key)) lastRole = m;
    else if (!isRoleQualifier(key) && !(isCommon(key) && !isHead(key))) break;
    if (!toks[m]!.isCap && !toks[m]!.isAcronym) break;
  }
  if (lastRole < 0) return 0;
  // `Prime Minister Office` names a body; `Chief Bill Nelson` still names a person.
  const next = toks[lastRole + 1];
  if (
    next &&
    lastRole + 1 < end &&
    isHead(next.key) &&
    (lastRole + 2 >= end ||
      CONNECTORS.has(toks[lastRole + 2]!.key) ||
      isHead(toks[lastRole + 2]!.key))
  )
    return 0;
  return lastRole - k + 1;
}

/** Connectors a title may follow: `the Minister ...`, `X and Prime Cabinet Secretary Y`. */
const OPEN_BEFORE_ROLE = new Set(['and', 'the']);

/**
 * After `<role> of|for`: capitalised common words (and `and`) that name the
 * office's portfolio, not a body (`External Affairs`, `Foreign and Diaspora
 * Affairs`, `Finance`). Zero when they lead into a head word (`Finance and
 * Planning Committee`) or the run goes on with a name (`President of Kenya`).
 */
function portfolioLength(
  toks: Tok[],
  k: number,
  end: number,
  isCommon: (key: string) => boolean,
  isHead: (key: string) => boolean,
): number {
  let m = k;
  while (m < end) {
    const t = toks[m]!;
    if (t.key === 'and' && m > k) m++;
    else if (t.isCap && !t.isAcronym && isCommon(t.key) && !isHead(t.key)) m++;
    else break;
  }
  if (m < end && toks[m - 1]!.key === 'and') m--;
  if (m < end && (isHead(toks[m]!.key) || CONNECTORS.has(toks[m]!.key))) return 0;
  return m - k;
}

/**
 * A capitalised run is cut after this many tokens. Titles are cut out of a run by looking
 * ahead from each of its words, so an unbounded run cost its length squared: a source of
 * 8,000 capitalised words took seconds (#16 item 10). No name comes near this length
 * (names have at most MAX_NAME_WORDS words; see find-mentions.ts).
 */
export const MAX_RUN_TOKENS = 64;

/**
 * Splits a passage into maximal capitalised runs (`Kassym-Jomart Tokayev`,
 * `Organisation of Turkic States`), then cuts titles out of them.
 */
export function findRuns(
  text: string,
  toks: Tok[],
  isCommon: (key: string) => boolean,
  isHead: (key: string) => boolean = () => false,
): Mention[] {
  const out: Mention[] = [];
  const emit = (from: number, to: number) => {
    // Trim connectors at the edges.
    while (from < to && !toks[from]!.isCap && !toks[from]!.isAcronym) from++;
    while (
      to > from &&
      !toks[to - 1]!.isCap &&
      !toks[to - 1]!.isAcronym &&
      !/^\p{N}/u.test(toks[to - 1]!.raw) &&
      !TRAILING_HEADS.has(toks[to - 1]!.key)
    )
      to--;
    if (to <= from) return;
    const slice = toks.slice(from, to);
    out.push({
      text,
      tokens: slice,
      surface: surfaceOf(text, slice),
      atSentenceStart: toks[from]!.sentenceStart,
      before: toks[from - 1]?.key ?? '',
      after: toks[to]?.key ?? '',
    });
  };
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    if (!(t.isCap || t.isAcronym)) {
      i++;
      continue;
    }
    // `secretary of State Blinken`: a title phrase that started in lower case.
    if (
      i >= 2 &&
      toks[i - 2]!.key === 'secretary' &&
      toks[i - 1]!.key === 'of' &&
      t.key === 'state'
    ) {
      i++;
      continue;
    }
    // Extend the run (never past MAX_RUN_TOKENS: see there).
    let j = i + 1;
    for (;;) {
      if (j - i >= MAX_RUN_TOKENS) break;
      const prev = toks[j - 1]!;
      const cur = toks[j];
      if (!cur || cur.sep === null || cur.sep === '/' || cur.sentenceStart) break;
      if (prev.possessive) {
        // `People’s Coalition` keeps going; `Kazakhstan’s President` stops.
        if (!(isCommon(prev.key) && cur.isCap && !cur.isAcronym)) break;
      }
      if (cur.isCap || cur.isAcronym) {
        // `... Densky The Collective ...`: a capitalised function word starts a new name.
        if (STOP_WORDS.has(cur.key) && !cur.isAcronym) break;
        j++;
        continue;
      }
      if (
        /^\p{N}/u.test(cur.raw) &&
        (cur.sep === ' ' || cur.sep === '-') &&
        !/^[.:,/]\p{N}/u.test(text.slice(cur.end, cur.end + 2))
      ) {
        j++; // Vision 2040, Khabar-24
        continue;
      }
      if (cur.sep === ' ' && CONNECTORS.has(cur.key) && !cur.possessive) {
        const after = toks[j + 1];
        const after2 = toks[j + 2];
        // `Abdul Moneim al-Ghaithi`, `Luis de la Fuente`: particles inside a person's name.
        if (NAME_PARTICLES.has(cur.key) && after?.sep === '-' && after.isCap) {
          j += 2;
          continue;
        }
        if (
          NAME_PARTICLES.has(cur.key) &&
          after &&
          NAME_PARTICLES.has(after.key) &&
          after.sep === ' ' &&
          after2?.sep === ' ' &&
          after2.isCap
        ) {
          j += 3;
          continue;
        }
        if (after && after.sep === ' ' && (after.isCap || after.isAcronym)) {
          if (cur.key === 'the' && prev.key !== 'of') break;
          // `Conference on Tourism`, `Office for Democratic Institutions`, `Mechanism against
          // Torture`, but not `Kazakhstan on Sunday`, `Moon on Wednesday`, `Pole for Chandrayaan`.
          if (
            (cur.key === 'on' || cur.key === 'against' || cur.key === 'for') &&
            (!isHead(prev.key) || PLACE_HEADS.has(prev.key) || DATE_WORDS.has(after.key))
          )
            break;
          j++;
          continue;
        }
        if (
          (cur.key === 'of' || (cur.key === 'for' && isHead(prev.key))) &&
          after?.key === 'the' &&
          after2 &&
          after2.sep === ' ' &&
          after2.isCap
        ) {
          j += 2;
          continue;
        }
      }
      break;
    }
    // `EU-Central Asia Economic forum`, `China-Central Asia summit`: a lower-case head word.
    const tail = toks[j];
    if (
      tail &&
      tail.sep === ' ' &&
      !tail.sentenceStart &&
      TRAILING_HEADS.has(tail.key) &&
      !toks[j - 1]!.possessive &&
      !(j - i === 1 && toks[i]!.isAcronym)
    )
      j++;
    // Unit-like acronyms do not end a name (`Khabar-24 TV channel`).
    while (j - 1 > i && ACRONYM_STOP.has(toks[j - 1]!.raw)) j--;
    // Cut titles out of the run [i, j).
    let segStart = i;
    let k = i;
    while (k < j) {
      const len = Math.max(titleLength(toks, k), roleLength(toks, k, i, j, isCommon, isHead));
      if (len > 0) {
        emit(segStart, k);
        k += len;
        // `President of Kazakhstan ...`: the `of` belongs to the title.
        const ofStart = k;
        while (k < j && !toks[k]!.isCap && !toks[k]!.isAcronym) k++;
        // `Minister of External Affairs`, `Secretary for Foreign and Diaspora Affairs`: a portfolio.
        if (k > ofStart) k += portfolioLength(toks, k, j, isCommon, isHead);
        segStart = k;
        continue;
      }
      k++;
    }
    emit(segStart, j);
    i = j;
  }
  return out;
}

/** Quoted capitalised coinages: “Tragic January”, “New Kazakhstan”. */
export function findQuotedNames(text: string): Array<{ surface: string; start: number }> {
  const out: Array<{ surface: string; start: number }> = [];
  for (const m of text.matchAll(
    /[“"‘]([\p{Lu}][\p{L}\p{M}-]*(?: [\p{Lu}][\p{L}\p{M}-]*){1,4})[”"’]/gu,
  )) {
    out.push({ surface: m[1]!, start: (m.index ?? 0) + 1 });
  }
  return out;
}

/** `Long Name (ACR)`, `ACR (Long Name)`, `(Long Name -ACR)`, `X (also known as Y)`. */
export function findAbbreviationPairs(text: string): Array<{ long: string; short: string }> {
  const out: Array<{ long: string; short: string }> = [];
  const NAME = String.raw`[\p{Lu}][\p{L}\p{M}'’-]*(?:\s+(?:of|for|and|on|the|against|[\p{Lu}][\p{L}\p{M}'’-]*))*`;
  for (const m of text.matchAll(
    new RegExp(String.raw`(${NAME})['’]?s?\s+\(\s*([\p{Lu}][\p{Lu}\p{N}]{1,7}s?)\s*\)`, 'gu'),
  ))
    out.push({ long: m[1]!, short: m[2]!.replace(/s$/u, '') });
  for (const m of text.matchAll(
    new RegExp(String.raw`\b([\p{Lu}][\p{Lu}\p{N}]{1,7})\s+\(\s*(${NAME})\s*\)`, 'gu'),
  ))
    out.push({ long: m[2]!, short: m[1]! });
  for (const m of text.matchAll(
    new RegExp(String.raw`\((${NAME})\s+[-–]\s*([\p{Lu}][\p{Lu}\p{N}]{1,7})\s*\)`, 'gu'),
  ))
    out.push({ long: m[1]!, short: m[2]! });
  for (const m of text.matchAll(
    new RegExp(String.raw`(${NAME})['’]?s?\s+\(also known as (?:the )?(${NAME})\)`, 'gu'),
  ))
    out.push({ long: m[1]!, short: m[2]! });
  return out;
}

/** True when `acronym` can be read off the initials of `words` (letters may also come from inside a word: EAEU = Eurasian Economic Union). */
export function acronymFits(acronym: string, words: string[]): boolean {
  const letters = acronym.replace(/\./gu, '').toLowerCase();
  const ws = words.filter((w) => !CONNECTORS.has(w.toLowerCase())).map((w) => fold(w));
  if (ws.length === 0 || letters.length < 2) return false;
  // Each word contributes its first letter and optionally more of its letters in order.
  const memo = new Map<string, boolean>();
  const go = (li: number, wi: number): boolean => {
    if (wi === ws.length) return li === letters.length;
    if (li >= letters.length) return false;
    const key = `${li},${wi}`;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    const w = ws[wi]!;
    let ok = false;
    if (w[0] === letters[li]) {
      // Take the first letter, then 0..n further letters of this word (in order).
      const extra = (lj: number, pos: number): boolean => {
        if (go(lj, wi + 1)) return true;
        if (lj >= letters.length) return false;
        const at = w.indexOf(letters[lj]!, pos);
        return at >= 0 && extra(lj + 1, at + 1);
      };
      ok = extra(li + 1, 1);
    }
    memo.set(key, ok);
    return ok;
  };
  return go(0, 0);
}
