/**
 * Build time: how each name may be found on a page beyond the forms the
 * sources write (issue 11). Decided once, from lexicons, so the content
 * script only looks the answers up:
 *
 * - `contextVariants`: forms that are also ordinary words, first names, short
 *   acronyms or a place's name elsewhere (Turkey, Jordan, Senate, AIF,
 *   Washington). A page highlights them only where it supports the sources'
 *   subject (other names from the dictionary on the same page).
 * - `fullNameVariants`: a person's surname alone when it is not distinctive
 *   (an English word, a first name, or shared): found only on a page that also
 *   names that person in full. Distinctive surnames become plain variants.
 * - `spellingKeys`: spelling-family keys (`familyKey`) of the names of people
 *   and places, so `Toqaev` finds `Tokayev`; never a key that an English word
 *   or another name in the dictionary also folds to.
 */
import { splitWords, wordKey } from './match-terms';
import {
  classifyWord,
  englishWordList,
  isCountryName,
  isEnglishWord,
  placeNameCountries,
} from './lexicon';
import { familyKey, MIN_FAMILY_WORD } from './spelling-family';
import { surnameOf } from './surnames';
import type { Term, TermKind } from '../types';

/** Acronyms this short stand for many things (AIF, EPCA, UN); longer ones (CSTO, OSCE) rarely. */
const MAX_AMBIGUOUS_ACRONYM = 4;

/**
 * @example addPageForms([{ name: 'Turkey', kind: 'place', variants: ['Turkey'], ... }])
 * // [{ ..., contextVariants: ['Turkey'] }]
 */
export function addPageForms(terms: Term[]): Term[] {
  const surnames = surnameClaims(terms);
  // Surnames first: their spellings are looked up by family too (`Masimov` for `Massimov`).
  const withSurnames = terms.map((t) => {
    const variants = [...t.variants];
    const fullNameVariants: string[] = [];
    if (t.kind === 'person') {
      for (const surname of surnamesOf(t)) {
        if (variants.some((v) => wordKey(v) === wordKey(surname))) continue;
        if (isDistinctiveSurname(surname, surnames)) variants.push(surname);
        else if (surnames.get(wordKey(surname))?.size === 1) fullNameVariants.push(surname);
      }
    }
    return { ...t, variants, fullNameVariants };
  });
  const families = familyClaims(withSurnames);
  return withSurnames.map(({ fullNameVariants, ...t }) => {
    const contextVariants = t.variants.filter((v) => isAmbiguousForm(v, t.kind));
    // Only keys that folding changes: a plain form is already in the page matcher.
    const spellingKeys = [
      ...new Set(
        t.variants.flatMap((v) => {
          const key = familyKeyOf(v, t);
          return key && key !== plainKey(v) ? [key] : [];
        }),
      ),
    ].filter((k) => families.get(k)?.size === 1);
    return {
      ...t,
      ...(contextVariants.length ? { contextVariants } : {}),
      ...(fullNameVariants.length ? { fullNameVariants } : {}),
      ...(spellingKeys.length ? { spellingKeys } : {}),
    };
  });
}

/**
 * True when a form could as well be an ordinary word or another thing's name:
 * a short acronym, a form written without capitals, one ordinary word (in the
 * English word list, a first name, or a town's name in several countries), or
 * two ordinary words that are not a country's name. A person's full name, a
 * hyphenated compound that is not itself a word (`Nur-Sultan`, `Xi’an`) and a
 * name of three words or more are specific enough.
 */
export function isAmbiguousForm(form: string, kind?: TermKind): boolean {
  const letters = form.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0) return false;
  if (/^(?:\p{Lu}\.?){2,}$/u.test(form.replace(/\s+/gu, '')))
    return letters.length <= MAX_AMBIGUOUS_ACRONYM;
  if (!/\p{Lu}/u.test(form)) return true;
  const words = form.split(/[\s\u00a0]+/u).filter(Boolean);
  if (words.length === 1) return isOrdinaryCompound(words[0]!);
  if (kind === 'person' || words.length > 2) return false;
  return words.every(isOrdinaryCompound) && !isCountryName(wordKey(words.join(' ')));
}

