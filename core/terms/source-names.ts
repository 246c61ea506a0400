/**
 * Steps 1-3 of the extractor for one source file (see extract-terms.ts).
 */
import { type Passage } from '../types';
import type { Candidate } from './candidate';
import { tokenizeForNames } from './candidates';
import { collectMentions, countCaseEvidence, splitJoinedNames } from './find-mentions';
import { judgeCandidates } from './judge-candidates';
import { addDatedEvents, addMonthEvents, addQuotedNames, tallyMentions } from './tally-evidence';

/**
 * Steps 1-3 for one source file: its own words are the evidence (a word it
 * writes in lower case is a common word), so adding other sources never
 * changes which names this one yields.
 */
export function findSourceNames(passages: Passage[]): Map<string, Candidate> {
  const tokenized = passages.map((p) => tokenizeForNames(p.text));
  const evidence = countCaseEvidence(passages, tokenized);
  const mentions = splitJoinedNames(
    collectMentions(passages, tokenized, evidence),
    evidence.isCommon,
  );
  const candidates = new Map<string, Candidate>();
  tallyMentions(mentions, candidates);
  addQuotedNames(passages, candidates);
  addMonthEvents(passages, tokenized, candidates);
  addDatedEvents(passages, tokenized, candidates);
  return judgeCandidates(candidates, tokenized, evidence);
}
