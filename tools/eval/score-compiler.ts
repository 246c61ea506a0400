/**
 * Scores the compiler on the evaluation set: each subject's articles of one
 * split compiled together as a curator would (no curated entries), or one by
 * one as a reader adds them in the browser (`incremental`), the dictionary
 * scored against the hand labels, and the figure groups counted.
 */
import { compileCorpus } from '../../core/compile';
import { parseSeedFiles } from '../../core/sources/parse-seed';
import { scoreTerms, type TermScore } from '../../core/terms/evaluate-terms';
import type { CuratedTerms } from '../../core/terms/extract-terms';
import type { Article, FigureGroup, Term } from '../../core/types';
import { scoreCardSources, type CardSources } from './card-sources';
import { mergeLabels, type EvalSubject, type Split } from './compiler-set';
import { compileOneByOne } from './incremental-compile';

export const NO_CURATION: CuratedTerms = { aliases: [], exclude: [] };

export interface SubjectScore {
  subject: string;
  articles: number;
  score: TermScore;
  /** Figure groups that join figures of two or more articles. */
  crossSourceGroups: FigureGroup[];
  /** Of the sources mentioning a name, how many its card lists. */
  cardSources: CardSources;
  terms: Term[];
}

export type Extractor = (articles: Article[]) => Term[];

export interface ScoreOptions {
  /** Another extractor's terms instead of the compiler's (a baseline). */
  extractor?: Extractor;
  /** Each article compiled alone and merged by `SourceLibrary`, the browser's path. */
  incremental?: boolean;
}

export function scoreSubject(
  subject: EvalSubject,
  split: Split | 'all',
  options: ScoreOptions = {},
): SubjectScore {
  const { extractor, incremental = false } = options;
  if (extractor && incremental) throw new Error('a baseline extractor has no incremental mode');
  const chosen = subject.articles.filter((a) => split === 'all' || a.split === split);
  const files = chosen.map((a) => a.file);
  // The product's compiler, end to end (parse, extract, figures), over the whole set or one file at a time.
  const corpus = incremental
    ? compileOneByOne(files, NO_CURATION)
    : compileCorpus({ files, curated: NO_CURATION }).corpus;
  const terms = extractor ? extractor(parseSeedFiles(files)) : corpus.terms;
  const figureById = new Map(corpus.figures.map((f) => [f.id, f]));
  const crossSourceGroups = corpus.figureGroups.filter(
    (g) => new Set(g.figureIds.map((id) => figureById.get(id)?.articleId)).size >= 2,
  );
  const labelled = mergeLabels(chosen);
  return {
    subject: subject.subject,
    articles: chosen.length,
    score: scoreTerms({ terms, labelled, passages: corpus.passages }),
    crossSourceGroups,
    cardSources: scoreCardSources({ terms, labelled, passages: corpus.passages }),
    terms,
  };
}

export interface Totals {
  precision: number;
  recall: number;
  kinds: number;
  correct: number;
  wrong: number;
  found: number;
  reachable: number;
  kindCorrect: number;
  kindChecked: number;
}

/** Micro-averaged over subjects: every term and every labelled name counts once. */
export function totalOf(scores: SubjectScore[]): Totals {
  let correct = 0;
  let wrong = 0;
  let found = 0;
  let reachable = 0;
  let kindCorrect = 0;
  let kindChecked = 0;
  for (const { score: s } of scores) {
    correct += s.truePositives;
    wrong += s.falsePositives.length;
    found += s.reachableRequired - s.missed.length;
    reachable += s.reachableRequired;
    kindCorrect += s.kindCorrect;
    kindChecked += s.kindChecked;
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    precision: ratio(correct, correct + wrong),
    recall: ratio(found, reachable),
    kinds: ratio(kindCorrect, kindChecked),
    correct,
    wrong,
    found,
    reachable,
    kindCorrect,
    kindChecked,
  };
}