/** `Turkey`, `Nice`, `Jordan`; `Nur-Sultan` only if the list had `nur-sultan` or `nursultan`. */
function isOrdinaryCompound(word: string): boolean {
  const parts = splitWords(word).map((w) => wordKey(w.word));
  if (parts.length === 0) return false;
  if (parts.length > 1) return isEnglishWord(parts.join('-')) || isEnglishWord(parts.join(''));
  return isOrdinaryWord(parts[0]!);
}

function isOrdinaryWord(key: string): boolean {
  if (/^\p{N}+$/u.test(key)) return true;
  if (isEnglishWord(key)) return true;
  const lex = classifyWord(key);
  // `Jordan`, `Victoria`: first names; `Washington`, `Vienna`: towns in several countries.
  return lex === 'common' || lex === 'first-name' || isPlaceElsewhere(key);
}

/** A town's name in several countries (`Washington`, `Moscow`, `Paris`); a country's name is not. */
function isPlaceElsewhere(key: string): boolean {
  return (placeNameCountries().get(key) ?? 0) >= 2 && !isCountryName(key);
}

function surnamesOf(t: Term): string[] {
  return [...new Set(t.variants.flatMap((v) => surnameOf(v) ?? []))];
}

/** Which people each surname (by `wordKey`) could mean. */
function surnameClaims(terms: Term[]): Map<string, Set<string>> {
  const claims = new Map<string, Set<string>>();
  for (const t of terms) {
    const forms = t.kind === 'person' ? surnamesOf(t) : t.variants;
    for (const f of forms) {
      const k = wordKey(f);
      claims.set(k, new Set([...(claims.get(k) ?? []), t.id]));
    }
  }
  return claims;
}

function isDistinctiveSurname(surname: string, claims: Map<string, Set<string>>): boolean {
  const key = wordKey(surname);
  if (claims.get(key)?.size !== 1) return false;
  return !isEnglishWord(key) && !['first-name', 'common'].includes(classifyWord(key));
}

/** The family key of a person's or place's form, when it may be used at all. */
function familyKeyOf(form: string, t: Term): string | null {
  if (t.kind !== 'person' && t.kind !== 'place') return null;
  const words = splitWords(form).map((w) => wordKey(w.word));
  if (words.length === 0 || !words.some((w) => w.length >= MIN_FAMILY_WORD)) return null;
  if (/^\p{Lu}{2,}$/u.test(form)) return null;
  const folded = words.map(familyKey);
  if (words.length === 1 && englishFamilies().has(folded[0]!)) return null;
  // A name whose first word folds to itself (`Roman Vassilenko`) is left to its surname's key:
  // the page matcher looks families up word by word, and common first words cost every page time.
  if (words.length > 1 && folded[0] === words[0]) return null;
  return folded.join(' ');
}

function plainKey(form: string): string {
  return splitWords(form)
    .map((w) => wordKey(w.word))
    .join(' ');
}

/** Which terms each family key could mean: a key two terms share is used by neither. */
function familyClaims(terms: Term[]): Map<string, Set<string>> {
  const claims = new Map<string, Set<string>>();
  for (const t of terms)
    for (const v of t.variants) {
      const k = familyKeyOf(v, t);
      if (k) claims.set(k, new Set([...(claims.get(k) ?? []), t.id]));
    }
  return claims;
}

let englishFamilyKeys: Set<string> | null = null;

/** Family keys of every English word: a name never folds onto one (`Mobil` -> `mobile`). */
function englishFamilies(): Set<string> {
  englishFamilyKeys ??= new Set(englishWordList().map(familyKey));
  return englishFamilyKeys;
}
