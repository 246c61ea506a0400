/**
 * Closed word lists for term extraction. Kept short on purpose: open-class
 * common words are recognised from the corpus itself (a word the sources
 * also write in lower case is a common word) and from compromise's lexicon.
 */

export const MONTHS = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

export const WEEKDAYS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

/** Function words and pronouns: never a term on their own, dropped at the edges of a name. */
export const STOP_WORDS = new Set(
  (
    'a an the this that these those there here it its he him his she her they them their we us our ' +
    'you your i me my mine who whom whose which what when where why how and or but nor so yet if ' +
    'as at by for from in into of on onto to with without within about after before during since ' +
    'until upon over under between among against via per than then also not no yes all any each ' +
    'every some many more most other such one two three four five six seven eight nine ten first ' +
    'second third last next old mr mrs ms dr st'
  ).split(' '),
);

/** Page furniture that the sources carry around the article text. */
export const BOILERPLATE = new Set(
  (
    'subscribe subscribed related posts post read more warning disturbing graphic sign get title ' +
    'image images credits credit author content type tag tags archives archive older newer entries ' +
    'edited underwritten share tweet email print comments comment newsletter newsletters follow click ' +
    'advertisement photo video copyright unsplash'
  ).split(' '),
);

/** Acronym-shaped tokens that are units, time zones or shouting rather than names. */
export const ACRONYM_STOP = new Set(
  (
    'CET CEST GMT UTC EST EDT PST PDT BST IST AM PM TV OK PS NB ID PDF URL FAQ CEO CFO COO CTO VP ' +
    'USD EUR KM AI IT HR PR FM GP MP PC OS IP VR AR EV GDP IPO ETF SMS DNA HIV'
  ).split(' '),
);

/** Particles inside people's and places' names (`de la Fuente`, `al-Ghaithi`, `van der Berg`). */
export const NAME_PARTICLES = new Set(
  'van von de der den del della da das dos du di la le al el bin ibn abu ter'.split(' '),
);

/** Lower-case words allowed inside a multi-word name (`Belt and Road Initiative`). */
export const CONNECTORS = new Set([
  'of',
  'for',
  'and',
  'on',
  'against',
  'van',
  'von',
  'de',
  'der',
  'del',
  'da',
  'al',
  'bin',
  'the',
  'la',
  'le',
  'el',
  'di',
  'du',
  'dos',
  'das',
  'den',
  'della',
  'ibn',
]);

/**
 * Titles and roles, as word sequences. They are stripped from names
 * (`President Tokayev` is `Tokayev`) and split juxtaposed names
 * (`Prime Minister of Armenia Nikol Pashinyan`).
 */
export const TITLE_PHRASES: string[][] = [
  'first deputy minister of foreign affairs',
  'deputy minister of foreign affairs',
  'minister of foreign affairs',
  'deputy secretary general',
  'secretary general',
  'secretary of state',
  'high representative',
  'hight representative',
  'federal chancellor',
  'head of state',
  'foreign minister',
  'foreign ministers',
  'prime minister',
  'deputy minister',
  'vice president',
  'first president',
  'ex president',
  'president',
  'presidents',
  'minister',
  'ministers',
  'chancellor',
  'director',
  'commissioner',
  'speaker',
  'chairman',
  'chairwoman',
  'spokesperson',
  'spokesman',
  'ambassador',
  'senator',
  'governor',
  'mayor',
  'incumbent',
  'former',
  'mr',
  'mrs',
  'ms',
  'dr',
  'h.e.',
  'sir',
  'king',
  'queen',
].map((p) => p.split(' '));

/** Last words that make a name an organisation, an event, a concept or a place. */
export const ORGANISATION_HEADS = new Set(
  (
    'organization organisation union council commission service institute agency office party ' +
    'coalition committee subcommittee bank fund ministry watch international forces force times news agencies ' +
    'agency assembly parliament senate government court university association mechanism group ' +
    'company corporation channel network alliance federation guard police army inc corp ltd plc llc ' +
    'holdings airlines airways exchange authority society societies centre center foundation bureau ' +
    'department directorate tribunal club broadcasting media press herald journal telegraph tribune ' +
    'radio services systems technologies labs studios motors brigade battalion squad unit commission ' +
    'secretariat board mission'
  ).split(' '),
);
export const EVENT_HEADS = new Set(
  (
    'forum summit conference ministerial dialogue meeting election elections referendum process ' +
    'events crisis war revolution games olympics congress protests uprising unrest massacre ' +
    'riots talks expo export cup championship championships tournament olympics storm hurricane ' +
    'cyclone typhoon earthquake floods flood strike strikes attack attacks invasion offensive ' +
    'festival final finals day week'
  ).split(' '),
);
export const CONCEPT_HEADS = new Set(
  (
    'initiative agreement treaty index policy doctrine strategy vision program programme course ' +
    'plan gateway game act law convention declaration concept charter partnership reform reforms ' +
    'bill accords accord sensor rover lander trophy prize award protocol satellite telescope ' +
    'spacecraft vehicle platform software'
  ).split(' '),
);
export const PLACE_HEADS = new Set(
  (
    'region regions province oblast city republic kingdom states corridor river sea lake mountains ' +
    'island islands square street monument district county valley desert steppe airport arena ' +
    'stadium mall mosque church cathedral palace palacio plaza bridge dam dams park bay building ' +
    'buildings tower towers road highway avenue market port harbour station mausoleum gate hill ' +
    'hills peninsula gulf ocean strait canal reservoir village coast basin lake pole estadio'
  ).split(' '),
);

/** Words that open the name of an event (`Storm Daniel`, `Operation Desert Storm`). */
export const EVENT_LEADS = new Set(
  'storm hurricane cyclone typhoon tropical operation battle siege'.split(' '),
);

/** Organisation words that lead a name (`Office for Democratic Institutions ...`). */
export const ORGANISATION_LEADS = new Set(
  'organization organisation institute office council commission union association ministry'.split(
    ' ',
  ),
);

/** Surname endings common in the region's names (a hint, not proof, of a person). */
export const PERSON_SUFFIX =
  /(?:ov|ova|ev|eva|yev|yeva|enko|yan|ian|ich|vic|uly|kyzy|ski|sky|bek|berdi)$/u;
export const PLACE_SUFFIX = /(?:stan|abad|grad|burg|ia|land)$/u;

/** Words after a company's name that are not part of what people call it. */
export const COMPANY_DESIGNATORS = new Set(
  (
    'holdings|corp|corporation|inc|incorporated|ltd|limited|plc|llc|co|group|airlines|airways|' +
    'air lines|technologies|international'
  ).split('|'),
);

/** Words that open the name of a place, in English and the languages news quotes most (`Lake Victoria`, `Plaza de Cibeles`). */
export const PLACE_LEADS = new Set(
  (
    'mount lake river gulf bay cape fort isle plaza palacio piazza palazzo estadio stade stadio ' +
    'parc parque rue calle avenida platz puerta castillo torre isla ciudad'
  ).split(' '),
);
