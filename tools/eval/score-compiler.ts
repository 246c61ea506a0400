/**
 * Scores the compiler on the evaluation set: each subject's articles of one
 * split compiled together as a curator would (no curated entries), the
 * dictionary scored against the hand labels, and the figure groups counted.
 */
import { compileCorpus } from '../../core/compile';
import { parseSeedFiles } from '../../core/sources/parse-seed';
import { scoreTerms, type TermScore } from '../../core/terms/evaluate-terms';
import type { CuratedTerms } from '../../core/terms/extract-terms';
import type { Article, FigureGroup, Term } from '../../core/types';
import { mergeLabels, type EvalSubject, type Split } from './compiler-set';

export const NO_CURATION: CuratedTerms = { aliases: [], exclude: [] };

export interface SubjectScore {
  subject: string;
  articles: number;
  score: TermScore;
  /** Figure groups that join figures of two or more articles. */
  crossSourceGroups: FigureGroup[];
  terms: Term[];
}

export type Extractor = (articles: Article[]) => Term[];

/** The product's compiler, end to end (parse, extract, figures). */
function compileSubject(subject: EvalSubject, split: Split | 'all') {
  const chosen = subject.articles.filter((a) => split === 'all' || a.split === split);
  return {
    chosen,
    result: compileCorpus({ files: chosen.map((a) => a.file), curated: NO_CURATION }),
  };
}

export function scoreSubject(
  subject: EvalSubject,
  split: Split | 'all',
  extractor?: Extractor,
): SubjectScore {
  const { chosen, result } = compileSubject(subject, split);
  const articles = extractor ? parseSeedFiles(chosen.map((a) => a.file)) : result.articles;
  const terms = extractor ? extractor(articles) : result.corpus.terms;
  const passages = articles.flatMap((a) => a.passages);
  const figureById = new Map(result.corpus.figures.map((f) => [f.id, f]));
  const crossSourceGroups = result.corpus.figureGroups.filter(
    (g) => new Set(g.figureIds.map((id) => figureById.get(id)?.articleId)).size >= 2,
  );
  return {
    subject: subject.subject,
    articles: chosen.length,
    score: scoreTerms({ terms, labelled: mergeLabels(chosen), passages }),
    crossSourceGroups,
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
