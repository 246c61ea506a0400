/**
 * What a search query asks, beyond its words (issue 12): a figure question
 * ("death toll", "how many detained", "EU investment in Kazakhstan") names a
 * measure the compiler extracts; question words ("how many were") are not
 * what the reader is looking for and are left out of the word search.
 */

/** Query words that name a measure, by the measure they name (see core/figures/measure.ts). */
const MEASURE_WORDS: ReadonlyArray<[string, RegExp]> = [
  [
    'killed',
    /^(?:toll|tolls|death|deaths|dead|died|die|killed|kill|killing|killings|fatalities|casualties|lives)$/u,
  ],
  ['injured', /^(?:injured|injuries|injury|wounded|hurt)$/u],
  ['detained', /^(?:detained|detention|detentions|detainees|arrested|arrest|arrests|custody)$/u],
  ['criminal-cases', /^(?:cases|charges|charged|prosecutions|prosecuted)$/u],
  ['amnestied', /^(?:amnesty|amnestied|pardoned|pardon|pardons)$/u],
  ['convicted', /^(?:convicted|convictions|sentenced|jailed)$/u],
  ['percent', /^(?:percent|percentage|turnout|share|proportion)$/u],
  [
    'money',
    /^(?:investment|investments|invested|funding|cost|costs|billion|million|trade|dollars|euros)$/u,
  ],
  ['distance', /^(?:length|long|border|km|kilometres|kilometers|miles|distance)$/u],
  ['people', /^(?:population|residents|inhabitants|ethnic|citizens)$/u],
];

/** Words that ask for a number, or only hold a question together. */
const QUESTION_WORDS = new Set(
  'how many much what was were is are the a an of in on at to did do does people number figure figures total'.split(
    ' ',
  ),
);

/** Phrases that make any query with a measure word a figure question. */
const FIGURE_CUES = /\b(?:how many|how much|number of|death toll|toll)\b/u;

/** Who is counted, when the query says (`police officers` -> security forces). */
const SUBJECT_WORDS: ReadonlyArray<[string, RegExp]> = [
  [
    'security-forces',
    /^(?:police|officers|policemen|security|soldiers|troops|servicemen|forces)$/u,
  ],
  ['protesters', /^(?:protesters|demonstrators|civilians|rioters)$/u],
];

export interface Question {
  /** The measure a figure question asks about, or null for a plain search. */
  measure: string | null;
  /** Who is counted, when the query says (`security-forces`). */
  subject: string | null;
  /** The query without question words, for the word search ('' when nothing is left). */
  searchText: string;
}

/**
 * @example readQuestion('how many police officers were killed')
 * // { measure: 'killed', subject: 'security-forces', searchText: 'police officers killed' }
 */
export function readQuestion(query: string, isName: (word: string) => boolean): Question {
  const words = query.toLowerCase().match(/[\p{L}\p{N}%]+/gu) ?? [];
  const lower = words.join(' ');
  let measure: string | null = null;
  for (const w of words) {
    const found = MEASURE_WORDS.find(([, re]) => re.test(w));
    if (found) {
      measure = found[0];
      break;
    }
  }
  const subject = SUBJECT_WORDS.find(([, re]) => words.some((w) => re.test(w)))?.[0] ?? null;
  const content = words.filter((w) => !QUESTION_WORDS.has(w));
  // A measure word alone does not make a question ("torture of detainees" is a topic): it needs a
  // cue ("how many"), or a short query of measure words, names and at most one other word.
  const others = content.filter((w) => !MEASURE_WORDS.some(([, re]) => re.test(w)) && !isName(w));
  const isFigureQuestion =
    measure !== null && (FIGURE_CUES.test(lower) || (content.length <= 4 && others.length <= 1));
  return {
    measure: isFigureQuestion ? measure : null,
    subject: isFigureQuestion ? subject : null,
    searchText: isFigureQuestion ? content.join(' ') : query,
  };
}
