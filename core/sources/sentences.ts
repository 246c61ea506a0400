/**
 * Sentence boundaries, conservative on purpose: a missed boundary only makes
 * a passage a little longer, a wrong one cuts a sentence in two ("U.N." or
 * "Mr." read as a full stop), which is what passages must never do.
 */

/** Abbreviations that end in a period but rarely end a sentence (case-sensitive). */
const ABBREVIATIONS = new Set(
  (
    'Mr Mrs Ms Mme Dr Prof St Sr Jr Gen Col Lt Sgt Capt Cmdr Adm Gov Sen Rep Rev Hon Pres Amb ' +
    'No Nos Vol Art Sec Ch Fig Eq Ed Eds vs Inc Ltd Co Corp Dept Mt Ft Ave Blvd approx ca cf ' +
    'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec e.g i.e al'
  ).split(' '),
);

/**
 * Candidate end: terminal punctuation, closing quotes/brackets, whitespace, then what starts a sentence.
 * It starts only at the first mark of a run ("?!", "..."): tried from inside the run it ends
 * where the whole run ends, so it can only fail again, and a line of 100,000 dots made those
 * retries quadratic (issue #16).
 */
const CANDIDATE =
  /(?<![.!?\u2026])[.!?\u2026]+[\u201d"\u2019'\u00bb)\]]*(?=\s+[\u201e\u201c"\u2018'\u00ab([]?[\p{Lu}\p{N}])/gu;
const OPENERS = /^[\u201e\u201c"\u2018'\u00ab([]+/u;

/**
 * Splits normalised text (single spaces) into sentences; `result.join(' ')` is the input.
 *
 * @example splitSentences('Mr. Smith met U.N. staff. They agreed.') // ['Mr. Smith met U.N. staff.', 'They agreed.']
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const m of text.matchAll(CANDIDATE)) {
    const end = m.index + m[0].length;
    if (isAbbreviationAt(text, m.index, m[0])) continue;
    sentences.push(text.slice(start, end).trim());
    start = end;
    while (start < text.length && /\s/u.test(text[start]!)) start++;
  }
  const last = text.slice(start).trim();
  if (last) sentences.push(last);
  return sentences.filter(Boolean);
}

function isAbbreviationAt(text: string, punctIndex: number, punct: string): boolean {
  // "!" or "?" (or an ellipsis) always ends a sentence here; only a bare "." can be an abbreviation.
  if (!/^\.[\u201d"\u2019'\u00bb)\]]*$/u.test(punct)) return false;
  const wordStart = text.lastIndexOf(' ', punctIndex - 1) + 1;
  const word = text.slice(wordStart, punctIndex).replace(OPENERS, '');
  if (!word) return false;
  if (/^\p{L}$/u.test(word)) return true; // an initial: "John F. Kennedy"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // dotted acronym: "U.N.", "H.E."
  return ABBREVIATIONS.has(word);
}

/** True when the text ends like a finished sentence (closing quotes and brackets allowed after). */
export function endsSentence(text: string): boolean {
  return /[.!?\u2026][\u201d"\u2019'\u00bb)\]]*$/u.test(text.trimEnd());
}
