/**
 * Words that tie a figure to an event, shared by the figure finder (passage-figures.ts) and the
 * event anchoring (event-anchor.ts). Their own module, so neither imports the other for them
 * (tests/unit/import-cycles.test.ts).
 */

/** Measures that are about an event by nature; they look for it beyond their own sentence. */
export const EVENT_MEASURES = new Set([
  'killed',
  'injured',
  'detained',
  'amnestied',
  'convicted',
  'criminal-cases',
  'event-date',
  'missing',
  'displaced',
  'evacuated',
  'abducted',
]);

/** Words that refer to an event without naming it ("the riots", "the unrest"). */
export const EVENT_CUES =
  /\b(?:riots?|unrest|protests?|violence|clashes|turmoil|uprising|events|crisis|demonstrations|coup|insurrection|disturbances|mutiny|massacre|attacks?)\b/iu;
